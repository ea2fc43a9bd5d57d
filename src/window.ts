// Reporting windows: parse what a person types (`30d`, `2024-05-01`, an ISO instant) into a
// half-open [since, until) interval in UTC, find the previous window of equal length for the
// trend, and cut a window into weeks for the steadiness part of a score. Pure: the clock is
// passed in, so the same input always gives the same window.
import type { Window } from './model.js'

const DAY_MS = 24 * 60 * 60 * 1000
const WEEK_MS = 7 * DAY_MS

const SINCE_FORMS =
  'a length back from --until (30d, 12w, 6m, 1y), a date (YYYY-MM-DD) or an ISO 8601 time'
const UNTIL_FORMS = 'a date (YYYY-MM-DD, meaning the end of that day, UTC) or an ISO 8601 time'

/** A window that cannot be parsed or is empty; the message says which forms are accepted. */
export class WindowError extends Error {
  override name = 'WindowError'
}

export interface WindowInput {
  /** `30d`, `12w`, `6m`, `1y`, `YYYY-MM-DD` (start of that day, UTC) or a full ISO time. */
  since: string
  /** `YYYY-MM-DD` (end of that day, UTC: the next midnight, exclusive) or a full ISO time. */
  until?: string
}

const RELATIVE = /^(\d{1,5})([dwmy])$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
// Date and time, optional seconds and fraction, optional offset (none means UTC: a report must
// not depend on the time zone of the machine that runs it).
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Parses `--since`/`--until` into a window. Without `until` the window ends at the end of
 * `now`'s UTC day (the next midnight, exclusive), and a length such as `30d` counts back from
 * there: every report made on one day covers the same whole days, so reports of one day share
 * a window and can be rolled up and compared. What is typed is kept as given.
 */
export function parseWindow(input: WindowInput, now: Date): Window {
  const untilText = input.until?.trim()
  if (!Number.isFinite(now.getTime())) throw new WindowError('the clock gave an invalid time')
  const until = untilText ? parseInstant(untilText, 'until', 'end') : endOfUtcDay(now)
  if (!Number.isFinite(until)) throw new WindowError('the clock gave an invalid time')
  const since = parseSince(input.since.trim(), until)
  if (since >= until) {
    throw new WindowError(
      `--since (${iso(since)}) must be before --until (${iso(until)}); the window is [since, until)`
    )
  }
  return { since: iso(since), until: iso(until) }
}

/**
 * A warning when `until` (as typed) lies after `now`, else undefined: the window then reaches
 * into time that has not happened, and a length such as `30d` counts back from that future
 * end, so the report can be empty without anything being wrong with the history. A date
 * warns only once its day has not begun, so `--until` of today is quiet. `name` is how the
 * user set it: `--until` on the command line, `the until input` in the action.
 */
export function futureUntilWarning(
  until: string | undefined,
  now: Date,
  name = '--until'
): string | undefined {
  const text = until?.trim()
  if (!text) return undefined
  let start: number
  try {
    start = parseInstant(text, 'until', 'start')
  } catch {
    return undefined // parseWindow reports a malformed time
  }
  if (start <= now.getTime()) return undefined
  return (
    `${name} ${text} is in the future (it is now ${iso(now.getTime())}): nothing after now can ` +
    'be counted, and a length such as 30d counts back from that end, so the report may show ' +
    'little or nothing. Leave it out to end the window with today (UTC).'
  )
}

/** The end of `now`'s UTC day: the next midnight UTC (exclusive), as epoch milliseconds. */
function endOfUtcDay(now: Date): number {
  const time = now.getTime()
  return time - (((time % DAY_MS) + DAY_MS) % DAY_MS) + DAY_MS
}

/** The window of equal length that ends where `window` starts. */
export function previousWindow(window: Window): Window {
  const since = Date.parse(window.since)
  const until = Date.parse(window.until)
  return { since: iso(since - (until - since)), until: window.since }
}

/**
 * Weeks in the window: its length over seven days, rounded up, so a 30-day window has five
 * weeks and the last one is partial. Never less than one.
 */
export function weekCount(window: Window): number {
  const length = Date.parse(window.until) - Date.parse(window.since)
  return Math.max(1, Math.ceil(length / WEEK_MS))
}

/** The 0-based week of the window `time` falls in, or null when it is outside the window. */
export function weekIndex(window: Window, time: string): number | null {
  return weekIndexer(window)(time)
}

/** `weekIndex` for one window, its bounds parsed once: for calls over thousands of changes. */
export function weekIndexer(window: Window): (time: string) => number | null {
  const since = Date.parse(window.since)
  const until = Date.parse(window.until)
  return time => {
    const at = parseTime(time)
    if (!Number.isFinite(at) || at < since || at >= until) return null
    return Math.floor((at - since) / WEEK_MS)
  }
}

