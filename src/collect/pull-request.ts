import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Octokit } from '@octokit/rest'
import type { Change, FileChange, FileStatus, RepoContext } from '../model.js'
import { GIT_STATUS_LETTERS } from '../model.js'

const run = promisify(execFile)

/** The parts of a `pull_request` webhook payload this action reads. */
export interface PullRequestPayload {
  number: number
  title?: string | null
  body?: string | null
  html_url?: string
  created_at?: string
  updated_at?: string
  user?: { login?: string; type?: string } | null
  labels?: { name?: string }[]
  base: { sha: string; ref?: string }
  head: { sha: string; ref?: string }
  commits?: number
  changed_files?: number
}

/** Reads the pull request out of an event payload, or says clearly what is missing. */
export function pullRequestFromPayload(payload: Record<string, unknown>): PullRequestPayload {
  const pull = payload['pull_request'] as Partial<PullRequestPayload> | undefined
  if (!pull || typeof pull.number !== 'number' || !pull.base?.sha || !pull.head?.sha) {
    throw new Error('The event payload has no pull_request with number, base.sha and head.sha')
  }
  return pull as PullRequestPayload
}

/** This PR as one `Change` of kind pull_request, with the files given. */
export function pullRequestChange(pull: PullRequestPayload, files: FileChange[]): Change {
  const login = pull.user?.login
  return {
    id: String(pull.number),
    kind: 'pull_request',
    title: pull.title ?? '',
    body: pull.body ?? '',
    author: {
      name: login ?? 'unknown',
      ...(login ? { login } : {}),
      ...(pull.user?.type ? { type: pull.user.type } : {})
    },
    time: pull.updated_at ?? pull.created_at ?? new Date().toISOString(),
    labels: (pull.labels ?? []).map(label => label.name ?? '').filter(Boolean),
    files,
    ...(pull.changed_files !== undefined && pull.changed_files > files.length
      ? { filesTotal: pull.changed_files }
      : {}),
    ...(pull.html_url ? { url: pull.html_url } : {}),
    ...(pull.commits !== undefined ? { commitCount: pull.commits } : {})
  }
}

const API_STATUS: Record<string, FileStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'type-changed',
  unchanged: 'modified'
}

/** The PR's files from `pulls.listFiles`, all pages (GitHub stops at 3,000 files), with patches. */
export async function listPullRequestFiles(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  pullNumber: number
): Promise<FileChange[]> {
  try {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repository,
      pull_number: pullNumber,
      per_page: 100
    })
    return files.map(file => ({
      path: file.filename,
      ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
      status: API_STATUS[file.status] ?? 'modified',
      additions: file.additions,
      deletions: file.deletions,
      ...(file.patch !== undefined ? { patch: file.patch } : {})
    }))
  } catch (error) {
    throw new Error(`Listing the files of pull request #${pullNumber}`, { cause: error })
  }
}

async function git(repoPath: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: repoPath,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8'
  })
  return stdout
}

/** The PR's files from the checkout: `git diff base...head` (needs both commits fetched). */
export async function diffPullRequestFiles(
  repoPath: string,
  baseSha: string,
  headSha: string
): Promise<FileChange[]> {
  const range = `${baseSha}...${headSha}`
  for (const sha of [baseSha, headSha]) {
    try {
      await git(repoPath, ['cat-file', '-e', `${sha}^{commit}`])
    } catch {
      throw new Error(
        `The checkout does not hold commit ${sha}; check out with fetch-depth: 0, or use source: github`
      )
    }
  }
  const [nameStatus, numstat, patch] = await Promise.all([
    git(repoPath, ['diff', '--name-status', '-M', '-z', range]),
    git(repoPath, ['diff', '--numstat', '-M', '-z', range]),
    git(repoPath, ['diff', '-M', '--no-color', '--no-ext-diff', range])
  ])
  const counts = parseNumstat(numstat)
  const patches = parsePatches(patch)
  return parseNameStatus(nameStatus).map(file => {
    const count = counts.get(file.path)
    const filePatch = patches.get(file.path)
    return {
      ...file,
      additions: count ? count.additions : 0,
      deletions: count ? count.deletions : 0,
      ...(filePatch !== undefined ? { patch: filePatch } : {})
    }
  })
}

type NamedFile = Pick<FileChange, 'path' | 'previousPath' | 'status'>

