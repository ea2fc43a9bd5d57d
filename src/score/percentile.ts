// Percentiles: each category score and the index placed against the reference set, the scores
// of public repositories' windows that `npm run calibrate` computed with this classifier and
// formula (src/score/reference-set.json, shipped with the code, never fetched). A report is only
// placed against windows of its own length, never against its own repository, and never against
// a window with nothing in it (docs/scoring.md, "Percentiles"). Pure.
import { CATEGORY_IDS, SCORE_PARTS } from '../model.js'
import type { CategoryId, CategoryScore, ReferenceInfo, Report } from '../model.js'
import type { ScoreOptions } from '../config/types.js'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * How far a report's window may be from a stored length and still be placed against it, as a
 * share of that length: 10 % lets a calendar month (28–31 days) meet the 30-day windows and a
 * quarter (90–92) the 90-day ones, and keeps a 14-day window away from both 7 and 30.
 */
const LENGTH_TOLERANCE = 0.1

/** Fewer windows than this to compare with (after leaving the report's repository out): no percentile. */
export const MIN_REFERENCE_WINDOWS = 10

/** One scored window of a reference repository, ending at or before its head commit. */
export interface ReferenceWindow {
  since: string
  until: string
  /** Changes counted in the scores (bots left out, as with the default config). */
  changes: number
  /** null when the window had no activity (no counted change): such a window is never compared with. */
  index: number | null
  documentation: number | null
  automation: number | null
  patterns: number | null
}

export interface ReferenceRepository {
  repository: string
  language: string
  /** The head commit scored (the clone's HEAD when `npm run calibrate` ran). */
  head: string
  /** Its windows by length in days ("7", "30", "90"), oldest first, each ending where the next begins. */
  windows: Record<string, ReferenceWindow[]>
}

export interface ReferenceSet {
  about: string
  /** Digest of the classifier and formula sources the scores were computed with. */
  fingerprint: string
  /** The window lengths stored, in days, and how many consecutive windows of each back from the head. */
  lengths: { days: number; windows: number }[]
  /** The newest head date among the repositories (YYYY-MM-DD). */
  date: string
  /** Listed repositories left out (no clone, stale, no activity, failed), and why. */
  skipped?: { repository: string; reason: string }[]
  repositories: ReferenceRepository[]
}

/**
 * The share of reference scores strictly below `score`, in whole percent rounded down, so that
 * "higher than 70 % of the reference windows" is never an overstatement. Ties do not count:
 * a 0 among many 0s is higher than none of them.
 */
export function percentileOf(score: number, reference: readonly number[]): number {
  if (reference.length === 0) return 0
  const below = reference.filter(value => value < score).length
  return Math.floor((100 * below) / reference.length)
}

export const CUSTOM_SCORING_NOTE =
  'No percentiles: the config changes the scoring weights, targets or bots setting, and the reference repositories were scored with the defaults.'

function sameScoring(a: ScoreOptions, b: ScoreOptions): boolean {
  return (
    SCORE_PARTS.every(part => a.weights[part] === b.weights[part]) &&
    CATEGORY_IDS.every(id => a.targets[id] === b.targets[id]) &&
    (a.bots ?? 'exclude') === (b.bots ?? 'exclude')
  )
}

/** The report window's length in days (a fraction when it does not start and end at the same time of day). */
function windowDays(window: { since: string; until: string }): number {
  return (Date.parse(window.until) - Date.parse(window.since)) / DAY_MS
}

/** The stored length nearest to `days`, when it is within the tolerance; else undefined. */
export function matchingLength(days: number, lengths: readonly number[]): number | undefined {
  const nearest = [...lengths].sort((a, b) => Math.abs(a - days) - Math.abs(b - days) || a - b)[0]
  if (nearest === undefined) return undefined
  return Math.abs(nearest - days) <= LENGTH_TOLERANCE * nearest + 1e-9 ? nearest : undefined
}

/** A window compared with: one with activity and a score (a null or quiet window is left out). */
function active(window: ReferenceWindow): window is ReferenceWindow & { index: number } {
  return window.changes > 0 && typeof window.index === 'number'
}

function formatDays(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1)
}

function listLengths(lengths: readonly number[]): string {
  const text = lengths.map(String)
  return text.length <= 1
    ? (text[0] ?? 'none')
    : `${text.slice(0, -1).join(', ')} and ${text.at(-1) as string}`
}

/**
 * The report with no percentile and the reason: in `reference.reason`, and in the notes unless
 * the report already says it has no activity (a second note would only repeat it).
 */
