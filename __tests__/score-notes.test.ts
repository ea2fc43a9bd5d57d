// What a report says beside its scores, each on both sides of its condition: a small sample, a
// window only bots touched, a trend between samples of different sizes; and the parts at their
// edges (no changes, no people, a target of 0).
import { describe, expect, it } from '@jest/globals'
import type { CategoryId, ClassifiedChange } from '../src/model.js'
import { FEW_CHANGES } from '../src/score/confidence.js'
import { partBounds, scoreParts } from '../src/score/parts.js'
import type { PartFacts } from '../src/score/parts.js'
import { personKey } from '../src/score/score.js'
import { SCORING_MAY_2024, classified, person, scoreMay2024 } from './support/fake-source.js'

const { window, previousWindow } = SCORING_MAY_2024
const PEOPLE = ['Ada', 'Grace', 'Linus', 'Barbara']

/** `count` changes spread over `base`'s 30 days, by four people, `categories` each. */
function many(count: number, categories: CategoryId[] = [], base = window): ClassifiedChange[] {
  return Array.from({ length: count }, (_, i) =>
    classified(categories, {
      time: new Date(Date.parse(base.since) + ((i % 30) + 0.5) * 86_400_000).toISOString(),
      author: person(PEOPLE[i % PEOPLE.length] as string)
    })
  )
}

const score = scoreMay2024

describe('score: notes on the sample', () => {
  it('says a window is small below FEW_CHANGES changes, and not at it', () => {
    expect(score(many(1)).notes).toEqual([
      'Only 1 change in this window: scores are pulled toward 50 and their intervals are wide.'
    ])
    expect(score(many(FEW_CHANGES - 1)).notes).toEqual([
      `Only ${FEW_CHANGES - 1} changes in this window: scores are pulled toward 50 and their intervals are wide.`
    ])
    expect(score(many(FEW_CHANGES)).notes).toEqual([])
  })

  it('says only bots were active, in the singular and the plural, unless bots are counted', () => {
    const bots = (count: number) => many(count).map(change => ({ ...change, authorIsBot: true }))
    expect(score(bots(1))).toMatchObject({
      activity: {
        state: 'bots-only',
        reason:
          'Only bots were active in this window (1 change), and bot changes are left out of the scores, so there is nothing to score.'
      },
      index: null
    })
    expect(score(bots(2)).activity.reason).toMatch(
      /^Only bots were active in this window \(2 changes\), /
    )
    expect(score(bots(2)).notes).toEqual([score(bots(2)).activity.reason])
    expect(score(bots(12), [], { bots: 'include' }).activity).toEqual({ state: 'active' })
  })

  it('keeps the source’s notes first, as given', () => {
    expect(score(many(1), [], { notes: ['read 3 of 4 pages'] }).notes[0]).toBe('read 3 of 4 pages')
  })

  it('carries the API usage only when there is one', () => {
    expect(score(many(12), [], { api: { requests: 3, cost: 0 } }).api).toEqual({
      requests: 3,
      cost: 0
    })
    expect(score(many(12))).not.toHaveProperty('api')
  })
})

describe('score: the note on a trend between samples of different sizes', () => {
  const trendNote = (now: number, before: number) =>
    `The trend compares ${now} change${now === 1 ? '' : 's'} with ${before} before; with so few, both are pulled toward 50 by different amounts, so part of each move is the sample size, not the work.`

  it('says so when either window is of low confidence and their sizes differ', () => {
    const wellMeasured = many(120, ['documentation'], previousWindow)
    expect(
      score(many(40, ['documentation']), many(3, ['documentation'], previousWindow)).notes
    ).toEqual([trendNote(40, 3)])
    // The current window small, the previous one well measured.
    expect(score(many(12), wellMeasured).notes).toEqual([trendNote(12, 120)])
    expect(score(many(1), many(40, [], previousWindow)).notes).toEqual([
      'Only 1 change in this window: scores are pulled toward 50 and their intervals are wide.',
      trendNote(1, 40)
    ])
  })

  it('says nothing with windows of one size, two well-measured windows, or nothing before', () => {
    expect(score(many(12), many(12, [], previousWindow)).notes).toEqual([])
    expect(
      score(many(120, ['documentation']), many(100, ['documentation'], previousWindow)).notes
    ).toEqual([])
    expect(score(many(12), []).notes).toEqual([])
    const bots = many(3).map(change => ({ ...change, authorIsBot: true }))
    expect(score(bots, many(40, [], previousWindow)).notes).toEqual([score(bots).activity.reason])
  })

  it('gives no previous figures against a window with nothing to score', () => {
    const report = score(many(12, ['documentation']))
    expect(report.previousIndex).toBeNull()
    expect(report.categories.documentation).toMatchObject({ previous: null, previousChanges: null })
    const against = score(many(12, ['documentation']), many(5, [], previousWindow))
    expect(against.categories.documentation).toMatchObject({ previousChanges: 0 })
  })
})

