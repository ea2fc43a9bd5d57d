// What a shallow clone can serve of the span asked for: the git source's policy, decided from
// what the clone holds before a commit is read, so a shorter span starts afresh.
import type { Window } from '../model.js'
import { previousWindow } from '../window.js'
import { GitSourceError } from './git-errors.js'
import { historyCovers, shallowHorizon } from './git-history.js'
import type { GitHistoryFacts } from './git-history.js'

export interface ServedSpan {
  /** The span read: the one asked for, or from the report's previous window on. */
  window: Window
  /** Boundary commits of a truncated shallow clone: their diff is unknown, so they are dropped. */
  skip: Set<string>
  notes: string[]
}

function shallowMessage(facts: GitHistoryFacts, since: string): string {
  return (
    `History from ${since} on is needed, but this shallow clone's history is cut at ` +
    `${shallowHorizon(facts) ?? 'an unknown date'}. Fetch the full ` +
    'history: `fetch-depth: 0` on actions/checkout, or `git fetch --unshallow`.'
  )
}

/**
 * The span a clone serves. A complete history serves any. A shallow one cut inside the span:
 * with `shallow: 'truncate'`, the span less the cut-off commits, with a note; else, when the
 * span is a history before the `report` window, the report's window and its trend (the
 * previous window of equal length) if the clone holds them — the caller sees where the
 * collection starts — and otherwise an error naming what needs the missing history.
 */
export function servedSpan(
  facts: GitHistoryFacts,
  span: Window,
  shallow: 'error' | 'truncate',
  report: Window | undefined
): ServedSpan {
  if (historyCovers(facts, span.since) || !facts.shallow) {
    return { window: span, skip: new Set(), notes: [] }
  }
  if (shallow === 'truncate') {
    return {
      window: span,
      skip: new Set(facts.shallowBoundaries.map(boundary => boundary.sha)),
      notes: [
        `Shallow clone: history before ${shallowHorizon(facts) ?? 'its cut-off'} is missing, so ` +
          `the window from ${span.since} is only partly counted. Fetch the full history ` +
          '(`fetch-depth: 0` on actions/checkout) for a complete report.'
      ]
    }
  }
  if (report === undefined) {
    throw new GitSourceError('shallow-history', shallowMessage(facts, span.since))
  }
  const previous = previousWindow(report)
  const trend = { since: previous.since, until: span.until }
  if (span.since < previous.since && historyCovers(facts, trend.since)) {
    return { window: trend, skip: new Set(), notes: [] }
  }
  const since = span.since < previous.since ? trend.since : span.since
  const cause = new GitSourceError('shallow-history', shallowMessage(facts, since))
  throw new GitSourceError(
    'shallow-history',
    `The report's window starts ${report.since}; its trend compares it with the previous ` +
      `window of equal length, which starts ${previous.since}. ${cause.message}`,
    { cause }
  )
}
