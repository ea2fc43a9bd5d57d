// The JSON report's field order and its chunked writer, in memory: the bytes other tools read.
import { describe, expect, it } from '@jest/globals'
import type { Report, ReportChange } from '../src/model.js'
import { orderReport, renderJson, renderJsonChunks } from '../src/render/json.js'
import { sampleReport } from './support/reports.js'

/** A change whose fields are given out of the contract's order, as a builder might. */
function change(i: number, extra: Partial<ReportChange> = {}): ReportChange {
  return {
    reasons: [
      {
        detail: 'docs folder',
        signal: 'path:docs-dir',
        file: `docs/${i}.md`,
        category: 'documentation'
      }
    ],
    categories: ['documentation'],
    url: `https://github.com/octo/widgets/commit/${i}`,
    time: '2024-05-10T10:00:00.000Z',
    author: `person-${i % 5}`,
    title: `Change number ${i} with a "quoted" title and ünïcode, padded to weigh a few hundred bytes ${'x'.repeat(200)}`,
    kind: 'commit',
    id: String(i).padStart(40, '0'),
    ...extra
  } as ReportChange
}

function withChanges(count: number): Report {
  return sampleReport('octo/widgets', 50, count, {
    changes: Array.from({ length: count }, (_, i) => change(i))
  })
}

/** A value's own keys in order (an absent value has none). */
function keys(value: unknown): string[] {
  return Object.keys(value ?? {})
}

function joined(report: Report): { text: string; pieces: string[] } {
  const pieces = [...renderJsonChunks(report)]
  return { text: pieces.join(''), pieces }
}

describe('renderJsonChunks', () => {
  it('yields one piece, the whole text, when there are no changes', () => {
    const report = withChanges(0)
    const { pieces } = joined(report)
    expect(pieces).toEqual([renderJson(report)])
    expect(JSON.parse(pieces.join('')).changes).toEqual([])
  })

  it.each([1, 2, 63, 64, 65, 129])(
    'joins to renderJson byte for byte with %i changes (a batch is 64)',
    count => {
      const report = withChanges(count)
      const { text } = joined(report)
      expect(text).toBe(renderJson(report))
      const parsed = JSON.parse(text)
      expect(parsed.changes).toHaveLength(count)
      expect(parsed.changes.map((c: { id: string }) => Number(c.id))).toEqual(
        Array.from({ length: count }, (_, i) => i)
      )
    }
  )

  it('holds a few hundred changes in several pieces of about 64 KB, never the whole text in one', () => {
    const report = withChanges(600)
    const { text, pieces } = joined(report)
    expect(text).toBe(renderJson(report))
    expect(text.length).toBeGreaterThan(200 * 1024)
    // 600 changes are 10 batches of 64: a piece is yielded once it reaches 64 KB, not per batch.
    expect(pieces.length).toBeGreaterThanOrEqual(3)
    expect(pieces.length).toBeLessThan(8)
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(64 * 1024)
      expect(piece.length).toBeLessThan(128 * 1024)
    }
    expect(pieces.every(piece => piece.length < text.length)).toBe(true)
  })

  it('writes the changes at the report depth: two spaces for the key, four for a change', () => {
    const { text } = joined(withChanges(2))
    expect(text).toContain('\n  "changes": [\n    {\n      "id": "')
    expect(text).toMatch(/\n {4}},\n {4}\{\n/)
    expect(text).toMatch(/\n {4}}\n {2}\],?\n/)
  })
})

