import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { GitSourceError } from './git-errors.js'

// Runs git for the git source: the only place that spawns it, so the environment, the error
// mapping and the streaming discipline are the same for every call.

export interface GitRunner {
  /** The git executable (a name looked up on PATH, or a path). */
  binary: string
  /** Passed as `git -C <repoPath>`, so git finds the repository from any folder inside it. */
  repoPath: string
}

/** What git printed and how it ended, for calls whose output is small. */
export interface GitResult {
  exitCode: number
  stdout: string
  stderr: string
}

// Settings that would change the shape of the output we parse, pinned whatever the user's
// config says (log.showSignature would interleave gpg output; suppressBlankEmpty would drop the
// leading space of empty context lines, which the patch splitter relies on).
const PINNED_CONFIG = [
  'core.quotePath=false',
  'log.showSignature=false',
  'diff.suppressBlankEmpty=false',
  'diff.noprefix=false',
  'diff.mnemonicPrefix=false',
  'color.ui=never'
]

/**
 * Settings for speed, not shape. git keeps up to 96 MB of inflated delta bases by default;
 * a history read in order reuses few of them, and filling that cache cost more (allocation,
 * page faults) than it saved: with 16 MB, `git log --numstat` over 20,000 commits ran 13–20%
 * faster in under half the memory, on both a fast-import pack and one repacked with
 * `--depth=50 --window=250` for deep delta chains (`npm run bench` shows both baselines).
 */
export const SPEED_CONFIG = ['core.deltaBaseCacheLimit=16m']

/** Keep stderr for error messages, but never let a chatty failure grow without bound. */
const MAX_STDERR_CHARS = 8_000

function gitEnvironment(): NodeJS.ProcessEnv {
  // GIT_FLUSH=0: on a pipe git would write each commit as soon as it is done, and the reader
  // would wake for each; our parsers take output in any chunks, so fully buffered output
  // means a fraction of the reads.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_FLUSH: '0'
  }
  // The repository is named explicitly with -C; an inherited GIT_DIR (e.g. inside a git hook)
  // would silently point git somewhere else.
  delete env.GIT_DIR
  delete env.GIT_WORK_TREE
  delete env.GIT_INDEX_FILE
  delete env.GIT_PREFIX
  return env
}

export function spawnGit(
  runner: GitRunner,
  args: readonly string[]
): ChildProcessWithoutNullStreams {
  const configArgs = [...PINNED_CONFIG, ...SPEED_CONFIG].flatMap(setting => ['-c', setting])
  return spawn(runner.binary, ['-C', runner.repoPath, ...configArgs, ...args], {
    env: gitEnvironment(),
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true
  })
}

function spawnFailure(runner: GitRunner, error: unknown): GitSourceError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') {
    return new GitSourceError(
      'git-not-found',
      `Could not run git ('${runner.binary}'): it is not installed or not on PATH. ` +
        'Install git, or use the GitHub API source instead.',
      { cause: error }
    )
  }
  return new GitSourceError('git-failed', `Could not run git: ${String(error)}`, { cause: error })
}

/** Resolves when the child exits, rejecting with a typed error if it could not start. */
export function exitOf(
  runner: GitRunner,
  child: ChildProcessWithoutNullStreams
): Promise<{ exitCode: number; stderr: () => string }> {
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (text: string) => {
    if (stderr.length < MAX_STDERR_CHARS) stderr += text
  })
  return new Promise((resolve, reject) => {
    child.once('error', error => reject(spawnFailure(runner, error)))
    child.once('close', (exitCode, signal) =>
      resolve({ exitCode: exitCode ?? (signal ? 128 : 1), stderr: () => stderr.trim() })
    )
  })
}

/** Runs git to completion and returns its (small) output. Only spawn failures throw. */
export async function runGit(
  runner: GitRunner,
  args: readonly string[],
  input?: string
): Promise<GitResult> {
  const child = spawnGit(runner, args)
  const exited = exitOf(runner, child)
  // A failed spawn also errors stdin; the 'error' handler of exitOf reports the real cause.
  child.stdin.on('error', () => undefined)
  child.stdin.end(input ?? '')
  const chunks: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  const { exitCode, stderr } = await exited
  return { exitCode, stdout: Buffer.concat(chunks).toString('utf8'), stderr: stderr() }
}

export function gitFailure(doing: string, exitCode: number, stderr: string): GitSourceError {
  const detail = stderr === '' ? '' : `: ${stderr}`
  return new GitSourceError('git-failed', `git failed while ${doing} (exit ${exitCode})${detail}`)
}

/** A running git whose stdout is being streamed; its stdin stays open until `finish`. */
export interface StreamingGit {
  /** Sends a line to git's stdin (git may answer before stdin ends, e.g. `diff-tree --stdin`). */
  writeLine(line: string): void
  /** Ends stdin and resolves once all output is consumed; a non-zero exit rejects. */
  finish(): Promise<void>
  /** Stops git (after a failure elsewhere); never rejects. */
  abort(): Promise<void>
}

/**
 * Starts git and streams its stdout into `onChunk` as it arrives (never buffering the whole
 * output). A non-zero exit is a `git-failed` error naming what was being done.
 */
export function startGit(
  runner: GitRunner,
  args: readonly string[],
  doing: string,
  onChunk: (chunk: Buffer) => void
): StreamingGit {
  const child = spawnGit(runner, args)
  const exited = exitOf(runner, child)
  child.stdin.on('error', () => undefined)
  const consumed = (async () => {
    try {
      for await (const chunk of child.stdout) onChunk(chunk as Buffer)
    } catch (error) {
      child.kill()
      throw error
    }
  })()
  // Both are awaited in finish(); until then, mark them handled so an early failure is not
  // reported as an unhandled rejection.
  exited.catch(() => undefined)
  consumed.catch(() => undefined)
  // Lines are gathered and sent in one write once the current task is done: a write per line
  // wakes git for each, and over a thousand shas that cost a tenth of a report's time.
  let pending = ''
  const flush = (): void => {
    if (pending === '') return
    child.stdin.write(pending)
    pending = ''
  }
  return {
    writeLine: line => {
      if (pending === '') queueMicrotask(flush)
      pending += `${line}\n`
    },
    finish: async () => {
      flush()
      child.stdin.end()
      try {
        await consumed
      } catch (error) {
        await exited.catch(() => undefined)
        throw error
      }
      const { exitCode, stderr } = await exited
      if (exitCode !== 0) throw gitFailure(doing, exitCode, stderr())
    },
    abort: async () => {
      child.kill()
      await Promise.allSettled([exited, consumed])
    }
  }
}

/** Runs git to completion, streaming its stdout into `onChunk`; see startGit. */
export async function streamGit(
  runner: GitRunner,
  args: readonly string[],
  doing: string,
  onChunk: (chunk: Buffer) => void
): Promise<void> {
  await startGit(runner, args, doing, onChunk).finish()
}

/** Synchronous, for the few facts a Source must expose as plain properties. */
export function runGitSync(runner: GitRunner, args: readonly string[]): GitResult {
  const result = spawnSync(runner.binary, ['-C', runner.repoPath, ...args], {
    env: gitEnvironment(),
    encoding: 'utf8',
    windowsHide: true
  })
  return {
    exitCode: result.error !== undefined ? 127 : (result.status ?? 1),
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? ''
  }
}
