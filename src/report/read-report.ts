// Reads a JSON report back (for `multiplier aggregate`): the contract's parser, pure, beside
// neither collect (which reads the files) nor render (which writes them). The files come from
// matrix jobs, so from outside: every field the roll-up uses is checked for its type, range,
// form and length before anything is added up or posted. An error names the file and the
// field and what was expected, and never quotes the file's content (a file holding a token
// must not have its start published).
//
// Checked by hand rather than with a compiled JSON Schema: the roll-up reads a dozen fields
// whose rules cross fields (a null score only in schemaVersion 2, a window whose end is not
// before its start, counts within the total), and a schema's messages would name values.
import { CATEGORY_IDS, CONFIDENCE_LEVELS } from '../model.js'
import type { CategoryId, Confidence, Direction, Report, SourceKind, Window } from '../model.js'
import { isReportRepositoryName } from './repository-name.js'

class ReportFormatError extends Error {
  override name = 'ReportFormatError'
}

/** Whether a quiet window's report says why it has no scores (schemaVersion 2). */
type ActivityState = 'active' | 'none' | 'bots-only'

/** What the org roll-up reads of one report; a `Report` is one. */
export interface ReportSummary {
  repository: string
  source: SourceKind
  generatedAt?: string
  window: Window
  /** Null when the window had nothing to measure (schemaVersion 2). */
  index: number | null
  previousIndex?: number | null
  activity?: { state: ActivityState; reason?: string }
  /** Whether the index moved outside the noise (schemaVersion 2), when the file says. */
  direction?: Direction | null
  /** The index's confidence, when the file gives a known one. */
  confidence?: Confidence | null
  categories: Record<CategoryId, { score: number | null }>
  totals: { changes: number; multiplier?: number; output?: number; people?: number }
}

/** The schema versions this reader understands. */
const VERSIONS = [1, 2] as const
/** Longest ISO 8601 time accepted (`2024-05-31T08:00:00.000000000+05:30` is 35). */
const TIME_MAX = 40
/** Counts above this are not a repository's window: a billion changes. */
const COUNT_MAX = 1_000_000_000
const REASON_MAX = 500
const ISO_TIME =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** The whole report, checked as `parseReportSummary` checks it (its other fields as they are). */
export function parseReportJson(text: string, name: string): Report {
  const data = checkedReport(text, name)
  const report = data as unknown as Report
  return { ...report, notes: report.notes ?? [] }
}

/** The fields the roll-up uses, checked; anything else in the file is dropped. */
export function parseReportSummary(text: string, name: string): ReportSummary {
  const data = checkedReport(text, name) as unknown as ReportSummary & Record<string, unknown>
  const totals = data.totals
  return {
    repository: data.repository,
    source: data.source,
    ...(data.generatedAt ? { generatedAt: data.generatedAt } : {}),
    window: { since: data.window.since, until: data.window.until },
    index: data.index,
    previousIndex: data.previousIndex ?? null,
    ...(isDirection(data.direction) ? { direction: data.direction } : {}),
    ...(data.activity ? { activity: data.activity } : {}),
    ...(isConfidence(data.confidence) ? { confidence: data.confidence } : {}),
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, { score: data.categories[id].score }])
    ) as ReportSummary['categories'],
    totals: {
      changes: totals.changes,
      multiplier: totals.multiplier ?? 0,
      output: totals.output ?? 0,
      people: totals.people ?? 0
    }
  }
}

/** JSON of the roll-up's fields as the contract has them, or a ReportFormatError. */
function checkedReport(text: string, name: string): Record<string, unknown> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // JSON.parse's message quotes the text around the fault: not repeated.
    throw new ReportFormatError(`${name}: not JSON; is this a multiplier JSON report?`)
  }
  const fail = (field: string, what: string): never => {
    throw new ReportFormatError(`${name}: ${field} ${what}; is this a multiplier JSON report?`)
  }
  if (!isObject(data)) return fail('the file', 'is not a JSON object')
  const version = data.schemaVersion
  if (!VERSIONS.some(known => known === version))
    fail('schemaVersion', `is ${kindOf(version)}, expected ${VERSIONS.join(' or ')}`)
  const nullable = version !== 1
  if (typeof data.repository !== 'string' || !isReportRepositoryName(data.repository))
    fail(
      'repository',
      "is not a GitHub owner/name (or a folder's name of letters, digits, '.', '_', '-')"
    )
  if (data.source !== 'git' && data.source !== 'github') fail('source', 'is not git or github')
  if (data.generatedAt !== undefined && !isTime(data.generatedAt))
    fail('generatedAt', 'is not an ISO 8601 time')
  checkWindow(data.window, fail)
  checkScore(data.index, 'index', nullable, fail)
  if (data.previousIndex !== undefined) checkScore(data.previousIndex, 'previousIndex', true, fail)
  checkActivity(data, nullable, fail)
  if (!isObject(data.categories)) return fail('categories', 'is missing')
  for (const id of CATEGORY_IDS) checkCategory(data.categories[id], id, nullable, fail)
  checkTotals(data.totals, fail)
  if (!Array.isArray(data.changes)) fail('changes', 'is not an array')
  if (data.notes !== undefined && !Array.isArray(data.notes)) fail('notes', 'is not an array')
  return data
}

