// Real git repositories in temp folders, for tests of anything that reads git history.
//
//   const repo = GitRepo.init()
//   const sha = repo.commit({ message: 'docs: add guide', files: { 'docs/guide.md': '# Guide\n' } })
//   repo.commit({ message: 'Rename', renames: { 'docs/guide.md': 'docs/intro.md' }, date: '2024-03-01T12:00:00Z' })
//   afterAll(() => cleanupGitRepos())
//
// A fixture of many commits builds its history at once, in one process:
//
//   const [first, second] = GitRepo.init().commitAll([{ message: 'Initial', files }, 'Second'])
//
// Commits are deterministic: fixed identities, and a clock that starts at 2024-01-01T00:00:00Z
// and moves one hour per commit unless a date is given (so the same script gives the same shas).
// git runs with no system or global config, so the developer's settings never leak in.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Person {
  name: string
  email: string
}

export const DEFAULT_AUTHOR: Person = { name: 'Ada Lovelace', email: 'ada@example.com' }
const START_TIME = '2024-01-01T00:00:00Z'
const ONE_HOUR_MS = 3_600_000

export interface CommitSpec {
  /** The full message: subject, blank line, body. */
  message: string
  /** Files to write (text or bytes), or delete with null. Parent folders are created. */
  files?: Record<string, string | Uint8Array | null>
  /** Files to rename (from → to) with `git mv`, before `files` are written. */
  renames?: Record<string, string>
  /** Symbolic links to create: path → target. */
  symlinks?: Record<string, string>
  author?: Person
  /** Defaults to the author. */
  committer?: Person
  /** Author and committer date (ISO 8601 or Date). Default: one hour after the previous commit. */
  date?: string | Date
  /** Overrides `date` for the author only (e.g. a rebased commit authored long ago). */
  authorDate?: string | Date
  /** Overrides `date` for the committer only. */
  committerDate?: string | Date
}

export interface MailmapEntry {
  /** The identity to show. */
  proper: Person
  /** The identity recorded in commits. */
  commit: Person
}

/**
 * Settings every git call here runs with, whatever the machine's config says. Automatic
 * maintenance is off: after every commit git would otherwise start one more process to decide
 * that these small repositories need none.
 */
const GIT_SETTINGS = [
  '-c',
  'commit.gpgsign=false',
  '-c',
  'core.autocrlf=false',
  '-c',
  'maintenance.auto=false'
]
const COMMIT_SCRIPT =
  '$GIT add -A && $GIT commit -q --allow-empty --no-verify -F - && $GIT rev-parse HEAD'

const created = new Set<GitRepo>()
const folders = new Set<string>()

function isoDate(date: string | Date): string {
  return (typeof date === 'string' ? new Date(date) : date).toISOString()
}

function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    ...extra
  }
  delete env.GIT_DIR
  delete env.GIT_WORK_TREE
  delete env.GIT_INDEX_FILE
  return env
}

/** A message as `git commit -F -` stores it (its default cleanup, "whitespace"). */
function cleanMessage(message: string): string {
  const lines = message.split('\n').map(line => line.trimEnd())
  const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''))
  const text = kept.join('\n').replace(/^\n+/, '').replace(/\n+$/, '')
  if (text === '') throw new Error('git commit refuses an empty message')
  return `${text}\n`
}

/** A path in a fast-import command, quoted so spaces, quotes and newlines survive. */
function quoted(file: string): string {
  return `"${file.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n')}"`
}

/** A fast-import `data` command with its bytes. */
export function dataCommand(content: string | Uint8Array): Buffer[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  return [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')]
}

/** A fast-import `author` or `committer` value: the person at `date` (ms), in UTC. */
export function signature(person: Person, date: number): string {
  return `${person.name} <${person.email}> ${Math.floor(date / 1000)} +0000`
}

/** Bytes that git treats as binary (they contain NUL). */
export function binaryContent(size = 256, seed = 1): Buffer {
  const bytes = Buffer.alloc(size)
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 17) % 256
  bytes[0] = 0
  return bytes
}

export class GitRepo {
  private clock = Date.parse(START_TIME) - ONE_HOUR_MS
  /** Whether the current branch has a commit (commitAll builds only a first history). */
  private hasCommits = false

  private constructor(readonly path: string) {
    created.add(this)
  }

  /** A new repository with branch `main` in a fresh temp folder. */
  static init(options: { bare?: boolean } = {}): GitRepo {
    const repo = new GitRepo(fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-git-')))
    repo.git(['init', '-q', '-b', 'main', ...(options.bare === true ? ['--bare'] : [])])
    return repo
  }

  /** A temp folder that is not a repository, for error cases. */
  static plainFolder(): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-nogit-'))
    folders.add(folder)
    return folder
  }

