// The pipeline in one call: collect (once, over both windows) → classify → score. Rendering
// and publishing are left to the caller (CLI or action), which decides where the report goes.
import type { Change, ClassifiedChange, Report, Window } from './model.js'
import type { Source } from './collect/source.js'
import type { Config } from './config/types.js'
import { classifyChange, classifyUnlessPatchNeeded, needsPatch } from './classify/index.js'
import { scoreReport } from './score/index.js'
import { inWindowTest, previousWindow } from './window.js'

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
  // Where the source knows the repository's context up front, each change is classified as soon
  // as it is read, while the source is still reading the rest, and a change waiting for its
  // patch as soon as the patch arrives: on a large history that work hides behind git instead
  // of following it. Whatever was not classified early is classified after.
  const early = source.context ? await source.context() : undefined
  const classifiedEarly = new Map<Change, ClassifiedChange>()
  // One collection over [previous.since, window.until): a single `git log` or one set of API
  // pages serves both windows, which halves the API cost of the trend.
  const collection = await source.collect(
    { since: previous.since, until: window.until },
    (change: Change) => {
      if (!early) return needsPatch(change, config.rules)
      const classified = classifyUnlessPatchNeeded(change, config.rules, early)
      if (classified === undefined) return true
      classifiedEarly.set(change, classified)
      return false
    },
    (change: Change) => {
      if (early) classifiedEarly.set(change, classifyChange(change, config.rules, early))
    }
  )
  const sameContext = early?.gitattributes === collection.context.gitattributes
  const classify = (changes: Change[]): ClassifiedChange[] =>
    changes.map(
      change =>
        (sameContext ? classifiedEarly.get(change) : undefined) ??
        classifyChange(change, config.rules, collection.context)
    )

  const inCurrent = inWindowTest(window)
  const inPrevious = inWindowTest(previous)
  return scoreReport({
    repository: source.repository,
    source: source.kind,
    window,
    previousWindow: previous,
    changes: classify(collection.changes.filter(change => inCurrent(change.time))),
    previousChanges: classify(collection.changes.filter(change => inPrevious(change.time))),
    options: config.score,
    generatedAt: (request.now ?? new Date()).toISOString(),
    notes: collection.notes,
    ...(collection.api ? { api: collection.api } : {})
  })
}
