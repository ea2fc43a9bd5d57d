// The reports an aggregate reads: files named by globs (what `actions/download-artifact`
// left on the runner), read one at a time and cut to one row each, so a thousand reports never
// sit in memory together. A file that is not a report becomes a named failure, not a stop: the
// aggregate still shows every other repository.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import type { Dirent } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { parseReportSummary } from '../report/read-report.js'
import { isRepositoryName } from '../report/repository-name.js'
import { reportRow } from '../score/aggregate.js'
import type { AggregateRow, FailedReport } from '../score/aggregate.js'

export interface ReadReports {
  rows: AggregateRow[]
  failed: FailedReport[]
}

/**
 * The files matching any of `patterns` (globs relative to `cwd`, or plain paths), sorted and
 * without repeats. A pattern that matches nothing is returned in `unmatched`.
 */
export function expandReportGlobs(
  patterns: readonly string[],
  cwd: string
): { files: string[]; unmatched: string[] } {
  const files = new Set<string>()
  const unmatched: string[] = []
  for (const pattern of patterns) {
    const found = matchOne(pattern, cwd)
    if (found.length === 0) unmatched.push(pattern)
    for (const file of found) files.add(file)
  }
  return { files: [...files].sort(), unmatched }
}

function matchOne(pattern: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, pattern)
  const scan = picomatch.scan(absolute)
  if (!scan.isGlob) return isFile(absolute) ? [absolute] : []
  const base = scan.base || path.parse(absolute).root
  const matches = picomatch(absolute, { dot: true })
  return walk(base).filter(file => matches(file))
}

/** Every file under `folder`, depth first; an unreadable folder is skipped. */
function walk(folder: string): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap(entry => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return walk(full)
    return entry.isFile() ? [full] : []
  })
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * Reads each file into a row, or a failure: a failure record (`kind: "failure"`, written by a
 * matrix job whose report step failed) or a file that is not a report. `strict` throws on the
 * first unreadable file instead (the CLI's contract: exit 1 naming it). `shown` turns a path
 * into the name used in messages.
 */
export function readReportRows(
  files: readonly string[],
  options: { strict?: boolean; shown?: (file: string) => string } = {}
): ReadReports {
  const shown = options.shown ?? ((file: string) => file)
  const rows: AggregateRow[] = []
  const failed: FailedReport[] = []
  for (const file of files) {
    const name = shown(file)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      const problem = `cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
      if (options.strict) throw new Error(problem, { cause: error })
      failed.push({ file: name, problem })
      continue
    }
    const failure = failureRecord(text, name)
    if (failure) {
      failed.push(failure)
      continue
    }
    try {
      rows.push(reportRow(parseReportSummary(text, name)))
    } catch (error) {
      if (options.strict) throw error
      failed.push({ file: name, problem: (error as Error).message })
    }
  }
  return { rows, failed }
}

/** The longest failure reason kept: it is posted, and one line says enough. */
const FAILURE_REASON_MAX = 300

/**
 * `{"schemaVersion":1,"kind":"failure","repository":"owner/name","error":"..."}`: what the
 * fan-out workflow writes for a repository whose report step failed, so the aggregate can say
 * "failed" (and why) rather than "missing". Its `error` is the workflow's own message, so it is
 * shown (escaped where posted, cut to one short line); a `repository` that is not a GitHub name
 * is not, and the record then stands for its file.
 */
function failureRecord(text: string, file: string): FailedReport | undefined {
  // Cheap look before a parse: a real report is never a failure record.
  if (!text.includes('"failure"')) return undefined
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  const record = data as { kind?: unknown; repository?: unknown; error?: unknown } | null
  if (record?.kind !== 'failure') return undefined
  const named = typeof record.repository === 'string' && isRepositoryName(record.repository)
  const problem =
    typeof record.error === 'string' && oneLine(record.error)
      ? cut(oneLine(record.error), FAILURE_REASON_MAX)
      : 'the report failed'
  return {
    ...(named ? { repository: record.repository as string } : {}),
    file,
    problem:
      named || record.repository === undefined
        ? problem
        : `${problem} (its repository is not a GitHub owner/name)`
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function cut(text: string, max: number): string {
  const characters = Array.from(text)
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`
}
