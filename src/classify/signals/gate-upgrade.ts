import { withoutVersionChanges } from '../diff/config-diff.js'
import { changedLines } from '../diff/patch.js'
import { GATE_REQUIREMENT, gateTitleWords } from '../rules/quality-gates.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { grant, hunksOf, isSmall } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'
import { driftsLittle, plainCode } from '../verdict/sweep.js'

// A formatter or linter upgraded or pinned in a manifest (`black==20.8b1`, `"eslint": "^8.0.0"`) beside
// the code it rewrites in place is the team's style moving to the tool's new rules: the
// standard is the point, though the manifest line is a sliver of the change. Only read when the
// title names the tool (a patterns hint), so a routine dependency bump is not read at all.

const GATE_TOOL = new RegExp(`\\b(${gateTitleWords()})\\b`, 'i')

/** Code files it takes to see a reformat (rewritten nearly in place: sweep.ts). */
const REFORMAT_FILES = 2

/** The gates named on one side of the changed lines. */
function gatesOn(lines: readonly { kind: string; text: string }[], kind: '-' | '+'): Set<string> {
  const named = new Set<string>()
  for (const line of lines) {
    if (line.kind !== kind) continue
    const gate = GATE_REQUIREMENT.exec(line.text)?.[1] ?? GATE_TOOL.exec(line.text)?.[0]
    if (gate) named.add(gate.toLowerCase())
  }
  return named
}

function upgradesGate(reading: FileReading): boolean {
  const hunks = hunksOf(reading)
  if (hunks === undefined) return false
  const lines = changedLines(hunks)
  const kept = new Set(withoutVersionChanges(lines))
  if (lines.some(line => !kept.has(line) && GATE_TOOL.test(line.text))) return true
  // A gate's requirement rewritten rather than bumped (`black` pinned to `black==20.8b1`, a
  // range narrowed) moves the team to that version's rules just the same.
  const removed = gatesOn(lines, '-')
  return [...gatesOn(lines, '+')].some(gate => removed.has(gate))
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
