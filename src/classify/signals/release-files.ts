import { pathFactsOf } from '../path-facts.js'
import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading.js'
import { grant, settle } from '../reading.js'
import { SIGNAL } from '../signal-ids.js'

/**
 * Changelogs and release notes are release bookkeeping: neutral, neither a category nor
 * output. Manifests and version files are output (dependency and version changes); the
 * lint-settings signal may still find a lint section edited in one.
 *
 * A changelog whose lines are only rewritten (as many added as removed: a typo, a wrong link,
 * the formatting of old entries) outside a release adds no release note: it is upkeep of a
 * document that people read, so documentation.
 */
export const releaseFiles: FileSignal = {
  id: 'release-files',
  reads: ['path', 'lines', 'message', 'labels'],
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
  if (FRAGMENT.test(reading.file.path)) return false
  const { additions, deletions } = reading.file
  if (additions === null || additions === 0 || additions !== deletions) return false
  if (change.hints.release !== undefined || change.bump !== undefined) return false
  // A release touches versions: a manifest or version file beside the changelog.
  return !change.change.files.some(
    file => pathFactsOf(file.path, change.compiled).manifest !== undefined
  )
}
