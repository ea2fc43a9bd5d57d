import { pathFactsOf } from '../reading/path-facts.js'
import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading/reading.js'
import { grant, hunksOf, settle } from '../reading/reading.js'
import type { FileChange } from '../../model.js'
import { changedLines } from '../diff/patch.js'
import type { Hunk } from '../diff/patch.js'
import { SIGNAL } from '../signal-ids.js'

/**
 * Changelogs and release notes are release bookkeeping: neutral, neither a category nor
 * output. Manifests and version files are output (dependency and version changes); the
 * lint-settings signal may still find a lint section edited in one.
 *
 * A changelog whose lines are only rewritten (as many added as removed: a typo, a wrong link,
 * the formatting of old entries) outside a release adds no release note: it is upkeep of a
 * document that people read, so documentation. A change that adds an entry anywhere (a second
 * changelog that grows, or a blank line in the unreleased section turned into an entry, which
 * the patch shows) is release bookkeeping.
 */
export const releaseFiles: FileSignal = {
  id: 'release-files',
  reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
  wantsPatch(reading, change) {
    return reading.facts.changelog !== undefined && rewritesOutsideRelease(reading, change)
  },
  vote(reading, change) {
    if (reading.facts.changelog) {
      if (rewritesOutsideRelease(reading, change))
        grant(
          reading,
          'documentation',
          SIGNAL.changelogUpkeep,
          'existing changelog entries rewritten outside a release: upkeep of the document'
        )
      else settle(reading, 'neutral', reading.facts.changelog)
    } else if (reading.facts.manifest) reading.notes.push(reading.facts.manifest)
  }
}

/** Release-note fragments (towncrier, changesets): notes for the next release, not a document. */
const FRAGMENT =
  /(^|\/)(CHANGES|changes|newsfragments|news|changelog\.d|\.changeset|changelog-fragments)\//

function rewritesOutsideRelease(reading: FileReading, change: ChangeReading): boolean {
  if (FRAGMENT.test(reading.file.path) || !onlyRewritten(reading.file)) return false
  if (change.hints.release !== undefined || change.bump !== undefined) return false
  for (const file of change.change.files) {
    const facts = pathFactsOf(file.path, change.compiled)
    // A release touches versions: a manifest or version file beside the changelog.
    if (facts.manifest !== undefined) return false
    if (facts.changelog !== undefined && !onlyRewritten(file)) return false
  }
  const hunks = hunksOf(reading)
  return hunks === undefined || !addsEntry(hunks)
}

function onlyRewritten(file: FileChange): boolean {
  return file.additions !== null && file.additions > 0 && file.additions === file.deletions
}

/** More lines with text added than removed: an entry written where a blank line was. */
function addsEntry(hunks: readonly Hunk[]): boolean {
  let written = 0
  for (const line of changedLines(hunks))
    if (line.text.trim() !== '') written += line.kind === '+' ? 1 : -1
  return written > 0
}
