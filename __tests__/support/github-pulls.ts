// Pull-request data for the loopback GitHub: merged PRs with files, labels and reviews, served
// the way github.com serves them — GraphQL `repository.pullRequests` with real cursors and
// pageInfo, a PR's `files` connection paging past 100 and capped at 3,000, the default branch
// history with `associatedPullRequests`, `rateLimit`, and the REST file lists with Link pages.
import type { LoopbackGitHub, LoopbackRequest, LoopbackResponse } from './github-server.js'
import { paginate } from './github-server.js'
import { expressionsIn, readBlobs, type BlobRecord } from './git-blobs.js'

/** A changed file as REST names it (GraphQL's changeType is derived from `status`). */
export interface FileRecord {
  filename: string
  previous_filename?: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions: number
  deletions: number
  patch?: string
}

interface ReviewRecord {
  login: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  submittedAt: string
}

export interface PullRecord {
  number: number
  title: string
  body: string
  author: { login: string; type: 'User' | 'Bot' | 'Organization' | 'Mannequin' } | null
  mergedAt: string
  updatedAt: string
  mergeCommit: string
  /** The merge commit's parents (first: the base side); none when the history is made up. */
  parents?: string[]
  labels: string[]
  reviews: ReviewRecord[]
  commitCount: number
  files: FileRecord[]
  /** What GitHub reports as `changedFiles`; defaults to files.length (set it to model > 3,000). */
  changedFiles?: number
}

interface CommitRecord {
  oid: string
  message: string
  author: { name: string; email: string; login?: string; type?: 'User' | 'Bot' }
  committedDate: string
  /** Numbers of the PRs GitHub associates with this commit; empty for a direct push. */
  pulls: number[]
  /** Parent count; 2 for a merge commit (default 1). */
  parents?: number
  files: FileRecord[]
}

export interface RepoData {
  owner: string
  name: string
  defaultBranch: string
  pulls: PullRecord[]
  /** Default-branch history, any order (served newest first). */
  commits: CommitRecord[]
  gitattributes?: string
  /** Served as `.github/CODEOWNERS` at HEAD. */
  codeowners?: string
  /** A clone whose objects answer `object(expression: "REF:path")` (blob reads at any commit). */
  gitDir?: string
}

/** GitHub stops listing a PR's files after this many, in GraphQL and REST alike. */
const FILE_LIST_CAP = 3000

let fileCounter = 0
/** A realistic file record; `overrides` win. */
export function makeFile(overrides: Partial<FileRecord> = {}): FileRecord {
  fileCounter += 1
  const filename = overrides.filename ?? `src/module-${fileCounter}.ts`
  return {
    filename,
    status: 'modified',
    additions: 3,
    deletions: 1,
    patch:
      '@@ -1,2 +1,4 @@\n export const a = 1\n-export const b = 2\n+export const b = 3\n+export const c = 4\n+export const d = 5',
    ...overrides
  }
}

/** `count` files under `dir`, named so they sort in order. */
export function makeFiles(count: number, dir = 'src'): FileRecord[] {
  return Array.from({ length: count }, (_, i) =>
    makeFile({ filename: `${dir}/file-${String(i).padStart(4, '0')}.ts` })
  )
}

/** A merged PR with defaults that look like a real one; `overrides` win. */
export function makePull(overrides: Partial<PullRecord> & { number: number }): PullRecord {
  const mergedAt = overrides.mergedAt ?? '2026-11-10T12:00:00Z'
  return {
    title: `Change number ${overrides.number}`,
    body: `Body of PR ${overrides.number}.`,
    author: { login: 'octocat', type: 'User' },
    mergedAt,
    updatedAt: overrides.updatedAt ?? new Date(Date.parse(mergedAt) + 60_000).toISOString(),
    mergeCommit: overrides.number.toString(16).padStart(40, 'a'),
    labels: [],
    reviews: [{ login: 'hubot', state: 'APPROVED', submittedAt: mergedAt }],
    commitCount: 2,
    files: [makeFile()],
    ...overrides
  }
}

/**
 * `count` merged PRs, one every `everyMinutes` going back from `newest`, numbered from
 * `firstNumber` upwards (the newest has the highest number), each with `filesPerPull` files.
 */
