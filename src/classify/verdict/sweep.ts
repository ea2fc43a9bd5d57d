import type { FileChange } from '../../model.js'
import { pathFactsOf } from '../reading/path-facts.js'
import type { ChangeReading } from '../reading/reading.js'

// The shape of code brought in line with a rule (a stricter type check, a formatter's new
// style): many code files, each edited a little and mostly in place. Decided from line counts
// alone, so the lint-settings signal can ask for the rule's patch on the same grounds as
// decide.ts counts the rule.

/** Code files it takes, each with a small edit, for a change to look like a sweep. */
const SWEEP_FILES = 10
const SWEEP_LINES_PER_FILE = 20
/**
 * How far a sweep's files may drift from in-place edits, as a share of its changed lines (the
 * lines each file gains or loses on balance, summed): a stricter type check rewrites lines where
 * they stand (10 % drift on a real one), an argument threaded through call sites adds a line
 * for every two it changes (20 %).
 */
const SWEEP_DRIFT_PERCENT = 15

/**
 * Whether files are rewritten nearly in place: the lines each gains or loses on balance, summed,
 * are at most SWEEP_DRIFT_PERCENT of their changed lines.
 */
export function driftsLittle(code: readonly FileChange[]): boolean {
  let lines = 0
  let drift = 0
  for (const file of code) {
    const added = file.additions ?? 0
    const deleted = file.deletions ?? 0
    lines += Math.max(1, added + deleted)
    drift += Math.abs(added - deleted)
  }
  return drift * 100 <= SWEEP_DRIFT_PERCENT * lines
}

/**
 * The change's own code as its line counts say it (by path: code, with no category, neither
 * excluded nor a manifest), for readers that judge its shape before the files are read.
 */
export function plainCode(change: ChangeReading): FileChange[] {
  return change.change.files.filter(file => {
    const facts = pathFactsOf(file.path, change.compiled)
    return facts.code && facts.categories.size === 0 && !facts.excluded && !facts.manifest
  })
}

/**
 * Whether the code files of a change look like a sweep: enough of them, each small, most of them
 * balanced or all of them together drifting little. A refactor that threads a new argument
 * through many files adds more than it removes, and a limit loosened beside it
 * (`max-args = 16`) is no standard.
 */
export function looksLikeSweep(code: readonly FileChange[]): boolean {
  let lines = 0
  let balanced = 0
  for (const file of code) {
    lines += Math.max(1, (file.additions ?? 0) + (file.deletions ?? 0))
    if (file.additions === file.deletions) balanced += 1
  }
  if (code.length < SWEEP_FILES || lines > SWEEP_LINES_PER_FILE * code.length) return false
  return balanced * 5 >= code.length * 4 || driftsLittle(code)
}
