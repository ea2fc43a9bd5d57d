// Real public histories replayed: a fixture of `fixtures/histories/` (see its README) rebuilt as
// a git repository with the same graph, messages, people, times and paths, and served as
// GitHub would list its merged pull requests and direct pushes. File contents are synthetic:
// every line is unique, so a change of +a/−d lines is made by dropping a file's first d lines
// and appending a new ones, and `git log --numstat` reads back the recorded counts.
//
//   const fixture = loadHistoryFixture('pypa--pip')
//   const shas = buildRealHistory(dir, fixture)          // fixture sha → rebuilt sha
//   installRealPulls(server, fixture, shas)
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { binaryContent, dataCommand, type Person } from './git-repo.js'
import { git, REST_STATUS } from './history.js'
import type { LoopbackGitHub } from './github-server.js'
import { installPulls, makePull, type FileRecord, type InstalledRepo } from './github-pulls.js'

export interface FixtureFile {
  path: string
  previousPath?: string
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T'
  additions: number
  deletions: number
  mode?: string
  binary?: true
}

interface FixtureCommit {
  sha: string
  parents: string[]
  /** The base or an older fork point: no parents, no files, its tree kept to `paths`. */
  boundary?: true
  paths?: string[]
  author: Person
  authorTime: string
  committer: Person
  commitTime: string
  message: string
  files?: FixtureFile[]
}

interface FixturePull {
  number: number
  title: string
  body: string
  author: { login: string; type: 'User' | 'Bot' }
  mergedAt: string
  mergeCommit: string
  commitCount: number
  labels: string[]
  files: FileRecord[]
}

export interface HistoryFixture {
  about: string
  repository: string
  window: { since: string; until: string }
  commits: FixtureCommit[]
  pulls: FixturePull[]
  directPushes: string[]
}

const FIXTURES = path.join(process.cwd(), '__tests__', 'fixtures', 'histories')

export function loadHistoryFixture(name: string): HistoryFixture {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as HistoryFixture
}

/** A file's synthetic content: unique lines, and where its first lines came from. */
interface Content {
  /** The boundary path whose base lines it started from (null: added in the window). */
  origin: string | null
  lines: readonly string[]
  mode: string
  binary: boolean
}

type Tree = Map<string, Content>

/**
 * The trees of every commit, from base files of `sizeOf(path)` lines. Also returns, per origin
 * path, the fewest lines any change found beyond those it needs (its slack).
 */
function simulate(
  fixture: HistoryFixture,
  sizeOf: (file: string) => number
): { trees: Map<string, Tree>; slack: Map<string, number> } {
  const trees = new Map<string, Tree>()
  const slack = new Map<string, number>()
  const noteSlack = (content: Content | undefined, deletions: number) => {
    if (!content?.origin) return
    const spare = content.lines.length - deletions
    slack.set(content.origin, Math.min(slack.get(content.origin) ?? Infinity, spare))
  }
  fixture.commits.forEach((commit, index) => {
    if (commit.boundary) {
      const tree: Tree = new Map()
      for (const file of commit.paths ?? []) tree.set(file, baseContent(file, sizeOf(file)))
      trees.set(commit.sha, tree)
      return
    }
    const first = trees.get(commit.parents[0] ?? '')
    const second = commit.parents[1] === undefined ? undefined : trees.get(commit.parents[1])
    if (!first) throw new Error(`${commit.sha}: first parent missing from the fixture`)
    const tree: Tree = new Map(first)
    for (const file of commit.files ?? []) {
      const before = first.get(file.previousPath ?? file.path)
      if (file.status === 'R') tree.delete(file.previousPath ?? '')
      if (file.status === 'D') {
        noteSlack(before, file.deletions)
        tree.delete(file.path)
        continue
      }
      const theirs = second?.get(file.path)
      if (theirs && !sameContent(theirs, before)) {
        tree.set(file.path, theirs)
        continue
      }
      if (file.status !== 'A') noteSlack(before, linesNeeded(file))
      tree.set(file.path, changed(file, file.status === 'A' ? undefined : before, index))
    }
    trees.set(commit.sha, tree)
  })
  return { trees, slack }
}

/**
 * The lines a change needs its file to have: those it deletes, and for a rename twice as many
 * again as it adds or deletes, so that git still finds more than half of the file kept (its
 * rename threshold, counted in bytes).
 */
