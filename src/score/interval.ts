// How sure a score is, from the counts behind it (docs/scoring.md, "Intervals"). Each part of
// a category score is a proportion — feeding changes of all changes, people of all people,
// active weeks of all weeks — so each gets a Wilson score interval, which stays inside 0–1 and
// is honest at small counts (2 of 120 is not "exactly 1.7 %"). The parts are carried through
// the score's formula at their lower ends together and at their upper ends together: the parts
// of one category rise and fall together (more docs changes come from more people in more
// weeks), so moving them as one gives the widest interval the formula allows, never one that
// is falsely narrow. Confidence and trends are read off these intervals. Pure.
import type { Confidence, Direction, ScoreInterval } from '../model.js'
import { FEW_CHANGES } from './confidence.js'

/** The two-sided 90 % normal quantile: intervals are 90 % intervals. */
export const INTERVAL_Z = 1.645

/**
 * Wilson score interval of `successes` out of `trials`: the proportions that a 90 % two-sided
 * test would not reject. No trials: nothing is known, so the whole range.
 */
export function wilsonInterval(successes: number, trials: number): { low: number; high: number } {
  if (!(trials > 0)) return { low: 0, high: 1 }
  const p = Math.min(1, Math.max(0, successes / trials))
  const z2 = INTERVAL_Z * INTERVAL_Z
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
  const spread =
    (INTERVAL_Z / (1 + z2 / trials)) *
    Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))
  // The exact ends at 0 and 1 (no rounding noise past them).
  return {
    low: successes <= 0 ? 0 : Math.max(0, centre - spread),
    high: successes >= trials ? 1 : Math.min(1, centre + spread)
  }
}

/**
 * Widest interval (in points, 0–100) at which a score is still of each confidence. With 90 %
 * intervals: within ±10 points a score is "high" (windows a few points apart can be told
 * apart), within ±20 "medium" (large moves show), wider is "low". On vitejs/vite's last six
 * months of 30-day windows (50–125 changes each) the index is medium or low and the patterns
 * score, fed by 0–7 changes a month, never high: those scores swung from 4 to 52.
 */
export const CONFIDENCE_WIDTH = { high: 20, medium: 40 } as const

/**
 * A score's confidence from its interval's width; below FEW_CHANGES counted changes it is low
 * whatever the width, since one change more or less then moves the window's every share.
 */
export function confidenceOfInterval(interval: ScoreInterval, changes: number): Confidence {
  if (changes < FEW_CHANGES) return 'low'
  const width = interval.high - interval.low
  if (width <= CONFIDENCE_WIDTH.high) return 'high'
  if (width <= CONFIDENCE_WIDTH.medium) return 'medium'
  return 'low'
}

/**
 * Whether `now` differs from `before` by more than the noise: the difference against the 90 %
 * band of a difference of two scores, each score's standard error read back from its interval
 * (half its width over z). Inside the band: 'steady', said "no clear change".
 */
export function directionOf(
  now: { score: number; interval: ScoreInterval },
  before: { score: number; interval: ScoreInterval }
): Direction {
  const error = (interval: ScoreInterval): number =>
    (interval.high - interval.low) / (2 * INTERVAL_Z)
  const band = INTERVAL_Z * Math.hypot(error(now.interval), error(before.interval))
  const difference = now.score - before.score
  if (difference > band) return 'up'
  if (difference < -band) return 'down'
  return 'steady'
}
