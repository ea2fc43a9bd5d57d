import { describe, expect, it } from '@jest/globals'
import type { Report } from '../src/model.js'
import { renderAggregateMarkdown } from '../src/render/aggregate.js'
import {
  AGGREGATE_ISSUE_MARKER,
  aggregateIssueBody,
  previousFor,
  readAggregateState
} from '../src/render/aggregate-issue.js'
import { aggregateReports, aggregateRows, reportRow } from '../src/score/aggregate.js'
import { sampleReport } from './support/reports.js'

function report(
  repository: string,
  index: number,
  changes: number,
  overrides: Partial<Report> = {}
): Report {
  return sampleReport(repository, index, changes, overrides)
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

  it('gives a repository an arrow only when its report says the move is outside the noise', () => {
    const text = renderAggregateMarkdown(
      aggregateReports([
        report('octo/a', 60, 30, { previousIndex: 45, trend: 15, direction: 'steady' }),
        report('octo/b', 80, 30, { previousIndex: 40, trend: 40, direction: 'up' }),
        report('octo/c', 50, 30, { previousIndex: 40 })
      ])
    )
    expect(text).toContain('| octo/a | **60** | medium | no clear change (+15) |')
    expect(text).toContain('| octo/b | **80** | medium | ▲\u00a0+40 |')
    // A report that does not say (schemaVersion 1) keeps its plain difference.
    expect(text).toContain('| octo/c | **50** | medium | ▲ +10 |')
  })

  it('links each repository to its report where the workflow says where reports are', () => {
    const aggregate = aggregateReports([report('octo/a', 80, 30), report('octo/b', 20, 10)])
    const linked = renderAggregateMarkdown(aggregate, 'posted', {
      reportLink: 'https://octo.github.io/reports/{owner}/{name}.html'
    })
    expect(linked).toContain('| [octo/a](https://octo.github.io/reports/octo/a.html) | **80** |')
    const body = aggregateIssueBody(aggregate, undefined, '', undefined, {
      reportLink: '{repository}.html'
    })
    // Not an http(s) address: no link rather than a relative one GitHub would resolve wrongly.
    expect(body).toContain('| octo/a | **80** |')
    expect(renderAggregateMarkdown(aggregate)).toContain('| octo/a | **80** |')
  })

  it('renders one row per repository and a total row', () => {
    const text = renderAggregateMarkdown(
      aggregateReports([report('octo/b', 20, 10, { previousIndex: 30 }), report('octo/a', 80, 30)])
    )
    expect(text).toContain('**Org multiplier index: 65 / 100** (weighted by changes)')
    // Each repository's confidence beside its index, as its report gives it.
    expect(text).toContain('| octo/a | **80** | medium | — | 80 | 80 | 80 | 30 | 50% |')
    expect(text).toContain('| octo/b | **20** | medium | ▼ −10 | 20 | 20 | 20 | 10 | 50% |')
    expect(text).toContain('| **All** | **65** | — |')
    expect(text.indexOf('octo/a')).toBeLessThan(text.indexOf('octo/b'))
  })

  it('keeps the newest report of a repository given twice and says so', () => {
    const older = report('octo/a', 10, 5, {
      window: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' }
    })
    const aggregate = aggregateReports([report('octo/a', 90, 5), older])
    expect(aggregate.repositories).toHaveLength(1)
    expect(aggregate.index).toBe(90)
    expect(aggregate.notes).toContain(
      '1 repository had several reports; the newest window was used: octo/a.'
    )
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

  it('gives no index (not 0) and a note when no repository had activity', () => {
    const aggregate = aggregateReports([report('octo/a', 0, 0)])
    expect(aggregate.index).toBeNull()
    expect(renderAggregateMarkdown(aggregate)).toContain('Org multiplier index: no activity')
    expect(aggregate.notes).toContain('No activity in any repository.')
  })

  it('escapes repository names', () => {
    const text = renderAggregateMarkdown(aggregateReports([report('octo/<b>|x', 50, 2)]))
    expect(text).toContain('| octo/\\<b>\\|x |')
  })

  it('escapes only what acts in a document (the CLI), still keeping a table cell whole', () => {
    const reports = [report('octo/my_repo', 50, 2), report('octo/<b>|x', 40, 1)]
    const document = renderAggregateMarkdown(aggregateReports(reports), 'document')
    expect(document).toContain('| octo/my_repo |')
    expect(document).toContain('| octo/\\<b>\\|x |')
    // Posted the same way: an underscore inside a word acts as no emphasis on GitHub.
    expect(renderAggregateMarkdown(aggregateReports(reports))).toContain('| octo/my_repo |')
  })

  it('lists expected repositories without a report as missing, and failures apart', () => {
    const aggregate = aggregateReports([report('octo/a', 50, 4)], {
      expected: ['octo/a', 'Octo/B', 'octo/c'],
      failed: [
        { file: 'x.json', problem: 'x.json: not JSON' },
        { repository: 'octo/c', file: 'c.json', problem: 'the report step failed' }
      ]
    })
    expect(aggregate.missing).toEqual(['Octo/B'])
    expect(aggregate.failed.map(item => item.repository ?? item.file)).toEqual(['octo/c', 'x.json'])
    const text = renderAggregateMarkdown(aggregate)
    expect(text).toContain('- **Missing** (1: expected, no report and no failure record): `Octo/B`')
    expect(text).toContain('  - `octo/c`: the report step failed (`c.json`)')
  })

  it('keeps the top and bottom of 1,200 repositories in the org issue, within GitHub’s limit', () => {
    const rows = Array.from({ length: 1200 }, (_, i) =>
      reportRow(report(`octo/repository-${String(i).padStart(4, '0')}`, (i * 37) % 101, 10))
    )
    const aggregate = aggregateRows(rows)
    const body = aggregateIssueBody(aggregate, 'https://github.com/octo/org/actions/runs/1')
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.startsWith(AGGREGATE_ISSUE_MARKER)).toBe(true)
    const names = aggregate.repositories.map(row => row.repository)
    const shown = names.filter(name => body.includes(`| ${name} |`))
    const half = shown.length / 2
    // As many from the top as from the bottom, and only those.
    expect(shown).toEqual([...names.slice(0, half), ...names.slice(names.length - half)])
    expect(shown.length).toBeGreaterThan(600)
    expect(body).toContain(
      `| _… ${1200 - shown.length} more: see the job summary or the JSON report_ |`
    )
    const summary = renderAggregateMarkdown(aggregate)
    expect(names.filter(name => !summary.includes(`| ${name} |`))).toEqual([])
  })

  it('leaves the whole table in the issue when it fits', () => {
    const aggregate = aggregateReports([report('octo/a', 50, 4), report('octo/b', 10, 4)])
    const body = aggregateIssueBody(aggregate, undefined)
    expect(body).toContain('| octo/a |')
    expect(body).toContain('| octo/b |')
    expect(body).not.toContain('more: see the job summary')
  })

  it('reads its figures back from the issue body for the next trend, and a rerun keeps the earlier ones', () => {
    const may = aggregateReports([report('octo/a', 40, 10)])
    const state = readAggregateState(aggregateIssueBody(may, undefined))
    expect(state?.current).toEqual({
      window: may.window,
      index: 40,
      categories: may.categories,
      repositories: 1
    })
    const juneWindow = { since: '2024-06-01T00:00:00.000Z', until: '2024-07-01T00:00:00.000Z' }
    expect(previousFor(state, juneWindow)?.index).toBe(40)
    const june = aggregateReports([report('octo/a', 55, 10, { window: juneWindow })], {
      previous: previousFor(state, juneWindow)
    })
    expect(june.trend?.index).toBe(15)
    const rerun = readAggregateState(aggregateIssueBody(june, undefined))
    expect(previousFor(rerun, juneWindow)?.index).toBe(40)
    expect(readAggregateState('<!-- multiplier:org-state {"current":{"index":"high"}} -->')).toBe(
      undefined
    )
    expect(readAggregateState('no state here')).toBe(undefined)
  })
})