  /**
   * Clones `source` through `file://` (so `--depth` really makes a shallow clone).
   * `args` go to `git clone`, e.g. ['--depth', '1'] or ['--shallow-since', '2024-02-01'].
   */
  static clone(source: GitRepo, args: readonly string[] = []): GitRepo {
    const repo = new GitRepo(fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-clone-')))
    execFileSync('git', ['clone', '-q', ...args, `file://${source.path}`, repo.path], {
      env: isolatedEnv(),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    repo.hasCommits = source.hasCommits
    return repo
  }

  /** Runs git in the repository and returns its stdout (trimmed of the final newline). */
  git(
    args: readonly string[],
    options: { input?: string | Uint8Array; env?: Record<string, string> } = {}
  ): string {
    const output = execFileSync('git', [...GIT_SETTINGS, ...args], {
      cwd: this.path,
      env: isolatedEnv(options.env),
      input: options.input,
      stdio: ['pipe', 'pipe', 'pipe'],
      encoding: 'utf8'
    })
    return output.replace(/\n$/, '')
  }

  /** Runs a `sh -e` script in the repository, where `$GIT` is git with `git()`'s settings. */
  private shell(
    script: string,
    options: { input?: string | Uint8Array; env?: Record<string, string> } = {}
  ): string {
    const output = execFileSync('/bin/sh', ['-ec', script], {
      cwd: this.path,
      env: isolatedEnv({ GIT: ['git', ...GIT_SETTINGS].join(' '), ...options.env }),
      input: options.input,
      stdio: ['pipe', 'pipe', 'pipe'],
      encoding: 'utf8'
    })
    return output.replace(/\n$/, '')
  }

  /** Writes a file in the work tree (not staged: `commit` stages everything). */
  write(file: string, content: string | Uint8Array): this {
    const target = path.join(this.path, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, content)
    return this
  }

  read(file: string): string {
    return fs.readFileSync(path.join(this.path, file), 'utf8')
  }

  /** Writes `.mailmap` in the work tree, which `git log` reads for %aN/%aE. */
  mailmap(entries: readonly MailmapEntry[]): this {
    const lines = entries.map(
      ({ proper, commit }) => `${proper.name} <${proper.email}> ${commit.name} <${commit.email}>`
    )
    return this.write('.mailmap', `${lines.join('\n')}\n`)
  }

  /**
   * Stages every change in the work tree plus `spec`'s files, renames and symlinks, and commits.
   * Returns the new commit's full sha. Empty commits are allowed.
   */
  commit(spec: CommitSpec | string): string {
    const commit = typeof spec === 'string' ? { message: spec } : spec
    for (const [from, to] of Object.entries(commit.renames ?? {})) {
      fs.mkdirSync(path.dirname(path.join(this.path, to)), { recursive: true })
      this.git(['mv', '--', from, to])
    }
    for (const [file, content] of Object.entries(commit.files ?? {})) {
      if (content === null) fs.rmSync(path.join(this.path, file), { force: true })
      else this.write(file, content)
    }
    for (const [link, target] of Object.entries(commit.symlinks ?? {})) {
      fs.rmSync(path.join(this.path, link), { force: true })
      fs.mkdirSync(path.dirname(path.join(this.path, link)), { recursive: true })
      fs.symlinkSync(target, path.join(this.path, link))
    }
    const { author, committer } = this.stamp(commit)
    // Staging, committing and reading the sha in one process: a test file makes hundreds of
    // commits, and each process a jest worker starts costs a fork of the worker's whole memory.
    const sha = this.shell(COMMIT_SCRIPT, {
      input: commit.message,
      env: {
        GIT_AUTHOR_NAME: author.person.name,
        GIT_AUTHOR_EMAIL: author.person.email,
        GIT_AUTHOR_DATE: new Date(author.date).toISOString(),
        GIT_COMMITTER_NAME: committer.person.name,
        GIT_COMMITTER_EMAIL: committer.person.email,
        GIT_COMMITTER_DATE: new Date(committer.date).toISOString()
      }
    })
    this.hasCommits = true
    return sha
  }

  /**
   * Makes the first history of a new repository: the commits `commit` would make for `specs`,
   * in order, with the same shas, through one `git fast-import`, then checks the last one out.
   * Each spec's files, renames and symlinks are its whole change (nothing else is staged).
   * Returns the shas in order.
   */
  commitAll(specs: readonly (CommitSpec | string)[]): string[] {
    if (this.hasCommits) throw new Error('commitAll makes a first history; use commit() after it')
    const stream = specs.flatMap((spec, i) => {
      const commit = typeof spec === 'string' ? { message: spec } : spec
      const { author, committer } = this.stamp(commit)
      return [
        Buffer.from(
          `commit refs/heads/main\nmark :${i + 1}\n` +
            `author ${signature(author.person, author.date)}\n` +
            `committer ${signature(committer.person, committer.date)}\n`
        ),
        ...dataCommand(cleanMessage(commit.message)),
        ...fileCommands(commit)
      ]
    })
    const marks = specs.map((_, i) => `get-mark :${i + 1}\n`).join('')
    const checkout = this.isBare() ? '' : ' && $GIT checkout -q -f main'
    const output = this.shell(`$GIT fast-import --quiet${checkout}`, {
      input: Buffer.concat([...stream, Buffer.from(marks)])
    })
    this.hasCommits = specs.length > 0
    return output === '' ? [] : output.split('\n')
  }

  private isBare(): boolean {
    return !fs.existsSync(path.join(this.path, '.git'))
  }

  /** The next commit's identities and times (ms), moving the clock as `commit` does. */
  private stamp(
    commit: CommitSpec
  ): Record<'author' | 'committer', { person: Person; date: number }> {
    this.clock =
      commit.date === undefined ? this.clock + ONE_HOUR_MS : Date.parse(isoDate(commit.date))
    const author = commit.author ?? DEFAULT_AUTHOR
    const timeOf = (date: string | Date | undefined): number =>
      date === undefined ? this.clock : Date.parse(isoDate(date))
    return {
      author: { person: author, date: timeOf(commit.authorDate) },
      committer: { person: commit.committer ?? author, date: timeOf(commit.committerDate) }
    }
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD'])
  }

  /** Creates `name` at `from` (default HEAD) and switches to it. */
  branch(name: string, from = 'HEAD'): this {
    this.git(['switch', '-q', '-c', name, from])
    return this
  }

  switchTo(name: string): this {
    this.git(['switch', '-q', name])
    return this
  }

  /** Merges `branch` into the current branch with a real merge commit; returns its sha. */
  merge(
    branch: string,
    options: { message?: string; date?: string | Date; author?: Person } = {}
  ): string {
    this.clock =
      options.date === undefined ? this.clock + ONE_HOUR_MS : Date.parse(isoDate(options.date))
    const date = new Date(this.clock).toISOString()
    const author = options.author ?? DEFAULT_AUTHOR
    this.git(
      [
        'merge',
        '-q',
        '--no-ff',
        '--no-verify',
        '-m',
        options.message ?? `Merge branch '${branch}'`,
        branch
      ],
      {
        env: {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_NAME: author.name,
          GIT_COMMITTER_EMAIL: author.email,
          GIT_COMMITTER_DATE: date
        }
      }
    )
    return this.head()
  }

  /** Sets (or replaces) a remote's URL without contacting it. */
  setRemote(url: string, name = 'origin'): this {
    const remotes = this.git(['remote']).split('\n')
    this.git(
      remotes.includes(name) ? ['remote', 'set-url', name, url] : ['remote', 'add', name, url]
    )
    return this
  }

  /** Deletes the temp folder. */
  remove(): void {
    fs.rmSync(this.path, { recursive: true, force: true })
    created.delete(this)
  }
}

/** A spec's change as fast-import commands: the tree `git mv`, writes and deletes leave. */
export function fileCommands(commit: Pick<CommitSpec, 'files' | 'renames' | 'symlinks'>): Buffer[] {
  const renames = Object.entries(commit.renames ?? {}).map(([from, to]) =>
    Buffer.from(`R ${quoted(from)} ${quoted(to)}\n`)
  )
  const files = Object.entries(commit.files ?? {}).flatMap(([file, content]) =>
    content === null
      ? [Buffer.from(`D ${quoted(file)}\n`)]
      : [Buffer.from(`M 100644 inline ${quoted(file)}\n`), ...dataCommand(content)]
  )
  const links = Object.entries(commit.symlinks ?? {}).flatMap(([link, target]) => [
    Buffer.from(`M 120000 inline ${quoted(link)}\n`),
    ...dataCommand(target)
  ])
  return [...renames, ...files, ...links]
}

/** Removes every repository and folder this module created; call it in afterAll/afterEach. */
export function cleanupGitRepos(): void {
  for (const repo of [...created]) repo.remove()
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
  folders.clear()
}
