import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { githubSource } from '../src/collect/github.js'
import { createGitHubClient } from '../src/github/client.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installPulls, makeFile, makePull } from './support/github-pulls.js'
import { keepChanges } from './support/classifiers.js'

const WINDOW = { since: '2026-10-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }

describe('collect/github direct pushes', () => {
  let server: LoopbackGitHub
  beforeAll(async () => {
    server = await LoopbackGitHub.start()
    const pull = makePull({ number: 5, mergedAt: '2026-10-10T10:00:00Z' })
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      pulls: [pull],
      commits: [
        {
          oid: 'c'.repeat(40),
          message: 'Fix the release script\n\nIt skipped tags.',
          author: { name: 'Mona Lisa', email: 'mona@example.com', login: 'mona' },
          committedDate: '2026-10-12T08:00:00Z',
          pulls: [],
          files: [makeFile({ filename: 'scripts/release.sh', additions: 2, deletions: 1 })]
        },
        {
          oid: pull.mergeCommit,
          message: 'Change number 5 (#5)',
          author: { name: 'Octo Cat', email: 'octocat@example.com', login: 'octocat' },
          committedDate: '2026-10-10T10:00:00Z',
          pulls: [5],
          files: pull.files
        },
        {
          oid: 'd'.repeat(40),
          message: 'Older direct push',
          author: { name: 'Mona Lisa', email: 'mona@example.com' },
          committedDate: '2026-09-12T08:00:00Z',
          pulls: [],
          files: [makeFile()]
        }
      ]
    })
  })
  afterAll(() => server.close())

  it('adds commits pushed to the default branch without a PR, with their files over REST', async () => {
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })
    const collection = await githubSource({
      client,
      repository: 'octo/demo',
      includeDirectPushes: true
    }).collect(
      WINDOW,
      keepChanges(() => false)
    )
    expect(server.graphqlErrors).toEqual([])
    expect(collection.changes.map(c => [c.kind, c.id])).toEqual([
      ['commit', 'c'.repeat(40)],
      ['pull_request', '5']
    ])
    expect(collection.changes[0]).toMatchObject({
      title: 'Fix the release script',
      body: 'It skipped tags.',
      author: { name: 'Mona Lisa', email: 'mona@example.com', login: 'mona' },
      time: '2026-10-12T08:00:00Z',
      files: [{ path: 'scripts/release.sh', status: 'modified', additions: 2, deletions: 1 }]
    })
    expect(collection.changes[0]?.files[0]?.patch).toContain('@@')
    // One page of PRs, one page of history, one REST request for the pushed commit.
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /graphql',
      `GET /repos/octo/demo/commits/${'c'.repeat(40)}`
    ])
  })
})
