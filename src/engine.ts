// The pipeline in one call: collect (once, over every window of the history) → classify → score. Rendering
// and publishing are left to the caller (CLI or action), which decides where the report goes.
import type {
  ClassifiedChange,
  ReachItem,
  RepoContext,
  Report,
  ScoredChange,
  Window
} from './model.js'
import { messageOf, statusOf } from './errors.js'
import type { ChangeClassifier, Collection, Source } from './collect/source.js'
import type { Config } from './config/types.js'
import { createClassifier } from './classify/classify.js'
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
  const collection = await collectAndClassify(source, config, { span, window }, tally)
  const { changes: scored, since: reached } = collection

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
 * classified by the source as soon as it is complete, with the context the source read, and
 * folded into the insight tally then, while its files are still there: the source keeps only
 * the small record returned here. A source that holds less than the span (a shallow clone)
 * starts later, at the report's previous window at the earliest, and says where.
 */
function collectAndClassify(
  source: Source,
  config: Config,
  { span, window }: { span: Window; window: Window },
  tally: InsightTally
): Promise<Collection<ScoredChange>> {
  const classifierFor = (context: RepoContext): ChangeClassifier<ScoredChange> => {
    const classifier = createClassifier(config.rules, context)
    return {
      wantsPatch: classifier.wantsPatch,
      classify: change => {
        const record = scored(classifier.classify(change))
        tally.add(change, record, context)
        return record
      }
    }
  }
  return source.collect(span, classifierFor, window)
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
