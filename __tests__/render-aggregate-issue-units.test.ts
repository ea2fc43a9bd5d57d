import { describe, expect, it } from '@jest/globals'
import type { AggregateReport, AggregateRow, PreviousAggregate } from '../src/score/aggregate.js'
import {
  AGGREGATE_ISSUE_MARKER,
  aggregateIssueBody,
  aggregatePeriodComment,
  aggregatePeriodMarker,
  previousFor,
  readAggregateState
} from '../src/render/aggregate-issue.js'

const W = { since: '2024-05-01T00:00:00.000Z', until: '2024-06-01T00:00:00.000Z' }
const BEFORE = { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' }
const PREVIOUS: PreviousAggregate = {
  window: BEFORE,
  index: 50,
  categories: { documentation: 10, automation: 20, patterns: 30 },
  repositories: 4
}

function row(repository: string, index: number | null): AggregateRow {
  return {
    repository,
    source: 'git',
    window: W,
    index,
    trend: null,
    categories: { documentation: 40, automation: 20, patterns: 10 },
    changes: 10,
    multiplier: 3,
    output: 7,
    people: 2
  }
}

function aggregate(extra: Partial<AggregateReport> = {}): AggregateReport {
  return {
    schemaVersion: 1,
    kind: 'aggregate',
    window: W,
    index: 55,
    categories: { documentation: 40, automation: 20, patterns: 10 },
    previous: null,
    trend: null,
    totals: { repositories: 2, changes: 20, multiplier: 6, output: 14, people: 4 },
    repositories: [row('octo/a', 60), row('octo/b', 50)],
    missing: [],
    failed: [],
    notes: [],
    ...extra
  }
}

const rowsIn = (body: string): string[] => body.split('\n').filter(line => line.startsWith('| o/'))

describe('render/aggregate-issue body', () => {
  it('starts with the marker, the period marker and the figures, and ends with the run', () => {
    const body = aggregateIssueBody(
      aggregate(),
      'https://github.com/o/r/actions/runs/9',
      '<!-- p -->'
    )
    const [first, second, third] = body.split('\n')
    expect(first).toBe(AGGREGATE_ISSUE_MARKER)
    expect(second).toBe('<!-- p -->')
    expect(third?.startsWith('<!-- multiplier:org-state {')).toBe(true)
    expect(
      body.endsWith(
        '<sub>Updated by [this run](https://github.com/o/r/actions/runs/9); its job summary and JSON report have every repository.</sub>'
      )
    ).toBe(true)
    expect(body.split('## Multiplier: organisation roll-up')).toHaveLength(2)
    expect(body).not.toContain('\n\n\n')
    expect(aggregateIssueBody(aggregate(), undefined)).toContain(
      '<sub>Updated by this run; its job'
    )
  })

  it('writes the figures only when the index and every category have one', () => {
    expect(aggregateIssueBody(aggregate({ index: null }), undefined)).not.toContain('org-state')
    const partial = aggregate({ categories: { documentation: 40, automation: null, patterns: 10 } })
    expect(aggregateIssueBody(partial, undefined)).not.toContain('org-state')
  })

  it('writes figures the next run reads back, with those they compared with', () => {
    const body = aggregateIssueBody(aggregate({ previous: PREVIOUS }), undefined)
    expect(readAggregateState(body)).toEqual({
      current: {
        window: W,
        index: 55,
        categories: { documentation: 40, automation: 20, patterns: 10 },
        repositories: 2
      },
      before: PREVIOUS
    })
    const first = readAggregateState(aggregateIssueBody(aggregate(), undefined))
    expect(first && 'before' in first).toBe(false)
  })

  it('shows fewer missing names when the full list would leave the table no room', () => {
    const missing = Array.from(
      { length: 60 },
      (_, i) => `o/missing-${String(i).padStart(3, '0')}-${'x'.repeat(80)}`
    )
    const big = aggregateIssueBody(aggregate({ missing }), undefined)
    expect(big).toContain(' and 10 more')
    const small = aggregateIssueBody(aggregate({ missing }), undefined, '', 6000)
    expect(small).toContain(' and 50 more')
    expect(small.length).toBeLessThanOrEqual(6000)
    expect(small).toContain('### Repositories')
  })

  it('keeps the whole table when it fits exactly, and top and bottom rows one character less', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row(`o/r${i}-${'x'.repeat(60)}`, 90 - i))
    const value = aggregate({ repositories: rows })
    const whole = aggregateIssueBody(value, undefined, '', 100_000)
    expect(aggregateIssueBody(value, undefined, '', whole.length)).toBe(whole)
    const cut = aggregateIssueBody(value, undefined, '', whole.length - 1)
    expect(cut.length).toBeLessThan(whole.length)
    expect(rowsIn(cut).map(line => line.slice(0, 6))).toEqual([
      '| o/r0',
      '| o/r1',
      '| o/r3',
      '| o/r4'
    ])
    expect(cut).toContain('| _… 1 more: see the job summary or the JSON report_ |')
  })

  it('keeps a pair of rows as soon as it fits, never exceeding the limit', () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      row(`o/r${String(i).padStart(2, '0')}-${'x'.repeat(40)}`, 99 - i)
    )
    // A note and a missing name: every part of the body is there, so the room is exact.
    const value = aggregate({ repositories: rows, notes: ['a note'], missing: ['o/m'] })
    const whole = aggregateIssueBody(value, undefined, '', 100_000).length
    let previousKept = -1
    let increases = 0
    for (let limit = whole - 1200; limit < whole; limit++) {
      const body = aggregateIssueBody(value, undefined, '', limit)
      expect(body.length).toBeLessThanOrEqual(limit)
      const rowsKept = rowsIn(body)
      expect(rowsKept.length % 2).toBe(0)
      expect(rowsKept.length).toBeGreaterThanOrEqual(previousKept)
      if (previousKept >= 0 && rowsKept.length > previousKept) {
        increases++
        // The room kept for the "N more" row is measured with the whole count: one digit
        // fewer left out leaves one character unused.
        if (30 - rowsKept.length >= 10) expect(body.length).toBe(limit)
        else expect(body.length).toBeGreaterThanOrEqual(limit - 1)
        const names = rowsKept.map(line => line.slice(0, 7))
        const half = rowsKept.length / 2
        expect(names.slice(0, half)).toEqual(
          rows.slice(0, half).map(r => `| ${r.repository.slice(0, 5)}`)
        )
        expect(names.slice(half)).toEqual(
          rows.slice(30 - half).map(r => `| ${r.repository.slice(0, 5)}`)
        )
        expect(body).toContain(`| _… ${30 - rowsKept.length} more:`)
      }
      previousKept = rowsKept.length
    }
    expect(increases).toBeGreaterThan(3)
  })
})