export function makePulls(options: {
  count: number
  newest: string
  everyMinutes?: number
  firstNumber?: number
  filesPerPull?: number | ((number: number) => number)
}): PullRecord[] {
  const every = (options.everyMinutes ?? 60) * 60_000
  const first = options.firstNumber ?? 1
  return Array.from({ length: options.count }, (_, i) => {
    const number = first + options.count - 1 - i
    const files =
      typeof options.filesPerPull === 'function'
        ? options.filesPerPull(number)
        : (options.filesPerPull ?? 3)
    return makePull({
      number,
      mergedAt: new Date(Date.parse(options.newest) - i * every).toISOString(),
      files: makeFiles(files, `pkg${number}`)
    })
  })
}

const CHANGE_TYPES: Record<FileRecord['status'], string> = {
  added: 'ADDED',
  removed: 'DELETED',
  modified: 'MODIFIED',
  renamed: 'RENAMED',
  copied: 'COPIED',
  changed: 'CHANGED',
  unchanged: 'MODIFIED'
}

interface ConnectionArgs {
  first?: number | null
  after?: string | null
}

const cursorOf = (index: number): string => Buffer.from(`cursor:v2:${index}`).toString('base64')
const indexAfter = (cursor: string | null | undefined): number =>
  cursor ? Number(Buffer.from(cursor, 'base64').toString('utf8').split(':')[2]) + 1 : 0

/** A GraphQL connection over `items` with GitHub's cursor semantics (first ≤ 100). */
function connection<T, N>(items: readonly T[], args: ConnectionArgs, toNode: (item: T) => N) {
  const first = Math.min(100, args.first ?? 100)
  const start = indexAfter(args.after)
  const slice = items.slice(start, start + first)
  const end = start + slice.length
  return {
    totalCount: items.length,
    nodes: slice.map(toNode),
    edges: slice.map((item, i) => ({ cursor: cursorOf(start + i), node: toNode(item) })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? cursorOf(start) : null,
      endCursor: slice.length ? cursorOf(end - 1) : null
    }
  }
}

function actor(author: { login: string; type: string } | null | undefined) {
  return author ? { __typename: author.type, login: author.login } : null
}

function pullNode(data: RepoData, pull: PullRecord) {
  const files = pull.files.slice(0, FILE_LIST_CAP)
  return {
    __typename: 'PullRequest',
    id: `PR_${pull.number}`,
    number: pull.number,
    title: pull.title,
    body: pull.body,
    url: `https://github.com/${data.owner}/${data.name}/pull/${pull.number}`,
    merged: true,
    mergedAt: pull.mergedAt,
    updatedAt: pull.updatedAt,
    createdAt: pull.mergedAt,
    changedFiles: pull.changedFiles ?? pull.files.length,
    additions: pull.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: pull.files.reduce((sum, f) => sum + f.deletions, 0),
    author: actor(pull.author),
    mergeCommit: {
      __typename: 'Commit',
      oid: pull.mergeCommit,
      parents: (args: ConnectionArgs) =>
        connection(pull.parents ?? [], args, oid => ({ __typename: 'Commit', oid }))
    },
    baseRefName: data.defaultBranch,
    commits: { totalCount: pull.commitCount },
    labels: (args: ConnectionArgs) => connection(pull.labels, args, name => ({ name })),
    reviews: (args: ConnectionArgs) =>
      connection(pull.reviews, args, review => ({
        author: actor({ login: review.login, type: 'User' }),
        state: review.state,
        submittedAt: review.submittedAt
      })),
    files: (args: ConnectionArgs) =>
      connection(files, args, file => ({
        path: file.filename,
        additions: file.additions,
        deletions: file.deletions,
        changeType: CHANGE_TYPES[file.status]
      }))
  }
}

function commitNode(data: RepoData, commit: CommitRecord) {
  const [headline = '', ...rest] = commit.message.split('\n')
  return {
    __typename: 'Commit',
    oid: commit.oid,
    message: commit.message,
    messageHeadline: headline,
    messageBody: rest.join('\n').trim(),
    committedDate: commit.committedDate,
    authoredDate: commit.committedDate,
    url: `https://github.com/${data.owner}/${data.name}/commit/${commit.oid}`,
    parents: { totalCount: commit.parents ?? 1 },
    author: {
      name: commit.author.name,
      email: commit.author.email,
      date: commit.committedDate,
      user: commit.author.login ? { login: commit.author.login } : null
    },
    associatedPullRequests: (args: ConnectionArgs) =>
      connection(
        data.pulls.filter(p => commit.pulls.includes(p.number)),
        args,
        p => pullNode(data, p)
      )
  }
}

export interface InstalledRepo {
  data: RepoData
  /** GraphQL calls whose document lists pull requests. */
  listCalls(): number
}

/**
 * Serves `data` from `server`: the GraphQL root (replacing any other) and REST routes for PR
 * files and commits. Returns the data, so a test can change it between collections.
 */
