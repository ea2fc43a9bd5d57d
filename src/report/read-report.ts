// Reads a JSON report back (for `multiplier aggregate`): the contract's parser, pure, beside
// neither collect (which reads the files) nor render (which writes them). The files come from
// matrix jobs, so from outside: each is checked against the published schema
// (schema/report.schema.json, versions 1 and 2) and then for what a schema cannot say, before
// anything is added up or posted. An error names the file and the field and what was expected,
// and never quotes the file's content (a file holding a token must not have its start
// published).
import { CATEGORY_IDS, CONFIDENCE_LEVELS } from '../model.js'
import type {
  CategoryId,
  Confidence,
  Direction,
  Report,
  ScoreInterval,
  SourceKind,
  Window
} from '../model.js'
import type { ValidateFunction } from 'ajv'
import compiledReportCheck from './report-validator.generated.js'
import { schemaProblem } from './schema-problem.js'

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

/** The published schema's check, compiled by Ajv ahead of time (`npm run validator`). */
const reportSchemaCheck = compiledReportCheck as ValidateFunction

/** JSON that meets the report schema and the rules across its fields, or a ReportFormatError. */
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
  // The version first: it says which contract the rest is read against.
  const version = data.schemaVersion
  if (!VERSIONS.some(known => known === version))
    fail('schemaVersion', `is ${kindOf(version)}, expected ${VERSIONS.join(' or ')}`)
  if (!reportSchemaCheck(data)) {
    const { field, what } = schemaProblem(reportSchemaCheck.errors?.[0])
    fail(field, what)
  }
  checkAcrossFields(data as unknown as CheckedReport, fail)
  return data
}

type Fail = (field: string, what: string) => never

/** What the schema guarantees a report of either version holds, that the checks below read. */
type CheckedReport = ReportSummary & {
  indexInterval?: ScoreInterval | null
  categories: Record<CategoryId, { interval?: ScoreInterval | null }>
}

/**
 * What a schema cannot say: that a time names a real instant, that the window does not end
 * before it starts, that an interval's low is not above its high, that an active window has an
 * index, and that the multiplier and output changes are not more than all the changes.
 */
function checkAcrossFields(report: CheckedReport, fail: Fail): void {
  const { window, totals } = report
  for (const [field, time] of [
    ['generatedAt', report.generatedAt],
    ['window.since', window.since],
    ['window.until', window.until]
  ] as const) {
    if (time !== undefined && !isTime(time)) fail(field, 'is not an ISO 8601 time')
  }
  if (Date.parse(window.since) > Date.parse(window.until))
    fail('window.until', 'is before window.since')
  if (report.index === null && report.activity?.state === 'active')
    fail('index', 'is null while active')
  checkInterval(report.indexInterval, 'indexInterval', fail)
  for (const id of CATEGORY_IDS)
    checkInterval(report.categories[id].interval, `categories.${id}.interval`, fail)
  for (const field of ['multiplier', 'output'] as const) {
    if ((totals[field] ?? 0) > totals.changes)
      fail(`totals.${field}`, 'is more than totals.changes')
  }
}

function checkInterval(
  interval: ScoreInterval | null | undefined,
  field: string,
  fail: Fail
): void {
  if (interval && interval.low > interval.high) fail(field, 'has low above high')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
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