function linesNeeded(file: FixtureFile): number {
  return file.status === 'R' || file.status === 'C'
    ? file.deletions + 2 * Math.max(file.additions, file.deletions) + 1
    : file.deletions
}

function baseContent(file: string, size: number): Content {
  const lines = Array.from({ length: size }, (_, k) => `${file} base ${k}`)
  return { origin: file, lines, mode: '100644', binary: false }
}

function sameContent(a: Content, b: Content | undefined): boolean {
  return (
    a === b ||
    (b !== undefined &&
      a.mode === b.mode &&
      a.binary === b.binary &&
      a.lines.length === b.lines.length &&
      a.lines.every((line, i) => line === b.lines[i]))
  )
}

/** `before` less its first `deletions` lines, plus `additions` new ones (all lines unique). */
function changed(file: FixtureFile, before: Content | undefined, index: number): Content {
  const kept = (before?.lines ?? []).slice(file.deletions)
  const added = Array.from({ length: file.additions }, (_, k) => `${file.path} ${index}.${k}`)
  return {
    origin: before?.origin ?? null,
    lines: [...kept, ...added],
    mode: file.mode ?? before?.mode ?? '100644',
    binary: file.binary === true
  }
}

/**
 * The trees, with base files sized so that the tightest change to each finds exactly the lines
 * it needs (so a file deleted in the window reads back its recorded deletions when that
 * deletion is its tightest change).
 */
function treesOf(fixture: HistoryFixture): Map<string, Tree> {
  const deleted = new Map<string, number>()
  for (const commit of fixture.commits) {
    for (const file of commit.files ?? []) {
      const from = file.previousPath ?? file.path
      deleted.set(from, (deleted.get(from) ?? 0) + linesNeeded(file))
    }
  }
  const generous = (file: string) => (deleted.get(file) ?? 0) + 1
  const { slack } = simulate(fixture, generous)
  return simulate(fixture, file => generous(file) - Math.max(0, slack.get(file) ?? 0)).trees
}

/** A fast-import `author`/`committer` value keeping the ISO time's own offset. */
function stamp(person: Person, iso: string): string {
  const offset = /([+-])(\d\d):?(\d\d)$/.exec(iso)
  const zone = offset ? `${offset[1]}${offset[2]}${offset[3]}` : '+0000'
  return `${person.name} <${person.email}> ${Math.floor(Date.parse(iso) / 1000)} ${zone}`
}

function quoted(file: string): string {
  return `"${file.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n')}"`
}

function bytesOf(content: Content, file: string): string | Buffer {
  if (content.binary) return binaryContent(64 + content.lines.length, file.length)
  if (content.mode === '120000') return content.lines[0] ?? file
  return content.lines.map(line => `${line}\n`).join('')
}

/** The commands that turn the first parent's tree into `tree`. */
function treeCommands(tree: Tree, first: Tree): Buffer[] {
  const commands: Buffer[] = []
  for (const file of first.keys()) {
    if (!tree.has(file)) commands.push(Buffer.from(`D ${quoted(file)}\n`))
  }
  for (const [file, content] of tree) {
    if (first.get(file) === content) continue
    commands.push(
      Buffer.from(`M ${content.mode} inline ${quoted(file)}\n`),
      ...dataCommand(bytesOf(content, file))
    )
  }
  return commands
}

/**
 * Rebuilds the fixture's history in `dir` (a new repository, branch `main` at the window's
 * last first-parent commit) with one `git fast-import`. Returns fixture sha → rebuilt sha.
 */
export function buildRealHistory(dir: string, fixture: HistoryFixture): Map<string, string> {
  git(dir, ['init', '-q', '-b', 'main'])
  const trees = treesOf(fixture)
  const marks = new Map(fixture.commits.map((commit, i) => [commit.sha, i + 1]))
  const stream = fixture.commits.flatMap(commit => {
    const header =
      (commit.boundary ? 'reset refs/heads/main\n' : '') +
      `commit refs/heads/main\nmark :${marks.get(commit.sha)}\n` +
      `author ${stamp(commit.author, commit.authorTime)}\n` +
      `committer ${stamp(commit.committer, commit.commitTime)}\n`
    const parents = commit.parents
      .map((parent, i) => `${i === 0 ? 'from' : 'merge'} :${marks.get(parent)}\n`)
      .join('')
    const tree = trees.get(commit.sha) ?? new Map()
    const first = commit.boundary ? new Map() : (trees.get(commit.parents[0] ?? '') ?? new Map())
    return [
      Buffer.from(header),
      ...dataCommand(commit.message),
      Buffer.from(parents),
      ...treeCommands(tree, first)
    ]
  })
  const tip = marks.get(fixture.commits.at(-1)?.sha ?? '')
  const getMarks = fixture.commits.map((_, i) => `get-mark :${i + 1}\n`).join('')
  const output = execFileSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    input: Buffer.concat([
      ...stream,
      Buffer.from(`reset refs/heads/main\nfrom :${tip}\n`),
      Buffer.from(getMarks)
    ]),
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  const rebuilt = output.trim().split('\n')
  return new Map(fixture.commits.map((commit, i) => [commit.sha, rebuilt[i] ?? '']))
}

