import { describe, expect, it } from '@jest/globals'
import type { ScoreOptions } from '../src/config/types.js'
import type { CategoryId, ClassifiedChange, Window } from '../src/model.js'
import { NO_ACTIVITY_NOTE, normaliseWeights, roundScore, scoreReport } from '../src/score/index.js'
import { classified, person } from './support/fake-source.js'

const window: Window = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
const previousWindow: Window = {
  since: '2024-04-01T00:00:00.000Z',
  until: '2024-05-01T00:00:00.000Z'
}
const options: ScoreOptions = {
  weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
  targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 }
}

/** 2024-05-01 + `days` at noon UTC. */
function day(days: number, base = window.since): string {
  return new Date(Date.parse(base) + days * 86_400_000 + 43_200_000).toISOString()
}

function score(changes: ClassifiedChange[], previousChanges: ClassifiedChange[] = []) {
  return scoreReport({
    repository: 'octo/widgets',
    source: 'git',
    window,
    previousWindow,
    changes,
    previousChanges,
    options,
    generatedAt: '2024-05-31T00:00:00.000Z'
  })
}

function many(count: number, categories: CategoryId[], overrides: Partial<ClassifiedChange> = {}) {
  return Array.from({ length: count }, (_, i) =>
    classified(categories, { time: day(i % 30), ...overrides })
  )
}

