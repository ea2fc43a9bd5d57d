import { isVersionPinOnly } from '../diff/config-diff.js'
import type { FileSignal } from '../signal.js'
import { isBalanced, isSmall, revoke } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

/**
 * A workflow, hook or other automation file whose edit only changes version pins
 * (`uses: x@v3` → `@v4`, SHA pins, pre-commit `rev:`, image tags) is a dependency bump, not
 * new automation. Without the patch, a release or bump title stands in for it on a small
 * balanced edit.
 */
export const versionPins: FileSignal = {
  id: 'version-pins',
  reads: ['path', 'lines', 'message', 'labels', 'patch'],
  wantsPatch(reading, change) {
    const file = reading.file
    return (
      reading.categories.has('automation') &&
      isSmall(reading, change) &&
      (isBalanced(file) ||
        (change.hints.categories.documentation !== undefined && file.deletions === 0))
    )
  },
  vote(reading, change) {
    if (!reading.categories.has('automation')) return
    if (reading.patch !== undefined) {
      if (isVersionPinOnly(reading.patch))
        revoke(
          reading,
          'automation',
          SIGNAL.versionPinOnly,
          'only version pins changed: a dependency bump'
        )
      return
    }
    const release = change.hints.release
    if (release && isSmall(reading, change) && isBalanced(reading.file)) {
      revoke(
        reading,
        'automation',
        release.signal,
        `${release.detail}; balanced edit taken as version pins (patch not read)`
      )
    }
  }
}
