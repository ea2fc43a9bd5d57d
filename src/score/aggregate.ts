// The org roll-up's maths: many repositories' reports → one org index. Repositories weigh by how
// many changes they had, so a quiet repository with one README edit cannot lift (or sink) the
// org's figure as much as a busy one. Each report is first cut to one row (`reportRow`), so a
// thousand reports are never held at once; only the rows are.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, Report, SourceKind, Window } from '../model.js'
import { roundHalfUp } from './score.js'

export interface AggregateRow {
  repository: string
  source: SourceKind
  window: Window
  /** When the report was made; breaks ties between two reports of one window. */
  generatedAt?: string
  index: number
  /** index − previous index; null when the previous window had no activity. */
  trend: number | null
  categories: Record<CategoryId, number>
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

/** What the roll-up keeps of the previous org report, to show the trend. */
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
  /** Mean of the repositories' indexes weighted by their changes, rounded half up. */
  index: number
  categories: Record<CategoryId, number>
  /** The previous org report's figures, when there was one; null otherwise. */
  previous: PreviousAggregate | null
  /** index and categories minus the previous org report's; null without one. */
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
export function reportRow(report: Report): AggregateRow {
  return {
    repository: report.repository,
    source: report.source,
    window: { since: report.window.since, until: report.window.until },
    ...(report.generatedAt ? { generatedAt: report.generatedAt } : {}),
    index: report.index,
    trend:
      report.previousIndex === null || report.previousIndex === undefined
        ? null
        : report.index - report.previousIndex,
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, report.categories[id].score])
    ) as Record<CategoryId, number>,
    changes: report.totals.changes,
    multiplier: report.totals.multiplier ?? 0,
    output: report.totals.output ?? 0,
    people: report.totals.people ?? 0
  }
}

export function aggregateReports(
  reports: readonly Report[],
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
    (a, b) => b.index - a.index || compare(a.repository, b.repository)
  )
  const changes = sum(rows.map(row => row.changes))
  const weighted = (value: (row: AggregateRow) => number): number =>
    changes === 0 ? 0 : roundHalfUp(sum(rows.map(row => value(row) * row.changes)) / changes)

  const windows = new Set(rows.map(row => `${row.window.since}/${row.window.until}`))
  if (windows.size > 1) {
    notes.push(`The reports cover ${windows.size} different windows; compare them with care.`)
  }
  if (rows.length > 0 && changes === 0) notes.push('No activity in any repository.')

  const index = weighted(row => row.index)
  const categories = Object.fromEntries(
    CATEGORY_IDS.map(id => [id, weighted(row => row.categories[id])])
  ) as Record<CategoryId, number>
  const { failed, missing } = unaccounted(latest, options)
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
    trend: previous
      ? {
          index: index - previous.index,
          categories: Object.fromEntries(
            CATEGORY_IDS.map(id => [id, categories[id] - previous.categories[id]])
          ) as Record<CategoryId, number>
        }
      : null,
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

/** The newest report of each repository; a note names each repository that had several. */
function newestPerRepository(
  all: readonly AggregateRow[],
  notes: string[]
): Map<string, AggregateRow> {
  const latest = new Map<string, AggregateRow>()
  const seen = new Map<string, number>()
  for (const row of all) {
    seen.set(row.repository, (seen.get(row.repository) ?? 0) + 1)
    const kept = latest.get(row.repository)
    if (!kept || isNewer(row, kept)) latest.set(row.repository, row)
  }
  for (const [repository, count] of [...seen].sort(([a], [b]) => compare(a, b))) {
    if (count > 1) notes.push(`${repository} had ${count} reports; the newest window was used.`)
  }
  return latest
}

/** The reports that failed, in order, and the expected repositories with no report at all. */
function unaccounted(
  latest: ReadonlyMap<string, AggregateRow>,
  options: AggregateOptions
): { failed: FailedReport[]; missing: string[] } {
  // Named repositories first, by name; files that named none after them, by file.
  const failed = [...(options.failed ?? [])].sort(
    (a, b) =>
      Number(a.repository === undefined) - Number(b.repository === undefined) ||
      compare(a.repository ?? '', b.repository ?? '') ||
      compare(a.file, b.file)
  )
  // GitHub names are case-insensitive: a discovery list and a report may spell one differently.
  const accounted = new Set(
    [...latest.keys(), ...failed.flatMap(item => item.repository ?? [])].map(name =>
      name.toLowerCase()
    )
  )
  const missing = [...new Set(options.expected ?? [])]
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
