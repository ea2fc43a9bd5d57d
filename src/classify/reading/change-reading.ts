// The reading of a change as a whole, made once before its files are read: the hints of its
// title and labels, whether it is a dependency bump, and its size.
import type { Change } from '../../model.js'
import type { CompiledRules } from '../rules/compile.js'
import { pathFactsOf } from './path-facts.js'
import type { ChangeReading } from './reading.js'
import { dependencyBot } from '../signals/dependency-bump.js'
import { readHints } from './hints.js'

/**
 * The counted changed lines (what shares are taken of: excluded and bookkeeping files left
 * out), and whether the change touches a changelog or a manifest, as a release does.
 */
function measure(
  change: Change,
  compiled: CompiledRules
): { lines: number; releaseFiles: boolean } {
  let lines = 0
  let releaseFiles = false
  for (const file of change.files) {
    const facts = pathFactsOf(file.path, compiled)
    releaseFiles ||= facts.changelog !== undefined || facts.manifest !== undefined
    if (facts.excluded || facts.changelog) continue
    lines += Math.max(1, (file.additions ?? 0) + (file.deletions ?? 0))
  }
  return { lines, releaseFiles }
}

/** The change's own reading: its hints, whether it updates dependencies, its size. */
export function readChange(change: Change, compiled: CompiledRules): ChangeReading {
  const hints = readHints(change, compiled)
  const bump = hints.release ?? dependencyBot(change)
  return { change, compiled, hints, bump, ...measure(change, compiled) }
}
