// How much a window's sample can say. A handful of changes gives extreme parts (one README
// edit in one commit is a 100 % share), so scores are pulled toward a neutral prior by the
// sample's size, and each score says how sure it is. Thresholds and prior are documented in
// docs/scoring.md; a change here changes every report, so it changes that page too.
import type { Confidence } from '../model.js'

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

/** Thresholds of a category's confidence; see categoryConfidence. */
const CONFIDENCE_THRESHOLDS = {
  /** Changes at the target share (changes × target) below which one change is a big step. */
  lowAtTarget: 2,
  /** Changes at the target share, people and weeks a high-confidence score needs. */
  highAtTarget: 5,
  highPeople: 3,
  highWeeks: 4
} as const

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

/**
 * One category's confidence. With m = changes × target (how many changes the target share
 * would be): low when there are fewer than FEW_CHANGES changes or m < 2 (one change then moves
 * the share part by more than half its range); high when m ≥ 5 with at least 3 people over at
 * least 4 weeks; medium otherwise.
 */
export function categoryConfidence(sample: Sample, target: number): Confidence {
  const atTarget = sample.changes * (target > 0 ? target : 1)
  const t = CONFIDENCE_THRESHOLDS
  if (sample.changes < FEW_CHANGES || atTarget < t.lowAtTarget) return 'low'
  if (atTarget >= t.highAtTarget && sample.people >= t.highPeople && sample.weeks >= t.highWeeks)
    return 'high'
  return 'medium'
}

const ORDER: readonly Confidence[] = ['low', 'medium', 'high']

/** The index is as sure as its least sure category. */
export function leastConfidence(confidences: readonly Confidence[]): Confidence {
  return ORDER[Math.min(...confidences.map(level => ORDER.indexOf(level)))] ?? 'low'
}
