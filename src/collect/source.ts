import type {
  ApiUsage,
  Change,
  ReachFacts,
  ReachTarget,
  RepoContext,
  SourceKind,
  Window
} from '../model.js'

/**
 * What a source asks while it reads: whether a change's patches are needed, then, once the
 * change is complete, its classification. The source keeps only what `classify` returns, so a
 * change's files, patches and body are let go as soon as it is classified (memory grows by what
 * the caller keeps per change, not by its diff, over a history of 100,000 commits).
 */
export interface ChangeClassifier<T> {
  /** Whether classifying `change` reads its patches; the source fetches only those. */
  wantsPatch: (change: Change) => boolean
  /** Asked once per change, after `wantsPatch` and with the patches attached where wanted. */
  classify: (change: Change) => T
}

/**
 * The classifier for the repository's context (.gitattributes, CODEOWNERS), asked once per
 * collection with the context the source read: whatever classifies a change sees that context whole.
 */
export type ClassifierFor<T> = (context: RepoContext) => ChangeClassifier<T>

export interface Collection<T> {
  /** What the classifier made of each change whose time falls in the window, in the source's order. */
  changes: T[]
  /**
   * Where the collection starts: the window's start, or later where the source holds less and
   * the caller allowed it (a shallow clone serving the report's window and its trend only).
   */
  since: string
  /** Coverage notes the report must show (shallow clone, truncated file lists, budget cut). */
  notes: string[]
  api?: ApiUsage
}

/** A place changes come from. Only collect/ and publish/ touch the outside world. */
export interface Source {
  kind: SourceKind
  /** 'owner/name' where known, else the folder name. */
  repository: string
  /**
   * The repository's web address on a GitHub host, where known (a github.com or GitHub
   * Enterprise remote, or the runner's GITHUB_SERVER_URL): what links commits and `#123`.
   */
  repositoryUrl?: string
  /**
   * The changes whose time falls in [window.since, window.until), each classified by the
   * classifier made for the repository's context. A source classifies a change as soon as it
   * is complete (git: while it is still reading the rest of the log). `report`, when given, is
   * the report's window inside a longer `window` (a history): a source that cannot read back
   * to `window.since` then reads from the report's previous window (its trend) if it can, and
   * says so in `since`; one that cannot read that either fails naming both windows.
   */
  collect<T extends object>(
    window: Window,
    classifierFor: ClassifierFor<T>,
    report?: Window
  ): Promise<Collection<T>>
  /**
   * Reads what reach needs from the repository at the window's end (`until`, exclusive): the
   * tree, a few files, and shared modules' importers. Undefined where the source cannot (yet).
   */
  reach?(until: string, targets: readonly ReachTarget[]): Promise<ReachFacts | undefined>
}
