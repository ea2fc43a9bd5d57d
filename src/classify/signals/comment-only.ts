import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading.js'
import { grant, hunksOf, isSmall, shapeOf } from '../reading.js'
import { SIGNAL } from '../signal-ids.js'

/**
 * Titles that say a code edit is about its comments. Patches cost a second git pass (or an API
 * call per pull request) and most small code edits are code: reading them all doubled the cost
 * of a report, so only edits whose title or labels speak of comments or docs are read. Reading
 * every small change's patch as well (≤ 40 changed lines) was measured on the labelled sets:
 * leave-one-repository-out macro-F1 0.820 → 0.821, for one more REST call per small pull
 * request in API mode. Not worth it.
 */
const COMMENT_EDIT_TITLE =
  /\b(comments?|commented|docstrings?|docblocks?|jsdoc|javadoc|kdoc|godoc|rustdoc|tsdoc|doc ?comments?|typos?|spelling|wording|grammar|clarif\w*|explain\w*|document\w*|docs?)\b/i

/**
 * A code edit whose title speaks of its comments is read up to this size: a JSDoc pass over a
 * utility module is larger than a small edit, and such titles are rare enough to read.
 */
const HINTED_READ_LINES = 400

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
      aboutComments(change) &&
      reading.weight <= HINTED_READ_LINES
    )
  },
  vote(reading, change) {
    if (!isCandidate(reading, change)) return
    const hunks = hunksOf(reading)
    if (hunks !== undefined) {
      if (shapeOf(reading) !== 'comment-only') return
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
