import type { Hunk } from '../diff/patch.js'
import { GATE_INVOCATION } from '../rules/quality-gates.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { grant, hunksOf } from '../reading/reading.js'
import { SIGNAL, pathRuleOf } from '../signal-ids.js'

// A quality gate added to the team's workflow — a linter's pre-commit hook, a CI step that runs
// a type checker, a spell checker or a workflow linter — sets a standard as surely as its
// config file does: the file stays automation and is patterns too. A gate that was already
// there (its invocation moved, or only its version changed) adds nothing.

/** Automation files that run tools: workflows, CI configs, hooks, task runners. */
const RUNS_TOOLS = new Set(['ci-workflows', 'ci-config', 'git-hooks', 'task-runner'])
/** A comment, a job's or step's name or an echo describes a gate; it does not run one. */
const DESCRIBES = /^\s*(#|(-\s+)?(name|description|title)\s*:|echo\b|(-\s+)?run:\s*echo\b)/
/** Beyond this many changed lines the file is a pipeline rework, read by its path alone. */
const MAX_READ_LINES = 400

function isHookConfig(reading: FileReading): boolean {
  return pathRuleOf(reading.facts.categories.get('automation')?.reason.signal) === 'git-hooks'
}

function runsTools(reading: FileReading): boolean {
  const automation = reading.facts.categories.get('automation')
  const rule = pathRuleOf(automation?.reason.signal)
  return rule !== undefined && RUNS_TOOLS.has(rule) && reading.categories.has('automation')
}

/**
 * The gates named on one side of the diff, by the text that names them, with their counts: the
 * added lines, or what was there before (removed and unchanged lines: a gate the file already
 * ran in sight of the edit is not added by running it once more).
 */
function gatesNamed(hunks: readonly Hunk[], side: 'added' | 'before'): Map<string, number> {
  const named = new Map<string, number>()
  for (const hunk of hunks)
    for (const line of hunk.lines) {
      if ((line.kind === '+') !== (side === 'added') || DESCRIBES.test(line.text)) continue
      const match = GATE_INVOCATION.exec(line.text)
      if (!match) continue
      const name = match[0].toLowerCase()
      named.set(name, (named.get(name) ?? 0) + 1)
    }
  return named
}

/** The first gate the edit names more often than it did before, if any. */
function addedGate(hunks: readonly Hunk[]): string | undefined {
  const before = gatesNamed(hunks, 'before')
  for (const [name, count] of gatesNamed(hunks, 'added'))
    if (count > (before.get(name) ?? 0)) return name
  return undefined
}

export const gateInvocation: FileSignal = {
  id: 'gate-invocation',
  reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
  wantsPatch(reading, change) {
    // A gate is added by added lines; an edit that adds none (a tuned step) is not read. Hook
    // configs exist to run checks, so their additions are read; a workflow's only when the
    // title or a label speaks of a check (workflow edits are frequent, and reading them all
    // cost a third more patch reads on the bench history for no gain on the labelled sets).
    const { additions, deletions } = reading.file
    const worthReading = isHookConfig(reading) || change.hints.categories.patterns !== undefined
    return (
      runsTools(reading) &&
      worthReading &&
      change.bump === undefined &&
      reading.weight <= MAX_READ_LINES &&
      (additions ?? 0) > (deletions ?? 0)
    )
  },
  vote(reading, change) {
    if (!runsTools(reading) || change.bump !== undefined) return
    const hunks = hunksOf(reading)
    if (hunks === undefined) return
    const gate = addedGate(hunks)
    if (gate === undefined) return
    grant(reading, 'patterns', SIGNAL.gateAdded, `adds a quality gate to the workflow (${gate})`)
  }
}
