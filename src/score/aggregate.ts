// The aggregate's maths: many repositories' reports → one aggregate index. Repositories weigh by
// how many changes they had, so a quiet repository with one README edit cannot lift (or sink) the
// org's figure as much as a busy one. Each report is first cut to one row (`reportRow`), so a
// thousand reports are never held at once; only the rows are.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, Confidence, Direction, SourceKind, Window } from '../model.js'
import type { ReportSummary } from '../report/read-report.js'
import { roundHalfUp } from './score.js'

export interface AggregateRow {
  repository: string
  source: SourceKind
  window: Window
  /** When the report was made; breaks ties between two reports of one window. */
  generatedAt?: string
  /** Null when the window had nothing to measure: shown as "no activity", not averaged. */
  index: number | null
  /** index − previous index; null when either had no activity. */
  trend: number | null
  /** Whether that trend is outside the noise (the report says so from schemaVersion 2 on). */
  direction?: Direction
  categories: Record<CategoryId, number | null>
  /** The report's confidence in its index, where it gives one (the dashboard shows it). */
  confidence?: Confidence
  /** Why a quiet window has no scores (schemaVersion 2's `activity`); absent when active. */
  quiet?: { state: 'none' | 'bots-only'; reason: string }
  changes: number
  multiplier: number
  output: number
  people: number
}

/** A repository whose report could not be made or read, and why. */
export interface FailedReport {
  /** Where known: a failure record names it, an unreadable file may not. */
  repository?: string
  /** The file it came from. */
  file: string
  problem: string
}

/** What the aggregate keeps of the previous aggregate, to show the trend. */
export interface PreviousAggregate {
  window: Window
  index: number
  categories: Record<CategoryId, number>
  repositories: number
}

export interface AggregateOptions {
  /** The repositories that should have reported (the discovery list); the rest are `missing`. */
  expected?: readonly string[]
  failed?: readonly FailedReport[]
  previous?: PreviousAggregate
}

export interface AggregateReport {
  schemaVersion: 1
  kind: 'aggregate'
  /** From the earliest `since` to the latest `until` of the reports. */
  window: Window
  /**
   * Mean of the active repositories' indexes weighted by their changes, rounded half up; null
   * when no repository had activity to measure.
   */
  index: number | null
  /**
   * Each category's weighted score, a number where a `Report`'s category is a score object:
   * the JSON contract's `categories` (README, "JSON report"; read back from the issue), so the
   * field keeps its name.
   */
  categories: Record<CategoryId, number | null>
  /** The previous aggregate's figures, when there was one; null otherwise. */
  previous: PreviousAggregate | null
  /** index and categories minus the previous aggregate's; null without one. */
  trend: { index: number; categories: Record<CategoryId, number> } | null
  totals: {
    repositories: number
    changes: number
    multiplier: number
    output: number
    /** Summed per repository: one person active in two repositories counts twice. */
    people: number
  }
  /** Highest index first; ties by name. */
  repositories: AggregateRow[]
  /** Expected repositories with no report and no failure record, by name. */
  missing: string[]
  /** Reports that failed or could not be read, by repository (then file). */
  failed: FailedReport[]
  notes: string[]
}

/** The row a report contributes; everything else in it (its changes) can be dropped. */
export function reportRow(report: ReportSummary): AggregateRow {
  const quiet =
    report.activity && report.activity.state !== 'active'
      ? { state: report.activity.state, reason: report.activity.reason ?? 'no activity' }
      : undefined
  // A quiet window has no score, whatever else the file says.
  const index = quiet ? null : report.index
  const previous = report.previousIndex ?? null
  return {
    repository: report.repository,
    source: report.source,
    window: { since: report.window.since, until: report.window.until },
    ...(report.generatedAt ? { generatedAt: report.generatedAt } : {}),
    index,
    trend: index === null || previous === null ? null : index - previous,
    ...(index !== null && report.direction ? { direction: report.direction } : {}),
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, index === null ? null : report.categories[id].score])
    ) as Record<CategoryId, number | null>,
    ...(quiet ? { quiet } : {}),
    ...(index !== null && report.confidence ? { confidence: report.confidence } : {}),
    changes: report.totals.changes,
    multiplier: report.totals.multiplier ?? 0,
    output: report.totals.output ?? 0,
    people: report.totals.people ?? 0
  }
}

export function aggregateReports(
  reports: readonly ReportSummary[],
  options: AggregateOptions = {}
): AggregateReport {
  return aggregateRows(reports.map(reportRow), options)
}

