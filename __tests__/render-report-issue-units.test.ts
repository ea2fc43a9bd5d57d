// The report issue's body, its table of periods and the per-period comment, from reports built
// in memory: the markers a rerun finds, what is dropped first at GitHub's limit, and rows kept.
import { describe, expect, it } from '@jest/globals'
import type { Report, ReportChange } from '../src/model.js'
import {
  REPORT_ISSUE_MARKER,
  issueBody,
  periodComment,
  periodMarker,
  periodRow,
  readPeriodRows
} from '../src/render/report-issue.js'
import { sampleReport } from './support/reports.js'

const RUN = 'https://github.com/o/r/actions/runs/7'

function month(since: string, until: string, overrides: Partial<Report> = {}): Report {
  return sampleReport('octo/widgets', 55, 10, {
    window: { since: `${since}T00:00:00.000Z`, until: `${until}T00:00:00.000Z` },
    ...overrides
  })
}

const may = (overrides: Partial<Report> = {}) => month('2024-05-01', '2024-05-31', overrides)

describe('issueBody', () => {
  it('starts with the hidden marker, then the period marker in new mode', () => {
    const body = issueBody(may(), RUN)
    expect(body.split('\n')[0]).toBe('<!-- multiplier:report-issue -->')
    expect(body.split('\n')[1]).toMatch(/^## Multiplier report: /)
    expect(REPORT_ISSUE_MARKER).toBe('<!-- multiplier:report-issue -->')
    const marked = issueBody(may(), RUN, periodMarker(may()))
    expect(marked.split('\n').slice(0, 3)).toEqual([
      '<!-- multiplier:report-issue -->',
      '<!-- multiplier:period 2024-05-01..2024-05-31 -->',
      expect.stringMatching(/^## Multiplier report: /)
    ])
  })

  it('ends with a footer that links the run, or names it when there is no link', () => {
    expect(issueBody(may(), RUN).trimEnd()).toMatch(
      /\n\n<sub>Updated by \[this run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\)\. Its job summary lists every change of the period, collapsed per category; the JSON report \(the `report-path` output\) has them all\.<\/sub>$/
    )
    expect(issueBody(may(), undefined).trimEnd()).toMatch(/\n<sub>Updated by this run\. Its job/)
  })

  it('has no table of periods unless a previous body is given (rolling mode)', () => {
    expect(issueBody(may(), RUN)).not.toContain('Every period')
    const rolling = issueBody(may(), RUN, '', null)
    expect(rolling).toContain(
      '\n\n### Every period\n\n<!-- multiplier:periods -->\n' +
        '| Period | Index | Confidence | Documentation | Automation | Patterns | Changes | Run |\n' +
        '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |\n' +
        '| 2024-05-01 – 2024-05-30 | **55** | medium | 55 | 55 | 55 | 10 | [run](https://github.com/o/r/actions/runs/7) |\n' +
        '<!-- /multiplier:periods -->\n\n<sub>Updated'
    )
  })

  it('at the limit drops the changes that counted first, keeping the head, notes and footer', () => {
    const huge: ReportChange = {
      id: 'a'.repeat(40),
      kind: 'commit',
      title: 'Huge',
      author: 'ada',
      time: '2024-05-10T10:00:00.000Z',
      categories: ['documentation'],
      reasons: [
        { category: 'documentation', signal: 'path:docs-dir', detail: 'word '.repeat(14_000) }
      ]
    }
    const report = may({ changes: [huge], notes: ['A note that stays.'] })
    report.categories.documentation = { ...report.categories.documentation, changes: 1 }
    const body = issueBody(report, RUN, '', null)
    expect(body.length).toBeLessThanOrEqual(65_000)
    expect(body).not.toContain('What counted')
    expect(body).toMatch(/^<!-- multiplier:report-issue -->\n## Multiplier report: /)
    expect(body).toContain('### Notes\n\n- A note that stays.')
    expect(body).toContain('### Every period')
    expect(body).toContain('<sub>Updated by [this run]')
    expect(body).toContain(
      `_Cut to fit GitHub's issue limit; the job summary of [this run](${RUN}) has the full report._`
    )
  })

  it('keeps 200 characters of margin under the limit: cut just past it, whole just inside', () => {
    const base = issueBody(may({ notes: ['x'] }), undefined).length
    const sized = (length: number) =>
      issueBody(may({ notes: ['x'.repeat(1 + length - base)] }), undefined)
    const inside = sized(64_780)
    expect(inside.length).toBe(64_780)
    expect(inside).toContain('### Notes')
    expect(inside).not.toContain('Cut to fit')
    const past = sized(64_900)
    expect(past).not.toContain('### Notes')
    expect(past).toContain("_Cut to fit GitHub's issue limit; the job summary of this run has")
  })
})

describe('periodRow', () => {
  it('writes a dash for a missing confidence and a run that cannot be linked', () => {
    expect(periodRow(may({ confidence: null }), undefined)).toBe(
      '| 2024-05-01 – 2024-05-30 | **55** | — | 55 | 55 | 55 | 10 | — |'
    )
    expect(periodRow(may(), 'javascript:alert(1)')).toMatch(/\| 10 \| — \|$/)
    expect(periodRow(may(), 'https://x.io/run(1)')).toMatch(
      /\[run\]\(https:\/\/x\.io\/run%281%29\) \|$/
    )
  })
})

describe('readPeriodRows', () => {
  const START = '<!-- multiplier:periods -->'
  const END = '<!-- /multiplier:periods -->'
  const row = '| 2024-05-01 – 2024-05-30 | **55** | medium | 55 | 55 | 55 | 10 | — |'

  it('reads only between both markers, trimmed, and no header', () => {
    expect(readPeriodRows(null)).toEqual([])
    expect(readPeriodRows('')).toEqual([])
    expect(
      readPeriodRows(
        `| x |\n${START}\n  ${row}  \n| Period | Index | Confidence | Documentation | Automation | Patterns | Changes | Run |\n${END}`
      )
    ).toEqual([row])
    expect(readPeriodRows(`${START}\n${row}\n`)).toEqual([])
    expect(readPeriodRows(`${row}\n${END}\n`)).toEqual([])
    expect(readPeriodRows(`${END}\n${START}\n${row}\n`)).toEqual([])
  })

  it('skips text that is no row and a row longer than 600 characters', () => {
    const long = `| ${'x'.repeat(596)} |`
    expect(long).toHaveLength(600)
    const tooLong = `| ${'x'.repeat(597)} |`
    expect(readPeriodRows(`${START}\nprose\n${long}\n${tooLong}\n|no space|\n${END}`)).toEqual([
      long
    ])
  })
})

describe('the table of periods across runs', () => {
  it('sorts the rows newest period first whatever period this run reports', () => {
    const june = month('2024-06-01', '2024-07-01')
    const april = month('2024-04-01', '2024-05-01')
    const first = issueBody(june, RUN, '', null)
    const second = issueBody(april, RUN, '', first)
    const third = issueBody(may(), RUN, '', second)
    expect(readPeriodRows(third).map(r => r.split(' | ')[0])).toEqual([
      '| 2024-06-01 – 2024-06-30',
      '| 2024-05-01 – 2024-05-30',
      '| 2024-04-01 – 2024-04-30'
    ])
  })

  it('keeps the newest 260 periods', () => {
    const rows = Array.from(
      { length: 260 },
      (_, i) =>
        `| 2000-01-01 – day ${String(i).padStart(3, '0')} | **1** | low | 1 | 1 | 1 | 1 | — |`
    )
    const previous = ['<!-- multiplier:periods -->', ...rows, '<!-- /multiplier:periods -->'].join(
      '\n'
    )
    const kept = readPeriodRows(issueBody(may(), RUN, '', previous))
    expect(kept).toHaveLength(260)
    expect(kept[0]).toMatch(/^\| 2024-05-01/)
    expect(kept[1]).toMatch(/day 259 \|/)
    expect(kept.at(-1)).toMatch(/day 001 \|/)
  })
})

describe('periodComment and periodMarker', () => {
  it('says the index, the move against the previous period and the confidence, linking the run', () => {
    expect(periodComment(may({ previousIndex: 50, trend: 5, direction: 'up' }), RUN)).toBe(
      `**2024-05-01 – 2024-05-30**: multiplier index **55**/100 (▲\u00a0+5 from 50, confidence medium) · [run](${RUN})`
    )
    expect(periodComment(may(), undefined)).toBe(
      '**2024-05-01 – 2024-05-30**: multiplier index **55**/100 (no earlier activity to compare with, confidence medium)'
    )
  })

  it('says there was nothing to score', () => {
    expect(periodComment(may({ index: null }), RUN)).toBe(
      `**2024-05-01 – 2024-05-30**: multiplier index: **no activity** (nothing to score) · [run](${RUN})`
    )
  })

  it('marks a period by its first and exclusive last day', () => {
    expect(periodMarker(month('2024-06-01', '2024-07-01'))).toBe(
      '<!-- multiplier:period 2024-06-01..2024-07-01 -->'
    )
  })
})
