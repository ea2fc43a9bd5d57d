// The JSON report: the contract other tools read (its fields are listed in the README's CLI
// reference, "JSON report"; report/read-report.ts reads it back). Keys are written in one
// fixed order whatever order the Report object was built in, so two runs over the same
// history give byte-identical files and diffs stay readable.
import { CATEGORY_IDS } from '../model.js'
import { eachPart } from '../score/parts.js'
import type {
  ApiUsage,
  CategoryScore,
  ReachItem,
  Reason,
  ReferenceInfo,
  Report,
  ReportChange,
  ScoreInterval,
  Window
} from '../model.js'
import { orderInsight } from './insight-json.js'

export function renderJson(report: Report): string {
  return `${JSON.stringify(orderReport(report), null, 2)}\n`
}

/** Pieces of about this many characters: few writes, and no string the size of the report. */
const CHUNK_CHARS = 64 * 1024

/**
 * Changes stringified in one call, wrapped as `[[...changes]]`: at that depth JSON.stringify
 * indents them as the report's `changes` list holds them, so once the wrapper's brackets are
 * cut off the text is the report's, with no re-indenting pass and no call per change.
 */
const CHANGES_PER_CALL = 64
const NESTED_OPEN = '[\n  [\n'
const NESTED_CLOSE = '\n  ]\n]'

/**
 * renderJson's text in pieces, the changes in order, joined byte for byte the same: a
 * report of 100,000 changes never exists as one string (nor as one reordered copy), so a
 * writer holds a piece at a time. The text around `changes` is JSON.stringify's own, split
 * where the empty list stands; the changes are stringified a batch at a time, at their depth.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const frame = `${JSON.stringify(orderReport({ ...report, changes: [] }), null, 2)}\n`
  const slot = '\n  "changes": []'
  const at = frame.indexOf(slot)
  if (report.changes.length === 0 || at === -1) {
    yield frame
    return
  }
  let piece = `${frame.slice(0, at)}\n  "changes": [`
  for (let start = 0; start < report.changes.length; start += CHANGES_PER_CALL) {
    const batch = report.changes.slice(start, start + CHANGES_PER_CALL).map(orderChange)
    const text = JSON.stringify([batch], null, 2)
    piece += `${start === 0 ? '' : ','}\n${text.slice(NESTED_OPEN.length, -NESTED_CLOSE.length)}`
    if (piece.length >= CHUNK_CHARS) {
      yield piece
      piece = ''
    }
  }
  yield `${piece}\n  ]${frame.slice(at + slot.length)}`
}

/** The report as a plain object with the contract's key order (undefined fields left out). */
export function orderReport(report: Report): Record<string, unknown> {
  return compact({
    schemaVersion: report.schemaVersion,
    repository: report.repository,
    repositoryUrl: report.repositoryUrl,
    source: report.source,
    generatedAt: report.generatedAt,
    window: orderWindow(report.window),
    previousWindow: orderWindow(report.previousWindow),
    activity: compact({ state: report.activity.state, reason: report.activity.reason }),
    index: report.index,
    indexInterval: orderInterval(report.indexInterval),
    confidence: report.confidence,
    previousIndex: report.previousIndex,
    trend: report.trend,
    direction: report.direction,
    percentile: report.percentile,
    percentileRange: report.percentileRange && orderInterval(report.percentileRange),
    reference: report.reference ? orderReference(report.reference) : undefined,
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, orderCategory(report.categories[id])])
    ),
    totals: {
      changes: report.totals.changes,
      output: report.totals.output,
      multiplier: report.totals.multiplier,
      people: report.totals.people,
      bots: report.totals.bots,
      botChanges: report.totals.botChanges,
      weeks: report.totals.weeks
    },
    scoring: {
      weights: { ...report.scoring.weights },
      targets: Object.fromEntries(CATEGORY_IDS.map(id => [id, report.scoring.targets[id]])),
      prior: { score: report.scoring.prior.score, changes: report.scoring.prior.changes }
    },
    bots: {
      counted: report.bots.counted,
      changes: report.bots.changes,
      authors: report.bots.authors.map(({ name, changes }) => ({ name, changes }))
    },
    ...orderInsight(report),
    changes: report.changes.map(orderChange),
    reach: report.reach?.map(orderReach),
    api: report.api ? orderApi(report.api) : undefined,
    notes: [...report.notes]
  })
}

function orderInterval(interval: ScoreInterval | null): ScoreInterval | null {
  return interval && { low: interval.low, high: interval.high }
}

function orderReference(reference: ReferenceInfo): Record<string, unknown> {
  return compact({
    repositories: reference.repositories,
    windows: reference.windows,
    windowDays: reference.windowDays,
    reportDays: reference.reportDays,
    date: reference.date,
    reason: reference.reason
  })
}

function orderWindow(window: Window): Window {
  return { since: window.since, until: window.until }
}

function orderCategory(category: CategoryScore): CategoryScore {
  return compact({
    score: category.score,
    rawScore: category.rawScore,
    interval: orderInterval(category.interval),
    confidence: category.confidence,
    changes: category.changes,
    people: category.people,
    activeWeeks: category.activeWeeks,
    parts: eachPart(part => category.parts[part]),
    previous: category.previous,
    previousChanges: category.previousChanges,
    trend: category.trend,
    direction: category.direction,
    percentile: category.percentile
  }) as unknown as CategoryScore
}

function orderChange(change: ReportChange): Record<string, unknown> {
  // Built field by field rather than through compact(): this runs for every change and reason.
  const { id, kind, title, author, time, url } = change
  const categories = [...change.categories]
  const reasons = change.reasons.map(orderReason)
  const ordered: Record<string, unknown> =
    url === undefined ? { id, kind, title, author, time } : { id, kind, title, author, time, url }
  if (change.bot) ordered.bot = true
  ordered.categories = categories
  ordered.reasons = reasons
  return ordered
}

function orderReason({ category, file, signal, detail }: Reason): Record<string, unknown> {
  return file === undefined ? { category, signal, detail } : { category, file, signal, detail }
}

/** path, kind, change, present, then the kind's figures in the order the model lists them. */
function orderReach(item: ReachItem): Record<string, unknown> {
  const head = { path: item.path, kind: item.kind, change: item.change, present: item.present }
  switch (item.kind) {
    case 'shared-module':
      return compact({
        ...head,
        importers: item.importers,
        importersAtIntroduction: item.importersAtIntroduction
      })
    case 'lint-config':
      return { ...head, tool: item.tool, ci: item.ci, hook: item.hook, runBy: [...item.runBy] }
    case 'workflow':
      return {
        ...head,
        triggers: [...item.triggers],
        push: item.push,
        pullRequest: item.pullRequest
      }
    case 'codeowners':
      return {
        ...head,
        entries: item.entries,
        coveredFiles: item.coveredFiles,
        treeFiles: item.treeFiles,
        coverage: item.coverage
      }
  }
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
