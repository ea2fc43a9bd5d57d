// The pipeline in one call: collect (once, over both windows) → classify → score. Rendering
// and publishing are left to the caller (CLI or action), which decides where the report goes.
import type { Change, ClassifiedChange, ReachItem, Report, ScoredChange, Window } from './model.js'
import { GitSourceError } from './collect/git-errors.js'
import type { Collection, Source } from './collect/source.js'
import type { Config } from './config/types.js'
import { classifyChange, classifyUnlessPatchNeeded, needsPatch } from './classify/index.js'
import { DEFAULT_SCORE_OPTIONS } from './config/defaults.js'
import { scoreReport } from './score/index.js'
import { placeAgainstReference } from './score/percentile.js'
import { computeReach, reachTargets } from './score/reach.js'
import { REFERENCE_SET } from './score/reference.js'
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
  const classifiedEarly = new Map<Change, ScoredChange>()
  // Where no later pass can classify a change again, what only classification reads (files,
  // patches, body) is dropped as soon as a change is classified: memory then grows by a small
  // record per change, not by its diff, over a history of 100,000 commits.
  const shed = early !== undefined && source.contextIsFinal === true
  const keep = (change: Change, classified: ClassifiedChange): void => {
    classifiedEarly.set(change, scored(classified))
    if (shed) {
      change.files = []
      change.body = ''
      change.labels = []
    }
  }
  // One collection over [previous.since, window.until): a single `git log` or one set of API
  // pages serves both windows, which halves the API cost of the trend.
  const collection = await collectBoth(
    source,
    window,
    previous,
    (change: Change) => {
      if (!early) return needsPatch(change, config.rules)
      const classified = classifyUnlessPatchNeeded(change, config.rules, early)
      if (classified === undefined) return true
      keep(change, classified)
      return false
    },
    (change: Change) => {
      if (early) keep(change, classifyChange(change, config.rules, early))
    }
  )
  const sameContext = early?.gitattributes === collection.context.gitattributes
  const classify = (changes: Change[]): ScoredChange[] =>
    changes.map(
      change =>
        (sameContext ? classifiedEarly.get(change) : undefined) ??
        scored(classifyChange(change, config.rules, collection.context))
    )

  const inCurrent = inWindowTest(window)
  const inPrevious = inWindowTest(previous)
  const current = classify(collection.changes.filter(change => inCurrent(change.time)))
  const report = scoreReport({
    repository: source.repository,
    source: source.kind,
    window,
    previousWindow: previous,
    changes: current,
    previousChanges: classify(collection.changes.filter(change => inPrevious(change.time))),
    options: config.score,
    generatedAt: (request.now ?? new Date()).toISOString(),
    notes: collection.notes,
    ...(collection.api ? { api: collection.api } : {})
  })
  const repositoryUrl = source.repositoryUrl
  if (repositoryUrl !== undefined) report.repositoryUrl = repositoryUrl
  const reach = await readReach(source, window, current)
  if (reach.items !== undefined) report.reach = reach.items
  report.notes.push(...reach.notes)
  return placeAgainstReference(report, REFERENCE_SET, {
    scoring: config.score,
    referenceScoring: DEFAULT_SCORE_OPTIONS
  })
}

/**
 * One collection over both windows. A history that does not reach back far enough is named
 * for what needs it: the report's window, or only the trend's (the previous window).
 */
async function collectBoth(
  source: Source,
  window: Window,
  previous: Window,
  wantsPatch: (change: Change) => boolean,
  patched: (change: Change) => void
): Promise<Collection> {
  try {
    return await source.collect({ since: previous.since, until: window.until }, wantsPatch, patched)
  } catch (error) {
    if (!(error instanceof GitSourceError) || error.code !== 'shallow-history') throw error
    throw new GitSourceError(
      'shallow-history',
      `The report's window starts ${window.since}; its trend compares it with the previous ` +
        `window of equal length, which starts ${previous.since}. ${error.message}`,
      { cause: error }
    )
  }
}

/** The part of a classified change that scoring and rendering read (a new object, sharing nothing heavy). */
function scored(change: ClassifiedChange): ScoredChange {
  const { id, kind, title, author, time, url, categories, reasons, authorIsBot } = change
  return url === undefined
    ? { id, kind, title, author, time, categories, reasons, authorIsBot }
    : { id, kind, title, author, time, url, categories, reasons, authorIsBot }
}

export const REACH_UNREAD_NOTE =
  'Reach was not read (the source cannot read the tree, or its API request budget ran out first), so no `reach` is given.'

/** Reach of the window's pattern and automation changes, read from the source where it can. */
async function readReach(
  source: Source,
  window: Window,
  changes: readonly ScoredChange[]
): Promise<{ items?: ReachItem[]; notes: string[] }> {
  const targets = reachTargets(changes)
  if (targets.length === 0) return { items: [], notes: [] }
  if (source.reach === undefined) return { notes: [REACH_UNREAD_NOTE] }
  const facts = await source.reach(window.until, targets)
  if (facts === undefined) return { notes: [REACH_UNREAD_NOTE] }
  const notes = facts.truncated
    ? [
        'Reach: the repository has more files than were read (importer candidates, or a tree GitHub listed truncated), so its figures are lower bounds.'
      ]
    : []
  return { items: computeReach(targets, facts), notes }
}
