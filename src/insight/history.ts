// History: the index and the three scores over the last windows of equal length, each scored
// by the very function that scores the report's window, from the changes of one collection.
import type { HistoryEntry, ScoredChange, Window } from '../model.js'
import type { ScoreOptions } from '../config/types.js'
import { scored, scoreWindow, trendBetween } from '../score/score.js'
import type { WindowScore } from '../score/score.js'
import { parseTime, previousWindow } from '../window.js'

/** The last `count` windows of the length of `window`, oldest first, `window` last. */
export function historyWindows(window: Window, count: number): Window[] {
  const windows: Window[] = [{ since: window.since, until: window.until }]
  while (windows.length < count) windows.unshift(previousWindow(windows[0] as Window))
  return windows
}

/**
 * How many of the history's windows a clone can serve, counted back from the report's: those
 * whose start `covers` (a shallow clone's history ends somewhere). Never below two when the
 * report's and the previous window are covered, so the trend is unchanged; `history` when even
 * those are not (the source then says what is missing, as it did before there was a history).
 */
export function coveredHistory(
  window: Window,
  history: number,
  covers: (since: string) => boolean
): number {
  const windows = historyWindows(window, Math.max(2, history))
  if (!covers((windows.at(-2) as Window).since)) return history
  let covered = 0
  for (let index = windows.length - 1; index >= 0; index--) {
    if (!covers((windows[index] as Window).since)) break
    covered += 1
  }
  return Math.min(history, covered)
}

/** The report's note when a clone served fewer windows of history than were asked for. */
export function shortHistoryNote(covered: number, asked: number): string {
  return (
    `The clone's history covers ${covered} of the ${asked} windows asked for, so the history ` +
    'shows those; fetch more history (`fetch-depth: 0` on actions/checkout) for all of them.'
  )
}

/**
 * The history entries of `windows` (oldest first) from changes sorted into them by time. Each
 * change is read once: the windows are contiguous, so a change's window is found by its time.
 */
export function scoreHistory(
  changes: readonly ScoredChange[],
  windows: readonly Window[],
  options: ScoreOptions
): HistoryEntry[] {
  const bounds = windows.map(window => Date.parse(window.since))
  const end = windows.length === 0 ? 0 : Date.parse((windows.at(-1) as Window).until)
  const sorted: ScoredChange[][] = windows.map(() => [])
  for (const change of changes) {
    const at = parseTime(change.time)
    if (!(at < end)) continue
    for (let index = bounds.length - 1; index >= 0; index--) {
      if (at >= (bounds[index] as number)) {
        ;(sorted[index] as ScoredChange[]).push(change)
        break
      }
    }
  }
  let before: WindowScore | undefined
  return windows.map((window, index) => {
    const score = scoreWindow(sorted[index] as ScoredChange[], window, options)
    const { direction } = trendBetween(
      scored(score.index, score.indexInterval),
      before && scored(before.index, before.indexInterval)
    )
    before = score
    return {
      window: { since: window.since, until: window.until },
      index: score.index,
      interval: score.indexInterval,
      confidence: score.confidence,
      // The same counts as the report's headline: counted changes, bots apart.
      changes: score.totals.changes,
      botChanges: score.totals.botChanges,
      documentation: score.categories.documentation.score,
      automation: score.categories.automation.score,
      patterns: score.categories.patterns.score,
      direction
    }
  })
}
