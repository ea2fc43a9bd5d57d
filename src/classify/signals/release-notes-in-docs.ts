import { onlyVersionsDiffer } from '../diff/config-diff.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { hunksOf, isBalanced, isSmall, settle } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

// Release preparation that touches documentation — the version in an install snippet, a badge
// or a "latest release" line bumped — is release bookkeeping, like a changelog: neutral.

function isProse(reading: FileReading): boolean {
  return reading.categories.has('documentation') && !reading.facts.code
}

export const releaseNotesInDocs: FileSignal = {
  id: 'release-notes-in-docs',
  reads: ['path', 'lines', 'message', 'labels', 'patch'],
  wantsPatch(reading, change) {
    // Release preparation says so in its title or touches a changelog or a manifest.
    const release = change.hints.release !== undefined || change.releaseFiles
    return release && isProse(reading) && isSmall(reading, change) && isBalanced(reading.file)
  },
  vote(reading, change) {
    if (!isProse(reading)) return
    const hunks = hunksOf(reading)
    const path = reading.file.path
    if (hunks !== undefined) {
      if (!onlyVersionsDiffer(hunks)) return
      settle(reading, 'neutral', {
        category: 'output',
        file: path,
        signal: SIGNAL.versionRefs,
        detail: 'only version numbers changed: release bookkeeping'
      })
      return
    }
    const release = change.hints.release
    if (
      release &&
      isSmall(reading, change) &&
      isBalanced(reading.file) &&
      (reading.file.additions ?? 0) <= 3
    ) {
      settle(reading, 'neutral', {
        category: 'output',
        file: path,
        signal: release.signal,
        detail: `${release.detail}; a few balanced lines taken as version numbers (patch not read)`
      })
    }
  }
}
