// The aggregate's maths on rows and reports in memory: weights, the newest report of each
// repository, failures and missing repositories, and each note on both sides of its condition
// (aggregate-hostile and aggregate-scale run the same through the CLI and the action).
import { describe, expect, it } from '@jest/globals'
import type { Report } from '../src/model.js'
import { aggregateReports, aggregateRows } from '../src/score/aggregate.js'
import type { AggregateRow, FailedReport } from '../src/score/aggregate.js'
import { sampleReport } from './support/reports.js'

const MAY = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
const APRIL = { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' }

function row(
  repository: string,
  index: number | null,
  changes: number,
  more: Partial<AggregateRow> = {}
): AggregateRow {
  return {
    repository,
    source: 'git',
    window: MAY,
    index,
    trend: null,
    categories: { documentation: index, automation: index, patterns: index },
    changes,
    multiplier: 1,
    output: 2,
    people: 3,
    ...more
  }
}

const names = (rows: readonly AggregateRow[]) => rows.map(entry => entry.repository)

describe('score/aggregate: the figures', () => {
  it('weighs each active repository by its changes; a quiet one or one with no changes weighs nothing', () => {
    const aggregate = aggregateRows([
      row('o/a', 80, 30),
      row('o/b', 20, 10),
      row('o/quiet', null, 5),
      row('o/none', 100, 0)
    ])
    expect(aggregate.index).toBe(65)
    expect(aggregate.categories).toEqual({ documentation: 65, automation: 65, patterns: 65 })
    expect(aggregate.totals).toEqual({
      repositories: 4,
      changes: 45,
      multiplier: 4,
      output: 8,
      people: 12
    })
    expect(aggregate.notes).toEqual([])
  })

  it('orders by index, highest first, ties and quiet ones by name, quiet ones last', () => {
    const aggregate = aggregateRows([
      row('o/c', 50, 1),
      row('o/quiet', null, 1),
      row('o/b', 50, 1),
      row('o/zero', 0, 1),
      row('o/a', 70, 1)
    ])
    expect(names(aggregate.repositories)).toEqual(['o/a', 'o/b', 'o/c', 'o/zero', 'o/quiet'])
    // In any order they come in.
    for (const order of [
      [row('o/quiet', null, 1), row('o/zero', 0, 1)],
      [row('o/zero', 0, 1), row('o/quiet', null, 1)]
    ]) {
      expect(names(aggregateRows(order).repositories)).toEqual(['o/zero', 'o/quiet'])
    }
  })

  it('says when no repository had activity, and not when there are no repositories', () => {
    const quiet = aggregateRows([row('o/a', null, 3), row('o/b', 40, 0)])
    expect(quiet.index).toBeNull()
    expect(quiet.categories.documentation).toBeNull()
    expect(quiet.notes).toEqual(['No activity in any repository.'])
    const empty = aggregateRows([])
    expect(empty.notes).toEqual([])
    expect(empty.window).toEqual({ since: '', until: '' })
  })

  it('spans the earliest start to the latest end, and says when the windows differ', () => {
    const one = aggregateRows([row('o/a', 50, 1), row('o/b', 50, 1)])
    expect(one.window).toEqual(MAY)
    expect(one.notes).toEqual([])
    const two = aggregateRows([row('o/a', 50, 1, { window: APRIL }), row('o/b', 50, 1)])
    expect(two.window).toEqual({ since: APRIL.since, until: MAY.until })
    expect(two.notes).toEqual(['The reports cover 2 different windows; compare them with care.'])
  })

  it('gives a trend against the previous aggregate only when both have an index', () => {
    const previous = {
      window: APRIL,
      index: 40,
      categories: { documentation: 30, automation: 40, patterns: 50 },
      repositories: 2
    }
    const now = aggregateRows([row('o/a', 50, 10)], { previous })
    expect(now.previous).toBe(previous)
    expect(now.trend).toEqual({
      index: 10,
      categories: { documentation: 20, automation: 10, patterns: 0 }
    })
    expect(aggregateRows([row('o/a', null, 10)], { previous }).trend).toBeNull()
    expect(aggregateRows([row('o/a', 50, 10)]).trend).toBeNull()
  })
})

describe('score/aggregate: one report per repository', () => {
  it('keeps the newest window, then the newest report of one window, names in any case', () => {
    const old = row('o/a', 10, 1, { window: APRIL, generatedAt: '2024-06-02T00:00:00.000Z' })
    const first = row('O/A', 20, 1, { generatedAt: '2024-05-31T08:00:00.000Z' })
    const second = row('o/A', 30, 1, { generatedAt: '2024-05-31T09:00:00.000Z' })
    for (const order of [
      [old, first, second],
      [second, first, old],
      [first, second, old]
    ]) {
      const aggregate = aggregateRows(order)
      expect(aggregate.repositories).toEqual([second])
      expect(aggregate.notes).toEqual([
        '1 repository had several reports; the newest window was used: o/A.'
      ])
    }
  })

  it('names up to ten repositories with several reports, then counts the rest', () => {
    const twice = (count: number) =>
      Array.from({ length: count }, (_, i) => `o/r${String(i).padStart(2, '0')}`).flatMap(name => [
        row(name, 50, 1),
        row(name, 50, 1)
      ])
    const ten = aggregateRows(twice(10)).notes[0] ?? ''
    expect(ten).toMatch(
      /^10 repositories had several reports; the newest window was used: o\/r00, /
    )
    expect(ten).toMatch(/o\/r09\.$/)
    const backwards = aggregateRows(twice(3).reverse()).notes[0] ?? ''
    expect(backwards).toMatch(/used: o\/r00, o\/r01, o\/r02\.$/)
    const eleven = aggregateRows(twice(11)).notes[0] ?? ''
    expect(eleven).toMatch(/, o\/r09 and 1 more\.$/)
    expect(eleven).not.toContain('o/r10')
  })
})

describe('score/aggregate: failed and missing repositories', () => {
  const failure = (repository: string | undefined, file: string): FailedReport => ({
    ...(repository === undefined ? {} : { repository }),
    file,
    problem: 'unreadable'
  })

  it('lists failures by name in any case, then those naming no repository by file, each name once', () => {
    const failures = [
      failure(undefined, 'z.json'),
      failure('o/b', 'b2.json'),
      failure(undefined, 'a.json'),
      failure('O/a', 'a.json'),
      failure('o/B', 'b1.json')
    ]
    for (const order of [failures, [...failures].reverse()]) {
      const { failed } = aggregateRows([], { failed: order })
      expect(failed.map(item => [item.repository, item.file])).toEqual([
        ['O/a', 'a.json'],
        ['o/B', 'b1.json'],
        [undefined, 'a.json'],
        [undefined, 'z.json']
      ])
    }
  })

  it('drops a failure of a repository that has a report, with a note in the singular or plural', () => {
    const one = aggregateRows([row('o/a', 50, 1)], { failed: [failure('O/A', 'x.json')] })
    expect(one.failed).toEqual([])
    expect(one.notes).toEqual(['1 failure record left out: its repository has a report (O/A).'])
    const two = aggregateRows([row('o/a', 50, 1), row('o/b', 50, 1)], {
      failed: [failure('o/a', 'x.json'), failure('o/b', 'y.json'), failure('o/c', 'z.json')]
    })
    expect(two.failed.map(item => item.repository)).toEqual(['o/c'])
    expect(two.notes).toEqual([
      '2 failure records left out: their repositories have a report (o/a, o/b).'
    ])
  })

  it('names the expected repositories with neither a report nor a failure, once each', () => {
    expect(aggregateRows([row('o/a', 50, 1)]).missing).toEqual([])
    const aggregate = aggregateRows([row('o/a', 50, 1)], {
      expected: ['o/c', 'o/d', 'O/A', 'o/b', 'O/D', 'o/C'],
      failed: [failure('o/b', 'b.json')]
    })
    // The last spelling of a name is kept; names are sorted as written.
    expect(aggregate.missing).toEqual(['O/D', 'o/C'])
  })
})

describe('score/aggregate: a report’s row', () => {
  it('keeps the report’s time, direction and confidence where it has an index', () => {
    const report = sampleReport('o/a', 60, 10, {
      previousIndex: 50,
      direction: 'up',
      confidence: 'high'
    })
    const [entry] = aggregateReports([report]).repositories
    expect(entry).toMatchObject({
      generatedAt: report.generatedAt,
      index: 60,
      trend: 10,
      direction: 'up',
      confidence: 'high'
    })
    expect(entry).not.toHaveProperty('quiet')
  })

  it('gives a quiet report no score, trend, direction or confidence, and says why', () => {
    const quiet = {
      ...sampleReport('o/q', 60, 0, { previousIndex: 50, direction: 'up', confidence: 'high' }),
      activity: { state: 'none' }
    } as unknown as Report
    const [entry] = aggregateReports([quiet]).repositories
    expect(entry).toMatchObject({
      index: null,
      trend: null,
      categories: { documentation: null, automation: null, patterns: null },
      quiet: { state: 'none', reason: 'no activity' }
    })
    expect(entry).not.toHaveProperty('direction')
    expect(entry).not.toHaveProperty('confidence')
    const { generatedAt: _dropped, ...undated } = sampleReport('o/u', 60, 1)
    expect(aggregateReports([undated as Report]).repositories[0]).not.toHaveProperty('generatedAt')
  })
})
