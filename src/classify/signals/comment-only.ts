import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading.js'
import { grant, hunksOf, isSmall, shapeOf } from '../reading.js'

/**
 * Titles that say a code edit is about its comments. Patches cost a second git pass (or an API
 * call per pull request) and most small code edits are code: reading them all doubled the cost
 * of a report, so only edits whose title or labels speak of comments or docs are read.
 */
const COMMENT_EDIT_TITLE =
  /\b(comments?|commented|docstrings?|jsdoc|javadoc|kdoc|godoc|rustdoc|tsdoc|doc ?comments?|typos?|spelling|wording|grammar|clarif\w*|explain\w*|document\w*|docs?)\b/i

function aboutComments(change: ChangeReading): boolean {
  return (
    change.hints.categories.documentation !== undefined ||
    COMMENT_EDIT_TITLE.test(change.change.title)
  )
}

/** Code, and automation or lint files, whose edit may be comments only. */
function isCandidate(reading: FileReading): boolean {
  if (reading.facts.manifest) return false
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
      !reading.facts.manifest &&
      isSmall(reading, change) &&
      aboutComments(change)
    )
  },
  vote(reading, change) {
    if (!isCandidate(reading)) return
    const hunks = hunksOf(reading)
    if (hunks !== undefined) {
      if (shapeOf(reading) !== 'comment-only') return
      reading.categories.delete('automation')
      reading.categories.delete('patterns')
      grant(reading, 'documentation', 'diff:comment-only', 'only comments or docstrings changed')
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
