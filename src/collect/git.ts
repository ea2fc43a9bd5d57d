import type { Change, ReachTarget, RepoContext, Window } from '../model.js'
import { readRepoContext } from './git-files.js'
import { startGit, streamGit } from './git-exec.js'
import type { GitRunner, StreamingGit } from './git-exec.js'
import { inspectHistory } from './git-history.js'
import type { GitHistoryFacts } from './git-history.js'
import { GitLogParser, LOG_FORMAT } from './git-log-parser.js'
import type { ParsedCommit } from './git-log-parser.js'
import { GitPatchParser, PATCH_FORMAT } from './git-patch-parser.js'
import type { PatchesByPath } from './git-patch-parser.js'
import { readBranchAuthors, toChange } from './git-pulls.js'
import type { ChangeLinks } from './git-pulls.js'
import type { ChangeUnit } from '../config/types.js'
import { readReachFacts } from './git-tree.js'
import { repositoryNames, type RepositoryNames } from './git-names.js'
import { servedSpan } from './git-shallow.js'
import type { ChangeClassifier, ClassifierFor, Collection, Source } from './source.js'

export { GitSourceError } from './git-errors.js'
export { historyCovers, readGitHistory } from './git-history.js'
export type { GitHistoryFacts } from './git-history.js'
export { githubRepositoryUrl, parseRemoteUrl } from './git-remote.js'

export interface GitSourceOptions {
  /** Path of the working tree or any folder inside it. */
  repoPath: string
  /**
   * 'pull-request' (default): first-parent history, a merged PR (merge or squash commit) is one
   * change of kind pull_request, a direct push one commit. 'commit': every non-merge commit.
   */
  unit?: ChangeUnit
  /** With unit 'commit': include merge commits too; their files are the diff to the first parent. */
  includeMerges?: boolean
  /** Also detect copies (`-C`, costlier); without it a copy shows as an added file. */
  detectCopies?: boolean
  /**
   * A shallow clone whose history starts inside the window: 'error' (default) refuses it;
   * 'truncate' collects the commits that are there, drops the cut-off ones (their diff is
   * unknown) and says so in `notes` — e.g. for a previous window that only feeds a trend.
   */
  shallow?: 'error' | 'truncate'
  /** The git executable: 'git' on PATH by default. */
  gitBinary?: string
  /** The repository's 'owner/name' when the caller knows it (GITHUB_REPOSITORY); else the remote's. */
  repository?: string
  /**
   * The repository's web address when the caller knows it (GITHUB_SERVER_URL/GITHUB_REPOSITORY);
   * else the remote's, when it is on github.com or one of `githubServers`.
   */
  repositoryUrl?: string
  /** GitHub Enterprise Server web addresses whose remotes link like github.com's. */
  githubServers?: string[]
  /**
   * What readGitHistory found in this clone, when the caller has just read it (to choose the
   * source): the source uses it instead of asking git again.
   */
  history?: GitHistoryFacts
}

// Window membership is decided by the COMMITTER date, and `Change.time` is that date too:
// it is when the change landed on the branch (a commit authored a year ago and rebased or
// cherry-picked today lands today), it is what `git log --since/--until` filter on, so the
// fast git-side filter and the exact filter agree, and it is the git analogue of a PR's merge
// time. git's filters are whole seconds and inclusive at both ends, so they are widened to
// whole seconds and the exact [since, until) bound is applied here.

// Settings that change the diff shape no matter the user's config: no external diff or
// textconv (line counts of the real content), paths relative to the root, rename detection on.
const DIFF_ARGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--root', '-M']

function mergeArgs(options: GitSourceOptions): string[] {
  if ((options.unit ?? 'pull-request') === 'pull-request') {
    return ['--first-parent', '--diff-merges=first-parent']
  }
  return options.includeMerges === true ? ['--diff-merges=first-parent'] : ['--no-merges']
}

/**
 * A bound for `git log --since/--until`. git reads `@N` as a Unix time only when N has more
 * than 8 digits (from 1973-03-03 on); a shorter one is taken as some other date, and a window
 * reaching back before then found nothing. `@N +0000` is the form of a commit header, read as
 * seconds whatever their number. git holds no commit before 1970, so an earlier bound is 0.
 */
