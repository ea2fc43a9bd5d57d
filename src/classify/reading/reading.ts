import type { CategoryId, Change, FileChange, Reason } from '../../model.js'
import type { DirectiveReading } from '../diff/comment-lexer.js'
import { readDiffShape } from '../diff/comments.js'
import type { DiffShape } from '../diff/comments.js'
import type { CompiledRules } from '../rules/compile.js'
import { parsePatch } from '../diff/patch.js'
import type { Hunk } from '../diff/patch.js'
import type { RuleKind } from '../rules/ruleset.js'
import type { SignalId } from '../signal-ids.js'

// What the signals read and write: one reading per file of a change (its role, its categories
// with their reasons, the notes that explain why it is output) and one reading of the change
// (its hints). Signals vote by changing a file's reading through the helpers below, so every
// category a file gains or loses carries its reason.

/** `counted` files weigh in the shares; `excluded` and `neutral` (bookkeeping) files do not. */
export type FileRole = 'excluded' | 'neutral' | 'counted'

/** A category a path rule gives a file, with the kind of that rule. */
export interface PathCategory {
  reason: Reason
  kind: RuleKind | undefined
}

/** What a file's path alone decides, before its counts, patch or the change's hints. */
export interface PathFacts {
  excluded?: Reason
  /** Changelogs and release notes: release bookkeeping. */
  changelog?: Reason
  /** Package manifests and version files: dependency and version changes. */
  manifest?: Reason
  /** Category reasons from path rules (specific ones, else fallbacks) and linguist-documentation. */
  categories: ReadonlyMap<CategoryId, PathCategory>
  /** Source code in a language whose comments we can read (not a config format). */
  code: boolean
}

export interface FileReading {
  file: FileChange
  facts: PathFacts
  /** The patch this reading may use: undefined when the file has none or it is not to be read. */
  patch: string | undefined
  role: FileRole
  /** Changed lines (additions + deletions), at least 1 so that renames and binaries count. */
  weight: number
  added: number
  categories: Map<CategoryId, Reason>
  /** Reasons that explain why the file is output, neutral or excluded. */
  notes: Reason[]
  /** A signal would read this file's patch to decide (asked only while the patch is not read). */
  wantsPatch: boolean
  /** Hunks of `patch`, parsed once for all signals. */
  hunks: Hunk[] | undefined
  /** The diff's shape by way of reading tool directives, read once for all signals. */
  shapes: Map<DirectiveReading, DiffShape | undefined> | undefined
}

export interface Hint {
  signal: SignalId
  detail: string
  /** Set when the hint is a PR label: a strong hint (`labelShare`). */
  label?: string
}

export interface ChangeHints {
  categories: Record<CategoryId, Hint | undefined>
  /** The title or a label says release, or dependency or version bump. */
  release: Hint | undefined
  /** The title hints at a refactor that may extract shared code. */
  refactor: Hint | undefined
}

export interface ChangeReading {
  change: Change
  compiled: CompiledRules
  hints: ChangeHints
  /** The change updates dependencies (a dependency bot, or a release/bump title or label). */
  bump: Hint | undefined
  /** Changed lines of the files that count (not excluded, not bookkeeping by path). */
  lines: number
  /** The change touches a changelog, release notes or a manifest. */
  releaseFiles: boolean
}

/** The share of the change's counted lines that a file carries. */
export function shareOf(reading: FileReading, change: ChangeReading): number {
  return change.lines === 0 ? 0 : reading.weight / change.lines
}

export function newReading(
  file: FileChange,
  facts: PathFacts,
  patch: string | undefined
): FileReading {
  return {
    file,
    facts,
    patch,
    role: 'counted',
    weight: Math.max(1, (file.additions ?? 0) + (file.deletions ?? 0)),
    added: file.additions ?? 0,
    categories: new Map(),
    notes: [],
    wantsPatch: false,
    hunks: undefined,
    shapes: undefined
  }
}

/** The reading's hunks (parsed on first use); undefined without a patch. */
export function hunksOf(reading: FileReading): Hunk[] | undefined {
  if (reading.patch === undefined) return undefined
  reading.hunks ??= parsePatch(reading.patch)
  return reading.hunks
}

/**
 * The reading's diff shape (see diffShape), read once per way of reading tool directives, and
 * once for both when its comments hold no directive: several signals ask, one or both ways.
 */
export function shapeOf(
  reading: FileReading,
  directives: DirectiveReading = 'code'
): DiffShape | undefined {
  reading.shapes ??= new Map()
  if (reading.shapes.has(directives)) return reading.shapes.get(directives)
  const { shape, metDirective } = readDiffShape(reading.file.path, hunksOf(reading), directives)
  reading.shapes.set(directives, shape)
  if (!metDirective) reading.shapes.set(directives === 'code' ? 'comment' : 'code', shape)
  return shape
}

export function grant(
  reading: FileReading,
  id: CategoryId,
  signal: SignalId,
  detail: string
): void {
  reading.categories.set(id, { category: id, file: reading.file.path, signal, detail })
}

/** Takes a category away; the note (an output reason) says why. */
export function revoke(
  reading: FileReading,
  id: CategoryId,
  signal: SignalId,
  detail: string
): void {
  reading.categories.delete(id)
  reading.notes.push({ category: 'output', file: reading.file.path, signal, detail })
}

/** Settles the file's role: an excluded or neutral file takes no further votes. */
export function settle(reading: FileReading, role: FileRole, note: Reason): void {
  reading.role = role
  reading.categories.clear()
  reading.notes.push(note)
}

export function isSmall(reading: FileReading, change: ChangeReading): boolean {
  return reading.weight <= change.compiled.thresholds.smallEditLines
}

export function isBalanced(file: FileChange): boolean {
  return file.additions === file.deletions
}
