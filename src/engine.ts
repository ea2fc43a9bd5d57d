// The pipeline in one call: collect (once, over every window of the history) → classify → score. Rendering
// and publishing are left to the caller (CLI or action), which decides where the report goes.
import type { Change, ClassifiedChange, ReachItem, Report, ScoredChange, Window } from './model.js'
import { GitSourceError } from './collect/git-errors.js'
import { messageOf, statusOf } from './errors.js'
import type { Collection, Source } from './collect/source.js'
import type { Config } from './config/types.js'
import {
  classifyChange,
  classifyUnlessPatchNeeded,
  classifyWithPatch,
  needsPatch
} from './classify/classify.js'
import { DEFAULT_HISTORY, DEFAULT_SCORE_OPTIONS, DEFAULT_TEAMS } from './config/defaults.js'
import { historyWindows, scoreHistory, shortHistoryNote } from './insight/history.js'
import { InsightTally } from './insight/tally.js'
import { scoreReport } from './score/score.js'
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
  /**
   * How many of the history's windows the source holds, counted back from the report's (the
   * setup layer's source choice: a shallow clone holds fewer than asked); all when unset.
   */
  historyHeld?: number
}

export async function runReport(request: ReportRequest): Promise<Report> {
  const { source, config, window } = request
  const previous = previousWindow(window)
  const asked = config.history ?? DEFAULT_HISTORY
  const historyCount = Math.min(asked, request.historyHeld ?? asked)
  const teams = config.teams ?? DEFAULT_TEAMS
  // The history's windows end with the report's; two at least, so the trend's window is read.
  const windows = historyWindows(window, Math.max(2, historyCount))
  const span = { since: (windows[0] as Window).since, until: window.until }
  const tally = new InsightTally({ rules: config.rules, window, teams })
  const { collection, scored, reached } = await collectAndClassify(
    source,
    config,
    { span, window },
    tally
  )

  const inCurrent = inWindowTest(window)
  const inPrevious = inWindowTest(previous)
  const current = scored.filter(change => inCurrent(change.time))
  // Reach reads the tree (git processes or API requests) while the scores are worked out here.
  const reaching = readReach(source, window, current)
  reaching.catch(() => undefined)
  const report = scoreReport({
    repository: source.repository,
    source: source.kind,
    window,
    previousWindow: previous,
    changes: current,
    previousChanges: scored.filter(change => inPrevious(change.time)),
    options: config.score,
    generatedAt: (request.now ?? new Date()).toISOString(),
    notes: collection.notes,
    ...(collection.api ? { api: collection.api } : {})
  })
  if (historyCount > 0) {
    // Only the windows the source could read back to: a shallow clone may hold just the trend's.
    // The one place a short history is said: against the windows asked for, not those held.
    const held = windows.slice(-historyCount).filter(({ since }) => since >= reached)
    report.history = scoreHistory(scored, held, config.score)
    if (held.length < asked) report.notes.push(shortHistoryNote(held.length, asked))
  }
  report.hotspots = tally.hotspots(reached)
  if (teams) report.teams = tally.teams(config.score)
  const repositoryUrl = source.repositoryUrl
  if (repositoryUrl !== undefined) report.repositoryUrl = repositoryUrl
  const reach = await reaching
  if (reach.items !== undefined) report.reach = reach.items
  report.notes.push(...reach.notes)
  return placeAgainstReference(report, REFERENCE_SET, {
    scoring: config.score,
    referenceScoring: DEFAULT_SCORE_OPTIONS
  })
}

/**
 * One collection over the whole span (`git log` once, one set of API pages), each change
 * classified once and folded into the insight tally while its files are still there.
 */
