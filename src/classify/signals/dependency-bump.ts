import type { Change } from '../../model.js'
import type { FileSignal } from '../signal.js'
import type { FileReading, Hint } from '../reading/reading.js'
import { revoke } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

/**
 * Accounts that open dependency updates. Their changes are bumps whatever the title says
 * ("Update dependency eslint to v9" names a lint tool, not a lint rule).
 */
const DEPENDENCY_BOTS =
  /^(dependabot|renovate|greenkeeper|snyk-bot|pyup-bot|depfu|scala-steward|mend-bolt-for-github|renovate-bot)(\[bot\])?$/i

/** A dependency bot's change is a bump, whatever its title says. */
export function dependencyBot(change: Change): Hint | undefined {
  const names = [change.author.name, change.author.login ?? '']
  if (!names.some(name => DEPENDENCY_BOTS.test(name.trim()))) return undefined
  return {
    signal: SIGNAL.dependencyBot,
    detail: `opened by ${change.author.login ?? change.author.name}`
  }
}

/**
 * In a dependency bump, edits of examples and samples follow the bump (a version, an import,
 * a renamed call): they teach nothing new. Only a new block of example (more added lines than
 * `blockLines`, mostly additions) still counts as documentation.
 */
function followsBump(reading: FileReading, blockLines: number): boolean {
  const added = reading.file.additions ?? 0
  return !(added >= blockLines && added >= 2 * (reading.file.deletions ?? 0))
}

export const dependencyBump: FileSignal = {
  id: 'dependency-bump',
  reads: ['path', 'lines', 'message', 'labels', 'author'],
  vote(reading, change) {
    const bump = change.bump
    if (!bump || !reading.categories.has('documentation')) return
    if (reading.facts.categories.get('documentation')?.kind !== 'examples') return
    if (!followsBump(reading, change.compiled.thresholds.blockLines)) return
    revoke(
      reading,
      'documentation',
      SIGNAL.followsBump,
      `${bump.detail}: the example follows the bump`
    )
  }
}