describe('score', () => {
  it('gives every score 0 and a "no activity" note when the window is empty', () => {
    const report = score([])
    expect(report.index).toBe(0)
    for (const id of ['documentation', 'automation', 'patterns'] as const) {
      expect(report.categories[id]).toMatchObject({
        score: 0,
        changes: 0,
        people: 0,
        activeWeeks: 0,
        previous: null,
        trend: null
      })
    }
    expect(report.totals).toEqual({
      changes: 0,
      output: 0,
      multiplier: 0,
      people: 0,
      bots: 0,
      weeks: 5
    })
    expect(report.previousIndex).toBeNull()
    expect(report.notes).toContain(NO_ACTIVITY_NOTE)
  })

  it('gives 100 everywhere when every change by everyone in every week feeds every category', () => {
    const all: CategoryId[] = ['documentation', 'automation', 'patterns']
    const changes = [0, 7, 14, 21, 28].flatMap(d => [
      classified(all, { time: day(d), author: person('Ada') }),
      classified(all, { time: day(d), author: person('Bo') })
    ])
    const report = score(changes)
    expect(report.index).toBe(100)
    expect(report.categories.patterns).toMatchObject({
      score: 100,
      parts: { share: 1, people: 1, steadiness: 1 }
    })
    expect(report.totals).toMatchObject({ changes: 10, multiplier: 10, output: 0, people: 2 })
  })

  it('gives 0 everywhere when all changes are direct output', () => {
    const report = score(many(12, []))
    expect(report.index).toBe(0)
    expect(report.totals).toMatchObject({ changes: 12, output: 12, multiplier: 0, people: 1 })
    expect(report.notes).not.toContain(NO_ACTIVITY_NOTE)
  })

  it('scores a single person with one documentation change in one week', () => {
    const report = score([classified(['documentation'], { time: day(2) })])
    // share min(1, 1/1 / 0.2) = 1, people 1/1, steadiness 1/5: 100 × (0.5 + 0.3 + 0.04)
    expect(report.categories.documentation).toMatchObject({
      score: 84,
      changes: 1,
      people: 1,
      activeWeeks: 1,
      parts: { share: 1, people: 1, steadiness: 0.2 }
    })
    expect(report.categories.automation.score).toBe(0)
    expect(report.index).toBe(28)
    expect(report.notes.some(note => note.startsWith('Only 1 change'))).toBe(true)
  })

  it('keeps bot changes in the counts but not in the people counts', () => {
    const bot = { name: 'dependabot[bot]', login: 'dependabot[bot]' }
    const report = score([
      classified(['automation'], { time: day(1), author: bot, authorIsBot: true }),
      classified([], { time: day(1), author: person('Ada') })
    ])
    expect(report.totals).toMatchObject({ changes: 2, people: 1, bots: 1, multiplier: 1 })
    expect(report.categories.automation).toMatchObject({
      changes: 1,
      people: 0,
      parts: { share: 1, people: 0, steadiness: 0.2 }
    })
    expect(report.categories.automation.score).toBe(54)
  })

  it('counts people by login, then email, then name, case-insensitively', () => {
    const report = score([
      classified(['documentation'], { time: day(1), author: { name: 'Ada L', login: 'Ada' } }),
      classified(['documentation'], {
        time: day(2),
        author: { name: 'Ada Lovelace', login: 'ada' }
      }),
      classified([], { time: day(3), author: { name: 'Bo', email: 'BO@example.com' } }),
      classified([], { time: day(4), author: { name: 'Bo B', email: 'bo@example.com' } })
    ])
    expect(report.totals.people).toBe(2)
    expect(report.categories.documentation.people).toBe(1)
    expect(report.categories.documentation.parts.people).toBe(0.5)
  })

  it('measures steadiness as weeks with a change over the weeks of the window, the last one partial', () => {
    const report = score([
      classified(['documentation'], { time: day(0) }),
      classified(['documentation'], { time: day(6) }),
      classified(['documentation'], { time: day(15) }),
      classified(['documentation'], { time: day(29) }),
      classified(['documentation'], { time: window.until })
    ])
    // weeks 0, 2 and 4 (days 28–29 are the partial fifth week); `until` itself is outside.
    expect(report.totals.weeks).toBe(5)
    expect(report.categories.documentation.activeWeeks).toBe(3)
    expect(report.categories.documentation.parts.steadiness).toBe(0.6)
  })

  it('reports a rising trend against the previous window', () => {
    const report = score(
      many(10, ['documentation']),
      many(10, [], { time: day(3, previousWindow.since) })
    )
    expect(report.categories.documentation.previous).toBe(0)
    expect(report.categories.documentation.trend).toBe(report.categories.documentation.score)
    expect(report.previousIndex).toBe(0)
    expect(report.categories.documentation.trend).toBeGreaterThan(0)
  })

  it('reports a falling trend against the previous window', () => {
    const report = score(
      many(10, []),
      many(10, ['automation'], { time: day(3, previousWindow.since) })
    )
    expect(report.categories.automation.score).toBe(0)
    expect(report.categories.automation.previous).toBeGreaterThan(0)
    expect(report.categories.automation.trend).toBe(-(report.categories.automation.previous ?? 0))
  })

  it('reports no trend when the previous window had no activity', () => {
    const report = score(many(10, ['patterns']))
    expect(report.categories.patterns.trend).toBeNull()
    expect(report.categories.patterns.previous).toBeNull()
    expect(report.previousIndex).toBeNull()
  })

  it('computes the README worked example', () => {
    const people = ['Ada', 'Bo', 'Cy', 'Di', 'Ed'].map(name => person(name))
    const author = (i: number) => people[i % 5] ?? person('Ada')
    const changes = [
      // documentation: 6 changes by Ada, Bo and Cy in weeks 0, 1, 2 and 3
      ...[0, 1, 8, 15, 16, 22].map((d, i) =>
        classified(['documentation'], { time: day(d), author: author(i % 3) })
      ),
      // automation: 2 changes by Di in weeks 0 and 4
      ...[3, 29].map(d => classified(['automation'], { time: day(d), author: author(3) })),
      // patterns: 1 change by Ed
      classified(['patterns'], { time: day(10), author: author(4) }),
      // 31 output changes by all five, and one bot change
      ...Array.from({ length: 30 }, (_, i) => classified([], { time: day(i), author: author(i) })),
      classified([], { time: day(5), author: { name: 'renovate[bot]' }, authorIsBot: true })
    ]
    const report = score(changes)
    expect(report.totals).toMatchObject({
      changes: 40,
      people: 5,
      bots: 1,
      multiplier: 9,
      output: 31
    })
    expect(report.categories.documentation).toMatchObject({
      score: 72,
      parts: { share: 0.75, people: 0.6, steadiness: 0.8 }
    })
    expect(report.categories.automation).toMatchObject({
      score: 39,
      parts: { share: 0.5, people: 0.2, steadiness: 0.4 }
    })
    expect(report.categories.patterns).toMatchObject({
      score: 23,
      parts: { share: 0.25, people: 0.2, steadiness: 0.2 }
    })
    expect(report.index).toBe(45)
  })

  it('rounds half up without binary noise flipping a .5 down', () => {
    expect(roundScore(0.285)).toBe(29)
    expect(roundScore(0.125 + 0.06 + 0.04)).toBe(23)
    expect(roundScore(0.004)).toBe(0)
  })

  it('normalises weights, falling back to equal thirds when they are all zero', () => {
    expect(normaliseWeights({ share: 5, people: 3, steadiness: 2 })).toEqual({
      share: 0.5,
      people: 0.3,
      steadiness: 0.2
    })
    expect(normaliseWeights({ share: 0, people: 0, steadiness: 0 })).toEqual({
      share: 1 / 3,
      people: 1 / 3,
      steadiness: 1 / 3
    })
  })

  it('lists changes newest first with ties by id, whatever order they came in', () => {
    const a = classified(['documentation'], { id: 'b'.repeat(40), time: day(3) })
    const b = classified([], { id: 'a'.repeat(40), time: day(3) })
    const c = classified([], { id: 'c'.repeat(40), time: day(9) })
    const forward = score([a, b, c])
    const backward = score([c, b, a])
    expect(forward.changes.map(ch => ch.id)).toEqual([c.id, b.id, a.id])
    expect(backward).toEqual(forward)
    expect(forward.changes[2]).toMatchObject({
      kind: 'commit',
      author: 'Ada',
      categories: ['documentation']
    })
  })
})
