import type { FileSignal } from '../signal.js'
import { settle } from '../reading.js'

/**
 * Changelogs and release notes are release bookkeeping: neutral, neither a category nor
 * output. Manifests and version files are output (dependency and version changes); the
 * lint-settings signal may still find a lint section edited in one.
 */
export const releaseFiles: FileSignal = {
  id: 'release-files',
  reads: ['path'],
  vote(reading) {
    if (reading.facts.changelog) settle(reading, 'neutral', reading.facts.changelog)
    else if (reading.facts.manifest) reading.notes.push(reading.facts.manifest)
  }
}
