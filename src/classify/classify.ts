import type { Change, ClassifiedChange, FileChange, Reason, RepoContext } from '../model.js'
import { compile } from './compile.js'
import type { CompiledRules } from './compile.js'
import { classified, decide, NO_FILES, unsupportedHints } from './decide.js'
import { pathFactsOf } from './path-facts.js'
import { newReading } from './reading.js'
import type { ChangeReading, FileReading } from './reading.js'
import type { Ruleset } from './ruleset.js'
import { readChange } from './change-reading.js'
import { CHANGE_SIGNALS, FILE_SIGNALS } from './signals/registry.js'

// Classification: a change → its multiplier categories with the reasons (docs/classification.md
// tells the rule for readers). Each signal is a module under signals/; this file runs them and
// asks them whether the change needs its patch.
//
// One verdict per change, whatever the surface: whether the patch is read is decided from the
// change's metadata alone (paths, line counts, title, labels, author), by the signals that read
// patches. When none asks for it, a patch the surface happens to have (a pull request's) is
// not read either, so the git report, the API report and the PR comment agree.

export { isBot } from './bots.js'
export { DEFAULT_THRESHOLDS } from './compile.js'

function readFile(file: FileChange, change: ChangeReading, readPatch: boolean): FileReading {
  const reading = newReading(
    file,
    pathFactsOf(file.path, change.compiled),
    readPatch ? file.patch : undefined
  )
  for (const signal of FILE_SIGNALS) {
    if (reading.role !== 'counted') break
    if (!readPatch && signal.wantsPatch?.(reading, change)) reading.wantsPatch = true
    signal.vote(reading, change)
  }
  return reading
}

function readFiles(change: ChangeReading, readPatch: boolean): FileReading[] {
  return change.change.files.map(file => readFile(file, change, readPatch))
}

/** Whether a signal asked for the patch while the files were read without it. */
function patchWanted(change: ChangeReading, unread: readonly FileReading[]): boolean {
  return (
    unread.some(reading => reading.wantsPatch) ||
    CHANGE_SIGNALS.some(signal => signal.wantsPatch?.(unread, change) === true)
  )
}

function decideChange(change: ChangeReading, readings: readonly FileReading[]): ClassifiedChange {
  const votes: Reason[] = []
  for (const signal of CHANGE_SIGNALS) {
    const vote = signal.vote(readings, change)
    if (vote) votes.push(vote)
  }
  return decide(change, readings, votes)
}

/**
 * A change without files (an empty commit, a pull request whose files were not listed) is
 * output, and says which hints it had.
 */
function noFiles(change: ChangeReading): ClassifiedChange {
  return classified(change.change, change.compiled, [], [NO_FILES, ...unsupportedHints(change, [])])
}

/** The change read without patches, and whether a signal asked for them meanwhile. */
function firstReading(
  change: Change,
  compiled: CompiledRules
): { reading: ChangeReading; unread: FileReading[]; wanted: boolean } {
  const reading = readChange(change, compiled)
  const unread = readFiles(reading, false)
  return { reading, unread, wanted: change.files.length > 0 && patchWanted(reading, unread) }
}

function classifyOne(change: Change, compiled: CompiledRules): ClassifiedChange {
  const { reading, unread, wanted } = firstReading(change, compiled)
  if (change.files.length === 0) return noFiles(reading)
  return decideChange(reading, wanted ? readFiles(reading, true) : unread)
}

/** Classifies each change into multiplier categories with the reasons for the decision. Pure. */
export function classifyChanges(
  changes: readonly Change[],
  rules: Ruleset,
  context: RepoContext
): ClassifiedChange[] {
  const compiled = compile(rules, context.gitattributes)
  return changes.map(change => classifyOne(change, compiled))
}

/** One change, for callers that classify changes as they arrive (the compiled rules are cached). */
export function classifyChange(
  change: Change,
  rules: Ruleset,
  context: RepoContext
): ClassifiedChange {
  return classifyOne(change, compile(rules, context.gitattributes))
}

/**
 * Whether classifying `change` reads its patches: true when a signal that reads patches could
 * change its vote on one of the files (see each signal's `wantsPatch`). Decided from metadata
 * alone, so every surface reads the patch of the same changes.
 */
export function needsPatch(change: Change, rules: Ruleset, context: RepoContext = {}): boolean {
  return firstReading(change, compile(rules, context.gitattributes)).wanted
}

/**
 * `needsPatch` and `classifyChange` in one reading of the change, for callers that classify
 * changes as a source reads them: undefined when the patch is needed and not there yet
 * (classify the change once it has it), else its classification.
 */
export function classifyUnlessPatchNeeded(
  change: Change,
  rules: Ruleset,
  context: RepoContext = {}
): ClassifiedChange | undefined {
  const { reading, unread, wanted } = firstReading(change, compile(rules, context.gitattributes))
  if (change.files.length === 0) return noFiles(reading)
  if (!wanted) return decideChange(reading, unread)
  if (change.files.every(file => file.patch === undefined)) return undefined
  return decideChange(reading, readFiles(reading, true))
}

/**
 * The classification of a change that classifyUnlessPatchNeeded left for its patch, once the
 * patch is there: that reading already found the patch wanted (from metadata alone, so the
 * answer stands), so the files are read once, with their patches, and not first without.
 * Equal to classifyChange for such a change.
 */
export function classifyWithPatch(
  change: Change,
  rules: Ruleset,
  context: RepoContext = {}
): ClassifiedChange {
  const reading = readChange(change, compile(rules, context.gitattributes))
  if (change.files.length === 0) return noFiles(reading)
  return decideChange(reading, readFiles(reading, true))
}
