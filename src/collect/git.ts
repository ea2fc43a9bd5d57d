import type { Change, ReachTarget, RepoContext, Window } from '../model.js'
import { GitSourceError } from './git-errors.js'
import { readRepoContext } from './git-files.js'
import { startGit, streamGit } from './git-exec.js'
import type { GitRunner, StreamingGit } from './git-exec.js'
import { historyCovers, inspectHistory, shallowHorizon } from './git-history.js'
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
import type { Collection, Source } from './source.js'

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

function shallowMessage(facts: GitHistoryFacts, since: string): string {
  return (
    `History from ${since} on is needed, but this shallow clone's history is cut at ` +
    `${shallowHorizon(facts) ?? 'an unknown date'}. Fetch the full ` +
    'history: `fetch-depth: 0` on actions/checkout, or `git fetch --unshallow`.'
  )
}

/**
 * Patches of the selected changes from ONE `git diff-tree --stdin -p`, started at the first
 * selection and fed shas while the log pass is still running: unlike `git log --stdin`,
 * diff-tree answers each line as it arrives, so the two passes overlap. Each change gets its
 * patches, and `patched` hears of it, as soon as diff-tree is done with it.
 */
class PatchPass {
  private git: StreamingGit | undefined
  private readonly waiting = new Map<string, Change>()
  private readonly parser = new GitPatchParser((sha, patches) => this.attach(sha, patches))

  constructor(
    private readonly runner: GitRunner,
    private readonly options: GitSourceOptions,
    private readonly patched: ((change: Change) => void) | undefined
  ) {}

  request(commit: ParsedCommit, change: Change): void {
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
    this.waiting.set(commit.sha, change)
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
    const change = this.waiting.get(sha)
    if (change === undefined) return
    this.waiting.delete(sha)
    for (const file of change.files) {
      const patch = file.additions === null ? undefined : patches.get(file.path)
      if (patch !== undefined) file.patch = patch
    }
    this.patched?.(change)
  }
}

interface ChangeReader {
  wantsPatch: (change: Change) => boolean
  patched: ((change: Change) => void) | undefined
}

async function collectCommits(
  runner: GitRunner,
  options: GitSourceOptions,
  window: { sinceMs: number; untilMs: number },
  skip: ReadonlySet<string>,
  reader: ChangeReader,
  repositoryUrl: string | undefined
): Promise<Change[]> {
  const changes: Change[] = []
  const since = gitTime(Math.floor(window.sinceMs / 1000))
  const until = gitTime(Math.ceil(window.untilMs / 1000))
  const pulls = (options.unit ?? 'pull-request') === 'pull-request'
  const links: ChangeLinks = {
    repositoryUrl,
    pulls,
    branchAuthors: pulls ? await readBranchAuthors(runner, { since, until }) : new Map()
  }
  const patches = new PatchPass(runner, options, reader.patched)
  const parser = new GitLogParser(commit => {
    const committedAtMs = commit.committedAt * 1000
    if (committedAtMs < window.sinceMs || committedAtMs >= window.untilMs) return
    if (skip.has(commit.sha)) return
    const change = toChange(commit, committedAtMs, links)
    changes.push(change)
    // Asked while git is still producing the rest of the log, so the caller's selection and
    // the patch pass run alongside the log pass instead of after it.
    if (reader.wantsPatch(change)) patches.request(commit, change)
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
  return changes
}

/** The facts the caller read about this clone, when they are of a repository. */
function givenHistory(options: GitSourceOptions): GitHistoryFacts | undefined {
  return options.history?.isRepository === true ? options.history : undefined
}

/**
 * Changes from the local clone's history (commits reachable from HEAD): zero API calls, two git
 * passes at most. `wantsPatch` is asked about each change as soon as its files and line counts
 * are parsed, while git is still producing the rest; the selected changes' patches come from
 * one batched `git diff-tree --stdin -p` call that runs alongside the log pass.
 */
export function gitSource(options: GitSourceOptions): Source {
  const runner: GitRunner = { repoPath: options.repoPath, binary: options.gitBinary ?? 'git' }
  let names: RepositoryNames | undefined
  let context: Promise<RepoContext> | undefined
  // The history is inspected once, for every collection. Asked for the context first (the
  // engine is), the source starts that inspection too: two git calls at once, not in turn.
  let history: Promise<GitHistoryFacts> | undefined
  const inspect = (): Promise<GitHistoryFacts> =>
    (history ??= Promise.resolve(givenHistory(options) ?? inspectHistory(runner)))
  // One read of .gitattributes and CODEOWNERS at HEAD serves the early context and the collection.
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
    async collect(
      window: Window,
      wantsPatch: (change: Change) => boolean,
      patched?: (change: Change) => void
    ): Promise<Collection> {
      const bounds = windowMillis(window)
      const facts = await inspect()
      // Read before the log pass: commits link to their pages as they are read.
      names ??= repositoryNames(runner, options, facts)
      const notes: string[] = []
      if (!facts.hasCommits) return { changes: [], context: {}, notes }
      let skip = new Set<string>()
      if (!historyCovers(facts, window.since) && facts.shallow) {
        if (options.shallow !== 'truncate') {
          throw new GitSourceError('shallow-history', shallowMessage(facts, window.since))
        }
        skip = new Set(facts.shallowBoundaries.map(boundary => boundary.sha))
        notes.push(
          `Shallow clone: history before ${shallowHorizon(facts) ?? 'its cut-off'} is missing, so ` +
            `the window from ${window.since} is only partly counted. Fetch the full history ` +
            '(`fetch-depth: 0` on actions/checkout) for a complete report.'
        )
      }
      const repoContext = readContext()
      const collecting =
        bounds.sinceMs < bounds.untilMs
          ? collectCommits(
              runner,
              options,
              bounds,
              skip,
              { wantsPatch, patched },
              names.repositoryUrl
            )
          : Promise.resolve([])
      return { changes: await collecting, context: await repoContext, notes }
    },
    context: readContext,
    // collect() awaits readContext(), the same promise context() gave.
    contextIsFinal: true,
    reach: (until: string, targets: readonly ReachTarget[]) =>
      readReachFacts(runner, until, targets)
  }
}