/** The weeks of the window as windows of their own, counted from `since`; the last may be short. */
export function weekBuckets(window: Window): Window[] {
  const since = Date.parse(window.since)
  const until = Date.parse(window.until)
  return Array.from({ length: weekCount(window) }, (_, week) => ({
    since: iso(since + week * WEEK_MS),
    until: iso(Math.min(until, since + (week + 1) * WEEK_MS))
  }))
}

/** Whether `time` falls in [window.since, window.until). */
export function inWindow(window: Window, time: string): boolean {
  return inWindowTest(window)(time)
}

/** `inWindow` for one window, its bounds parsed once: for tests over thousands of changes. */
export function inWindowTest(window: Window): (time: string) => boolean {
  const since = Date.parse(window.since)
  const until = Date.parse(window.until)
  return time => {
    const at = parseTime(time)
    return at >= since && at < until
  }
}

/** The number written in `text` at [from, from + count), or -1 when a character is no digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0
  for (let at = from; at < from + count; at++) {
    const digit = text.charCodeAt(at) - 48
    if (!(digit >= 0 && digit <= 9)) return -1
    value = value * 10 + digit
  }
  return value
}

/** Whether `text` has the shape of toISOString's `YYYY-MM-DDTHH:MM:SS.sssZ` (digits aside). */
function hasIsoShape(text: string): boolean {
  return (
    text.length === 24 &&
    text.charCodeAt(4) === 45 && // -
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 && // T
    text.charCodeAt(13) === 58 && // :
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 46 && // .
    text.charCodeAt(23) === 90 // Z
  )
}

/**
 * Date.parse, read directly for the form every change's time has (toISOString's): a report
 * tests each change's time against several windows and weeks, and Date.parse's general parser
 * was a visible share of it. Any other form, and fields Date.UTC reads otherwise than
 * Date.parse (a year below 100, hour 24, a leap second), go to Date.parse.
 */
export function parseTime(text: string): number {
  if (!hasIsoShape(text)) return Date.parse(text)
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  const hour = digitsAt(text, 11, 2)
  const minute = digitsAt(text, 14, 2)
  const second = digitsAt(text, 17, 2)
  const ms = digitsAt(text, 20, 3)
  const plain =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    ms >= 0
  return plain ? Date.UTC(year, month - 1, day, hour, minute, second, ms) : Date.parse(text)
}

function parseSince(text: string, until: number): number {
  const relative = RELATIVE.exec(text.toLowerCase())
  if (relative) {
    const amount = Number(relative[1])
    if (amount === 0)
      throw new WindowError(`--since ${text} is an empty window; use ${SINCE_FORMS}`)
    const unit = relative[2]
    if (unit === 'd') return until - amount * DAY_MS
    if (unit === 'w') return until - amount * WEEK_MS
    // Months and years are calendar steps back from `until` (UTC), as a person means them;
    // a day that does not exist in the target month (31 May → 31 Feb) rolls back to its end.
    return monthsBefore(until, unit === 'm' ? amount : amount * 12)
  }
  return parseInstant(text, 'since', 'start')
}

function parseInstant(text: string, flag: 'since' | 'until', dateMeans: 'start' | 'end'): number {
  const forms = flag === 'since' ? SINCE_FORMS : UNTIL_FORMS
  const invalid = (): WindowError =>
    new WindowError(`--${flag} "${text}" is not a valid time; use ${forms}`)
  const date = DATE.exec(text)
  if (date) {
    const start = utc(Number(date[1]), Number(date[2]), Number(date[3]))
    if (start === null) throw invalid()
    return dateMeans === 'start' ? start : start + DAY_MS
  }
  const dateTime = DATE_TIME.exec(text)
  if (!dateTime) throw invalid()
  if (utc(Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3])) === null) throw invalid()
  const [hours, minutes, seconds] = [dateTime[4], dateTime[5], dateTime[6] ?? '0'].map(Number)
  if ((hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 59) throw invalid()
  const zone = (dateTime[8] ?? 'Z').toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
  const normalised =
    text.slice(0, text.length - (dateTime[8]?.length ?? 0)).replace(' ', 'T') + zone
  const at = Date.parse(normalised)
  if (!Number.isFinite(at)) throw invalid()
  return at
}

/** Midnight UTC of a calendar date, or null when the date does not exist (2024-02-30). */
function utc(year: number, month: number, day: number): number | null {
  const at = Date.UTC(year, month - 1, day)
  const check = new Date(at)
  const exists =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day
  return exists ? at : null
}

function monthsBefore(until: number, months: number): number {
  const end = new Date(until)
  const day = end.getUTCDate()
  const shifted = new Date(until)
  shifted.setUTCDate(1)
  shifted.setUTCMonth(shifted.getUTCMonth() - months)
  const lastDay = new Date(
    Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)
  ).getUTCDate()
  shifted.setUTCDate(Math.min(day, lastDay))
  return shifted.getTime()
}

function iso(time: number): string {
  return new Date(time).toISOString()
}
