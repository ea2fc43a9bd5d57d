import { describe, expect, it } from '@jest/globals'
import type { CategoryId, Report } from '../src/model.js'
import { renderAggregateMarkdown } from '../src/render/aggregate.js'
import { aggregateReports } from '../src/score/aggregate.js'

function report(
  repository: string,
  index: number,
  changes: number,
  overrides: Partial<Report> = {}
): Report {
  const category = (score: number) => ({
    score,
    rawScore: score,
    confidence: 'medium' as const,
    changes: 0,
    people: 0,
    activeWeeks: 0,
    parts: { share: 0, people: 0, steadiness: 0 },
    previous: null,
    trend: null
  })
  return {
    schemaVersion: 1,
    repository,
    source: 'git',
    generatedAt: '2024-05-31T08:00:00.000Z',
    window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
    previousWindow: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' },
    index,
    confidence: 'medium',
    previousIndex: null,
    categories: {
      documentation: category(index),
      automation: category(index),
      patterns: category(index)
    } as Record<CategoryId, ReturnType<typeof category>>,
    totals: {
      changes,
      output: changes - Math.floor(changes / 2),
      multiplier: Math.floor(changes / 2),
      people: 2,
      bots: 0,
      botChanges: 0,
      weeks: 5
    },
    scoring: {
      weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
      targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 },
      prior: { score: 50, changes: 10 }
    },
    bots: { counted: false, changes: 0, authors: [] },
    changes: [],
    notes: [],
    ...overrides
  }
}

describe('render/aggregate', () => {
  it('weights the org index by changes and sums the totals', () => {
    const aggregate = aggregateReports([
      report('octo/a', 80, 30),
      report('octo/b', 20, 10),
      report('octo/c', 0, 0)
    ])
    // (80 × 30 + 20 × 10 + 0 × 0) / 40 = 65
    expect(aggregate.index).toBe(65)
    expect(aggregate.categories.documentation).toBe(65)
    expect(aggregate.totals).toEqual({
      repositories: 3,
      changes: 40,
      multiplier: 20,
      output: 20,
      people: 6
    })
    expect(aggregate.repositories.map(row => row.repository)).toEqual([
      'octo/a',
      'octo/b',
      'octo/c'
    ])
  })

  it('renders one row per repository and a total row', () => {
    const text = renderAggregateMarkdown(
      aggregateReports([report('octo/b', 20, 10, { previousIndex: 30 }), report('octo/a', 80, 30)])
    )
    expect(text).toContain('**Org multiplier index: 65 / 100** (weighted by changes)')
    expect(text).toContain('| octo/a | **80** | — | 80 | 80 | 80 | 30 | 50% |')
    expect(text).toContain('| octo/b | **20** | ▼ −10 | 20 | 20 | 20 | 10 | 50% |')
    expect(text).toContain('| **All** | **65** |')
    expect(text.indexOf('octo/a')).toBeLessThan(text.indexOf('octo/b'))
  })

  it('keeps the newest report of a repository given twice and says so', () => {
    const older = report('octo/a', 10, 5, {
      window: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' }
    })
    const aggregate = aggregateReports([report('octo/a', 90, 5), older])
    expect(aggregate.repositories).toHaveLength(1)
    expect(aggregate.index).toBe(90)
    expect(aggregate.notes).toContain('octo/a had 2 reports; the newest window was used.')
  })

  it('notes reports that cover different windows', () => {
    const other = report('octo/b', 10, 5, {
      window: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' }
    })
    const aggregate = aggregateReports([report('octo/a', 90, 5), other])
    expect(aggregate.notes.some(note => note.includes('2 different windows'))).toBe(true)
    expect(aggregate.window).toEqual({
      since: '2024-04-01T00:00:00.000Z',
      until: '2024-05-31T00:00:00.000Z'
    })
  })

  it('gives 0 and a note when no repository had activity', () => {
    const aggregate = aggregateReports([report('octo/a', 0, 0)])
    expect(aggregate.index).toBe(0)
    expect(aggregate.notes).toContain('No activity in any repository.')
  })

  it('escapes repository names', () => {
    const text = renderAggregateMarkdown(aggregateReports([report('octo/<b>|x', 50, 2)]))
    expect(text).toContain('| octo/&lt;b&gt;\\|x |')
  })

  it('escapes only what acts in a document (the CLI), still keeping a table cell whole', () => {
    const reports = [report('octo/my_repo', 50, 2), report('octo/<b>|x', 40, 1)]
    const document = renderAggregateMarkdown(aggregateReports(reports), 'document')
    expect(document).toContain('| octo/my_repo |')
    expect(document).toContain('| octo/\\<b>\\|x |')
    expect(renderAggregateMarkdown(aggregateReports(reports))).toContain('| octo/my\\_repo |')
  })
})
