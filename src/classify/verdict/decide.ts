import type { CategoryId, Change, ClassifiedChange, Reason } from '../../model.js'
import { CATEGORY_IDS } from '../../model.js'
import { isBot } from './bots.js'
import type { CompiledRules } from '../rules/compile.js'
import type { ChangeReading, FileReading, Hint } from '../reading/reading.js'
import type { SubstantialThresholds } from '../rules/ruleset.js'
import { looksLikeSweep } from './sweep.js'
import { withTeamVerdict } from './team-verdict.js'
import { PIPELINE_PATHS, SIGNAL, hasSignal, isReleaseSignal } from '../signal-ids.js'
import type { SignalId } from '../signal-ids.js'

// The decision: the files' readings and the change signals' votes → the change's categories
// and reasons. A category counts when its files carry a substantial part of the change; a hint
// only tips a smaller part in, and never makes a category on its own.

/** At most this many file reasons per category, largest files first, to keep reports readable. */
const MAX_FILE_REASONS = 5

/** Signals that say a rule of a standard changed: with a hint, they count whatever their share. */
const RULE_CHANGE_SIGNALS: ReadonlySet<SignalId> = new Set([
  SIGNAL.lintRules,
  SIGNAL.gateAdded,
  SIGNAL.gateUpgraded
])

export const NO_FILES: Reason = {
  category: 'output',
  signal: SIGNAL.noFiles,
  detail: 'the change has no file changes'
}

const DIRECT_WORK: Reason = {
  category: 'output',
  signal: SIGNAL.direct,
  detail: 'product code, tests or other direct work'
}

