// The plain data that flows along the pipeline: collect → classify → score → render → publish.
// Every stage takes and returns these shapes, so each can be tested (and snapshotted) alone.
import type { SignalId } from './classify/signal-ids.js'
import type { ReachItem } from './model-reach.js'

// Reach's shapes live in their own file, beside this one.
export type { ReachFacts, ReachItem, ReachTarget, TreeSnapshot } from './model-reach.js'

export const CATEGORY_IDS = ['documentation', 'automation', 'patterns'] as const
export type CategoryId = (typeof CATEGORY_IDS)[number]

/**
 * The parts of every category score, each 0–1 and weighted by `score.weights`: named here once;
 * the formula (score/parts.ts), the weights, the report and the schema check follow this list.
 */
export const SCORE_PARTS = ['share', 'people', 'steadiness'] as const
export type ScorePart = (typeof SCORE_PARTS)[number]

type ChangeKind = 'commit' | 'pull_request'
export type SourceKind = 'git' | 'github'

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed'

/** git's status letters (`--raw`, `--name-status`) as FileStatus; a score (R100) follows some. */
export const GIT_STATUS_LETTERS: Readonly<Record<string, FileStatus>> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed'
}

export interface FileChange {
  path: string
  /** Set for renames and copies: where the file came from. */
  previousPath?: string
  status: FileStatus
  /** null for binary files, which have no line counts. */
  additions: number | null
  deletions: number | null
  /** Unified diff of this file (hunks only, no `diff --git` header), where the source has it. */
  patch?: string
}

export interface Author {
  /** Display name (after .mailmap for git). */
  name: string
  email?: string
  /** GitHub login, where the source knows it. */
  login?: string
  /** GitHub account type where the source knows it ('User', 'Bot', 'Organization', ...). */
  type?: string
}

interface Review {
  author: string
  state: string
  submittedAt: string
}

export interface Change {
  /** Full commit sha, or the pull request number as a string. */
  id: string
  kind: ChangeKind
  /** First line of the commit message, or the PR title. */
  title: string
  /** The rest of the message, or the PR body. */
  body: string
  author: Author
  /** ISO 8601, UTC: when the change landed — the commit's committer time, or the PR's merge time. */
  time: string
  labels: string[]
  files: FileChange[]
  /** Set when the source holds more files than `files` lists (GitHub caps a PR at 3,000). */
  filesTotal?: number
  url?: string
  reviews?: Review[]
  commitCount?: number
  /** For pull requests: the merge commit sha, so git and API views of one history can be joined. */
  mergeCommit?: string
}

/** Facts about the repository that classification needs beside the changes themselves. */
export interface RepoContext {
  /** Contents of the root `.gitattributes` at the end of the window, if any. */
  gitattributes?: string
  /** Contents of CODEOWNERS (`.github/`, the root or `docs/`) at the end of the window, if any. */
  codeowners?: string
}

export interface Reason {
  category: CategoryId | 'output' | 'excluded'
  /** The file the signal was read from, when it is about one file. */
  file?: string
  /** Stable machine id of the rule or signal (all named in classify/signal-ids.ts). */
  signal: SignalId
  /** Human sentence: why this counts. */
  detail: string
}

export interface ClassifiedChange extends Change {
  categories: CategoryId[]
  reasons: Reason[]
  /** Bot authors are kept in the changes but not counted as people. */
  authorIsBot: boolean
  /**
   * Every file the verdict left out (generated, vendored, lock files, licences …), where there
   * are any: the reasons name only a few, and the nudges must not count the rest.
   */
  excludedFiles?: readonly string[]
}

/**
 * What scoring and rendering read of a classified change: no files, patches or body. The engine
 * keeps only this of each change once it is classified, so memory does not grow with diffs.
 */
export type ScoredChange = Pick<
  ClassifiedChange,
  'id' | 'kind' | 'title' | 'author' | 'time' | 'url' | 'categories' | 'reasons' | 'authorIsBot'
>

export interface Window {
  /** ISO 8601, inclusive. */
  since: string
  /** ISO 8601, exclusive. */
  until: string
}

