import { describe, expect, it } from '@jest/globals'
import type { CategoryId, ClassifiedChange } from '../src/model.js'
import { NO_ACTIVITY_NOTE, normaliseWeights, roundScore, scoreReport } from '../src/score/score.js'
import { SCORING_MAY_2024, classified, person, scoreMay2024 } from './support/fake-source.js'

const { window, previousWindow, options } = SCORING_MAY_2024

/** 2024-05-01 + `days` at noon UTC. */
function day(days: number, base = window.since): string {
  return new Date(Date.parse(base) + days * 86_400_000 + 43_200_000).toISOString()
}

function score(changes: ClassifiedChange[], previousChanges: ClassifiedChange[] = []) {
  return scoreMay2024(changes, previousChanges)
}

function many(count: number, categories: CategoryId[], overrides: Partial<ClassifiedChange> = {}) {
  return Array.from({ length: count }, (_, i) =>
    classified(categories, { time: day(i % 30), ...overrides })
  )
}

describe('score', () => {
  it('gives no index, scores, intervals or trend, and a "no activity" note, when the window is empty', () => {
    const report = score([])
    expect(report.index).toBe(null)
    expect(report).toMatchObject({
      activity: { state: 'none', reason: NO_ACTIVITY_NOTE },
      indexInterval: null,
      confidence: null,
      trend: null,
      direction: null
    })
    for (const id of ['documentation', 'automation', 'patterns'] as const) {
      expect(report.categories[id]).toMatchObject({
        score: null,
        rawScore: null,
        interval: null,
        confidence: null,
        direction: null,
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
      botChanges: 0,
      weeks: 5
    })
    expect(report.confidence).toBe(null)
    expect(report.previousIndex).toBeNull()
    expect(report.notes).toContain(NO_ACTIVITY_NOTE)
  })

  it('gives a raw 100 when every change by everyone in every week feeds every category, pulled toward 50 by the small sample', () => {
    const all: CategoryId[] = ['documentation', 'automation', 'patterns']
    const changes = [0, 7, 14, 21, 28].flatMap(d => [
      classified(all, { time: day(d), author: person('Ada') }),
      classified(all, { time: day(d), author: person('Bo') })
    ])
    const report = score(changes)
    // 10 changes against a prior worth 10 changes at 50: (10 × 100 + 10 × 50) ÷ 20 = 75.
    expect(report.index).toBe(75)
    expect(report.categories.patterns).toMatchObject({
      score: 75,
      rawScore: 100,
      parts: { share: 1, people: 1, steadiness: 1 }
    })
    expect(report.totals).toMatchObject({ changes: 10, multiplier: 10, output: 0, people: 2 })
  })

  it('gives a raw 0 everywhere when all changes are direct output, pulled toward 50 by the sample', () => {
    const report = score(many(12, []))
    // (12 × 0 + 10 × 50) ÷ 22 = 22.7 → 23
    expect(report.categories.documentation).toMatchObject({ score: 23, rawScore: 0 })
    expect(report.index).toBe(23)
    expect(report.totals).toMatchObject({ changes: 12, output: 12, multiplier: 0, people: 1 })
    expect(report.notes).not.toContain(NO_ACTIVITY_NOTE)
  })

  it('scores a single person with one documentation change in one week', () => {
    const report = score([classified(['documentation'], { time: day(2) })])
    // share min(1, 1/1 / 0.2) = 1, steadiness 1/5; one person: the people part is not counted
    // and its weight goes to the other two (0.5/0.7, 0.2/0.7): raw 100 × (5/7 + 0.2 × 2/7) = 77;
    // one change against the prior: (1 × 77.14 + 10 × 50) ÷ 11 = 52.5 → 52.
    expect(report.categories.documentation).toMatchObject({
      score: 52,
      rawScore: 77,
      confidence: 'low',
      // Wilson's 90 % interval of 1 of 1 is 27–100 %: share 1 at both ends (target 20 %); the
      // steadiness part (1 of 5 weeks) 4–59 %: raw 100 × (5/7 + 2/7 × 0.04…) = 72 up to
      // 100 × (5/7 + 2/7 × 0.59…) = 88; the pulled score 52 lies below, so the interval
      // reaches down to it. One change: low confidence, whatever the width.
      interval: { low: 52, high: 88 },
      changes: 1,
      people: 1,
      activeWeeks: 1,
      parts: { share: 1, people: 1, steadiness: 0.2 }
    })
    // No evidence: (0 + 500) ÷ 11 = 45.5 → 45 (rounded half up after 6 decimals: 45.454545).
    expect(report.categories.automation.score).toBe(45)
    expect(report.index).toBe(47)
    expect(report.confidence).toBe('low')
    expect(report.notes.some(note => note.startsWith('Only 1 change'))).toBe(true)
  })

  it('leaves bot changes out of the shares, counts and steadiness by default, and reports them apart', () => {
    const dependabot = { name: 'dependabot[bot]', login: 'dependabot[bot]' }
    const renovate = { name: 'renovate[bot]' }
    const changes = [
      ...[1, 8, 15].map(d =>
        classified(['automation'], { time: day(d), author: dependabot, authorIsBot: true })
      ),
      classified([], { time: day(2), author: renovate, authorIsBot: true }),
      classified(['documentation'], { time: day(1), author: person('Ada') }),
      classified([], { time: day(1), author: person('Bo') })
    ]
    const report = score(changes)
    expect(report.totals).toMatchObject({
      changes: 2,
      people: 2,
      bots: 2,
      botChanges: 4,
      multiplier: 1,
      output: 1
    })
    expect(report.categories.automation).toMatchObject({
      changes: 0,
      activeWeeks: 0,
      parts: { share: 0, steadiness: 0 }
    })
    // documentation: 1 of 2 counted changes, not 1 of 6.
    expect(report.categories.documentation.parts.share).toBe(1)
    expect(report.bots).toEqual({
      counted: false,
      changes: 4,
      authors: [
        { name: 'dependabot[bot]', changes: 3 },
        { name: 'renovate[bot]', changes: 1 }
      ]
    })
    // Every change stays listed, the bots' marked.
    expect(report.changes).toHaveLength(6)
    expect(report.changes.filter(change => change.bot)).toHaveLength(4)

    const included = scoreReport({
      repository: 'octo/widgets',
      source: 'git',
      window,
      previousWindow,
      changes,
      previousChanges: [],
      options: { ...options, bots: 'include' },
      generatedAt: '2024-05-31T00:00:00.000Z'
    })
    expect(included.totals).toMatchObject({ changes: 6, people: 2, botChanges: 4 })
    // Counted, bots feed share and steadiness but are never people.
    expect(included.categories.automation).toMatchObject({
      changes: 3,
      people: 0,
      activeWeeks: 3,
      parts: { share: 1, people: 0, steadiness: 0.6 }
    })
    expect(included.bots.counted).toBe(true)
  })

  it('says so when only bots were active and they are left out', () => {
    const bot = { name: 'renovate[bot]' }
    const report = score([classified([], { time: day(1), author: bot, authorIsBot: true })])
    expect(report.index).toBe(null)
    expect(report.activity.state).toBe('bots-only')
    expect(report.categories.documentation.score).toBe(null)
    expect(report.totals).toMatchObject({ changes: 0, botChanges: 1 })
    expect(report.notes.some(note => note.startsWith('Only bots were active'))).toBe(true)
  })

  it('does not count the people part below two people: one person is always everyone', () => {
    // Same share and steadiness; one person feeding or not feeding cannot change the score.
    const solo = score(many(20, ['documentation']))
    expect(solo.totals.people).toBe(1)
    const { steadiness } = solo.categories.documentation.parts
    expect(steadiness).toBe(0.6)
    const raw = 100 * ((0.5 / 0.7) * 1 + (0.2 / 0.7) * steadiness)
    expect(solo.categories.documentation.rawScore).toBe(Math.round(raw))
    const pair = score([...many(20, ['documentation']), ...many(20, [], { author: person('Bo') })])
    expect(pair.categories.documentation.parts.people).toBe(0.5)
    // Two people: people counts at its weight again: 0.5 × 1 + 0.3 × 0.5 + 0.2 × 0.6 = 0.77.
    expect(pair.categories.documentation.rawScore).toBe(77)
  })

  it('reads confidence off the interval: a category fed by few changes is never high', () => {
    const team = Array.from({ length: 30 }, (_, i) => person(`P${i}`))
    const spread = (count: number, fed: number, category: CategoryId = 'patterns') =>
      Array.from({ length: count }, (_, i) =>
        classified(i < fed ? [category] : [], {
          time: day(i % 30),
          author: team[i % team.length] ?? person('Ada')
        })
      )
    // 9 changes: low whatever the interval (one change moves every share).
    expect(score(spread(9, 9, 'documentation')).categories.documentation.confidence).toBe('low')
    // 2 patterns changes of 120: a share of 0.5–5 % (Wilson 90 %) → the share part anywhere
    // from 5 % to 52 % of its target: a wide interval, never high — the case that once read
    // "high" on vitejs/vite.
    const rare = score(spread(120, 2))
    const patterns = rare.categories.patterns
    expect(patterns.confidence).not.toBe('high')
    expect((patterns.interval?.high ?? 0) - (patterns.interval?.low ?? 0)).toBeGreaterThan(30)
    // Fed by nearly every change of a large window, by all 30 people in every week: narrow, high.
    const steady = score(spread(600, 590, 'documentation'))
    expect(steady.categories.documentation.confidence).toBe('high')
    for (const id of ['documentation', 'automation', 'patterns'] as const) {
      const { score: value, interval } = rare.categories[id]
      expect(interval?.low).toBeLessThanOrEqual(value ?? NaN)
      expect(interval?.high).toBeGreaterThanOrEqual(value ?? NaN)
    }
  })

  it('never lets one more change move a score by 50 points or more', () => {
    // A seeded walk over many small windows: each adds one random change to the last.
    let seed = 7
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647
    const kinds: CategoryId[][] = [
      [],
      ['documentation'],
      ['automation'],
      ['patterns'],
      ['documentation', 'automation', 'patterns']
    ]
    const authors = ['Ada', 'Bo', 'Cy', 'Di'].map(name => person(name))
    let largest = 0
    for (let walk = 0; walk < 20; walk++) {
      const changes: ClassifiedChange[] = []
      let before = score([])
      for (let step = 0; step < 25; step++) {
        changes.push(
          classified(kinds[Math.floor(random() * kinds.length)] ?? [], {
            time: day(Math.floor(random() * 30)),
            author: authors[Math.floor(random() * authors.length)] ?? person('Ada')
          })
        )
        const after = score(changes)
        if (step > 0) {
          for (const id of ['documentation', 'automation', 'patterns'] as const) {
            largest = Math.max(
              largest,
              Math.abs((after.categories[id].score ?? NaN) - (before.categories[id].score ?? NaN))
            )
          }
        }
        before = after
      }
    }
    expect(largest).toBeGreaterThan(0)
    expect(largest).toBeLessThan(50)
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
    // The previous window's 10 output changes score (0 + 500) ÷ 20 = 25 each.
    expect(report.categories.documentation.previous).toBe(25)
    expect(report.categories.documentation.trend).toBe(
      (report.categories.documentation.score ?? NaN) - 25
    )
    expect(report.previousIndex).toBe(25)
    expect(report.categories.documentation.trend).toBeGreaterThan(0)
  })

  it('reports a falling trend against the previous window', () => {
    const report = score(
      many(10, []),
      many(10, ['automation'], { time: day(3, previousWindow.since) })
    )
    expect(report.categories.automation.score).toBe(25)
    expect(report.categories.automation.previous).toBeGreaterThan(25)
    expect(report.categories.automation.trend).toBe(
      25 - (report.categories.automation.previous ?? 0)
    )
  })

  it('warns that a trend between a small window and a larger one is partly the sample size', () => {
    const report = score(many(4, []), many(30, [], { time: day(3, previousWindow.since) }))
    // Raw 0 both times, pulled up more now (4 changes) than before (30): 36 against 13.
    expect(report.categories.automation).toMatchObject({ rawScore: 0, score: 36, previous: 13 })
    expect(report.notes).toContain(
      'The trend compares 4 changes with 30 before; with so few, both are pulled toward 50 by different amounts, so part of each move is the sample size, not the work.'
    )
    const even = score(many(30, []), many(30, [], { time: day(3, previousWindow.since) }))
    expect(even.notes.some(note => note.startsWith('The trend compares'))).toBe(false)
  })

  it('reports no trend when the previous window had no activity', () => {
    const report = score(many(10, ['patterns']))
    expect(report.categories.patterns.trend).toBeNull()
    expect(report.categories.patterns.previous).toBeNull()
    expect(report.previousIndex).toBeNull()
  })

  it('computes the worked example of docs/scoring.md', () => {
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
      // 31 output changes by all five, and one bot change, left out of the scores
      ...Array.from({ length: 31 }, (_, i) =>
        classified([], { time: day(i % 30), author: author(i) })
      ),
      classified([], { time: day(5), author: { name: 'renovate[bot]' }, authorIsBot: true })
    ]
    const report = score(changes)
    expect(report.totals).toMatchObject({
      changes: 40,
      people: 5,
      bots: 1,
      botChanges: 1,
      multiplier: 9,
      output: 31
    })
    expect(report.categories.documentation).toMatchObject({
      rawScore: 72,
      score: 67,
      interval: { low: 37, high: 95 },
      confidence: 'low',
      parts: { share: 0.75, people: 0.6, steadiness: 0.8 }
    })
    expect(report.categories.automation).toMatchObject({
      rawScore: 39,
      score: 41,
      interval: { low: 13, high: 81 },
      confidence: 'low',
      parts: { share: 0.5, people: 0.2, steadiness: 0.4 }
    })
    expect(report.categories.patterns).toMatchObject({
      rawScore: 23,
      score: 28,
      interval: { low: 5, high: 78 },
      confidence: 'low',
      parts: { share: 0.25, people: 0.2, steadiness: 0.2 }
    })
    expect(report.index).toBe(45)
    expect(report.indexInterval).toEqual({ low: 18, high: 85 })
    expect(report.confidence).toBe('low')
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
