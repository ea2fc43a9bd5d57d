import type { CategoryId } from '../../model.js'

/**
 * What kind of file a rule names, for the signals that read such files in their own way (a lint
 * config edit counts only when a rule changes, a manifest is a dependency change, ...). A rule
 * without a kind is a plain path rule: its globs alone decide.
 */
export type RuleKind =
  | 'docs-folder'
  | 'examples'
  | 'lint-config'
  | 'typescript-config'
  | 'standards-document'
  | 'template'
  | 'changelog'
  | 'manifest'
  | 'vendored'
  | 'generated'

/** A named set of globs; its id and detail become the reason a file was counted. */
export interface PathRule {
  /** Stable id shown in reasons as `path:<id>`, e.g. 'docs-dir'. */
  id: string
  /** picomatch globs matched against the repository-relative path (dotfiles included). */
  globs: string[]
  /** Why a match counts, as a reader would say it, e.g. 'documentation folder'. */
  detail: string
  /**
   * A generic rule (e.g. any `*.md`) that counts only when no specific rule of any category
   * matched the file, so a PR template or an ADR is not also counted as a plain markdown guide.
   */
  fallback?: boolean
  kind?: RuleKind
}

interface CategoryRuleset {
  paths: PathRule[]
  /** PR labels (compared case-insensitively) that hint at this category. */
  labels: string[]
  /** Regular-expression sources (case-insensitive) tested against the change's title. */
  messages: string[]
}

export interface Ruleset {
  categories: Record<CategoryId, CategoryRuleset>
  /** Files that never count for anything: generated, vendored, lock files, bundles. */
  exclude: PathRule[]
  /** Changes that are release bookkeeping (changelog, version bump) count as output. */
  release: {
    paths: PathRule[]
    messages: string[]
    /** PR labels (case-insensitive) that mark a release or dependency bump, e.g. 'dependencies'. */
    labels?: string[]
  }
  /** Author names/logins (case-insensitive) that are bots besides the `[bot]` suffix. */
  bots: string[]
  /** Overrides of the substantial-share thresholds (see `DEFAULT_THRESHOLDS` in classify/). */
  thresholds?: Partial<SubstantialThresholds>
}

/** When a category's part of a change is substantial enough to count (documented in classify/). */
export interface SubstantialThresholds {
  /** Share of the counted changed lines at which a category counts on its own. */
  minShare: number
  /** Lines added to a category's files that count as a substantial block... */
  blockLines: number
  /** ...as long as they are at least this share of the change. */
  blockShare: number
  /** Share at which a supporting message hint tips a category in. */
  hintShare: number
  /**
   * Share at which a PR label tips a category in: a label is a person's (or a labeller's)
   * deliberate word on the whole PR, a stronger hint than a keyword in a title.
   */
  labelShare: number
  /** Changed lines of a code file up to which a patch could show a comment-only edit. */
  smallEditLines: number
  /** Other files that must import a changed module for it to count as a shared module. */
  sharedModuleImporters: number
  /** Lines a CI pipeline's edit must add to count as automation whatever its share. */
  pipelineLines: number
  /** Lines a feature's own docs must add to count as documentation beside it (no docs hint). */
  featureDocLines: number
}