/** HTTP requests by what they were for (retries included, as in `requests`). */
export interface RequestsByKind {
  /** Reads that list pull requests, commits, files and the repository's context. */
  listing: number
  /** Reads of patches: REST file lists with patches, and batched blob reads. */
  patches: number
  /** Requests that change something on GitHub (comments, issues). */
  writes: number
}

export interface ApiUsage {
  requests: number
  requestsByKind?: RequestsByKind
  /** GraphQL points spent (sum of rateLimit.cost). */
  cost: number
  rateLimitRemaining?: number
  rateLimitResetAt?: string
  /** Set when the request budget stopped collection before the window was covered. */
  budgetExhausted?: boolean
  /** Human note on what was covered when the budget cut collection short. */
  coverage?: string
}

/** How far a score can be trusted: from its interval's width (docs/scoring.md, "Intervals"). */
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const
export type Confidence = (typeof CONFIDENCE_LEVELS)[number]

/** A 90 % interval of a score, 0–100, whole points (src/score/interval.ts). */
export interface ScoreInterval {
  low: number
  high: number
}

/** A move between two windows: up or down only when it is outside the noise of both. */
export type Direction = 'up' | 'down' | 'steady'

/** Whether there was anything to score (`none`: no change; `bots-only`): if not, null scores, never 0. */
export interface Activity {
  state: 'active' | 'none' | 'bots-only'
  /** A sentence for the reader, when the state is not `active`. */
  reason?: string
}

export interface CategoryScore {
  /** 0–100: the raw score pulled toward the neutral prior by the sample's size; null with no activity. */
  score: number | null
  /** The score before that pull: 100 × the weighted mean of the parts, rounded. */
  rawScore: number | null
  /** Where the score lies, 90 % sure; null with no activity. */
  interval: ScoreInterval | null
  confidence: Confidence | null
  /** Changes in the window that fed this category. */
  changes: number
  /** Distinct non-bot people who fed this category. */
  people: number
  /** Weeks of the window (of `weeks` total) with at least one change in this category. */
  activeWeeks: number
  /** The inputs of the score (SCORE_PARTS), each 0–1, so the report can explain it. */
  parts: Record<ScorePart, number>
  /** Score of the previous window of equal length; null when it had no activity. */
  previous: number | null
  /** Changes that fed the category in the previous window; null when it had no activity. */
  previousChanges: number | null
  /** score − previous, rounded; null when there is no previous score. */
  trend: number | null
  /** Whether that trend is outside the noise of both windows; null without a trend. */
  direction: Direction | null
  /** 0–100: the share of the reference windows whose score is lower (src/score/percentile.ts). */
  percentile?: number
}

/**
 * What the percentiles were placed against (src/score/percentile.ts): the reference windows of
 * the report's own length, its own repository left out; or, with `reason`, why there are none.
 */
export interface ReferenceInfo {
  /** Reference repositories with at least one window compared with. */
  repositories: number
  /** Their windows of `windowDays` with activity: what each percentile counts. */
  windows: number
  /** The length of those windows in days; null when no stored length matches the report's. */
  windowDays: number | null
  /** The report's own window length in days. */
  reportDays: number
  /** The newest head date among the reference repositories (YYYY-MM-DD). */
  date: string
  /** Why there is no percentile; absent when there is one. */
  reason?: string
}

export interface Report {
  schemaVersion: 2
  repository: string
  /** The repository's web address on its GitHub host (`https://github.com/owner/name`), where known. */
  repositoryUrl?: string
  source: SourceKind
  generatedAt: string
  window: Window
  previousWindow: Window
  activity: Activity
  /** 0–100: the multiplier index; null with no activity. */
  index: number | null
  /** Where the index lies, 90 % sure. */
  indexInterval: ScoreInterval | null
  /** The index's confidence, from its interval. */
  confidence: Confidence | null
  previousIndex: number | null
  /** index − previousIndex when both exist, and whether it is outside the noise of both. */
  trend: number | null
  direction: Direction | null
  /** 0–100: the share of the reference windows (of the report's length) whose index is lower. */
  percentile?: number
  /** The percentiles of the index interval's two ends: where the index may stand, 90 % sure. */
  percentileRange?: ScoreInterval
  reference?: ReferenceInfo
  categories: Record<CategoryId, CategoryScore>
  totals: {
    changes: number
    /** Changes that fed no category: direct output. */
    output: number
    multiplier: number
    people: number
    bots: number
    /** Changes by bots in the window, counted in the figures above only when `bots.counted`. */
    botChanges: number
    weeks: number
  }
  /** What the scores were computed with, so a reader can redo them. */
  scoring: Scoring
  /** Bot changes of the window, by whom; left out of the scores unless `score.bots: include`. */
  bots: BotActivity
  /** The index and the three scores over the last windows, oldest first, the report's window last. */
  history?: HistoryEntry[]
  /** Code areas with the most churn in the window and no documentation change touching them. */
  hotspots?: Hotspot[]
  /** The same scores per CODEOWNERS team, when asked for; never per person. */
  teams?: TeamScore[]
  changes: ReportChange[]
  /** How far the window's pattern and automation changes reach (src/score/reach.ts). */
  reach?: ReachItem[]
  api?: ApiUsage
  /** Things the reader should know about coverage (shallow history, truncated PR files, ...). */
  notes: string[]
}