export function installPulls(server: LoopbackGitHub, data: RepoData): InstalledRepo {
  const newestFirst = <T>(items: T[], key: (item: T) => string): T[] =>
    [...items].sort((a, b) => key(b).localeCompare(key(a)))

  server.setGraphQLRoot(variables => {
    const blobs = data.gitDir ? readBlobs(data.gitDir, expressionsIn(variables)) : new Map()
    return root(blobs)
  })
  const root = (blobs: Map<string, BlobRecord>) => ({
    rateLimit: () => ({
      cost: 1,
      limit: server.rateLimit.limit,
      remaining: server.rateLimit.remaining,
      used: server.rateLimit.limit - server.rateLimit.remaining,
      resetAt: new Date(server.rateLimit.resetEpochSeconds * 1000).toISOString(),
      nodeCount: 0
    }),
    repository: (args: { owner: string; name: string }) => {
      if (args.owner !== data.owner || args.name !== data.name) return null
      return {
        nameWithOwner: `${data.owner}/${data.name}`,
        defaultBranchRef: {
          name: data.defaultBranch,
          target: {
            __typename: 'Commit',
            oid: data.commits[0]?.oid ?? '0'.repeat(40),
            history: (historyArgs: ConnectionArgs & { since?: string; until?: string }) =>
              connection(
                newestFirst(data.commits, c => c.committedDate).filter(
                  c =>
                    (!historyArgs.since || c.committedDate >= historyArgs.since) &&
                    (!historyArgs.until || c.committedDate <= historyArgs.until)
                ),
                historyArgs,
                c => commitNode(data, c)
              )
          }
        },
        object: (objectArgs: { expression: string }) =>
          objectArgs.expression === 'HEAD:.gitattributes' && data.gitattributes !== undefined
            ? { __typename: 'Blob', text: data.gitattributes, isBinary: false, byteSize: 1 }
            : objectArgs.expression === 'HEAD:.github/CODEOWNERS' && data.codeowners !== undefined
              ? { __typename: 'Blob', text: data.codeowners, isBinary: false, byteSize: 1 }
              : (blobs.get(objectArgs.expression) ?? null),
        pullRequest: (prArgs: { number: number }) => {
          const pull = data.pulls.find(p => p.number === prArgs.number)
          return pull ? pullNode(data, pull) : null
        },
        pullRequests: (
          prArgs: ConnectionArgs & {
            states?: string[]
            orderBy?: { field: string; direction: string }
          }
        ) => {
          if (prArgs.orderBy?.field !== 'UPDATED_AT' || prArgs.orderBy.direction !== 'DESC') {
            throw new Error('the loopback serves pullRequests ordered by UPDATED_AT DESC only')
          }
          if (prArgs.states?.join() !== 'MERGED') {
            throw new Error('the loopback serves merged pull requests only')
          }
          return connection(
            newestFirst(data.pulls, p => p.updatedAt),
            prArgs,
            p => pullNode(data, p)
          )
        }
      }
    }
  })

  const repoMatches = (request: LoopbackRequest): boolean =>
    request.params.owner === data.owner && request.params.repo === data.name
  const notFound: LoopbackResponse = { status: 404, body: { message: 'Not Found' } }

  server.route('GET', '/repos/:owner/:repo/pulls/:number/files', request => {
    const pull = data.pulls.find(p => String(p.number) === request.params.number)
    if (!repoMatches(request) || !pull) return notFound
    return paginate(request, server.url, pull.files.slice(0, FILE_LIST_CAP))
  })
  server.route('GET', '/repos/:owner/:repo/commits/:sha', request => {
    const commit = data.commits.find(c => c.oid === request.params.sha)
    if (!repoMatches(request) || !commit) return notFound
    return {
      body: {
        sha: commit.oid,
        html_url: `https://github.com/${data.owner}/${data.name}/commit/${commit.oid}`,
        commit: {
          message: commit.message,
          author: { ...commit.author, date: commit.committedDate },
          committer: { ...commit.author, date: commit.committedDate }
        },
        author: commit.author.login
          ? { login: commit.author.login, type: commit.author.type ?? 'User' }
          : null,
        stats: {
          additions: commit.files.reduce((sum, f) => sum + f.additions, 0),
          deletions: commit.files.reduce((sum, f) => sum + f.deletions, 0)
        },
        files: commit.files
      }
    }
  })

  return {
    data,
    listCalls: () => server.graphqlCalls.filter(call => call.query.includes('pullRequests(')).length
  }
}
