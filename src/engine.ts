// The pipeline in one call: collect (once, over both windows) → classify → score. Rendering
// and publishing are left to the caller (CLI or action), which decides where the report goes.
import type { Change, Report, Window } from './model.js'
import type { Source } from './collect/source.js'
import type { Config } from './config/types.js'
import { classifyChanges, needsPatch } from './classify/index.js'
import { scoreReport } from './score/index.js'
import { inWindow, previousWindow } from './window.js'

export interface ReportRequest {
  source: Source
  config: Config
  /** The window reported on; the previous window of equal length is collected for the trend. */
  window: Window
  /** The clock, injectable so reports are reproducible. */
  now?: Date
}

export async function runReport(request: ReportRequest): Promise<Report> {
  const { source, config, window } = request
  const previous = previousWindow(window)
  // One collection over [previous.since, window.until): a single `git log` or one set of API
  // pages serves both windows, which halves the API cost of the trend.
  const collection = await source.collect(
    { since: previous.since, until: window.until },
    (change: Change) => needsPatch(change, config.rules)
  )
  const current = collection.changes.filter(change => inWindow(window, change.time))
  const earlier = collection.changes.filter(change => inWindow(previous, change.time))

  const report = scoreReport({
    repository: source.repository,
    source: source.kind,
    window,
    previousWindow: previous,
    changes: classifyChanges(current, config.rules, collection.context),
    previousChanges: classifyChanges(earlier, config.rules, collection.context),
    options: config.score,
    generatedAt: (request.now ?? new Date()).toISOString(),
    notes: collection.notes,
    ...(collection.api ? { api: collection.api } : {})
  })
  return report
}