interface Scoring {
  weights: Record<ScorePart, number>
  targets: Record<CategoryId, number>
  /** The neutral score small samples are pulled toward, and how many changes that pull weighs. */
  prior: { score: number; changes: number }
}

export interface BotActivity {
  /** Whether bot changes count in the shares, category counts and steadiness. */
  counted: boolean
  changes: number
  /** Each bot with its changes in the window, most first. */
  authors: { name: string; changes: number }[]
}

export interface ReportChange {
  id: string
  kind: ChangeKind
  title: string
  author: string
  time: string
  url?: string
  /** Set on changes by bots. */
  bot?: true
  categories: CategoryId[]
  reasons: Reason[]
}

/** One window of the history: its index and category scores, computed as the report's are. */
export interface HistoryEntry {
  window: Window
  /** null when the window had nothing to score. */
  index: number | null
  interval: ScoreInterval | null
  confidence: Confidence | null
  /** Changes counted in the window: the same count as the report's headline. */
  changes: number
  /** Changes by bots in the window, shown apart. */
  botChanges: number
  documentation: number | null
  automation: number | null
  patterns: number | null
  /** The index against the window before it in the history; null for the first or without scores. */
  direction: Direction | null
}

/** A code area (a folder at a set depth, or a package) whose code changed and its docs did not. */
export interface Hotspot {
  /** The area's folder, e.g. `src/collect` or `packages/api`; `.` for files at the root. */
  path: string
  /** Changed code lines (added + deleted) in the window. */
  churn: number
  /** Changes in the window that touched the area's code. */
  changes: number
  /** Distinct non-bot people who changed it: a count, never names. */
  people: number
  /** When a documentation change last touched the area within the collected history; null if none. */
  docsLastChanged: string | null
  /** Where the history read for docs changes starts (ISO 8601): null above means none since. */
  docsReadSince: string
}

/** The scores of the changes touching what one CODEOWNERS team owns. */
export interface TeamScore {
  /** As CODEOWNERS writes it: `@org/team`. */
  team: string
  /** Changes touching the team's files, counted as the headline counts them (bots apart). */
  changes: number
  /** Of the window's bot changes, those touching the team's files. */
  botChanges: number
  /** Null below MIN_TEAM_CHANGES counted changes (src/insight/teams.ts), with `reason`. */
  index: number | null
  documentation: number | null
  automation: number | null
  patterns: number | null
  /** Why the scores are null, in words (e.g. "fewer than 20 changes: too few to score"). */
  reason?: string
  /** The index of the same team's changes in the previous window; null unless both are scored. */
  previousIndex: number | null
}

/** What the org discovery (collect/repositories.ts) keeps of each repository GitHub lists. */
export interface ListedRepository {
  /** 'owner/name' */
  fullName: string
  archived: boolean
  fork: boolean
  topics: string[]
}

export interface RepositoryFilters {
  includeArchived: boolean
  includeForks: boolean
  /**
   * Globs on the repository's name (without the owner); a repository is kept when it matches
   * one of them and no `!`-prefixed one. Empty keeps every name.
   */
  names: readonly string[]
  /** Topics; a repository is kept when it carries at least one. Empty keeps every repository. */
  topics: readonly string[]
}
