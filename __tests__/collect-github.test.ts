import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { githubSource } from '../src/collect/github.js'
import { createGitHubClient, type GitHubClient } from '../src/github/client.js'
import type { Change, RepoContext } from '../src/model.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installPulls, makeFile, makeFiles, makePull, makePulls } from './support/github-pulls.js'
import { keepChanges } from './support/classifiers.js'

const WINDOW = { since: '2026-10-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }
const noPatches = (): boolean => false

function clientFor(server: LoopbackGitHub, budget?: number): GitHubClient {
  return createGitHubClient({
    token: 'loopback-token',
    apiUrl: server.url,
    graphqlUrl: server.graphqlUrl,
    budget,
    waitUnitMs: 5,
    writeSpacingMs: 0
  })
}

describe('collect/github', () => {
  describe('a window of 500 merged PRs', () => {
    let server: LoopbackGitHub
    beforeAll(async () => {
      server = await LoopbackGitHub.start()
      // 500 PRs in October, one an hour back from Oct 31, 20:00 (up to 100 files each), 40
      // merged after the window and 60 before it.
      const inWindow = makePulls({
        count: 500,
        newest: '2026-10-31T20:00:00Z',
        firstNumber: 61,
        filesPerPull: n => 1 + (n % 100)
      })
      const after = makePulls({ count: 40, newest: '2026-11-03T00:00:00Z', firstNumber: 561 })
      const before = makePulls({ count: 60, newest: '2026-09-30T00:00:00Z', firstNumber: 1 })
      installPulls(server, {
        owner: 'octo',
        name: 'demo',
        defaultBranch: 'main',
        pulls: [...after, ...inWindow, ...before],
        commits: []
      })
    })
    afterAll(() => server.close())

    it('collects every PR merged in the window with all its files in at most 12 requests', async () => {
      const client = clientFor(server)
      const collection = await githubSource({ client, repository: 'octo/demo' }).collect(
        WINDOW,
        keepChanges(noPatches)
      )
      expect(server.graphqlErrors).toEqual([])
      expect(collection.changes).toHaveLength(500)
      expect(new Set(collection.changes.map(c => c.id)).size).toBe(500)
      expect(collection.changes.every(c => c.time >= WINDOW.since && c.time < WINDOW.until)).toBe(
        true
      )
      const pr160 = collection.changes.find(c => c.id === '160')
      expect(pr160?.files).toHaveLength(61)
      expect(collection.changes.some(c => c.files.length === 100)).toBe(true)
      expect(collection.changes.every(c => c.filesTotal === undefined)).toBe(true)
      expect(server.requests.length).toBeLessThanOrEqual(12)
      expect(collection.api?.requests).toBe(server.requests.length)
      expect(collection.api?.cost).toBe(server.requests.length)
      expect(collection.api?.budgetExhausted).toBeUndefined()
      expect(collection.notes).toEqual([])
    })
  })

  describe('one PR of each shape', () => {
    let server: LoopbackGitHub
    const renamed = makeFile({
      filename: 'docs/guide.md',
      previous_filename: 'docs/old-guide.md',
      status: 'renamed',
      additions: 0,
      deletions: 0,
      patch: undefined
    })
    beforeAll(async () => {
      server = await LoopbackGitHub.start()
      installPulls(server, {
        owner: 'octo',
        name: 'demo',
        defaultBranch: 'main',
        gitattributes: 'dist/** linguist-generated=true\n',
        pulls: [
          makePull({ number: 1, mergedAt: '2026-10-05T10:00:00Z', files: makeFiles(250) }),
          makePull({
            number: 2,
            mergedAt: '2026-10-06T10:00:00Z',
            files: makeFiles(3200),
            changedFiles: 3200
          }),
          makePull({
            number: 3,
            mergedAt: '2026-10-07T10:00:00Z',
            title: 'Bump yaml from 2.8.0 to 2.9.1',
            body: 'Bumps yaml.',
            author: { login: 'dependabot', type: 'Bot' },
            labels: ['dependencies', 'javascript'],
            reviews: [{ login: 'mona', state: 'APPROVED', submittedAt: '2026-10-07T09:00:00Z' }],
            commitCount: 1,
            files: [
              makeFile({
                filename: 'package.json',
                status: 'modified',
                additions: 1,
                deletions: 1
              }),
              makeFile({ filename: 'bin/tool', status: 'changed', additions: 0, deletions: 0 }),
              makeFile({ filename: 'old.txt', status: 'removed', additions: 0, deletions: 4 }),
              makeFile({ filename: 'new.txt', status: 'added', additions: 4, deletions: 0 }),
              renamed
            ]
          })
        ],
        commits: []
      })
    })
    afterAll(() => server.close())

    const collect = async (wantsPatch: (change: Change) => boolean = noPatches) => {
      const contexts: RepoContext[] = []
      const collection = await githubSource({
        client: clientFor(server),
        repository: 'octo/demo'
      }).collect(WINDOW, keepChanges(wantsPatch, contexts))
      expect(server.graphqlErrors).toEqual([])
      expect(contexts).toHaveLength(1)
      return { ...collection, context: contexts[0] ?? {} }
    }

    it('maps a merged PR to a Change with author type, labels, reviews and file statuses', async () => {
      const { changes, context } = await collect()
      const bump = changes.find(c => c.id === '3')
      expect(bump).toMatchObject({
        id: '3',
        kind: 'pull_request',
        title: 'Bump yaml from 2.8.0 to 2.9.1',
        body: 'Bumps yaml.',
        author: { name: 'dependabot', login: 'dependabot', type: 'Bot' },
        time: '2026-10-07T10:00:00Z',
        labels: ['dependencies', 'javascript'],
        reviews: [{ author: 'mona', state: 'APPROVED', submittedAt: '2026-10-07T09:00:00Z' }],
        commitCount: 1,
        mergeCommit: (3).toString(16).padStart(40, 'a'),
        url: 'https://github.com/octo/demo/pull/3'
      })
      expect(bump?.files.map(f => [f.path, f.status])).toEqual([
        ['package.json', 'modified'],
        ['bin/tool', 'type-changed'],
        ['old.txt', 'deleted'],
        ['new.txt', 'added'],
        ['docs/guide.md', 'renamed']
      ])
      expect(context.gitattributes).toBe('dist/** linguist-generated=true\n')
    })

    it('follows a PR past its first 100 files until all 250 are listed', async () => {
      const { changes } = await collect()
      const big = changes.find(c => c.id === '1')
      expect(big?.files).toHaveLength(250)
      expect(new Set(big?.files.map(f => f.path)).size).toBe(250)
      expect(big?.filesTotal).toBeUndefined()
    })

    it('says "3000 of 3200 files analysed" for a PR past GitHub\'s file cap', async () => {
      const { changes, notes } = await collect()
      const huge = changes.find(c => c.id === '2')
      expect(huge?.files).toHaveLength(3000)
      expect(huge?.filesTotal).toBe(3200)
      expect(notes).toEqual([expect.stringContaining('PR #2: 3000 of 3200 files analysed')])
    })

    it('fetches patches and previous paths over REST only for the PRs the classifier asks', async () => {
      const before = server.requests.length
      const { changes } = await collect(change => change.id === '3')
      const rest = server.requests.slice(before).filter(r => r.path.includes('/pulls/'))
      expect(rest.map(r => r.path)).toEqual(['/repos/octo/demo/pulls/3/files'])
      const bump = changes.find(c => c.id === '3')
      expect(bump?.files.find(f => f.path === 'docs/guide.md')).toEqual({
        path: 'docs/guide.md',
        previousPath: 'docs/old-guide.md',
        status: 'renamed',
        additions: 0,
        deletions: 0
      })
      expect(bump?.files.find(f => f.path === 'package.json')?.patch).toContain('@@')
      expect(changes.find(c => c.id === '1')?.files.every(f => f.patch === undefined)).toBe(true)
    })
  })
})