function sumOf(readings: readonly FileReading[], field: 'weight' | 'added'): number {
  let sum = 0
  for (let i = 0; i < readings.length; i++) sum += (readings[i] as FileReading)[field]
  return sum
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/**
 * A CI workflow or config whose edit adds steps (mostly added lines, at least `lines`): the
 * pipeline runs them on every change from then on. A version pin moved is no such edit (the
 * version-pins signal has already taken the category away).
 */
function changesPipeline(reading: FileReading, lines: number): boolean {
  const rule = reading.facts.categories.get('automation')?.reason.signal
  if (reading.categories.get('automation') === undefined) return false
  const ciFile = /\.ya?ml$/.test(reading.file.path) && /(^|\/)\.?ci\//.test(reading.file.path)
  if (!hasSignal(PIPELINE_PATHS, rule) && !ciFile) return false
  const deleted = reading.file.deletions ?? 0
  return reading.added >= lines && reading.added >= 3 * deleted
}

/** Whether the change's code, beside a changed rule, is a sweep that complies with it (sweep.ts). */
function isComplianceSweep(counted: readonly FileReading[]): boolean {
  const code = counted.filter(reading => reading.facts.code && reading.categories.size === 0)
  return looksLikeSweep(code.map(reading => reading.file))
}

/**
 * The lines of standards documents (a code of conduct, a contributing guide) outside `mine`:
 * prose people read, not a feature whose docs they would be, so no part of the other work.
 */
function standardsProse(counted: readonly FileReading[], mine: readonly FileReading[]): number {
  const prose = counted.filter(
    reading =>
      !mine.includes(reading) &&
      reading.categories.has('patterns') &&
      reading.facts.categories.get('patterns')?.kind === 'standards-document'
  )
  return sumOf(prose, 'weight')
}

/** Whether `mine`, the files of one category, are substantial: a category reason, else output. */
function categoryDecision(
  id: CategoryId,
  mine: readonly FileReading[],
  counted: readonly FileReading[],
  hint: Hint | undefined,
  thresholds: SubstantialThresholds,
  sweep: boolean
): Reason {
  const total = sumOf(counted, 'weight')
  const lines = sumOf(mine, 'weight')
  const added = sumOf(mine, 'added')
  const share = total === 0 ? 0 : lines / total
  const measure = `${percent(share)} of the counted changed lines (${lines} of ${total})`
  // A feature documents itself: the README lines of a new option are part of shipping it. Its
  // docs count on their own only as a block a reader would come for (a guide, a reference
  // page), unless the title or a label says the change is about docs.
  const work = total - lines - standardsProse(counted, mine)
  if (id === 'documentation' && !hint && work >= lines && added < thresholds.featureDocLines)
    return {
      category: 'output',
      signal: SIGNAL.featureDocs,
      detail: `${added} lines added to documentation beside ${work} lines of other work: the docs of what it ships (its own docs count from ${thresholds.featureDocLines} added lines)`
    }
  if (share >= thresholds.minShare)
    return {
      category: id,
      signal: SIGNAL.substantialShare,
      detail: `${id} files carry ${measure}`
    }
  if (added >= thresholds.blockLines && share >= thresholds.blockShare) {
    const detail = `${added} lines added to ${id} files, ${measure}`
    return { category: id, signal: SIGNAL.substantialBlock, detail }
  }
  if (hint && share >= (hint.label !== undefined ? thresholds.labelShare : thresholds.hintShare))
    return {
      category: id,
      signal: hint.signal,
      detail: `${hint.detail}, and ${id} files carry ${measure}`
    }
  // New CI steps are automation whatever ships beside them: they run on every change from then
  // on, however small a part of this one they are.
  const pipeline =
    id === 'automation'
      ? mine.find(reading => changesPipeline(reading, thresholds.pipelineLines))
      : undefined
  if (pipeline) {
    const detail = `CI steps are added (${pipeline.file.path}, ${pipeline.added} lines)`
    return { category: id, signal: SIGNAL.newPipeline, detail }
  }
  // A lint or format config that did not exist before is a gate every later change passes,
  // however small a part of this one it is (an initial commit, a feature that brings one).
  const gate =
    id === 'patterns'
      ? mine.find(
          reading =>
            reading.file.status === 'added' &&
            reading.categories.has(id) &&
            reading.facts.categories.get(id)?.kind === 'lint-config'
        )
      : undefined
  if (gate) {
    const detail = `a quality gate is set up (${gate.file.path} is new)`
    return { category: id, signal: SIGNAL.newGate, detail }
  }
  // A changed rule is its own hint: the code edits beside it usually follow the rule, and a
  // sweep of small code edits beside it is that, whatever its share.
  const ruleChange = mine.find(reading =>
    hasSignal(RULE_CHANGE_SIGNALS, reading.categories.get(id)?.signal)
  )
  if (ruleChange && (hint || share >= thresholds.hintShare || sweep)) {
    const said = hint ? `${hint.detail}, and a` : 'A'
    const detail = `${said} rule of the standard changed (${ruleChange.file.path}); the rest of the change follows it (${measure})`
    return { category: id, signal: SIGNAL.standardChanged, detail }
  }
  return {
    category: 'output',
    signal: SIGNAL.incidental,
    detail: `${id} files carry only ${measure}: incidental to the change`
  }
}

/** Why each hint that no category took is no reason: a hint alone does not count. */
export function unsupportedHints(
  change: ChangeReading,
  categories: readonly CategoryId[]
): Reason[] {
  const reasons: Reason[] = []
  for (const id of CATEGORY_IDS) {
    const hint = change.hints.categories[id]
    if (hint && !categories.includes(id)) {
      const detail =
        hint.label !== undefined
          ? `${hint.detail}, but the diff does not support ${id}: a label counts when ${id} files carry at least ${percent(change.compiled.thresholds.labelShare)} of the changed lines`
          : `${hint.detail}, but the diff does not support ${id}: a hint alone does not count`
      reasons.push({ category: 'output', signal: hint.signal, detail })
    }
  }
  return reasons
}

/** A file note that says the file is release or dependency work. */
function isReleaseNote(signal: SignalId): boolean {
  return signal === SIGNAL.versionPinOnly || isReleaseSignal(signal)
}

/** Why a change with no category is output. */
function outputReason(
  change: ChangeReading,
  readings: readonly FileReading[],
  counted: readonly FileReading[]
): Reason {
  const bookkeeping = readings.some(reading => reading.role === 'neutral')
  if (counted.length === 0) {
    return bookkeeping
      ? {
          category: 'output',
          signal: SIGNAL.releaseBookkeeping,
          detail: 'only changelog/release notes and excluded files: release bookkeeping'
        }
      : {
          category: 'output',
          signal: SIGNAL.onlyExcluded,
          detail: 'only generated, vendored or lock files changed'
        }
  }
  const releaseSignal = change.hints.release?.signal ?? change.bump?.signal
  const releaseOnly = counted.every(
    reading =>
      reading.facts.manifest !== undefined ||
      reading.notes.some(note => isReleaseNote(note.signal) || note.signal === releaseSignal)
  )
  if (!releaseOnly) return DIRECT_WORK
  return {
    category: 'output',
    signal: bookkeeping ? SIGNAL.releaseBookkeeping : SIGNAL.dependencyBump,
    detail: 'only manifests, version pins, changelogs and lock files: a release or dependency bump'
  }
}

/** The notes of files that fed no category: why they are output or excluded, a few of each. */
function fileNotes(readings: readonly FileReading[], categories: readonly CategoryId[]): Reason[] {
  const output: Reason[] = []
  const excluded: Reason[] = []
  for (const reading of readings) {
    if (categories.some(id => reading.categories.has(id))) continue
    for (const note of reading.notes) {
      if (note.category === 'excluded') {
        if (excluded.length < MAX_FILE_REASONS) excluded.push(note)
      } else if (note.category === 'output' && output.length < MAX_FILE_REASONS) {
        output.push(note)
      }
    }
  }
  return [...output, ...excluded]
}

/**
 * The change with its classification. Copied with Object.assign, not `{ ...change, ... }`:
 * V8 takes a slow path for a spread followed by more properties, which cost a tenth of a
 * second over a 20,000-commit history.
 */
export function classified(
  change: Change,
  compiled: CompiledRules,
  categories: CategoryId[],
  reasons: Reason[],
  excludedFiles: readonly string[] = []
): ClassifiedChange {
  const result = Object.assign({}, change) as ClassifiedChange
  const verdict = withTeamVerdict(change.labels, categories, reasons)
  result.categories = verdict.categories
  result.reasons = verdict.reasons
  result.authorIsBot = isBot(change.author, compiled.rules)
  if (excludedFiles.length > 0) result.excludedFiles = excludedFiles
  return result
}

/** A changed rule of a standard among the files, as a hint for the pipeline edited beside it. */
function ruleChangeHint(counted: readonly FileReading[]): Hint | undefined {
  for (const reading of counted) {
    const reason = reading.categories.get('patterns')
    if (reason && hasSignal(RULE_CHANGE_SIGNALS, reason.signal))
      return {
        signal: SIGNAL.standardChanged,
        detail: `a rule of the standard changed (${reading.file.path})`
      }
  }
  return undefined
}

/** The change's decision from its files' readings and the change signals' votes. */
export function decide(
  change: ChangeReading,
  readings: readonly FileReading[],
  changeVotes: readonly Reason[]
): ClassifiedChange {
  const { compiled } = change
  const counted = readings.filter(reading => reading.role === 'counted')
  const sweep = isComplianceSweep(counted)
  const categories: CategoryId[] = []
  const reasons: Reason[] = []
  const output: Reason[] = []
  const standard = ruleChangeHint(counted)
  for (const id of CATEGORY_IDS) {
    const mine = counted.filter(reading => reading.categories.has(id))
    if (mine.length === 0) continue
    // The pipeline edited beside a changed rule runs the standard: the rule speaks for it as a
    // title would.
    const hint = change.hints.categories[id] ?? (id === 'automation' ? standard : undefined)
    const decision = categoryDecision(id, mine, counted, hint, compiled.thresholds, sweep)
    if (decision.category === 'output') {
      output.push(decision)
      continue
    }
    categories.push(id)
    reasons.push(decision)
    const largest = [...mine].sort((a, b) => b.weight - a.weight).slice(0, MAX_FILE_REASONS)
    for (const reading of largest) {
      const reason = reading.categories.get(id)
      if (reason) reasons.push(reason)
    }
  }
  for (const vote of changeVotes) {
    if (
      vote.category === 'output' ||
      vote.category === 'excluded' ||
      categories.includes(vote.category)
    )
      continue
    categories.push(vote.category)
    reasons.push(vote)
  }
  categories.sort((a, b) => CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b))
  output.push(...unsupportedHints(change, categories))
  if (categories.length === 0) output.unshift(outputReason(change, readings, counted))
  reasons.push(...output, ...fileNotes(readings, categories))
  const excluded = readings.filter(reading => reading.role === 'excluded')
  return classified(
    change.change,
    compiled,
    categories,
    reasons,
    excluded.map(reading => reading.file.path)
  )
}
