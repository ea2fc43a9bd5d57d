import { createHash } from 'node:crypto'
import type { CategoryId, Change, FileChange, FileStatus } from '../model.js'
import { CATEGORY_IDS, GIT_STATUS_LETTERS } from '../model.js'

// The labelled-commit shape of ../shared/eval/dev-set.json and of our own fixtures
// (__tests__/fixtures/labelled/*.json): `labels` are the expected categories. Our fixtures add
// `patch` on files, and may add `prLabels` (PR labels) and `gitattributes`.

interface LabelledFile {
  path: string
  status: string
  additions: number | null
  deletions: number | null
  patch?: string
  previousPath?: string
}

export interface LabelledCommit {
  repo?: string
  sha: string
  author: string
  date?: string
  message: string
  files: LabelledFile[]
  labels: CategoryId[]
  hard?: boolean
  why?: string
  prLabels?: string[]
  gitattributes?: string
  /** Each reader's own labels (A and B blind to each other, C a third reading on disagreement). */
  labellers?: Record<string, { labels: CategoryId[]; why?: string; hard?: boolean }>
}

function toFileStatus(status: string): FileStatus {
  const byLetter = GIT_STATUS_LETTERS[status.charAt(0).toUpperCase()]
  if (status.length > 1 && Object.values(GIT_STATUS_LETTERS).includes(status as FileStatus))
    return status as FileStatus
  return byLetter ?? 'modified'
}

export function toChange(commit: LabelledCommit): Change {
  const [title = '', ...rest] = commit.message.split('\n')
  return {
    id: commit.sha,
    kind: 'commit',
    title,
    body: rest.join('\n').trim(),
    author: { name: commit.author },
    time: commit.date ?? '1970-01-01T00:00:00Z',
    labels: commit.prLabels ?? [],
    files: commit.files.map((file): FileChange => ({
      path: file.path,
      status: toFileStatus(file.status),
      additions: file.additions,
      deletions: file.deletions,
      ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
      ...(file.patch !== undefined ? { patch: file.patch } : {})
    }))
  }
}

/** Reads the commits of a labelled set, checking the shape so a broken file fails loudly. */
export function parseLabelledSet(json: unknown, origin: string): LabelledCommit[] {
  const commits = Array.isArray(json) ? json : (json as { commits?: unknown } | null)?.commits
  if (!Array.isArray(commits))
    throw new Error(`${origin}: expected an array of commits or { commits: [...] }`)
  commits.forEach((commit: Partial<LabelledCommit>, index) => {
    const where = `${origin}: commit ${index} (${commit.sha ?? 'no sha'})`
    if (
      typeof commit.sha !== 'string' ||
      typeof commit.message !== 'string' ||
      !Array.isArray(commit.files)
    ) {
      throw new Error(`${where}: needs sha, message and files`)
    }
    if (
      !Array.isArray(commit.labels) ||
      commit.labels.some(label => !CATEGORY_IDS.includes(label))
    ) {
      throw new Error(`${where}: labels must be a subset of ${CATEGORY_IDS.join(', ')}`)
    }
  })
  return commits as LabelledCommit[]
}

export type Half = 'calibration' | 'held-back'

/**
 * Which half of a labelled set a commit belongs to, by a hash of its sha: the rules are tuned
 * on the calibration half and the held-back half is only measured, so its figures say how the
 * classifier does on commits it was not tuned on.
 */
export function halfOf(sha: string): Half {
  const first = createHash('sha256').update(sha).digest()[0] ?? 0
  return first % 2 === 0 ? 'calibration' : 'held-back'
}
