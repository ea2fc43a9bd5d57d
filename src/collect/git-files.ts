// Files at a commit, read by one `git cat-file --batch` however many are asked for: each
// `git cat-file blob` would be a process of its own, and starting git costs more than
// reading a small file.
import type { RepoContext } from '../model.js'
import { CODEOWNERS_PATHS } from '../repo-files/codeowners.js'
import { GitSourceError } from './git-errors.js'
import { exitOf, gitFailure, spawnGit } from './git-exec.js'
import type { GitRunner } from './git-exec.js'

export interface BlobRead {
  /** Said in the error when git fails, e.g. 'reading files for reach'. */
  doing: string
  /** A blob larger than this is left out; default: none is. */
  maxBytes?: number
}

/**
 * The text of `commit:path` for each of `paths`, by path. A path that is missing at that commit,
 * is not a file, or is larger than `maxBytes` has no entry. A commit that does not exist (an
 * empty repository's HEAD) reads as every path missing.
 */
export async function readBlobsAt(
  runner: GitRunner,
  commit: string,
  paths: readonly string[],
  read: BlobRead
): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  if (paths.length === 0) return texts
  const child = spawnGit(runner, ['cat-file', '--batch'])
  const exited = exitOf(runner, child)
  child.stdin.on('error', () => undefined)
  child.stdin.end(paths.map(file => `${commit}:${file}\n`).join(''))
  const chunks: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  const { exitCode, stderr } = await exited
  if (exitCode !== 0) throw gitFailure(read.doing, exitCode, stderr())
  const output = Buffer.concat(chunks)
  const maxBytes = read.maxBytes ?? Infinity
  let at = 0
  // git answers in the order asked: a header line, then (for an object) its bytes and a newline.
  for (const file of paths) {
    const newline = output.indexOf(0x0a, at)
    if (newline < 0) break
    const header = /^[0-9a-f]+ (\w+) (\d+)$/.exec(output.subarray(at, newline).toString('utf8'))
    at = newline + 1
    if (header === null) continue // "<name> missing"
    const bytes = Number(header[2])
    if (header[1] === 'blob' && bytes <= maxBytes) {
      texts.set(file, output.subarray(at, at + bytes).toString('utf8'))
    }
    at += bytes + 1
  }
  return texts
}

/** GitHub's limit on a CODEOWNERS file: a larger one is not used. */
const CONTEXT_MAX_BYTES = 3 * 1024 * 1024

/** .gitattributes and CODEOWNERS at HEAD, in one git call; a repository git cannot read has none. */
export async function readRepoContext(runner: GitRunner): Promise<RepoContext> {
  const texts = await readBlobsAt(runner, 'HEAD', ['.gitattributes', ...CODEOWNERS_PATHS], {
    doing: 'reading .gitattributes and CODEOWNERS',
    // GitHub ignores a CODEOWNERS file over 3 MB; neither file is read past that.
    maxBytes: CONTEXT_MAX_BYTES
  }).catch((error: unknown) => {
    // Only git's own failure (no repository there) means "none": the history inspection names
    // that case. A git that cannot start at all stays an error.
    if (error instanceof GitSourceError && error.code === 'git-failed') return new Map()
    throw error
  })
  const gitattributes = texts.get('.gitattributes')
  const codeowners = CODEOWNERS_PATHS.map(file => texts.get(file)).find(text => text !== undefined)
  return {
    ...(gitattributes === undefined ? {} : { gitattributes }),
    ...(codeowners === undefined ? {} : { codeowners })
  }
}
