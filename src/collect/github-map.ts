// Pure mapping from GitHub's GraphQL and REST shapes to the pipeline's Change records.
import type { Change, FileChange, FileStatus } from '../model.js'
import type { ChangeType, FileNode, HistoryCommitNode, PullNode } from './github-queries.js'

/** GitHub lists at most this many files of a pull request, in GraphQL and REST alike. */
export const PULL_FILE_CAP = 3000

const STATUS_OF_CHANGE_TYPE: Record<ChangeType, FileStatus> = {
  ADDED: 'added',
  MODIFIED: 'modified',
  DELETED: 'deleted',
  RENAMED: 'renamed',
  COPIED: 'copied',
  // GitHub's CHANGED is git's status 'T': the file's type changed (e.g. file → symlink).
  CHANGED: 'type-changed'
}

function fileStatusOfChangeType(changeType: ChangeType): FileStatus {
  return STATUS_OF_CHANGE_TYPE[changeType] ?? 'modified'
}

/** REST's `status` of a file ('removed', 'changed', ...) as a FileStatus. */
function fileStatusOfRest(status: string): FileStatus {
  switch (status) {
    case 'added':
      return 'added'
    case 'removed':
      return 'deleted'
    case 'renamed':
      return 'renamed'
    case 'copied':
      return 'copied'
    case 'changed':
      return 'type-changed'
    default:
      return 'modified'
  }
}

export function fileOfNode(node: FileNode): FileChange {
  return {
    path: node.path,
    status: fileStatusOfChangeType(node.changeType),
    additions: node.additions,
    deletions: node.deletions
  }
}

/** A file as REST's pull and commit endpoints list it. */
export interface RestFile {
  filename: string
  previous_filename?: string
  status: string
  additions: number
  deletions: number
  patch?: string
}

export function fileOfRest(file: RestFile): FileChange {
  const change: FileChange = {
    path: file.filename,
    status: fileStatusOfRest(file.status),
    additions: file.additions,
    deletions: file.deletions
  }
  if (file.previous_filename) change.previousPath = file.previous_filename
  // REST leaves `patch` out for binary files and for diffs too large to show.
  if (file.patch !== undefined) change.patch = file.patch
  return change
}

function compact<T>(items: readonly (T | null | undefined)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => item != null)
}

/** A merged PR (with the files listed so far) as a Change. */
export function changeOfPull(node: PullNode): Change {
  // GitHub shows a deleted account as "ghost".
  const login = node.author?.login ?? 'ghost'
  const change: Change = {
    id: String(node.number),
    kind: 'pull_request',
    title: node.title,
    body: node.body ?? '',
    author: { name: login, login, type: node.author?.__typename ?? 'User' },
    time: node.mergedAt ?? node.updatedAt,
    labels: compact(node.labels?.nodes).map(label => label.name),
    files: compact(node.files?.nodes).map(fileOfNode),
    url: node.url,
    reviews: compact(node.reviews?.nodes).map(review => ({
      author: review.author?.login ?? 'ghost',
      state: review.state,
      submittedAt: review.submittedAt ?? ''
    })),
    commitCount: node.commits.totalCount
  }
  if (node.mergeCommit) change.mergeCommit = node.mergeCommit.oid
  return change
}

/** A commit of the default branch that no PR holds, with the files REST gave for it. */
export function changeOfDirectPush(node: HistoryCommitNode, files: FileChange[]): Change {
  const name = node.author?.name ?? node.author?.user?.login ?? 'unknown'
  const change: Change = {
    id: node.oid,
    kind: 'commit',
    title: node.messageHeadline,
    body: node.messageBody,
    author: { name },
    time: node.committedDate,
    labels: [],
    files,
    url: node.url
  }
  if (node.author?.email) change.author.email = node.author.email
  if (node.author?.user?.login) change.author.login = node.author.user.login
  return change
}