function restFiles(files: readonly FixtureFile[]): FileRecord[] {
  return files.map(file => ({
    filename: file.path,
    status: REST_STATUS[file.status] ?? 'modified',
    additions: file.additions,
    deletions: file.deletions,
    ...(file.previousPath ? { previous_filename: file.previousPath } : {})
  }))
}

/** The fixture commits a merge brings in: reachable from its second parent, not its first. */
function broughtIn(fixture: HistoryFixture, merge: FixtureCommit): string[] {
  const bySha = new Map(fixture.commits.map(commit => [commit.sha, commit]))
  const reach = (start: string | undefined): Set<string> => {
    const seen = new Set<string>()
    const stack = start === undefined ? [] : [start]
    for (let sha = stack.pop(); sha !== undefined; sha = stack.pop()) {
      const commit = bySha.get(sha)
      if (!commit || seen.has(sha)) continue
      seen.add(sha)
      stack.push(...commit.parents)
    }
    return seen
  }
  const mainline = reach(merge.parents[0])
  return [...reach(merge.parents[1])].filter(sha => !mainline.has(sha))
}

const utc = (iso: string): string => new Date(iso).toISOString().replace('.000Z', 'Z')

/** A commit author's login where its email names one (GitHub's noreply addresses). */
function loginOf(email: string): string | undefined {
  return /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1]
}

/**
 * Serves the fixture's merged pull requests and its default-branch history (merges, the
 * commits they bring in, squashes and direct pushes) from `server`, with the rebuilt shas.
 */
export function installRealPulls(
  server: LoopbackGitHub,
  fixture: HistoryFixture,
  rebuilt: ReadonlyMap<string, string>
): InstalledRepo {
  const shaOf = (sha: string): string => {
    const mapped = rebuilt.get(sha)
    if (!mapped) throw new Error(`${sha} was not rebuilt`)
    return mapped
  }
  const bySha = new Map(fixture.commits.map(commit => [commit.sha, commit]))
  const pullOf = new Map<string, number>()
  const pulls = fixture.pulls.map(pull => {
    const merge = bySha.get(pull.mergeCommit)
    if (!merge) throw new Error(`PR #${pull.number}: merge commit missing from the fixture`)
    pullOf.set(merge.sha, pull.number)
    for (const sha of merge.parents.length > 1 ? broughtIn(fixture, merge) : []) {
      if (!pullOf.has(sha)) pullOf.set(sha, pull.number)
    }
    return makePull({
      number: pull.number,
      title: pull.title,
      body: pull.body,
      author: pull.author,
      mergedAt: pull.mergedAt,
      mergeCommit: shaOf(pull.mergeCommit),
      parents: merge.parents.map(shaOf),
      labels: pull.labels,
      reviews: [],
      commitCount: pull.commitCount,
      files: pull.files
    })
  })
  const [owner = '', name = ''] = fixture.repository.split('/')
  const commits = [...fixture.commits]
    .reverse()
    .filter(commit => !commit.boundary)
    .map(commit => {
      const login = loginOf(commit.author.email)
      const pull = pullOf.get(commit.sha)
      return {
        oid: shaOf(commit.sha),
        message: commit.message.replace(/\n$/, ''),
        author: {
          ...commit.author,
          ...(login
            ? { login, type: login.endsWith('[bot]') ? ('Bot' as const) : ('User' as const) }
            : {})
        },
        committedDate: utc(commit.commitTime),
        pulls: pull === undefined ? [] : [pull],
        parents: commit.parents.length,
        files: restFiles(commit.files ?? [])
      }
    })
  return installPulls(server, { owner, name, defaultBranch: 'main', pulls, commits })
}