describe('score: who a change counts for', () => {
  it('takes the login, then the email, then the name, each in any case', () => {
    const key = (author: ClassifiedChange['author']) => personKey(classified([], { author }))
    expect(key({ name: 'Ada', email: 'ADA@x.org', login: 'AdaL' })).toBe(
      key({ name: 'A', email: 'a@y', login: 'adal' })
    )
    expect(key({ name: 'Ada', email: 'ADA@x.org' })).toBe(
      key({ name: 'Other', email: 'ada@X.ORG' })
    )
    expect(key({ name: ' Ada ', email: '' })).toBe(key({ name: 'ada', email: '' }))
    const keys = new Set([
      key({ name: 'Ada', email: 'a@x', login: 'ada' }),
      key({ name: 'Ada', email: 'ada' }),
      key({ name: 'ada', email: '' }),
      key({ name: 'login:ada', email: '' })
    ])
    expect(keys.size).toBe(4)
    // Lower-cased, not upper-cased: 'ß' stays itself, so Weiß and WEISS are two people.
    expect(key({ name: 'Weiß', email: '' })).not.toBe(key({ name: 'WEISS', email: '' }))
    expect(key({ name: 'x', email: 'weiß@x.de' })).not.toBe(key({ name: 'x', email: 'WEISS@X.DE' }))
    expect(key({ name: 'x', email: '', login: 'weiß' })).not.toBe(
      key({ name: 'x', email: '', login: 'WEISS' })
    )
    // Two spellings of one login are one person in the report.
    const changes = many(12).map((change, i) => ({
      ...change,
      author: { name: `n${i}`, email: `n${i}@x`, login: i % 2 ? 'ADA' : 'ada' }
    }))
    expect(score(changes).totals.people).toBe(1)
  })

  it('links a change only where it has an address', () => {
    const [linked, unlinked] = [
      classified([], { time: '2024-05-02T00:00:00.000Z', url: 'https://github.com/o/r/pull/1' }),
      classified([], { time: '2024-05-03T00:00:00.000Z' })
    ]
    const changes = score([linked as ClassifiedChange, unlinked as ClassifiedChange]).changes
    expect(changes[1]?.url).toBe('https://github.com/o/r/pull/1')
    expect(changes[0]).not.toHaveProperty('url')
  })
})

describe('score/parts at their edges', () => {
  const facts = (more: Partial<PartFacts>): PartFacts => ({
    changes: 0,
    allChanges: 10,
    target: 0.2,
    people: 0,
    allPeople: 2,
    activeWeeks: 0,
    weeks: 4,
    ...more
  })

  it('gives a share of 0 with no change of the category, whatever the target', () => {
    for (const target of [0.2, 0, -1]) {
      expect(scoreParts(facts({ target })).share).toBe(0)
      expect(partBounds(facts({ target })).low.share).toBe(0)
    }
    expect(scoreParts(facts({ allChanges: 0 })).share).toBe(0)
  })

  it('takes any change as the whole share when the target is 0 or less', () => {
    for (const target of [0, -1]) {
      expect(scoreParts(facts({ changes: 1, target })).share).toBe(1)
      const bounds = partBounds(facts({ changes: 1, target }))
      expect([bounds.low.share, bounds.high.share]).toEqual([1, 1])
    }
    expect(scoreParts(facts({ changes: 1, target: 0.2 })).share).toBe(0.5)
  })

  it('gives a people part of 0 when no one was active, and the share of people otherwise', () => {
    expect(scoreParts(facts({ allPeople: 0 })).people).toBe(0)
    expect(scoreParts(facts({ people: 1, allPeople: 4 })).people).toBe(0.25)
  })
})