function gitTime(seconds: number): string {
  return `@${Math.max(0, seconds)} +0000`
}

function windowMillis(window: Window): { sinceMs: number; untilMs: number } {
  const sinceMs = Date.parse(window.since)
  const untilMs = Date.parse(window.until)
  if (Number.isNaN(sinceMs) || Number.isNaN(untilMs)) {
    throw new TypeError(
      `Invalid window: ${JSON.stringify(window)} (since and until must be ISO 8601 dates)`
    )
  }
  return { sinceMs, untilMs }
}

/**
 * Patches of the selected changes from ONE `git diff-tree --stdin -p`, started at the first
 * selection and fed shas while the log pass is still running: unlike `git log --stdin`,
 * diff-tree answers each line as it arrives, so the two passes overlap. Each change gets its
 * patches, and is handed to `complete`, as soon as diff-tree is done with it.
 */
class PatchPass {
  private git: StreamingGit | undefined
  /** The changes waiting for their patches, by sha, with their place in the log. */
  private readonly waiting = new Map<string, { change: Change; slot: number }>()
  private readonly parser = new GitPatchParser((sha, patches) => this.attach(sha, patches))

  constructor(
    private readonly runner: GitRunner,
    private readonly options: GitSourceOptions,
    private readonly complete: (change: Change, slot: number) => void
  ) {}

  request(commit: ParsedCommit, change: Change, slot: number): void {
    this.git ??= startGit(
      this.runner,
      [
        'diff-tree',
        '--stdin',
        '-r',
        '--patch',
        '--unified=3',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        `--format=${PATCH_FORMAT}`,
        ...DIFF_ARGS,
        ...(this.options.detectCopies === true ? ['-C'] : [])
      ],
      'reading patches',
      chunk => this.parser.push(chunk)
    )
    this.waiting.set(commit.sha, { change, slot })
    // A merge is diffed against its first parent, as in the log pass.
    const [firstParent] = commit.parents
    this.git.writeLine(commit.parents.length > 1 ? `${commit.sha} ${firstParent}` : commit.sha)
  }

  async finish(): Promise<void> {
    if (this.git === undefined) return
    await this.git.finish()
    this.parser.end()
    // diff-tree prints nothing for a commit without a diff: those are done, with no patches.
    for (const sha of [...this.waiting.keys()]) this.attach(sha, new Map())
  }

  async abort(): Promise<void> {
    await this.git?.abort()
  }

  private attach(sha: string, patches: PatchesByPath): void {
    const waiting = this.waiting.get(sha)
    if (waiting === undefined) return
    this.waiting.delete(sha)
    for (const file of waiting.change.files) {
      const patch = file.additions === null ? undefined : patches.get(file.path)
      if (patch !== undefined) file.patch = patch
    }
    this.complete(waiting.change, waiting.slot)
  }
}

/**
 * The window's commits, each classified as soon as it is complete: at once when its patches are
 * not wanted, else when the patch pass is done with it. Only what the classifier returns is
 * kept, in log order.
 */
