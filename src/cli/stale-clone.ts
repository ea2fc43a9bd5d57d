// The stale-clone warning: a clone nobody has pulled for months reports a quiet team that may
// well be busy upstream, so the CLI says so on standard error (kept out of src/window.ts, whose
// text is part of the scores' fingerprint).
import type { Window } from '../model.js'

/**
 * A warning when the clone looks out of date: its last commit is older than the window is long,
 * counted back from the window's end, so most of the window cannot hold any commit. A report
 * of such a window says "0" or "no activity" about a team that may well be busy upstream.
 */
export function staleCloneWarning(
  window: Window,
  lastCommit: string | undefined
): string | undefined {
  const last = lastCommit === undefined ? NaN : Date.parse(lastCommit)
  if (Number.isNaN(last)) return undefined
  const until = Date.parse(window.until)
  const length = until - Date.parse(window.since)
  if (until - last <= length) return undefined
  const days = Math.floor((until - last) / 86_400_000)
  return (
    `the last commit in this clone is ${days} days old at the window's end ` +
    `(${new Date(last).toISOString().slice(0, 10)}); is it up to date? (git pull)`
  )
}
