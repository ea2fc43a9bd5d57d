// The JSON report: the contract other tools read (DESIGN.md, "Contract"). Keys are written in
// one fixed order whatever order the Report object was built in, so two runs over the same
// history give byte-identical files and diffs stay readable.
import { CATEGORY_IDS } from '../model.js'
import type { ApiUsage, CategoryScore, Reason, Report, ReportChange, Window } from '../model.js'

export function renderJson(report: Report): string {
  return `${JSON.stringify(orderReport(report), null, 2)}\n`
}

/** The report as a plain object with the contract's key order (undefined fields left out). */
export function orderReport(report: Report): Record<string, unknown> {
  return compact({
    schemaVersion: report.schemaVersion,
    repository: report.repository,
    source: report.source,
    generatedAt: report.generatedAt,
    window: orderWindow(report.window),
    previousWindow: orderWindow(report.previousWindow),
    index: report.index,
    previousIndex: report.previousIndex,
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, orderCategory(report.categories[id])])
    ),
    totals: {
      changes: report.totals.changes,
      output: report.totals.output,
      multiplier: report.totals.multiplier,
      people: report.totals.people,
      bots: report.totals.bots,
      weeks: report.totals.weeks
    },
    changes: report.changes.map(orderChange),
    api: report.api ? orderApi(report.api) : undefined,
    notes: [...report.notes]
  })
}

function orderWindow(window: Window): Window {
  return { since: window.since, until: window.until }
}

function orderCategory(category: CategoryScore): CategoryScore {
  return {
    score: category.score,
    changes: category.changes,
    people: category.people,
    activeWeeks: category.activeWeeks,
    parts: {
      share: category.parts.share,
      people: category.parts.people,
      steadiness: category.parts.steadiness
    },
    previous: category.previous,
    trend: category.trend
  }
}

function orderChange(change: ReportChange): Record<string, unknown> {
  // Built field by field rather than through compact(): this runs for every change and reason.
  const { id, kind, title, author, time, url } = change
  const categories = [...change.categories]
  const reasons = change.reasons.map(orderReason)
  return url === undefined
    ? { id, kind, title, author, time, categories, reasons }
    : { id, kind, title, author, time, url, categories, reasons }
}

function orderReason({ category, file, signal, detail }: Reason): Record<string, unknown> {
  return file === undefined ? { category, signal, detail } : { category, file, signal, detail }
}

function orderApi(api: ApiUsage): Record<string, unknown> {
  return compact({
    requests: api.requests,
    requestsByKind: api.requestsByKind,
    cost: api.cost,
    rateLimitRemaining: api.rateLimitRemaining,
    rateLimitResetAt: api.rateLimitResetAt,
    budgetExhausted: api.budgetExhausted,
    coverage: api.coverage
  })
}

function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined))
}