async function collectAndClassify(
  source: Source,
  config: Config,
  { span, window }: { span: Window; window: Window },
  tally: InsightTally
): Promise<{ collection: Collection; scored: ScoredChange[]; reached: string }> {
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
    const record = scored(classified)
    classifiedEarly.set(change, record)
    if (shed && early) {
      tally.add(change, record, early)
      change.files = []
      change.body = ''
      change.labels = []
    }
  }
  // One collection over the whole span: a single `git log` or one set of API pages serves
  // every window, the trend's and the history's.
  const { collection, since: reached } = await collectSpan(
    source,
    span,
    window,
    (change: Change) => {
      if (!early) return needsPatch(change, config.rules)
      const classified = classifyUnlessPatchNeeded(change, config.rules, early)
      if (classified === undefined) return true
      keep(change, classified)
      return false
    },
    // Only a change the first callback left for its patch is patched.
    (change: Change) => {
      if (early) keep(change, classifyWithPatch(change, config.rules, early))
    }
  )
  const sameContext = early?.gitattributes === collection.context.gitattributes
  const inSpan = inWindowTest(span)
  const scoredChanges: ScoredChange[] = []
  for (const change of collection.changes) {
    if (!inSpan(change.time)) continue
    const known = sameContext ? classifiedEarly.get(change) : undefined
    const record = known ?? scored(classifyChange(change, config.rules, collection.context))
    // A change shed early was folded in then, with its files; any other is folded in now.
    if (!(known && shed)) tally.add(change, record, collection.context)
    scoredChanges.push(record)
  }
  return { collection, scored: scoredChanges, reached }
}

/**
 * One collection over the span. A history that does not reach back far enough is named for
 * what needs it: the report's window, or only the trend's (the previous window). A clone that
 * holds the trend's window but not all of the history's serves those two (the CLI and the
 * action first cut the history to the windows a clone holds; this keeps other callers right).
 */
async function collectSpan(
  source: Source,
  span: Window,
  window: Window,
  wantsPatch: (change: Change) => boolean,
  patched: (change: Change) => void
): Promise<{ collection: Collection; since: string }> {
  const previous = previousWindow(window)
  const shallow = (error: unknown): error is GitSourceError =>
    error instanceof GitSourceError && error.code === 'shallow-history'
  try {
    try {
      return { collection: await source.collect(span, wantsPatch, patched), since: span.since }
    } catch (error) {
      // The source refuses before it reads a change, so the shorter span starts afresh.
      if (!shallow(error) || span.since >= previous.since) throw error
      const trend = { since: previous.since, until: window.until }
      return { collection: await source.collect(trend, wantsPatch, patched), since: trend.since }
    }
  } catch (error) {
    if (!shallow(error)) throw error
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

/** The note for a reach read that failed: what was not read, and the first line of why. */
function reachFailedNote(error: unknown): string {
  const why = messageOf(error).split('\n')[0] ?? ''
  const short = why.length > 300 ? `${why.slice(0, 299)}…` : why
  const status = statusOf(error)
  const http = status === undefined || short.includes(String(status)) ? '' : ` (HTTP ${status})`
  return `Reach was not read, so no \`reach\` is given: ${short}${http}`
}

/** Reach of the window's pattern and automation changes, read from the source where it can. */
async function readReach(
  source: Source,
  window: Window,
  changes: readonly ScoredChange[]
): Promise<{ items?: ReachItem[]; notes: string[] }> {
  const targets = reachTargets(changes)
  if (targets.length === 0) return { items: [], notes: [] }
  if (source.reach === undefined) return { notes: [REACH_UNREAD_NOTE] }
  let facts: Awaited<ReturnType<NonNullable<Source['reach']>>>
  try {
    facts = await source.reach(window.until, targets)
  } catch (error) {
    // Reach is an extra: a read that fails (any status, a timeout, a GraphQL error) leaves the
    // report whole, with a note saying what was not read and why.
    return { notes: [reachFailedNote(error)] }
  }
  if (facts === undefined) return { notes: [REACH_UNREAD_NOTE] }
  const notes = facts.truncated
    ? [
        'Reach: the repository has more files than were read (importer candidates, or a tree GitHub listed truncated), so its figures are lower bounds.'
      ]
    : []
  return { items: computeReach(targets, facts), notes }
}