describe('render/aggregate-issue period comment and marker', () => {
  it('says the index, the trend against the previous index, the problems and the run', () => {
    const text = aggregatePeriodComment(
      aggregate({
        previous: PREVIOUS,
        trend: { index: 5, categories: { documentation: 0, automation: 0, patterns: 0 } },
        missing: ['o/m'],
        failed: [
          { file: 'f', problem: 'p' },
          { file: 'g', problem: 'q' }
        ]
      }),
      'https://x/run'
    )
    expect(text).toBe(
      '**2024-05-01 – 2024-05-31**: org multiplier index **55**/100 (▲ +5 from 50) across 2 repositories · 3 missing or failed · [run](https://x/run)'
    )
  })

  it('says when there is nothing to compare with, no activity, and leaves out what is empty', () => {
    expect(aggregatePeriodComment(aggregate({ index: null }), undefined)).toBe(
      '**2024-05-01 – 2024-05-31**: org multiplier index no activity (no earlier org report to compare with) across 2 repositories'
    )
  })

  it('names the period by its days', () => {
    expect(aggregatePeriodMarker(aggregate())).toBe(
      '<!-- multiplier:org-period 2024-05-01..2024-06-01 -->'
    )
  })
})

describe('render/aggregate-issue reading the figures back', () => {
  const body = (state: unknown): string =>
    `text\n<!-- multiplier:org-state ${JSON.stringify(state)} -->\nmore`

  it('reads a state at the very start of the body', () => {
    const text = `<!-- multiplier:org-state ${JSON.stringify({ current: PREVIOUS })} -->`
    expect(readAggregateState(text)).toEqual({ current: PREVIOUS })
  })

  it('has nothing without a state or with one that does not parse', () => {
    expect(readAggregateState('no state here')).toBeUndefined()
    expect(readAggregateState('<!-- multiplier:org-state {nope -->')).toBeUndefined()
    expect(readAggregateState(body(null))).toBeUndefined()
  })

  it('accepts scores from 0 to 100 and rejects one past either end', () => {
    for (const index of [0, 100])
      expect(readAggregateState(body({ current: { ...PREVIOUS, index } }))?.current.index).toBe(
        index
      )
    for (const index of [-1, 101, '50'])
      expect(readAggregateState(body({ current: { ...PREVIOUS, index } }))).toBeUndefined()
    const badCategory = {
      ...PREVIOUS,
      categories: { documentation: 10, automation: 101, patterns: 30 }
    }
    expect(readAggregateState(body({ current: badCategory }))).toBeUndefined()
  })

  it('rejects a fractional repository count or a window that is not a time', () => {
    expect(
      readAggregateState(body({ current: { ...PREVIOUS, repositories: 2.5 } }))
    ).toBeUndefined()
    expect(
      readAggregateState(
        body({ current: { ...PREVIOUS, window: { since: 'x', until: BEFORE.until } } })
      )
    ).toBeUndefined()
    expect(
      readAggregateState(
        body({ current: { ...PREVIOUS, window: { since: BEFORE.since, until: 'x' } } })
      )
    ).toBeUndefined()
  })

  it('drops a malformed earlier state but keeps the current one', () => {
    expect(readAggregateState(body({ current: PREVIOUS, before: { index: 5 } }))).toEqual({
      current: PREVIOUS
    })
  })
})

describe('render/aggregate-issue previousFor', () => {
  const state = { current: { ...PREVIOUS, window: W }, before: PREVIOUS }

  it('compares a rerun of the same window with what the last report compared with', () => {
    expect(previousFor(state, W)).toBe(PREVIOUS)
  })

  it('compares a new window with the last report, even when only one end differs', () => {
    expect(previousFor(state, { since: W.since, until: '2024-06-02T00:00:00.000Z' })).toBe(
      state.current
    )
    expect(previousFor(state, { since: '2024-05-02T00:00:00.000Z', until: W.until })).toBe(
      state.current
    )
    expect(previousFor(undefined, W)).toBeUndefined()
  })
})
