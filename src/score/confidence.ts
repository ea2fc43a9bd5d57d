// How much a window's sample can say. A handful of changes gives extreme parts (one README
// edit in one commit is a 100 % share), so scores are pulled toward a neutral prior by the
// sample's size; how sure each score is comes from its interval (interval.ts). The prior and
// the minimums are documented in docs/scoring.md; a change here changes every report, so it
// changes that page too.

/**
 * The neutral prior: with no evidence either way a category sits at 50, the middle of the
 * scale, and the sample pulls it from there. It weighs as much as this many changes.
 */
export const PRIOR_SCORE = 50
export const PRIOR_CHANGES = 10

/** Below this many changes a single change moves a score a lot; the report says so. */
export const FEW_CHANGES = 10
/** The people part means something from two people on; below that it is not counted. */
export const MIN_PEOPLE = 2
/** Likewise the steadiness part from two weeks on: one week is always "every week" or "none". */
export const MIN_WEEKS = 2

export interface Sample {
  /** Changes the scores count (bots left out unless they are counted). */
  changes: number
  /** Non-bot people active in the window. */
  people: number
  /** Weeks in the window. */
  weeks: number
}

/**
 * A raw score (0–1) blended with the prior by the number of changes behind it, Bayesian-style:
 * (n × raw + k × prior) ÷ (n + k), with k = PRIOR_CHANGES. Ten changes weigh as much as the
 * prior; at a hundred the raw score has 91 % of the say.
 */
export function shrinkTowardPrior(raw: number, changes: number): number {
  if (changes <= 0) return raw
  const prior = PRIOR_SCORE / 100
  return (changes * raw + PRIOR_CHANGES * prior) / (changes + PRIOR_CHANGES)
}
