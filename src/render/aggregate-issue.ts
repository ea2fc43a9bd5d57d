// The aggregate issue's text: the aggregate fitted into GitHub's 65,536-character body (the
// per-repository table keeps its top and bottom, the middle goes to the job summary and the
// JSON), the short comment each period gets, and a hidden line with the aggregate's figures
// that the next run reads back for its trend.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId } from '../model.js'
import { isTime } from '../report/read-report.js'
import type { AggregateReport, PreviousAggregate } from '../score/aggregate.js'
import {
  aggregateHead,
  aggregateTable,
  notesSection,
  omittedLine,
  problemsSection,
  repositoryLine,
  type AggregateTableOptions
} from './aggregate.js'
import { NO_ACTIVITY, trendText } from './categories.js'
import { COMMENT_BODY_LIMIT } from './limits.js'
import { windowText } from './window-text.js'

/** Hidden marker that finds the rolling aggregate issue again (apart from team reports). */
export const AGGREGATE_ISSUE_MARKER = '<!-- multiplier:org-report -->'

const STATE_PREFIX = '<!-- multiplier:org-state '
/**
 * Names shown in the body's missing and failed lists before "and N more", and notes shown,
 * tried in turn until the fixed part leaves the table room: 50 failures of 300-character
 * reasons fit many times over, these are for what no real run writes.
 */
const PROBLEMS_SHOWN = [50, 10, 0] as const
const NOTES_SHOWN = [20, 5, 0] as const
/** What the table needs at least: its head, the "All" row and the row of the ones left out. */
const TABLE_ROOM = 2_000

/**
 * The issue body: markers, the figures for the next run, then the aggregate. When the whole
 * table does not fit, it keeps as many of the top and of the bottom repositories as do.
 */
export function aggregateIssueBody(
  aggregate: AggregateReport,
  runUrl: string | undefined,
  periodMarker = '',
  limit = COMMENT_BODY_LIMIT,
  options: AggregateTableOptions = {}
): string {
  const markers = [AGGREGATE_ISSUE_MARKER, periodMarker, stateLine(aggregate)].filter(Boolean)
  const run = runUrl ? `[this run](${runUrl})` : 'this run'
  const footer = `<sub>Updated by ${run}; its job summary and JSON report have every repository.</sub>`
  let fixed: string[] = []
  for (const [step, problems] of PROBLEMS_SHOWN.entries()) {
    fixed = [
      markers.join('\n'),
      aggregateHead(aggregate),
      problemsSection(aggregate, problems),
      notesSection(aggregate, undefined, NOTES_SHOWN[step]),
      footer
    ]
    if (joinedLength(fixed) + TABLE_ROOM <= limit) break
  }
  const lines = aggregate.repositories.map(row => repositoryLine(row, undefined, options))
  const room = limit - joinedLength(fixed) - 2
  const table = fittedTable(aggregate, lines, room)
  return [fixed[0], fixed[1], table, ...fixed.slice(2)].filter(Boolean).join('\n\n')
}

/** The length of `parts` as the body joins them: empty ones (no problems, no notes) left out. */
function joinedLength(parts: readonly string[]): number {
  return parts.filter(Boolean).join('\n\n').length
}

/** The table with every row if it fits in `room`, else the most top-and-bottom rows that do. */
function fittedTable(aggregate: AggregateReport, lines: readonly string[], room: number): string {
  const whole = aggregateTable(aggregate, lines)
  if (whole.length <= room) return whole
  // Each half keeps k rows: the table's fixed part plus both halves' lengths must fit.
  const base = aggregateTable(aggregate, [omittedLine(lines.length)]).length
  let used = base
  let kept = 0
  for (let k = 0; k < Math.floor(lines.length / 2); k++) {
    const next = (lines[k]?.length ?? 0) + (lines[lines.length - 1 - k]?.length ?? 0) + 2
    if (used + next > room) break
    used += next
    kept = k + 1
  }
  const top = lines.slice(0, kept)
  const bottom = lines.slice(lines.length - kept)
  return aggregateTable(aggregate, [...top, omittedLine(lines.length - 2 * kept), ...bottom])
}

