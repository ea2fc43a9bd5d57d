// The reads behind reach (src/score/reach.ts), from the local clone at the window's end: the
// tree's file list, the few config files reach reads, and each shared module's importer
// candidates (files at that commit that contain the module's name, by `git grep`), all blobs
// in one `git cat-file --batch`. A handful of git calls whatever the history's size, and
// bounded blob counts.
import type { ReachFacts, ReachTarget, TreeSnapshot } from '../model.js'
import { configPaths, importWord, mayImport } from '../repo-files/reach-reads.js'
import { readBlobsAt } from './git-files.js'
import { gitFailure, runGit } from './git-exec.js'
import type { GitRunner } from './git-exec.js'

/** Importer candidates read per module and commit; a module with more is cut there (and says so). */
const MAX_CANDIDATES = 300
/** A blob larger than this is not kept (no config or source file that reach reads is that large). */
const MAX_BLOB_BYTES = 512 * 1024

/** Extensions a module's importers are written in, by the module's own extension. */
const FAMILIES: string[][] = [
  ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts', 'vue', 'svelte'],
  ['py'],
  ['go'],
  ['rs'],
  ['rb'],
  ['java', 'kt', 'kts', 'scala'],
  ['c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp'],
  ['php']
]

/** The extensions `module`'s importers may be written in. */
export function familyOf(module: string): string[] {
  const ext = /\.([^./]+)$/.exec(module)?.[1] ?? ''
  return FAMILIES.find(list => list.includes(ext)) ?? [ext]
}

function pathspecsFor(module: string): string[] {
  return familyOf(module).map(extension => `*.${extension}`)
}

interface Counter {
  calls: number
  blobs: number
  truncated: boolean
}

async function git(
  runner: GitRunner,
  args: string[],
  doing: string,
  counter: Counter
): Promise<string> {
  counter.calls += 1
  const result = await runGit(runner, args)
  if (result.exitCode !== 0) throw gitFailure(doing, result.exitCode, result.stderr)
  return result.stdout
}

/** Paths at `commit` under the module's family that contain its word, within the bound. */
async function candidates(
  runner: GitRunner,
  commit: string,
  module: string,
  counter: Counter
): Promise<string[]> {
  counter.calls += 1
  const word = importWord(module)
  const result = await runGit(runner, [
    'grep',
    '-l',
    '-z',
    '-F',
    '-w',
    '-e',
    word,
    commit,
    '--',
    ...pathspecsFor(module)
  ])
  // grep exits 1 when nothing matches.
  if (result.exitCode > 1)
    throw gitFailure(`finding the files that import ${module}`, result.exitCode, result.stderr)
  const found = result.stdout
    .split('\0')
    .filter(entry => entry !== '')
    .map(entry => entry.slice(commit.length + 1))
    .filter(file => mayImport(module, file))
    .sort()
  if (found.length > MAX_CANDIDATES) counter.truncated = true
  return found.slice(0, MAX_CANDIDATES)
}

/** Blobs by `commit:path`, in one `git cat-file --batch`; a missing one is left out. */
async function readBlobs(
  runner: GitRunner,
  commit: string,
  paths: readonly string[],
  counter: Counter
): Promise<Record<string, string>> {
  if (paths.length === 0) return {}
  counter.calls += 1
  const texts = await readBlobsAt(runner, commit, paths, {
    doing: 'reading files for reach',
    maxBytes: MAX_BLOB_BYTES
  })
  counter.blobs += texts.size
  return Object.fromEntries(texts)
}

/** The commit the window ends at: the newest reachable from HEAD committed before `until`. */
async function endCommit(
  runner: GitRunner,
  until: string,
  counter: Counter
): Promise<string | undefined> {
  const before = Math.ceil(Date.parse(until) / 1000) - 1
  const out = await git(
    runner,
    ['rev-list', '-1', `--before=@${Math.max(0, before)} +0000`, 'HEAD'],
    'finding the commit the window ends at',
    counter
  )
  return out.trim() === '' ? undefined : out.trim()
}

/** Everything reach reads, or undefined when there is no commit before the window's end. */
export async function readReachFacts(
  runner: GitRunner,
  until: string,
  targets: readonly ReachTarget[]
): Promise<ReachFacts | undefined> {
  const counter: Counter = { calls: 0, blobs: 0, truncated: false }
  const commit = await endCommit(runner, until, counter)
  if (commit === undefined) return undefined
  const files = (
    await git(
      runner,
      ['ls-tree', '-r', '-z', '--name-only', commit],
      'listing the files at the window’s end',
      counter
    )
  )
    .split('\0')
    .filter(file => file !== '')
  const modules = targets.filter(target => target.kind === 'shared-module')
  const wanted = new Set(configPaths(targets, files))
  for (const module of modules)
    for (const file of await candidates(runner, commit, module.path, counter)) wanted.add(file)
  const end: TreeSnapshot = {
    commit,
    files,
    texts: await readBlobs(runner, commit, [...wanted].sort(), counter)
  }
  const introductions: Record<string, TreeSnapshot> = {}
  for (const module of modules) {
    if (!/^[0-9a-f]{40}$/.test(module.change)) continue
    const at = await candidates(runner, module.change, module.path, counter)
    introductions[module.path] = {
      commit: module.change,
      files: [],
      texts: await readBlobs(runner, module.change, at, counter)
    }
  }
  const facts: ReachFacts = {
    end,
    introductions,
    reads: { calls: counter.calls, blobs: counter.blobs }
  }
  if (counter.truncated) facts.truncated = true
  return facts
}
