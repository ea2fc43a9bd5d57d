import { withoutVersionChanges } from '../diff/config-diff.js'
import { changedLines } from '../diff/patch.js'
import { gateTitleWords } from '../rules/quality-gates.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { grant, hunksOf, isSmall } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'
import { driftsLittle, plainCode } from '../verdict/sweep.js'

// A formatter or linter upgraded in a manifest (`black==20.8b1`, `"eslint": "^8.0.0"`) beside
// the code it rewrites in place is the team's style moving to the tool's new rules: the
// standard is the point, though the manifest line is a sliver of the change. Only read when the
// title names the tool (a patterns hint), so a routine dependency bump is not read at all.

const GATE_TOOL = new RegExp(`\\b(${gateTitleWords()})\\b`, 'i')

/** Code files it takes to see a reformat (rewritten nearly in place: sweep.ts). */
const REFORMAT_FILES = 2

function upgradesGate(reading: FileReading): boolean {
  const hunks = hunksOf(reading)
  if (hunks === undefined) return false
  const lines = changedLines(hunks)
  const kept = new Set(withoutVersionChanges(lines))
  return lines.some(line => !kept.has(line) && GATE_TOOL.test(line.text))
}

export const gateUpgrade: FileSignal = {
  id: 'gate-upgrade',
  reads: ['path', 'lines', 'message', 'labels', 'patch'],
  wantsPatch(reading, change) {
    return (
      reading.facts.manifest !== undefined &&
      change.hints.categories.patterns !== undefined &&
      isSmall(reading, change)
    )
  },
  vote(reading, change) {
    if (reading.facts.manifest === undefined || change.hints.categories.patterns === undefined)
      return
    if (reading.categories.has('patterns') || !upgradesGate(reading)) return
    const code = plainCode(change)
    if (code.length < REFORMAT_FILES || !driftsLittle(code)) return
    grant(
      reading,
      'patterns',
      SIGNAL.gateUpgraded,
      `a formatter or linter upgraded beside the code it rewrites in place (${code.length} code files)`
    )
  }
}