describe('orderReport: the contract order of each part', () => {
  it('writes a change id, kind, title, author, time, url, then categories and reasons', () => {
    const json = orderReport(withChanges(1)) as { changes: Record<string, unknown>[] }
    expect(keys(json.changes[0])).toEqual([
      'id',
      'kind',
      'title',
      'author',
      'time',
      'url',
      'categories',
      'reasons'
    ])
    expect(keys((json.changes[0]?.reasons as object[] | undefined)?.[0])).toEqual([
      'category',
      'file',
      'signal',
      'detail'
    ])
  })

  it('leaves out a missing url and file, and marks a bot change after the time', () => {
    const bare = change(7, {
      url: undefined,
      bot: true,
      reasons: [{ category: 'output', signal: 'path:docs-dir', detail: 'other work' }]
    } as Partial<ReportChange>)
    const human = change(8)
    const json = orderReport(sampleReport('octo/widgets', 50, 2, { changes: [bare, human] })) as {
      changes: Record<string, unknown>[]
    }
    expect(keys(json.changes[0])).toEqual([
      'id',
      'kind',
      'title',
      'author',
      'time',
      'bot',
      'categories',
      'reasons'
    ])
    expect(json.changes[0]?.bot).toBe(true)
    expect(json.changes[0]).not.toHaveProperty('url')
    expect(json.changes[0]?.reasons).toEqual([
      { category: 'output', signal: 'path:docs-dir', detail: 'other work' }
    ])
    expect(keys((json.changes[0]?.reasons as object[] | undefined)?.[0])).toEqual([
      'category',
      'signal',
      'detail'
    ])
    expect(json.changes[1]).not.toHaveProperty('bot')
    expect(json.changes[1]?.url).toBe('https://github.com/octo/widgets/commit/8')
  })

  it('writes the bot authors as name and changes only', () => {
    const report = sampleReport('octo/widgets', 50, 3, {
      bots: {
        counted: true,
        changes: 3,
        authors: [{ changes: 3, name: 'dependabot[bot]', extra: 'x' } as never]
      }
    })
    const json = orderReport(report) as { bots: { authors: unknown[] } }
    expect(json.bots.authors).toEqual([{ name: 'dependabot[bot]', changes: 3 }])
    expect(keys(json.bots.authors[0] as object)).toEqual(['name', 'changes'])
  })

  it('writes each kind of reach item with its own figures, in the model order', () => {
    const report = sampleReport('octo/widgets', 50, 3, {
      reach: [
        { importers: 4, kind: 'shared-module', present: true, change: 'a1', path: 'src/util.ts' },
        {
          importersAtIntroduction: 1,
          importers: 6,
          kind: 'shared-module',
          present: true,
          change: 'a2',
          path: 'src/log.ts'
        },
        {
          runBy: ['ci'],
          hook: false,
          ci: true,
          tool: 'eslint',
          kind: 'lint-config',
          present: null,
          change: 'b',
          path: 'eslint.config.js'
        },
        {
          pullRequest: true,
          push: false,
          triggers: ['pull_request'],
          kind: 'workflow',
          present: false,
          change: 'c',
          path: '.github/workflows/ci.yml'
        },
        {
          coverage: 0.5,
          treeFiles: 10,
          coveredFiles: 5,
          entries: 2,
          kind: 'codeowners',
          present: true,
          change: 'd',
          path: 'CODEOWNERS'
        }
      ]
    })
    const { reach } = orderReport(report) as { reach: Record<string, unknown>[] }
    const head = ['path', 'kind', 'change', 'present']
    expect(keys(reach[0])).toEqual([...head, 'importers'])
    expect(reach[0]?.importers).toBe(4)
    expect(keys(reach[1])).toEqual([...head, 'importers', 'importersAtIntroduction'])
    expect(reach[1]).toMatchObject({ importers: 6, importersAtIntroduction: 1, path: 'src/log.ts' })
    expect(keys(reach[2])).toEqual([...head, 'tool', 'ci', 'hook', 'runBy'])
    expect(reach[2]).toMatchObject({ tool: 'eslint', ci: true, hook: false, runBy: ['ci'] })
    expect(reach[2]?.present).toBeNull()
    expect(keys(reach[3])).toEqual([...head, 'triggers', 'push', 'pullRequest'])
    expect(reach[3]).toMatchObject({ triggers: ['pull_request'], push: false, pullRequest: true })
    expect(keys(reach[4])).toEqual([...head, 'entries', 'coveredFiles', 'treeFiles', 'coverage'])
    expect(reach[4]).toMatchObject({ entries: 2, coveredFiles: 5, treeFiles: 10, coverage: 0.5 })
  })

  it('writes the API usage in its order and leaves out what was not measured', () => {
    const report = sampleReport('octo/widgets', 50, 3, {
      api: { cost: 12, budgetExhausted: true, requests: 30, coverage: 'first 2 weeks' }
    })
    const { api } = orderReport(report) as { api: Record<string, unknown> }
    expect(keys(api)).toEqual(['requests', 'cost', 'budgetExhausted', 'coverage'])
    expect(api).toEqual({
      requests: 30,
      cost: 12,
      budgetExhausted: true,
      coverage: 'first 2 weeks'
    })
    expect(orderReport(sampleReport('octo/widgets', 50, 3))).not.toHaveProperty('api')
    expect(orderReport(sampleReport('octo/widgets', 50, 3))).not.toHaveProperty('reach')
  })

  it('keeps null fields (a missing figure) but leaves out undefined ones', () => {
    const json = orderReport(sampleReport('octo/widgets', 50, 3)) as Record<string, unknown>
    expect(json.previousIndex).toBeNull()
    expect(json.trend).toBeNull()
    expect(json).not.toHaveProperty('percentile')
    expect(json).not.toHaveProperty('reference')
    expect(json).not.toHaveProperty('repositoryUrl')
    expect(keys(json).slice(0, 6)).toEqual([
      'schemaVersion',
      'repository',
      'source',
      'generatedAt',
      'window',
      'previousWindow'
    ])
  })
})