type Fail = (field: string, what: string) => never

function checkWindow(window: unknown, fail: Fail): void {
  if (!isObject(window)) return fail('window', 'is missing')
  if (!isTime(window.since)) fail('window.since', 'is not an ISO 8601 time')
  if (!isTime(window.until)) fail('window.until', 'is not an ISO 8601 time')
  if (Date.parse(window.since as string) > Date.parse(window.until as string))
    fail('window.until', 'is before window.since')
}

function checkScore(value: unknown, field: string, nullable: boolean, fail: Fail): void {
  if (value === null && nullable) return
  if (!isScore(value)) fail(field, `is not a number from 0 to 100${nullable ? ' or null' : ''}`)
}

function checkCategory(category: unknown, id: CategoryId, nullable: boolean, fail: Fail): void {
  if (!isObject(category)) return fail(`categories.${id}`, 'is missing')
  checkScore(category.score, `categories.${id}.score`, nullable, fail)
  if (!isCount(category.changes)) fail(`categories.${id}.changes`, 'is not a whole number ≥ 0')
  checkInterval(category.interval, `categories.${id}.interval`, fail)
}

/** `interval: { low, high }` (schemaVersion 2): both scores, low ≤ high. */
function checkInterval(interval: unknown, field: string, fail: Fail): void {
  if (interval === undefined || interval === null) return
  if (!isObject(interval) || !isScore(interval.low) || !isScore(interval.high))
    return fail(field, 'is not { low, high } from 0 to 100')
  if ((interval.low as number) > (interval.high as number)) fail(field, 'has low above high')
}

/** `activity` (schemaVersion 2); a null index needs a quiet state to say why. */
function checkActivity(data: Record<string, unknown>, nullable: boolean, fail: Fail): void {
  const activity = data.activity
  if (activity === undefined) {
    if (data.index === null) fail('activity', 'is missing, and index is null')
    return
  }
  if (!nullable) return
  if (
    !isObject(activity) ||
    !['active', 'none', 'bots-only'].includes(activity.state as string) ||
    // A reason says why there is nothing to score; an active window needs none.
    (activity.reason === undefined
      ? activity.state !== 'active'
      : typeof activity.reason !== 'string' || activity.reason.length > REASON_MAX)
  ) {
    return fail(
      'activity',
      `is not { state: active, none or bots-only, reason (≤ ${REASON_MAX}, unless active) }`
    )
  }
  if (data.index === null && activity.state === 'active') fail('index', 'is null while active')
  checkInterval(data.indexInterval, 'indexInterval', fail)
}

function checkTotals(totals: unknown, fail: Fail): void {
  if (!isObject(totals)) return fail('totals', 'is missing')
  if (!isCount(totals.changes)) fail('totals.changes', 'is not a whole number ≥ 0')
  for (const field of ['multiplier', 'output', 'people'] as const) {
    const value = totals[field]
    if (value === undefined) continue
    if (!isCount(value)) fail(`totals.${field}`, 'is not a whole number ≥ 0')
    if (field !== 'people' && (value as number) > (totals.changes as number))
      fail(`totals.${field}`, 'is more than totals.changes')
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= COUNT_MAX
}

/** An ISO 8601 date or time that names a real instant; short, so it can be shown. */
export function isTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= TIME_MAX &&
    ISO_TIME.test(value) &&
    Number.isFinite(Date.parse(value))
  )
}

/** What a value is, without its content. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'another number' : 'a fraction'
  if (value === undefined) return 'missing'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function isConfidence(value: unknown): value is Confidence {
  return CONFIDENCE_LEVELS.some(level => level === value)
}

function isDirection(value: unknown): value is Direction {
  return value === 'up' || value === 'down' || value === 'steady'
}