export function aggregateRows(
  all: readonly AggregateRow[],
  options: AggregateOptions = {}
): AggregateReport {
  const notes: string[] = []
  const latest = newestPerRepository(all, notes)
  const rows = [...latest.values()].sort(
    (a, b) => (b.index ?? -1) - (a.index ?? -1) || compare(a.repository, b.repository)
  )
  // Only repositories with something measured enter the aggregate's figures; a quiet one weighs 0.
  const active = rows.filter(row => row.index !== null && row.changes > 0)
  const changes = sum(rows.map(row => row.changes))
  const weight = sum(active.map(row => row.changes))
  const weighted = (value: (row: AggregateRow) => number | null): number | null =>
    weight === 0
      ? null
      : roundHalfUp(sum(active.map(row => (value(row) ?? 0) * row.changes)) / weight)

  const windows = new Set(rows.map(row => `${row.window.since}/${row.window.until}`))
  if (windows.size > 1) {
    notes.push(`The reports cover ${windows.size} different windows; compare them with care.`)
  }
  if (rows.length > 0 && active.length === 0) notes.push('No activity in any repository.')

  const index = weighted(row => row.index)
  const categories = Object.fromEntries(
    CATEGORY_IDS.map(id => [id, weighted(row => row.categories[id])])
  ) as Record<CategoryId, number | null>
  const { failed, missing } = unaccounted(latest, options, notes)
  const previous = options.previous ?? null

  return {
    schemaVersion: 1,
    kind: 'aggregate',
    window: {
      since: rows.map(row => row.window.since).sort(byTime)[0] ?? '',
      until:
        rows
          .map(row => row.window.until)
          .sort(byTime)
          .at(-1) ?? ''
    },
    index,
    categories,
    previous,
    trend: previous && index !== null ? trendAgainst(index, categories, previous) : null,
    totals: {
      repositories: rows.length,
      changes,
      multiplier: sum(rows.map(row => row.multiplier)),
      output: sum(rows.map(row => row.output)),
      people: sum(rows.map(row => row.people))
    },
    repositories: rows,
    missing,
    failed,
    notes
  }
}

function trendAgainst(
  index: number,
  categories: Record<CategoryId, number | null>,
  previous: PreviousAggregate
): NonNullable<AggregateReport['trend']> {
  return {
    index: index - previous.index,
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, (categories[id] ?? 0) - previous.categories[id]])
    ) as Record<CategoryId, number>
  }
}

/** Names listed in one note before "and N more": a note is posted, so it stays short. */
const NOTE_NAMES = 10

/** `names` joined, cut after NOTE_NAMES with a count of the rest. */
function someNames(names: readonly string[]): string {
  const shown = names.slice(0, NOTE_NAMES).join(', ')
  return names.length > NOTE_NAMES ? `${shown} and ${names.length - NOTE_NAMES} more` : shown
}

/**
 * The newest report of each repository, names compared case-insensitively as GitHub does
 * (the newest report's spelling is kept); one note names the repositories that had several.
 */
function newestPerRepository(
  all: readonly AggregateRow[],
  notes: string[]
): Map<string, AggregateRow> {
  const latest = new Map<string, AggregateRow>()
  const seen = new Map<string, number>()
  for (const row of all) {
    const key = row.repository.toLowerCase()
    seen.set(key, (seen.get(key) ?? 0) + 1)
    const kept = latest.get(key)
    if (!kept || isNewer(row, kept)) latest.set(key, row)
  }
  const several = [...seen]
    .filter(([, count]) => count > 1)
    .map(([key]) => latest.get(key)?.repository ?? key)
    .sort(compare)
  if (several.length > 0) {
    notes.push(
      `${several.length} repositor${several.length === 1 ? 'y' : 'ies'} had several reports; the newest window was used: ${someNames(several)}.`
    )
  }
  return latest
}

/**
 * The reports that failed, in order, and the expected repositories with no report at all. A
 * repository is in one state only: one with a report is not also failed (its failure records
 * are dropped, with a note), and one failed repository is listed once.
 */
function unaccounted(
  latest: ReadonlyMap<string, AggregateRow>,
  options: AggregateOptions,
  notes: string[]
): { failed: FailedReport[]; missing: string[] } {
  const reported: string[] = []
  const failedNames = new Set<string>()
  const failed = [...(options.failed ?? [])]
    .sort(
      // Named repositories first, by name; files that named none after them, by file.
      (a, b) =>
        Number(a.repository === undefined) - Number(b.repository === undefined) ||
        compare(a.repository?.toLowerCase() ?? '', b.repository?.toLowerCase() ?? '') ||
        compare(a.file, b.file)
    )
    .filter(item => {
      const key = item.repository?.toLowerCase()
      if (key === undefined) return true
      if (latest.has(key)) {
        reported.push(item.repository as string)
        return false
      }
      if (failedNames.has(key)) return false
      failedNames.add(key)
      return true
    })
  if (reported.length > 0) {
    notes.push(
      `${reported.length} failure record${reported.length === 1 ? '' : 's'} left out: ${reported.length === 1 ? 'its repository has' : 'their repositories have'} a report (${someNames(reported)}).`
    )
  }
  const accounted = new Set([...latest.keys(), ...failedNames])
  const missing = [
    ...new Map((options.expected ?? []).map(name => [name.toLowerCase(), name])).values()
  ]
    .filter(name => !accounted.has(name.toLowerCase()))
    .sort(compare)
  return { failed, missing }
}

function isNewer(candidate: AggregateRow, kept: AggregateRow): boolean {
  return (
    byTime(candidate.window.until, kept.window.until) > 0 ||
    (candidate.window.until === kept.window.until &&
      byTime(candidate.generatedAt ?? '', kept.generatedAt ?? '') > 0)
  )
}

function byTime(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0) || compare(a, b)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
