// What reach reads and reports (src/score/reach.ts): part of the model (model.ts re-exports it).

/** The kinds of multiplier change whose reach is read from the repository. */
type ReachKind = 'shared-module' | 'lint-config' | 'workflow' | 'codeowners'

/** A pattern or automation change of the window whose reach is asked for. */
export interface ReachTarget {
  path: string
  kind: ReachKind
  /** The change of the window that introduced or changed it first. */
  change: string
}

/** The repository's files at one commit, and the text of the few of them that were read. */
export interface TreeSnapshot {
  commit: string
  /** Every file path in the tree. */
  files: string[]
  /** Texts read, by path (only the ones asked for, within the read bounds). */
  texts: Record<string, string>
  /** Set when the listing was cut short (GitHub's `truncated`): a path not in `files` may be there. */
  incomplete?: boolean
}

/** What collect read for reach: the tree at the window's end, and at each shared module's introduction. */
export interface ReachFacts {
  end: TreeSnapshot
  /** By module path: the tree at the change that introduced it (importer candidates only). */
  introductions: Record<string, TreeSnapshot>
  /** git calls and blobs read, so the cost is visible. */
  reads: { calls: number; blobs: number }
  /** Set when a bound cut the reads short. */
  truncated?: boolean
}

interface ReachBase {
  path: string
  /** The change of the window it comes from. */
  change: string
  /**
   * false when the file is gone from the tree at the window's end; null when that is unknown
   * (the tree was listed only in part and did not hold it).
   */
  present: boolean | null
}

export type ReachItem =
  | (ReachBase & { kind: 'shared-module'; importers: number; importersAtIntroduction?: number })
  | (ReachBase & { kind: 'lint-config'; tool: string; ci: boolean; hook: boolean; runBy: string[] })
  | (ReachBase & { kind: 'workflow'; triggers: string[]; push: boolean; pullRequest: boolean })
  | (ReachBase & {
      kind: 'codeowners'
      entries: number
      coveredFiles: number
      treeFiles: number
      /** coveredFiles ÷ treeFiles, 0–1, to 4 decimals. */
      coverage: number
    })