function unplaced(report: Report, reference: ReferenceInfo, note = true): Report {
  const notes = note ? [...report.notes, `No percentiles: ${reference.reason ?? ''}`] : report.notes
  return { ...report, reference, notes }
}

/**
 * The report with `percentile` on the index and on each category, and `reference` saying what
 * they were placed against: the active windows of the report's own length (or the nearest stored
 * length within LENGTH_TOLERANCE) of every reference repository but the report's own. With
 * scoring options other than the ones the set was computed with, or an empty set, there is
 * nothing fair to compare with: the report gets a note instead. When the window has no activity,
 * matches no stored length or finds too few windows, `reference.reason` and a note say why.
 */
export function placeAgainstReference(
  report: Report,
  set: ReferenceSet,
  options: { scoring: ScoreOptions; referenceScoring: ScoreOptions }
): Report {
  if (set.repositories.length === 0) return report
  if (!sameScoring(options.scoring, options.referenceScoring))
    return { ...report, notes: [...report.notes, CUSTOM_SCORING_NOTE] }
  const reportDays = Math.round(windowDays(report.window) * 100) / 100
  const lengths = set.lengths.map(length => length.days)
  const days = matchingLength(reportDays, lengths)
  const base = { repositories: 0, windows: 0, windowDays: days ?? null, reportDays, date: set.date }
  // Typed to hold null as well: a window with no activity has no index (docs/scoring.md).
  const index: number | null = report.index
  if (index === null || report.totals.changes === 0)
    return unplaced(
      report,
      { ...base, reason: 'the window has no activity, so there is no score to place.' },
      false
    )
  if (days === undefined)
    return unplaced(report, {
      ...base,
      reason:
        `the report's ${formatDays(reportDays)}-day window matches none of the reference ` +
        `windows (${listLengths(lengths)} days, within ${LENGTH_TOLERANCE * 100} %).`
    })
  const own = report.repository.toLowerCase()
  const others = set.repositories.filter(entry => entry.repository.toLowerCase() !== own)
  const perRepository = others.map(entry => (entry.windows[String(days)] ?? []).filter(active))
  const windows = perRepository.flat()
  const placed = {
    ...base,
    repositories: perRepository.filter(list => list.length > 0).length,
    windows: windows.length
  }
  if (windows.length < MIN_REFERENCE_WINDOWS)
    return unplaced(report, {
      ...placed,
      reason: `only ${windows.length} reference ${days}-day windows with activity to compare with (at least ${MIN_REFERENCE_WINDOWS} needed).`
    })
  // A low-confidence index may lie anywhere in a wide range: a rank read off its point would
  // be one the data cannot carry, so there is none, and the note says how wide it would run.
  const range = report.indexInterval
  const indexes = windows.map(window => window.index)
  if (report.confidence === 'low' && range)
    return unplaced(report, {
      ...placed,
      reason:
        `the index is of low confidence: its 90 % range (${range.low}–${range.high}) runs from ` +
        `the ${ordinal(percentileOf(range.low, indexes))} to the ` +
        `${ordinal(percentileOf(range.high, indexes))} ` +
        `percentile of the reference ${days}-day windows, too wide to rank.`
    })
  const categories = placedCategories(report, windows)
  // Where the index's own 90 % range falls among them goes with the point.
  return {
    ...report,
    categories,
    percentile: percentileOf(index, indexes),
    ...(range
      ? {
          percentileRange: {
            low: percentileOf(range.low, indexes),
            high: percentileOf(range.high, indexes)
          }
        }
      : {}),
    reference: placed
  }
}

/** Each category's score placed among the same windows' scores of that category. */
function placedCategories(
  report: Report,
  windows: readonly ReferenceWindow[]
): Record<CategoryId, CategoryScore> {
  return Object.fromEntries(
    CATEGORY_IDS.map(id => {
      const scores = windows.flatMap(window => {
        const score = window[id]
        return typeof score === 'number' ? [score] : []
      })
      const own: number | null = report.categories[id].score
      const placedScore: CategoryScore =
        own === null
          ? report.categories[id]
          : { ...report.categories[id], percentile: percentileOf(own, scores) }
      return [id, placedScore]
    })
  ) as Record<CategoryId, CategoryScore>
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st: "the 1th percentile" read as a slip. */
function ordinal(value: number): string {
  const teen = value % 100 >= 11 && value % 100 <= 13
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10]
  return `${value}${suffix ?? 'th'}`
}
