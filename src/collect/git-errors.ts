export type GitSourceErrorCode =
  /** The path does not exist or is not inside a git repository. */
  | 'not-a-repository'
  /** The `git` executable could not be started. */
  | 'git-not-found'
  /** A shallow clone whose history does not reach back to the window's start. */
  | 'shallow-history'
  /** git ran but failed for another reason (its stderr is in the message). */
  | 'git-failed'

/** Every failure of the git source, with a stable `code` callers can branch on. */
export class GitSourceError extends Error {
  override readonly name = 'GitSourceError'

  constructor(
    readonly code: GitSourceErrorCode,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}
