import { describe, expect, it } from '@jest/globals'
import type { AggregateReport, AggregateRow } from '../src/score/aggregate.js'
import {
  notesSection,
  omittedLine,
  problemsSection,
  renderAggregateJson,
  renderAggregateMarkdown,
  repositoryLine
} from '../src/render/aggregate.js'

const W = { since: '2024-05-01T00:00:00.000Z', until: '2024-06-01T00:00:00.000Z' }
const BEFORE = { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' }

function row(
  repository: string,
  index: number | null,
  extra: Partial<AggregateRow> = {}
): AggregateRow {
  return {
    repository,
    source: 'git',
    window: W,
    index,
    trend: null,
    categories: { documentation: 40, automation: 20, patterns: null },
    changes: 10,
    multiplier: 3,
    output: 7,
    people: 2,
    ...extra
  }
}

function aggregate(extra: Partial<AggregateReport> = {}): AggregateReport {
  return {
    schemaVersion: 1,
    kind: 'aggregate',
    window: W,
    index: 55,
    categories: { documentation: 40, automation: 20, patterns: null },
    previous: null,
    trend: null,
    totals: { repositories: 2, changes: 20, multiplier: 6, output: 14, people: 4 },
    repositories: [row('octo/a', 60), row('octo/b', null, { changes: 0, multiplier: 0 })],
    missing: [],
    failed: [],
    notes: [],
    ...extra
  }
}

const lines = (text: string): string[] => text.split('\n')

describe('render/aggregate head', () => {
  it('states the window, the totals and the index with each category score, without a comparison', () => {
    const text = renderAggregateMarkdown(aggregate())
    expect(lines(text).slice(0, 5)).toEqual([
      '## Multiplier: organisation roll-up',
      '',
      '2024-05-01 – 2024-05-31 · 2 repositories · 20 changes, 6 multiplier, 14 output',
      '',
      '**Org multiplier index: 55 / 100** (weighted by changes) · Documentation 40 · Automation 20 · Patterns no activity'
    ])
    expect(text.endsWith('\n')).toBe(true)
    expect(text.endsWith('\n\n')).toBe(false)
  })

  it('compares with the previous aggregate, one repository said in the singular', () => {
    const text = renderAggregateMarkdown(
      aggregate({
        totals: { repositories: 1, changes: 20, multiplier: 6, output: 14, people: 4 },
        previous: {
          window: BEFORE,
          index: 50,
          categories: { documentation: 1, automation: 2, patterns: 3 },
          repositories: 1
        },
        trend: { index: 5, categories: { documentation: 39, automation: 0, patterns: -3 } }
      })
    )
    expect(text).toContain('2024-05-01 – 2024-05-31 · 1 repository · 20 changes')
    expect(text).toContain(
      '**Org multiplier index: 55 / 100** ▲ +5 (was 50 over 1 repository, 2024-04-01 – 2024-04-30) (weighted by changes) · ' +
        'Documentation 40 (▲ +39) · Automation 20 (▬ 0) · Patterns no activity (▼ −3)'
    )
  })

  it('says "repositories" for a previous aggregate of several', () => {
    const text = renderAggregateMarkdown(
      aggregate({
        previous: {
          window: BEFORE,
          index: 50,
          categories: { documentation: 1, automation: 2, patterns: 3 },
          repositories: 3
        },
        trend: { index: -2, categories: { documentation: 0, automation: 0, patterns: 0 } }
      })
    )
    expect(text).toContain('▼ −2 (was 50 over 3 repositories, 2024-04-01 – 2024-04-30)')
  })

  it('says "no activity" for an org without any and gives no category scores', () => {
    const text = renderAggregateMarkdown(aggregate({ index: null }))
    expect(lines(text)[4]).toBe('**Org multiplier index: no activity**')
  })
})

describe('render/aggregate table', () => {
  it('has the head, one row per repository and the totals row, in that order', () => {
    const text = renderAggregateMarkdown(aggregate())
    const table = lines(text.slice(text.indexOf('### Repositories')))
    expect(table.slice(0, 3)).toEqual([
      '### Repositories',
      '',
      '| Repository | Index | Confidence | Trend | Documentation | Automation | Patterns | Changes | Multiplier share |'
    ])
    expect(table[4]).toBe('| octo/a | **60** | — | — | 40 | 20 | no activity | 10 | 30% |')
    expect(table[5]).toBe('| octo/b | _no activity_ | — | — | — | — | — | 0 | — |')
    expect(table[6]).toBe('| **All** | **55** | — | — | **40** | **20** | — | **20** | 30% |')
    expect(text).not.toContain('### Missing and failed')
    expect(text).not.toContain('### Notes')
  })

  it('shows the org trend and “no activity” in the totals row of an org without any', () => {
    const up = renderAggregateMarkdown(
      aggregate({
        previous: {
          window: BEFORE,
          index: 50,
          categories: { documentation: 1, automation: 2, patterns: 3 },
          repositories: 1
        },
        trend: { index: 5, categories: { documentation: 0, automation: 0, patterns: 0 } }
      })
    )
    expect(up).toContain('| **All** | **55** | — | ▲ +5 | **40** |')
    const quiet = renderAggregateMarkdown(
      aggregate({
        index: null,
        totals: { repositories: 1, changes: 0, multiplier: 0, output: 0, people: 0 }
      })
    )
    expect(quiet).toContain('| **All** | _no activity_ | — | — | **40** | **20** | — | **0** | — |')
  })

  it('shows confidence, the noise-aware trend and a whole-percent share capped at 100', () => {
    expect(repositoryLine(row('o/a', 60, { confidence: 'high', trend: 5, direction: 'up' }))).toBe(
      '| o/a | **60** | high | ▲\u00a0+5 | 40 | 20 | no activity | 10 | 30% |'
    )
    expect(repositoryLine(row('o/a', 60, { trend: 0, direction: 'steady' }))).toContain(
      '| no clear change |'
    )
    expect(repositoryLine(row('o/a', 60, { trend: -4 }))).toContain('| ▼ −4 |')
    expect(repositoryLine(row('o/a', 60, { changes: 3, multiplier: 1 }))).toMatch(/\| 3 \| 33% \|$/)
    expect(repositoryLine(row('o/a', 60, { changes: 3, multiplier: 9 }))).toMatch(
      /\| 3 \| 100% \|$/
    )
  })

  it('gives a quiet repository no confidence, trend or scores', () => {
    expect(
      repositoryLine(row('o/q', null, { confidence: 'high', trend: 3, direction: 'up' }))
    ).toBe('| o/q | _no activity_ | — | — | — | — | — | 10 | 30% |')
  })

  it('links the name to its report where a pattern is given, escaping the name', () => {
    expect(
      repositoryLine(row('octo/a', 1), undefined, { reportLink: 'https://x.io/{owner}/{name}' })
    ).toMatch(/^\| \[octo\/a\]\(https:\/\/x\.io\/octo\/a\) \|/)
    expect(repositoryLine(row('octo/a_', 1))).toMatch(/^\| `octo\/a_` \|/)
    expect(
      repositoryLine(row('octo/a', 1), undefined, { reportLink: 'javascript:alert(1)' })
    ).toMatch(/^\| octo\/a \|/)
  })

  it('says how many rows were left out', () => {
    expect(omittedLine(7)).toBe(
      '| _… 7 more: see the job summary or the JSON report_ | | | | | | | | |'
    )
  })
})

describe('render/aggregate problems and notes', () => {
  it('says "No reports" with only the missing list when nothing reported', () => {
    const none = renderAggregateMarkdown(aggregate({ repositories: [] }))
    expect(none).toBe('## Multiplier: organisation roll-up\n\n_No reports._\n')
    const missing = renderAggregateMarkdown(aggregate({ repositories: [], missing: ['octo/x'] }))
    expect(missing).toBe(
      '## Multiplier: organisation roll-up\n\n_No reports._\n\n### Missing and failed\n\n' +
        '- **Missing** (1: expected, no report and no failure record): `octo/x`\n'
    )
  })

  it('renders the table when only failures came back', () => {
    const text = renderAggregateMarkdown(
      aggregate({ repositories: [], failed: [{ file: 'a.json', problem: 'bad' }] })
    )
    expect(text).toContain('### Repositories')
    expect(text).toContain('- **Failed** (1):\n  - bad (`a.json`)')
  })

  it('lists missing and failed repositories, each cut after the limit with a count, at and past it', () => {
    const problems = aggregate({
      missing: ['o/m1', 'o/m2', 'o/m3'],
      failed: [
        { repository: 'o/f1', file: 'f1.json', problem: 'bad *json*' },
        { file: 'f2.json', problem: 'unreadable' },
        { repository: 'o/f3', file: 'f3.json', problem: 'late' }
      ]
    })
    expect(problemsSection(problems)).toBe(
      [
        '### Missing and failed',
        '',
        '- **Missing** (3: expected, no report and no failure record): `o/m1`, `o/m2`, `o/m3`',
        '- **Failed** (3):',
        '  - `o/f1`: bad \\*json\\* (`f1.json`)',
        '  - unreadable (`f2.json`)',
        '  - `o/f3`: late (`f3.json`)'
      ].join('\n')
    )
    expect(problemsSection(problems, 3)).not.toContain('more')
    expect(lines(problemsSection(problems, 2))).toEqual([
      '### Missing and failed',
      '',
      '- **Missing** (3: expected, no report and no failure record): `o/m1`, `o/m2` and 1 more',
      '- **Failed** (3):',
      '  - `o/f1`: bad \\*json\\* (`f1.json`)',
      '  - unreadable (`f2.json`)',
      '  - … and 1 more'
    ])
    expect(problemsSection(aggregate({ missing: ['o/m'] }))).not.toContain('Failed')
    expect(problemsSection(aggregate({ failed: [{ file: 'x', problem: 'y' }] }))).not.toContain(
      'Missing**'
    )
    expect(problemsSection(aggregate())).toBe('')
  })

  it('cuts a long problem and file name', () => {
    const text = problemsSection(
      aggregate({ failed: [{ file: `${'d/'.repeat(200)}r.json`, problem: 'word '.repeat(100) }] })
    )
    expect(text.length).toBeLessThan(700)
    expect(text).toContain('…')
  })

  it('lists notes escaped, cut after the limit with a count', () => {
    const notes = aggregate({ notes: ['note @eve', 'second', 'third'] })
    expect(notesSection(notes)).toBe('### Notes\n\n- note `@eve`\n- second\n- third')
    expect(notesSection(notes, undefined, 3)).not.toContain('more')
    expect(notesSection(notes, undefined, 1)).toBe('### Notes\n\n- note `@eve`\n- … and 2 more')
    expect(notesSection(aggregate())).toBe('')
    expect(renderAggregateMarkdown(notes).endsWith('- third\n')).toBe(true)
  })

  it('keeps notes and failures as typed in a document', () => {
    const text = renderAggregateMarkdown(
      aggregate({ notes: ['see #12'], failed: [{ file: 'f', problem: 'by @eve' }] }),
      'document'
    )
    expect(text).toContain('- see #12')
    expect(text).toContain('  - by @eve (`f`)')
  })
})

describe('render/aggregate JSON', () => {
  it('is the aggregate as indented JSON with a final line break', () => {
    const value = aggregate()
    const json = renderAggregateJson(value)
    expect(JSON.parse(json)).toEqual(value)
    expect(json.startsWith('{\n  "schemaVersion": 1,')).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
  })
})
