import { describe, expect, it } from '@jest/globals'
import { renderPullRequestJson } from '../src/render/pr-json.js'
import type { PullRequestJsonInput } from '../src/render/pr-json.js'
import { classified, person } from './support/fake-source.js'

function input(overrides: Partial<PullRequestJsonInput> = {}): PullRequestJsonInput {
  return {
    repository: 'octo/app',
    generatedAt: new Date('2024-06-01T12:00:00.000Z'),
    change: classified(['documentation'], {
      id: '42',
      kind: 'pull_request',
      title: 'Document the API',
      author: person('Ada', 'ada'),
      url: 'https://github.com/octo/app/pull/42',
      files: [
        { path: 'docs/api.md', status: 'added', additions: 40, deletions: 0 },
        { path: 'src/api.ts', status: 'modified', additions: 2, deletions: 1 }
      ]
    }),
    nudges: [],
    headSha: 'f'.repeat(40),
    quiet: undefined,
    ...overrides
  }
}

const parsed = (overrides: Partial<PullRequestJsonInput> = {}) =>
  JSON.parse(renderPullRequestJson(input(overrides))) as Record<string, unknown>

describe('render/pr-json', () => {
  it('writes the pull request and its change in one fixed key order, ending in a newline', () => {
    const text = renderPullRequestJson(input())
    expect(text.endsWith('}\n')).toBe(true)
    const json = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'kind',
      'repository',
      'generatedAt',
      'pullRequest',
      'change',
      'nudges',
      'comment'
    ])
    expect(json).toMatchObject({
      kind: 'pull-request',
      repository: 'octo/app',
      generatedAt: '2024-06-01T12:00:00.000Z',
      pullRequest: {
        number: 42,
        url: 'https://github.com/octo/app/pull/42',
        headSha: 'f'.repeat(40)
      }
    })
    expect(json['change']).toMatchObject({
      id: '42',
      author: 'ada',
      categories: ['documentation'],
      reasons: [{ category: 'documentation', signal: 'path:documentation' }],
      files: 2
    })
  })

  it('names the author by name when there is no login', () => {
    const change = classified([], { id: '3', author: person('Grace') })
    expect(parsed({ change })['change']).toMatchObject({ author: 'Grace' })
  })

  it('keeps a capped file list apart from the real count', () => {
    const change = classified([], { id: '5', filesTotal: 3200 })
    expect(parsed({ change })['change']).toMatchObject({ files: 1, filesTotal: 3200 })
  })

  it('says the comment was posted, or why not', () => {
    expect(parsed()['comment']).toEqual({ posted: true })
    expect(parsed({ quiet: 'skip-label' })['comment']).toEqual({
      posted: false,
      reason: 'skip-label'
    })
  })

  it('lists the nudges as found', () => {
    const nudges = [{ id: 'workflow-without-docs' as const, files: ['.github/workflows/ci.yml'] }]
    expect(parsed({ nudges })['nudges']).toEqual(nudges)
  })
})
