import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading/reading.js'
import { grant, hunksOf, isBalanced, isSmall, shapeOf } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'
import type { FileChange } from '../../model.js'
import type { Hunk } from '../diff/patch.js'

/**
 * Titles that say a code edit is about its comments: such an edit is read up to
 * HINTED_READ_LINES. Any other code edit is read only when the whole change is small
 * (UNHINTED_READ_LINES) and each of its files is rewritten in place or only added to: doc-comment
 * fixes rarely say so in their title ("Update storage/interface.go", "Updated since tags"), and
 * small patches are cheap to read in the same batched git pass. Measured on the labelled sets
 * (leave-one-repository-out): documentation F1 0.883 → 0.900, five doc-comment edits found and
 * none lost; on the bench history the changes read grew from 2,343 to 3,174 of 20,499 with the
 * other v3b signals, for no measurable time (docs/classification.md).
 */
const COMMENT_EDIT_TITLE =
  /\b(comments?|commented|docstrings?|docblocks?|jsdoc|javadoc|kdoc|godoc|rustdoc|tsdoc|doc ?comments?|typos?|spelling|wording|grammar|clarif\w*|explain\w*|document\w*|docs?)\b/i

/**
 * A code edit whose title speaks of its comments is read up to this size: a JSDoc pass over a
 * utility module is larger than a small edit, and such titles are rare enough to read.
 */
const HINTED_READ_LINES = 400

/** Changed lines of a whole change up to which its code edits are read without a hint. */
const UNHINTED_READ_LINES = 40

function aboutComments(change: ChangeReading): boolean {
  return (
    change.hints.categories.documentation !== undefined ||
    COMMENT_EDIT_TITLE.test(change.change.title)
  )
}

/** Code, and automation or lint files, whose edit may be comments only. */
function isCandidate(reading: FileReading, change: ChangeReading): boolean {
  // A manifest's comment (why a dependency is pinned) is read only when the title says so.
  if (reading.facts.manifest) return aboutComments(change) && reading.patch !== undefined
  if (reading.categories.size === 0) return reading.facts.code
  return (
    !reading.categories.has('documentation') &&
    (reading.categories.has('automation') || reading.categories.has('patterns'))
  )
}

/**
 * A comment-only (or docstring-only) edit of code, CI or lint configuration is documentation.
 * Without the patch, a documentation hint stands in for it on a small code edit, and on a
 * small additions-only CI edit.
 */
export const commentOnly: FileSignal = {
  id: 'comment-only',
  reads: ['path', 'lines', 'message', 'labels', 'patch'],
  wantsPatch(reading, change) {
    return (
      reading.categories.size === 0 &&
      reading.facts.code &&
      (!reading.facts.manifest || aboutComments(change)) &&
      (aboutComments(change)
        ? reading.weight <= HINTED_READ_LINES
        : change.lines <= UNHINTED_READ_LINES && change.change.files.every(inPlaceOrAdded))
    )
  },
  vote(reading, change) {
    if (!isCandidate(reading, change)) return
    const hunks = hunksOf(reading)
    if (hunks !== undefined) {
      if (shapeOf(reading) !== 'comment-only' || assertsExampleOutput(reading, hunks)) return
      reading.categories.delete('automation')
      reading.categories.delete('patterns')
      grant(reading, 'documentation', SIGNAL.commentOnly, 'only comments or docstrings changed')
      return
    }
    const hint = change.hints.categories.documentation
    if (!hint || !isSmall(reading, change)) return
    const ci = reading.categories.has('automation')
    if (ci && (reading.file.deletions ?? 0) > 0) return
    if (!ci && reading.categories.size > 0) return
    reading.categories.delete('automation')
    grant(
      reading,
      'documentation',
      hint.signal,
      ci
        ? `${hint.detail}; added lines taken as comments (patch not read)`
        : `${hint.detail}; small code edit taken as comments/docstrings (patch not read)`
    )
  }
}

/**
 * Go's example tests assert their output in comments (`// Output:` at the end of a `func
 * Example…`): editing those lines changes a test, not its documentation.
 */
function assertsExampleOutput(reading: FileReading, hunks: readonly Hunk[]): boolean {
  if (!reading.file.path.endsWith('_test.go')) return false
  return hunks.some(
    hunk =>
      /\bfunc Example/.test(hunk.header) ||
      hunk.lines.some(line => /^\s*\/\/\s*(Unordered output|Output):/i.test(line.text))
  )
}

/** A file rewritten in place (a reworded comment) or only added to (a new doc comment). */
function inPlaceOrAdded(file: FileChange): boolean {
  return isBalanced(file) || file.deletions === 0
}