async function collectCommits<T extends object>(
  runner: GitRunner,
  options: GitSourceOptions,
  window: { sinceMs: number; untilMs: number },
  skip: ReadonlySet<string>,
  classifier: ChangeClassifier<T>,
  repositoryUrl: string | undefined
): Promise<T[]> {
  const slots: (T | undefined)[] = []
  const since = gitTime(Math.floor(window.sinceMs / 1000))
  const until = gitTime(Math.ceil(window.untilMs / 1000))
  const pulls = (options.unit ?? 'pull-request') === 'pull-request'
  const links: ChangeLinks = {
    repositoryUrl,
    pulls,
    branchAuthors: pulls ? await readBranchAuthors(runner, { since, until }) : new Map()
  }
  const classify = (change: Change, slot: number): void => {
    slots[slot] = classifier.classify(change)
  }
  const patches = new PatchPass(runner, options, classify)
  const parser = new GitLogParser(commit => {
    const committedAtMs = commit.committedAt * 1000
    if (committedAtMs < window.sinceMs || committedAtMs >= window.untilMs) return
    if (skip.has(commit.sha)) return
    const change = toChange(commit, committedAtMs, links)
    const slot = slots.push(undefined) - 1
    // Asked while git is still producing the rest of the log, so classification and the patch
    // pass run alongside the log pass instead of after it.
    if (classifier.wantsPatch(change)) patches.request(commit, change, slot)
    else classify(change, slot)
  })
  const args = [
    'log',
    '-z',
    '--raw',
    '--numstat',
    // Full object names: no uniqueness lookups to abbreviate names the parser never reads.
    '--no-abbrev',
    `--format=${LOG_FORMAT}`,
    '--encoding=UTF-8',
    ...DIFF_ARGS,
    ...(options.detectCopies === true ? ['-C'] : []),
    ...mergeArgs(options),
    `--since=${since}`,
    `--until=${until}`,
    'HEAD',
    '--'
  ]
  try {
    await streamGit(runner, args, 'reading the commit history', chunk => parser.push(chunk))
    parser.end()
  } catch (error) {
    await patches.abort()
    throw error
  }
  await patches.finish()
  // Every slot is filled by now: the patch pass hands over each change it was asked for.
  return slots.filter((record): record is T => record !== undefined)
}

/** The facts the caller read about this clone, when they are of a repository. */
function givenHistory(options: GitSourceOptions): GitHistoryFacts | undefined {
  return options.history?.isRepository === true ? options.history : undefined
}

/**
 * Changes from the local clone's history (commits reachable from HEAD): zero API calls, two git
 * passes at most. The classifier is made for .gitattributes and CODEOWNERS at HEAD, read before
 * the log pass; `wantsPatch` is asked about each change as soon as its files and line counts
 * are parsed, while git is still producing the rest, and the change is classified then, or
 * once its patches come from one batched `git diff-tree --stdin -p` call that runs alongside
 * the log pass.
 */
export function gitSource(options: GitSourceOptions): Source {
  const runner: GitRunner = { repoPath: options.repoPath, binary: options.gitBinary ?? 'git' }
  let names: RepositoryNames | undefined
  let context: Promise<RepoContext> | undefined
  // The history is inspected once, for every collection, alongside the first context read:
  // two git calls at once, not in turn.
  let history: Promise<GitHistoryFacts> | undefined
  const inspect = (): Promise<GitHistoryFacts> =>
    (history ??= Promise.resolve(givenHistory(options) ?? inspectHistory(runner)))
  const readContext = (): Promise<RepoContext> => {
    if (context === undefined) {
      inspect().catch(() => undefined)
      context = readRepoContext(runner)
    }
    return context
  }
  return {
    kind: 'git',
    // Read lazily, once: constructing a source does no I/O.
    get repository(): string {
      names ??= repositoryNames(runner, options, givenHistory(options))
      return names.repository
    },
    get repositoryUrl(): string | undefined {
      names ??= repositoryNames(runner, options, givenHistory(options))
      return names.repositoryUrl
    },
    async collect<T extends object>(
      window: Window,
      classifierFor: ClassifierFor<T>,
      report?: Window
    ): Promise<Collection<T>> {
      windowMillis(window) // a window that is no window fails before git runs
      // One read of .gitattributes and CODEOWNERS at HEAD classifies every change.
      const classifier = classifierFor(await readContext())
      const facts = await inspect()
      // Read before the log pass: commits link to their pages as they are read.
      names ??= repositoryNames(runner, options, facts)
      if (!facts.hasCommits) return { changes: [], since: window.since, notes: [] }
      const served = servedSpan(facts, window, options.shallow ?? 'error', report)
      const bounds = windowMillis(served.window)
      const changes =
        bounds.sinceMs < bounds.untilMs
          ? await collectCommits(
              runner,
              options,
              bounds,
              served.skip,
              classifier,
              names.repositoryUrl
            )
          : []
      return { changes, since: served.window.since, notes: served.notes }
    },
    reach: (until: string, targets: readonly ReachTarget[]) =>
      readReachFacts(runner, until, targets)
  }
}