function parseNameStatus(output: string): NamedFile[] {
  const fields = output.split('\0')
  const files: NamedFile[] = []
  for (let i = 0; i < fields.length;) {
    const code = fields[i++] ?? ''
    if (!code) continue
    const status = GIT_STATUS_LETTERS[code[0] ?? ''] ?? 'modified'
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++] ?? ''
      files.push({ path: fields[i++] ?? '', previousPath, status })
    } else {
      files.push({ path: fields[i++] ?? '', status })
    }
  }
  return files
}

function parseNumstat(
  output: string
): Map<string, { additions: number | null; deletions: number | null }> {
  const counts = new Map<string, { additions: number | null; deletions: number | null }>()
  const fields = output.split('\0')
  for (let i = 0; i < fields.length;) {
    const record = fields[i++] ?? ''
    if (!record) continue
    const [added = '-', deleted = '-', path = ''] = record.split('\t')
    // A rename leaves the path empty and gives old and new paths as the next two fields.
    const target = path === '' ? (i++, fields[i++] ?? '') : path
    counts.set(target, {
      additions: added === '-' ? null : Number(added),
      deletions: deleted === '-' ? null : Number(deleted)
    })
  }
  return counts
}

/** Splits a unified diff into hunks per (new) path, without the `diff --git` headers. */
function parsePatches(diff: string): Map<string, string> {
  const patches = new Map<string, string>()
  for (const section of diff.split(/^diff --git /m).slice(1)) {
    const lines = section.split('\n')
    const renameTo = lines.find(line => line.startsWith('rename to '))?.slice('rename to '.length)
    const plus = lines.find(line => line.startsWith('+++ '))
    const minus = lines.find(line => line.startsWith('--- '))
    const path =
      renameTo ??
      (plus && plus !== '+++ /dev/null' ? plus.slice('+++ b/'.length) : undefined) ??
      (minus && minus !== '--- /dev/null' ? minus.slice('--- a/'.length) : undefined)
    const firstHunk = lines.findIndex(line => line.startsWith('@@'))
    if (!path || firstHunk < 0) continue
    patches.set(path, lines.slice(firstHunk).join('\n').replace(/\n$/, ''))
  }
  return patches
}

/** Repository facts from the checkout that classification reads (a missing file is fine). */
export async function readCheckoutContext(workspace: string): Promise<RepoContext> {
  try {
    return { gitattributes: await readFile(path.join(workspace, '.gitattributes'), 'utf8') }
  } catch {
    return {}
  }
}

/** The current branch of a local clone, read as the pull request it would open against a base. */
export interface LocalBranch {
  base: string
  baseSha: string
  headSha: string
  /** The title GitHub proposes: the one commit's subject, else the branch name as words. */
  title: string
  /** The one commit's message body, else empty (as GitHub proposes). */
  body: string
  author: { name: string; login?: string }
}

/**
 * Reads HEAD of `repoPath` against `base` (default: the remote's default branch from
 * `origin/HEAD`, else `main`, else `master`). No token and no API: the clone only.
 */
export async function readLocalBranch(repoPath: string, base?: string): Promise<LocalBranch> {
  const chosen = base ?? (await defaultBase(repoPath))
  const sha = async (ref: string): Promise<string> => {
    try {
      return (await git(repoPath, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
    } catch {
      throw new Error(`No commit "${ref}" in ${repoPath}`)
    }
  }
  const [baseSha, headSha] = [await sha(chosen), await sha('HEAD')]
  const log = await git(repoPath, [
    'log',
    '--format=%s%x1f%b%x1f%an%x1f%ae%x1e',
    `${baseSha}..${headSha}`
  ])
  const commits = log
    .split('\x1e')
    .map(record => record.trim())
    .filter(Boolean)
    .map(record => record.split('\x1f'))
  const [subject = '', message = '', name = '', email = ''] = commits.at(-1) ?? []
  const branch = (await git(repoPath, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim()
  const login = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1]
  return {
    base: chosen,
    baseSha,
    headSha,
    title: commits.length === 1 ? subject : branchTitle(branch),
    body: commits.length === 1 ? message.trim() : '',
    author: { name: name || 'unknown', ...(login ? { login } : {}) }
  }
}

/** `fix-login_bug` → `Fix login bug`, as GitHub titles a PR of several commits. */
function branchTitle(branch: string): string {
  const words = branch.replace(/^.*\//, '').replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

async function defaultBase(repoPath: string): Promise<string> {
  for (const ref of ['origin/HEAD', 'main', 'master']) {
    try {
      await git(repoPath, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      return ref
    } catch {
      // Not there: the next candidate.
    }
  }
  throw new Error('No --base given and no origin/HEAD, main or master to compare with')
}
