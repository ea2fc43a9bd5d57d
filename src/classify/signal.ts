import type { Reason } from '../model.js'
import type { ChangeReading, FileReading } from './reading/reading.js'

// The shape of a classification signal. Each signal is one module under signals/, registered in
// signals/registry.ts; the decision (decide.ts) combines what they leave in the readings. Whether a
// change needs its patch is asked of the same signals (wantsPatch), so the question and the
// reading that uses the answer cannot drift apart.

/**
 * What a signal reads of a change: each is available on every surface except `patch`. A signal
 * that does not list `patch` never touches a reading's patch, hunks or diff shape, and one with
 * `wantsPatch` lists it (__tests__/signal-ids.test.ts checks both).
 */
type SignalInput = 'path' | 'lines' | 'message' | 'labels' | 'author' | 'attributes' | 'patch'

/** The file signals' ids, each also its module's name under signals/ (checked by a test). */
type FileSignalId =
  | 'exclusion'
  | 'release-files'
  | 'path-rules'
  | 'docs-folder-code'
  | 'dependency-bump'
  | 'version-pins'
  | 'formatting'
  | 'tool-directives'
  | 'comment-only'
  | 'help-text'
  | 'release-notes-in-docs'
  | 'mechanical-prose'
  | 'lint-config'
  | 'lint-settings'
  | 'gate-invocation'
  | 'gate-upgrade'
  | 'build-logic'
  | 'task-scripts'
  | 'tool-sections'
  | 'standards-document'

type ChangeSignalId = 'shared-abstraction'

export interface FileSignal {
  /** Stable id, also the module name, e.g. 'comment-only'. */
  id: FileSignalId
  reads: readonly SignalInput[]
  /**
   * For signals that read the patch: whether, with the patch not yet read, reading it could
   * change this signal's vote on the file. Asked before `vote`, from metadata alone, so the
   * answer is the same on every surface.
   */
  wantsPatch?(reading: FileReading, change: ChangeReading): boolean
  /** Votes by granting or revoking categories, or settling the file's role. */
  vote(reading: FileReading, change: ChangeReading): void
}

export interface ChangeSignal {
  id: ChangeSignalId
  reads: readonly SignalInput[]
  wantsPatch?(readings: readonly FileReading[], change: ChangeReading): boolean
  /** A category the change as a whole earns, with its reason (e.g. a shared module). */
  vote(readings: readonly FileReading[], change: ChangeReading): Reason | undefined
}
