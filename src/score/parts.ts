// The parts of a category score (SCORE_PARTS in model.ts), one formula each. The table is typed
// by the list, so a part named there and not given a formula here does not compile.
import { SCORE_PARTS, type ScorePart } from '../model.js'
import { MIN_PEOPLE, MIN_WEEKS, type Sample } from './confidence.js'
import { wilsonInterval } from './interval.js'

/** What one category's parts are computed from, for one window. */
export interface PartFacts {
  /** Changes feeding the category, and all changes in the window. */
  changes: number
  allChanges: number
  /** The category's target share (`score.targets`). */
  target: number
  /** Non-bot people who fed the category, and all non-bot active people. */
  people: number
  allPeople: number
  /** Weeks with a change feeding the category, and weeks in the window. */
  activeWeeks: number
  weeks: number
}

interface PartDefinition {
  value(facts: PartFacts): number
  /** The part's 90 % interval, from the count behind it (src/score/interval.ts). */
  bounds(facts: PartFacts): { low: number; high: number }
  /**
   * Whether the window's sample lets the part count; one that does not weighs nothing (the
   * other parts share its weight) and stands at the neutral NOT_COUNTED in the mean.
   */
  counts?(sample: Sample): boolean
}

/** The value a part that does not count stands at in the weighted mean. */
const NOT_COUNTED = 0.5

const PARTS: Record<ScorePart, PartDefinition> = {
  /** min(1, (changes feeding c / all changes) / target_c); a target of 0 or less: any change. */
  share: {
    value: ({ changes, allChanges, target }) => {
      if (allChanges === 0 || changes === 0) return 0
      if (!(target > 0)) return 1
      return Math.min(1, changes / allChanges / target)
    },
    bounds: ({ changes, allChanges, target }) => {
      const share = wilsonInterval(changes, allChanges)
      const scale = (p: number): number => (target > 0 ? Math.min(1, p / target) : p > 0 ? 1 : 0)
      return { low: scale(share.low), high: scale(share.high) }
    }
  },
  /** Non-bot people who fed c / non-bot active people; not counted below MIN_PEOPLE people. */
  people: {
    value: ({ people, allPeople }) => (allPeople === 0 ? 0 : people / allPeople),
    bounds: ({ people, allPeople }) => wilsonInterval(people, allPeople),
    counts: sample => sample.people >= MIN_PEOPLE
  },
  /**
   * Weeks with at least one change feeding c / weeks in the window; not counted below
   * MIN_WEEKS weeks (a one-week window is always "every week" or "no week").
   */
  steadiness: {
    value: ({ activeWeeks, weeks }) => Math.min(1, activeWeeks / weeks),
    bounds: ({ activeWeeks, weeks }) => wilsonInterval(Math.min(activeWeeks, weeks), weeks),
    counts: sample => sample.weeks >= MIN_WEEKS
  }
}

/** A value per part. */
export function eachPart<T>(value: (part: ScorePart) => T): Record<ScorePart, T> {
  return Object.fromEntries(SCORE_PARTS.map(part => [part, value(part)])) as Record<ScorePart, T>
}

export function scoreParts(facts: PartFacts): Record<ScorePart, number> {
  return eachPart(part => PARTS[part].value(facts))
}

/** Each part's interval ends: every lower end together, every upper end together. */
export function partBounds(facts: PartFacts): {
  low: Record<ScorePart, number>
  high: Record<ScorePart, number>
} {
  const bounds = eachPart(part => PARTS[part].bounds(facts))
  return {
    low: eachPart(part => bounds[part].low),
    high: eachPart(part => bounds[part].high)
  }
}

/** Which parts the window's sample lets count. */
export function countedParts(sample: Sample): Record<ScorePart, boolean> {
  return eachPart(part => PARTS[part].counts?.(sample) ?? true)
}

/** The weighted mean of the parts (0–1), a part that does not count at NOT_COUNTED. */
export function weightedMean(
  parts: Record<ScorePart, number>,
  weights: Record<ScorePart, number>,
  counted: Record<ScorePart, boolean>
): number {
  return SCORE_PARTS.reduce(
    (sum, part) => sum + weights[part] * (counted[part] ? parts[part] : NOT_COUNTED),
    0
  )
}
