// The GraphQL documents the GitHub source sends, and the shapes of their answers. Every
// document asks for `rateLimit`, so the client can add up what collection cost.
import { RATE_LIMIT_SELECTION, type RateLimitFields } from '../github/client.js'

/** GitHub's most nodes per connection page. */
export const MAX_PAGE = 100

const FILE_FIELDS =
  'nodes { path additions deletions changeType } pageInfo { hasNextPage endCursor }'

// Labels and reviews beyond these are rare; the first ones are what classification reads.
const LABELS_PER_PULL = 30
const REVIEWS_PER_PULL = 50

const PULL_FIELDS = `
  number title body url mergedAt updatedAt changedFiles
  author { __typename login }
  mergeCommit { oid parents(first: 1) { nodes { oid } } }
  commits { totalCount }
  labels(first: ${LABELS_PER_PULL}) { nodes { name } }
  reviews(first: ${REVIEWS_PER_PULL}) { nodes { author { login } state submittedAt } }
  files(first: ${MAX_PAGE}) { ${FILE_FIELDS} }`

/**
 * One page of merged PRs, most recently updated first, each with its first 100 files. The first
 * page also reads the default branch, its `.gitattributes` and CODEOWNERS (where GitHub looks
 * for it, in its order), so that costs no extra request.
 */
export const LIST_MERGED_PULLS = `
query ListMergedPulls($owner: String!, $name: String!, $first: Int!, $after: String, $withContext: Boolean!) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    defaultBranchRef @include(if: $withContext) { name }
    gitattributes: object(expression: "HEAD:.gitattributes") @include(if: $withContext) {
      ... on Blob { text }
    }
    codeownersGithub: object(expression: "HEAD:.github/CODEOWNERS") @include(if: $withContext) {
      ... on Blob { text }
    }
    codeownersRoot: object(expression: "HEAD:CODEOWNERS") @include(if: $withContext) {
      ... on Blob { text }
    }
    codeownersDocs: object(expression: "HEAD:docs/CODEOWNERS") @include(if: $withContext) {
      ... on Blob { text }
    }
    pullRequests(states: [MERGED], orderBy: { field: UPDATED_AT, direction: DESC }, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ${PULL_FIELDS} }
    }
  }
}`

/**
 * The next page of files of several PRs in one request: one aliased `pullRequest` per PR, each
 * with its own cursor.
 */
export function moreFilesQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i)
  const params = indexes.map(i => `$n${i}: Int!, $c${i}: String!`).join(', ')
  const fields = indexes
    .map(
      i =>
        `p${i}: pullRequest(number: $n${i}) { files(first: ${MAX_PAGE}, after: $c${i}) { ${FILE_FIELDS} } }`
    )
    .join('\n    ')
  return `
query MorePullFiles($owner: String!, $name: String!, ${params}) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`
}

/** Blob aliases per GraphQL request. */
export const BLOBS_PER_REQUEST = 100
/** A blob larger than this is not read as text, through the API or from a clone. */
export const MAX_BLOB_BYTES = 512 * 1024

/**
 * Versions of files read as blobs, one aliased `object(expression: "<commit>:<path>")` each, so
 * that many files' before and after texts come in one request.
 */
export function blobsQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i)
  const params = indexes.map(i => `$e${i}: String!`).join(', ')
  const fields = indexes
    .map(
      i =>
        `b${i}: object(expression: $e${i}) { ... on Blob { text byteSize isBinary isTruncated } }`
    )
    .join('\n    ')
  return `
query PullPatchBlobs($owner: String!, $name: String!, ${params}) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`
}

export interface BlobNode {
  /** Absent when the object is not a blob (a submodule's commit, a tree). */
  text?: string | null
  byteSize: number
  isBinary: boolean | null
  isTruncated: boolean
}

export interface BlobAnswer {
  rateLimit: RateLimitFields | null
  repository: Record<string, BlobNode | null> | null
}

/** Commits of the default branch in a time range, with whether any PR holds them. */
export const DEFAULT_BRANCH_HISTORY = `
query DefaultBranchHistory($owner: String!, $name: String!, $since: GitTimestamp!, $until: GitTimestamp!, $after: String) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      target {
        ... on Commit {
          history(first: ${MAX_PAGE}, after: $after, since: $since, until: $until) {
            pageInfo { hasNextPage endCursor }
            nodes {
              oid messageHeadline messageBody committedDate url
              parents { totalCount }
              author { name email user { login } }
              associatedPullRequests(first: 1) { totalCount }
            }
          }
        }
      }
    }
  }
}`

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'RENAMED' | 'COPIED' | 'CHANGED'

export interface FileNode {
  path: string
  additions: number
  deletions: number
  changeType: ChangeType
}

interface PageInfo {
  hasNextPage: boolean
  endCursor: string | null
}

export interface FilesConnection {
  nodes: (FileNode | null)[] | null
  pageInfo: PageInfo
}

export interface PullNode {
  number: number
  title: string
  body: string
  url: string
  mergedAt: string | null
  updatedAt: string
  changedFiles: number
  author: { __typename: string; login: string } | null
  mergeCommit: { oid: string; parents?: { nodes: ({ oid: string } | null)[] | null } | null } | null
  commits: { totalCount: number }
  labels: { nodes: ({ name: string } | null)[] | null } | null
  reviews: {
    nodes:
      | ({ author: { login: string } | null; state: string; submittedAt: string | null } | null)[]
      | null
  } | null
  files: FilesConnection | null
}

export interface ListMergedPullsAnswer {
  rateLimit: RateLimitFields | null
  repository: {
    defaultBranchRef?: { name: string } | null
    gitattributes?: { text?: string | null } | null
    codeownersGithub?: { text?: string | null } | null
    codeownersRoot?: { text?: string | null } | null
    codeownersDocs?: { text?: string | null } | null
    pullRequests: { pageInfo: PageInfo; nodes: (PullNode | null)[] | null }
  } | null
}

export interface MoreFilesAnswer {
  rateLimit: RateLimitFields | null
  repository: Record<string, { files: FilesConnection | null } | null> | null
}

export interface HistoryCommitNode {
  oid: string
  messageHeadline: string
  messageBody: string
  /** When it landed on the branch, as git's committer time: what the windows are cut by. */
  committedDate: string
  url: string
  parents: { totalCount: number }
  author: { name: string | null; email: string | null; user: { login: string } | null } | null
  associatedPullRequests: { totalCount: number } | null
}

export interface DefaultBranchHistoryAnswer {
  rateLimit: RateLimitFields | null
  repository: {
    defaultBranchRef: {
      target: {
        history?: { pageInfo: PageInfo; nodes: (HistoryCommitNode | null)[] | null }
      } | null
    } | null
  } | null
}
