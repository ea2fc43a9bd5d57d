import type {
  ApiUsage,
  Change,
  ReachFacts,
  ReachTarget,
  RepoContext,
  SourceKind,
  Window
} from '../model.js'

export interface Collection {
  changes: Change[]
  context: RepoContext
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
   * The changes whose time falls in [window.since, window.until). `wantsPatch` says which
   * changes a classifier needs patches for, so a source fetches only those. A source that
   * reads patches while it is still collecting (git) calls `patched` with each such change
   * once its patches are attached, so the caller can finish with it meanwhile; one that reads
   * them at the end need not. Each is called at most once per change.
   */
  collect(
    window: Window,
    wantsPatch: (change: Change) => boolean,
    patched?: (change: Change) => void
  ): Promise<Collection>
  /**
   * The repository facts classification needs, where a source can read them before collecting
   * (a local clone can): the engine then classifies each change while the rest are still being
   * read. Must equal the `context` that `collect` returns.
   */
  context?(): Promise<RepoContext>
  /**
   * Set when `collect` returns the very context that `context()` gave (one read serves both):
   * a change classified early is then never classified again, so the caller may drop its files,
   * patches and body as soon as it has classified it.
   */
  contextIsFinal?: boolean
  /**
   * Reads what reach needs from the repository at the window's end (`until`, exclusive): the
   * tree, a few files, and shared modules' importers. Undefined where the source cannot (yet).
   */
  reach?(until: string, targets: readonly ReachTarget[]): Promise<ReachFacts | undefined>
}
