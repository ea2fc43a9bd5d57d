import type { Change, ClassifiedChange, FileChange, Reason, RepoContext } from '../model.js'
import { compile } from './rules/compile.js'
import type { CompiledRules } from './rules/compile.js'
import { classified, decide, NO_FILES, unsupportedHints } from './verdict/decide.js'
import { pathFactsOf } from './reading/path-facts.js'
import { newReading } from './reading/reading.js'
import type { ChangeReading, FileReading } from './reading/reading.js'
import type { Ruleset } from './rules/ruleset.js'
import { readChange } from './reading/change-reading.js'
import { CHANGE_SIGNALS, FILE_SIGNALS } from './signals/registry.js'

// Classification: a change → its multiplier categories with the reasons (docs/classification.md
// tells the rule for readers). Each signal is a module under signals/; this file runs them and
// asks them whether the change needs its patch.
//
// One verdict per change, whatever the surface: whether the patch is read is decided from the
// change's metadata alone (paths, line counts, title, labels, author), by the signals that read
// patches. When none asks for it, a patch the surface happens to have (a pull request's) is
// not read either, so the git report, the API report and the PR comment agree.

export { isBot } from './verdict/bots.js'
export { DEFAULT_THRESHOLDS } from './rules/compile.js'

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
interface FirstReading {
  reading: ChangeReading
  unread: FileReading[]
  wanted: boolean
}

function firstReading(change: Change, compiled: CompiledRules): FirstReading {
  const reading = readChange(change, compiled)
  const unread = readFiles(reading, false)
  return { reading, unread, wanted: change.files.length > 0 && patchWanted(reading, unread) }
}

/** The classification from the first reading: the files read again, with patches, where wanted. */
function classifyRead(change: Change, { reading, unread, wanted }: FirstReading): ClassifiedChange {
  if (change.files.length === 0) return noFiles(reading)
  return decideChange(reading, wanted ? readFiles(reading, true) : unread)
}

/** What classifies the changes of one repository: its rules with its context. */
export interface Classifier {
  /**
   * Whether classifying `change` reads its patches: true when a signal that reads patches could
   * change its vote on one of the files (see each signal's `wantsPatch`). Decided from metadata
   * alone, so every surface reads the patch of the same changes.
   */
  wantsPatch: (change: Change) => boolean
  /**
   * The change's categories with the reasons for the decision. Patches are read only where
   * `wantsPatch` says so; a change that wants its patch and has none is classified without.
   */
  classify: (change: Change) => ClassifiedChange
}

/**
 * The one entry point of classification: a classifier for the repository whose context is
 * given (its .gitattributes decide what is generated or vendored). A source asks `wantsPatch`
 * as it reads each change and `classify` once the change is complete, so a change is read once
 * without its patch whichever is asked first: the first reading is kept, by change, until the
 * change is classified (a WeakMap, so a change never classified costs nothing).
 */
export function createClassifier(rules: Ruleset, context: RepoContext): Classifier {
  const compiled = compile(rules, context.gitattributes)
  const firstReadings = new WeakMap<Change, FirstReading>()
  return {
    wantsPatch: change => {
      const first = firstReading(change, compiled)
      firstReadings.set(change, first)
      return first.wanted
    },
    classify: change => {
      const first = firstReadings.get(change)
      firstReadings.delete(change)
      return classifyRead(change, first ?? firstReading(change, compiled))
    }
  }
}
