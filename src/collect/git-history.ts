import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { GitSourceError } from './git-errors.js'
import { runGit } from './git-exec.js'
import type { GitRunner } from './git-exec.js'

// What the local clone holds, so callers can tell whether it covers a window before collecting
// (the action's `source: auto`), and so the git source can refuse a window it cannot see whole.

interface ShallowBoundary {
  sha: string
  /** Committer time, ISO 8601. */
  time: string
}

export interface GitHistoryFacts {
  /** False when the path is not inside a git repository, or git cannot run. */
  isRepository: boolean
  hasCommits: boolean
  shallow: boolean
  /**
   * Commits reachable from HEAD where a shallow clone's history is cut: git shows them as
   * parentless, so their own diff is unknown and nothing older is visible.
   */
  shallowBoundaries: ShallowBoundary[]
  /** A partial clone (`--filter`) fetches blobs on demand: line counts would hit the network. */
  partialClone: boolean
  /** The absolute git directory, when isRepository. */
  gitDir?: string
  /** remote.origin.url, read with the partial-clone setting (it names and links the clone). */
  remoteUrl?: string
  /**
   * The top of the work tree, as `git rev-parse --show-toplevel` gives it; none for a bare
   * repository or a path inside the git directory. Where the config lives, and the clone's
   * name when no remote names it.
   */
  topLevel?: string
}

/**
 * Whether the clone described by `facts` holds the whole history of a window starting at
 * `since` (ISO 8601): a repository, not a partial clone, and — if shallow — cut only before
 * `since`. A boundary commit inside the window would itself be miscounted (it diffs against
 * nothing), so it must be strictly older than `since`. An empty repository covers any window.
 */
export function historyCovers(facts: GitHistoryFacts, since: string): boolean {
  if (!facts.isRepository || facts.partialClone) return false
  if (!facts.shallow) return true
  const start = Date.parse(since)
  return facts.shallowBoundaries.every(boundary => Date.parse(boundary.time) < start)
}

/** The newest cut of a shallow clone: history is complete only after this time. */
export function shallowHorizon(facts: GitHistoryFacts): string | undefined {
  let newest: string | undefined
  for (const boundary of facts.shallowBoundaries) {
    if (newest === undefined || Date.parse(boundary.time) > Date.parse(newest))
      newest = boundary.time
  }
  return newest
}

/** The two settings the inspection reads, in one `git config` (keys come back lowercased). */
const SETTINGS_READ = '^(extensions\\.partialclone|remote\\.origin\\.url)$'

/** `git config -z --get-regexp` output by key; the last value wins, as with `--get`. */
function settingsOf(output: string): Map<string, string> {
  const settings = new Map<string, string>()
  for (const entry of output.split('\0')) {
    const newline = entry.indexOf('\n')
    if (newline > 0) settings.set(entry.slice(0, newline), entry.slice(newline + 1))
  }
  return settings
}

/**
 * The probe's arguments. `--show-toplevel` would fail in a bare repository and stop the probe;
 * `--show-cdup` prints its line only inside a work tree, which `--is-inside-work-tree` says.
 */
const PROBE = [
  'rev-parse',
  '--is-shallow-repository',
  '--absolute-git-dir',
  '--is-inside-work-tree',
  '--show-cdup',
  '--verify',
  '-q',
  'HEAD^{commit}'
]

/** Inspects the repository; throws GitSourceError for a missing git or a path outside git. */
export async function inspectHistory(runner: GitRunner): Promise<GitHistoryFacts> {
  const [head, config] = await Promise.all([
    runGit(runner, PROBE),
    runGit(runner, ['config', '-z', '--get-regexp', SETTINGS_READ])
  ])
  const [shallowLine, gitDir, insideWorkTree, cdup] = head.stdout.split('\n')
  if (head.exitCode !== 0 && (head.exitCode !== 1 || gitDir === undefined || gitDir === '')) {
    if (/not a git repository|cannot change to/i.test(head.stderr)) {
      throw new GitSourceError(
        'not-a-repository',
        `${path.resolve(runner.repoPath)} is not a git repository (or any folder inside one).`
      )
    }
    throw new GitSourceError(
      'git-failed',
      `git could not read the repository at ${path.resolve(runner.repoPath)}: ${head.stderr}`
    )
  }
  // get-regexp exits 1 when neither setting is there.
  const settings = config.exitCode === 0 ? settingsOf(config.stdout) : new Map<string, string>()
  const remoteUrl = settings.get('remote.origin.url')
  const topLevel =
    insideWorkTree === 'true' && cdup !== undefined
      ? await workTreeTop(runner.repoPath, cdup)
      : undefined
  const facts: GitHistoryFacts = {
    isRepository: true,
    hasCommits: head.exitCode === 0,
    shallow: shallowLine === 'true',
    shallowBoundaries: [],
    partialClone: (settings.get('extensions.partialclone') ?? '').trim() !== '',
    gitDir,
    ...(remoteUrl !== undefined ? { remoteUrl } : {}),
    ...(topLevel !== undefined ? { topLevel } : {})
  }
  if (facts.shallow && facts.hasCommits && gitDir !== undefined) {
    facts.shallowBoundaries = await readShallowBoundaries(runner, gitDir)
  }
  return facts
}

/** `folder` plus the probe's way up to the top, with links resolved as git resolves them. */
function workTreeTop(folder: string, cdup: string): Promise<string> {
  const top = path.resolve(folder, cdup)
  return realpath(top).catch(() => top)
}

async function readShallowBoundaries(
  runner: GitRunner,
  gitDir: string
): Promise<ShallowBoundary[]> {
  const shallowFile = await readFile(path.join(gitDir, 'shallow'), 'utf8').catch(() => '')
  const grafted = new Set(shallowFile.split('\n').filter(line => line !== ''))
  if (grafted.size === 0) return []
  // Parentless commits reachable from HEAD are the real roots plus the grafted cut points;
  // the shallow file alone may also list tips of other fetched branches.
  const result = await runGit(runner, ['log', '--max-parents=0', '--format=%H %ct', 'HEAD'])
  if (result.exitCode !== 0) {
    throw new GitSourceError(
      'git-failed',
      `git failed while reading the shallow history: ${result.stderr}`
    )
  }
  return result.stdout
    .split('\n')
    .map(line => line.split(' '))
    .filter(([sha]) => sha !== undefined && grafted.has(sha))
    .map(([sha = '', seconds = '0']) => ({
      sha,
      time: new Date(Number(seconds) * 1000).toISOString()
    }))
}

/**
 * Facts about the clone at `repoPath` for deciding `source: auto` with historyCovers. Never
 * throws for a missing git or a non-repository: those simply do not cover anything.
 */
export async function readGitHistory(
  repoPath: string,
  options: { gitBinary?: string } = {}
): Promise<GitHistoryFacts> {
  try {
    return await inspectHistory({ repoPath, binary: options.gitBinary ?? 'git' })
  } catch (error) {
    if (error instanceof GitSourceError && error.code !== 'git-failed') {
      return {
        isRepository: false,
        hasCommits: false,
        shallow: false,
        shallowBoundaries: [],
        partialClone: false
      }
    }
    throw error
  }
}
