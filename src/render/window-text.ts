// A report window as a reader says it, for every renderer and the titles the action gives.

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A window as a reader says it: whole UTC days are shown inclusive (the exclusive end is the
 * next midnight), anything else with its time.
 */
export function windowText(window: { since: string; until: string }): string {
  const since = Date.parse(window.since)
  const until = Date.parse(window.until)
  if (since % DAY_MS === 0 && until % DAY_MS === 0) {
    const last = until - DAY_MS
    return last <= since ? utcDay(since) : `${utcDay(since)} – ${utcDay(last)}`
  }
  return `${utcMinute(since)} – ${utcMinute(until)} UTC`
}

function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** A time to the minute, as `YYYY-MM-DD HH:MM` (UTC, unlabelled). */
export function utcMinute(time: number): string {
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ')
}
