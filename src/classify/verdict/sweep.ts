import type { FileChange } from '../../model.js'

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
 * Whether the code files of a change look like a sweep: enough of them, each small, most of them
 * balanced or all of them together drifting little. A refactor that threads a new argument
 * through many files adds more than it removes, and a limit loosened beside it
 * (`max-args = 16`) is no standard.
 */
export function looksLikeSweep(code: readonly FileChange[]): boolean {
  let lines = 0
  let drift = 0
  let balanced = 0
  for (const file of code) {
    const added = file.additions ?? 0
    const deleted = file.deletions ?? 0
    lines += Math.max(1, added + deleted)
    drift += Math.abs(added - deleted)
    if (added === deleted) balanced += 1
  }
  if (code.length < SWEEP_FILES || lines > SWEEP_LINES_PER_FILE * code.length) return false
  return balanced * 5 >= code.length * 4 || drift * 100 <= SWEEP_DRIFT_PERCENT * lines
}