/** The short comment a rolling aggregate issue gets for each period. */
export function aggregatePeriodComment(
  aggregate: AggregateReport,
  runUrl: string | undefined
): string {
  const trend = aggregate.previous
    ? `${trendText(aggregate.trend?.index ?? null)} from ${aggregate.previous.index}`
    : 'no earlier org report to compare with'
  const index = aggregate.index === null ? NO_ACTIVITY : `**${aggregate.index}**/100`
  const problems = aggregate.missing.length + aggregate.failed.length
  const missing = problems > 0 ? ` · ${problems} missing or failed` : ''
  const link = runUrl ? ` · [run](${runUrl})` : ''
  return (
    `**${windowText(aggregate.window)}**: org multiplier index ${index} (${trend}) ` +
    `across ${aggregate.totals.repositories} repositories${missing}${link}`
  )
}

/** One comment per reported period in the rolling aggregate issue: a rerun edits it. */
export function aggregatePeriodMarker(aggregate: AggregateReport): string {
  return `<!-- multiplier:org-period ${aggregate.window.since.slice(0, 10)}..${aggregate.window.until.slice(0, 10)} -->`
}

/** What an aggregate issue body holds for the next run: its figures, and those it compared with. */
export interface AggregateState {
  current: PreviousAggregate
  /** The figures this report's trend was against; a rerun of the same window uses these. */
  before?: PreviousAggregate
}

/**
 * The figures to compare with, from the aggregate issue's state: the last report's own, unless it
 * covered this same window (a rerun), then the ones that report compared with.
 */
export function previousFor(
  state: AggregateState | undefined,
  window: { since: string; until: string }
): PreviousAggregate | undefined {
  if (!state) return undefined
  const same =
    state.current.window.since === window.since && state.current.window.until === window.until
  return same ? state.before : state.current
}

/**
 * The hidden line with the figures the next run compares with; none when no repository had
 * activity (there is no figure to compare with).
 */
function stateLine(aggregate: AggregateReport): string {
  const { index, categories } = aggregate
  if (index === null || !CATEGORY_IDS.every(id => categories[id] !== null)) return ''
  const state: AggregateState = {
    current: {
      window: aggregate.window,
      index,
      categories: categories as Record<CategoryId, number>,
      repositories: aggregate.totals.repositories
    },
    ...(aggregate.previous ? { before: aggregate.previous } : {})
  }
  // `<` and `>` as JSON escapes: whatever a window held, the line cannot hold `-->` (or `--!>`)
  // and end the comment early, and it still parses back to the same figures.
  const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  return `${STATE_PREFIX}${json} -->`
}

/**
 * The state from an aggregate issue body; undefined when the body has none or it is not what
 * this version writes (a hand edit, an older body): no trend then, and no failure.
 */
export function readAggregateState(body: string): AggregateState | undefined {
  const start = body.indexOf(STATE_PREFIX)
  if (start < 0) return undefined
  const end = body.indexOf(' -->', start)
  let data: unknown
  try {
    data = JSON.parse(body.slice(start + STATE_PREFIX.length, end))
  } catch {
    return undefined
  }
  const state = data as { current?: unknown; before?: unknown } | null
  const current = figures(state?.current)
  if (!current) return undefined
  const before = figures(state?.before)
  return { current, ...(before ? { before } : {}) }
}

function figures(data: unknown): PreviousAggregate | undefined {
  const value = data as Partial<PreviousAggregate> | null | undefined
  const score = (item: unknown): item is number =>
    typeof item === 'number' && item >= 0 && item <= 100
  if (
    !value ||
    !score(value.index) ||
    typeof value.repositories !== 'number' ||
    !Number.isInteger(value.repositories) ||
    !isTime(value.window?.since) ||
    !isTime(value.window.until) ||
    !CATEGORY_IDS.every(id => score(value.categories?.[id]))
  ) {
    return undefined
  }
  return {
    window: { since: value.window.since, until: value.window.until },
    index: value.index,
    categories: value.categories as Record<CategoryId, number>,
    repositories: value.repositories
  }
}
