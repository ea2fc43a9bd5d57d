// Reads a JSON report back (for `multiplier aggregate`): the contract's parser, pure, beside
// neither collect (which reads the files) nor render (which writes them). Only the fields the roll-up uses are
// checked; an error names the file and the field, so a wrong file is easy to spot.
import { CATEGORY_IDS } from '../model.js'
import type { Report } from '../model.js'

class ReportFormatError extends Error {
  override name = 'ReportFormatError'
}

export function parseReportJson(text: string, name: string): Report {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ReportFormatError(`${name}: not JSON (${(error as Error).message})`)
  }
  const fail = (field: string, what: string): never => {
    throw new ReportFormatError(`${name}: ${field} ${what}; is this a multiplier JSON report?`)
  }
  if (!isObject(data)) return fail('the file', 'is not a JSON object')
  if (data.schemaVersion !== 1)
    fail('schemaVersion', `is ${JSON.stringify(data.schemaVersion)}, expected 1`)
  if (typeof data.repository !== 'string') fail('repository', 'is missing')
  if (
    !isObject(data.window) ||
    typeof data.window.since !== 'string' ||
    typeof data.window.until !== 'string'
  ) {
    fail('window.since/window.until', 'are missing')
  }
  if (!isScore(data.index)) fail('index', 'is not a number from 0 to 100')
  if (!isObject(data.categories)) return fail('categories', 'is missing')
  for (const id of CATEGORY_IDS) {
    const category = data.categories[id]
    if (!isObject(category) || !isScore(category.score))
      fail(`categories.${id}.score`, 'is not a number from 0 to 100')
    if (isObject(category) && typeof category.changes !== 'number')
      fail(`categories.${id}.changes`, 'is missing')
  }
  if (!isObject(data.totals) || typeof data.totals.changes !== 'number')
    fail('totals.changes', 'is missing')
  if (!Array.isArray(data.changes)) fail('changes', 'is not an array')
  if (data.notes !== undefined && !Array.isArray(data.notes)) fail('notes', 'is not an array')
  const report = data as unknown as Report
  return { ...report, notes: report.notes ?? [] }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isScore(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value <= 100
}
