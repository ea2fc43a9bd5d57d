// The fail-under gate. A quiet week has no index, and an index resting on a handful of changes
// swings by tens of points between windows: failing a build on either would punish the team
// for the sample, not the work. So the gate judges only an index of at least the confidence it
// is told (`fail-under-confidence`, medium by default), and says so when it lets one pass.
import type { Activity, Confidence } from '../model.js'
import { CONFIDENCE_LEVELS } from '../model.js'

/** What the gate reads of a mode's result. */
export interface IndexForGate {
  index: number | null
  /** null where the mode does not judge its index's confidence (the aggregate). */
  confidence: Confidence | null
  activity: Activity
}

export type GateVerdict =
  { outcome: 'pass' } | { outcome: 'skip'; notice: string } | { outcome: 'fail'; message: string }

export function failUnderVerdict(
  score: IndexForGate,
  failUnder: number,
  least: Confidence
): GateVerdict {
  if (score.index === null) {
    const why = score.activity.state === 'bots-only' ? 'only bots were active' : 'no activity'
    return {
      outcome: 'skip',
      notice: `fail-under (${failUnder}) was not applied: ${why} in this window, so there is no index to check.`
    }
  }
  const rank = (level: Confidence): number => CONFIDENCE_LEVELS.indexOf(level)
  if (score.confidence !== null && rank(score.confidence) < rank(least)) {
    return {
      outcome: 'skip',
      notice:
        `fail-under (${failUnder}) was not applied: the index ${score.index} is of ${score.confidence} ` +
        `confidence, below fail-under-confidence (${least}); too few changes to judge the team by.`
    }
  }
  if (score.index < failUnder) {
    return {
      outcome: 'fail',
      message: `The multiplier index ${score.index} is below fail-under (${failUnder})`
    }
  }
  return { outcome: 'pass' }
}
