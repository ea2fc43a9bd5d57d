// The reads behind reach (src/score/reach.ts) through the GitHub API, at the default branch's
// commit at the window's end: one GraphQL request for that commit, one REST tree listing
// (recursive), and the config files and shared modules' importer candidates as blobs, 100
// aliased `object(expression:)` reads a GraphQL request. The API has no grep at a commit, so a
// module's candidates are the files of its language nearest to it, at most MAX_API_CANDIDATES,
// and its importers at introduction are not read (a PR's number names no commit here).
import {
  BudgetExhaustedError,
  failedWhile,
  RATE_LIMIT_SELECTION,
  type GitHubClient
} from '../github/client.js'
import type { ReachFacts, ReachTarget } from '../model.js'
import { configPaths, mayImport } from '../repo-files/reach-reads.js'
import { BLOBS_PER_REQUEST, MAX_BLOB_BYTES, blobsQuery, type BlobAnswer } from './github-queries.js'
import { familyOf } from './git-tree.js'

/** Importer candidates read per module through the API (3 GraphQL requests at most). */
const MAX_API_CANDIDATES = 300

export interface TreeTarget {
  client: GitHubClient
  owner: string
  name: string
  repository: string
}

const END_COMMIT_QUERY = `
query ReachEndCommit($owner: String!, $name: String!, $until: GitTimestamp!) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    defaultBranchRef { target { ... on Commit { history(first: 1, until: $until) { nodes { oid } } } } }
  }
}`

interface EndCommitAnswer {
  repository: {
    defaultBranchRef: { target: { history?: { nodes: { oid: string }[] } } | null } | null
  } | null
}

/** Path segments two paths share from the root: candidates nearest to the module come first. */
function closeness(a: string, b: string): number {
  const left = a.split('/')
  const right = b.split('/')
  let shared = 0
  while (shared < left.length - 1 && left[shared] === right[shared]) shared += 1
  return shared
}

function candidatesOf(module: string, files: readonly string[]): { paths: string[]; cut: boolean } {
  const extensions = familyOf(module)
  const all = files
    .filter(
      file => mayImport(module, file) && extensions.includes(/\.([^./]+)$/.exec(file)?.[1] ?? '')
    )
    .sort((a, b) => closeness(b, module) - closeness(a, module) || (a < b ? -1 : a > b ? 1 : 0))
  return { paths: all.slice(0, MAX_API_CANDIDATES), cut: all.length > MAX_API_CANDIDATES }
}

async function readTexts(
  target: TreeTarget,
  commit: string,
  paths: readonly string[]
): Promise<{ texts: Record<string, string>; requests: number }> {
  const texts: Record<string, string> = {}
  let requests = 0
  for (let i = 0; i < paths.length; i += BLOBS_PER_REQUEST) {
    const batch = paths.slice(i, i + BLOBS_PER_REQUEST)
    const variables: Record<string, unknown> = { owner: target.owner, name: target.name }
    batch.forEach((file, j) => (variables[`e${j}`] = `${commit}:${file}`))
    requests += 1
    let answer: BlobAnswer
    try {
      answer = await target.client.graphql<BlobAnswer>(blobsQuery(batch.length), variables)
    } catch (error) {
      throw failedWhile(`reading ${batch.length} files of ${target.repository} for reach`, error)
    }
    batch.forEach((file, j) => {
      const blob = answer.repository?.[`b${j}`]
      if (
        blob &&
        typeof blob.text === 'string' &&
        !blob.isBinary &&
        !blob.isTruncated &&
        blob.byteSize <= MAX_BLOB_BYTES
      )
        texts[file] = blob.text
    })
  }
  return { texts, requests }
}

/**
 * Everything reach reads, from the API; undefined when the default branch has no commit before
 * `until`, or when the request budget runs out first (the report then says reach was not read).
 */
export async function readReachFactsFromApi(
  target: TreeTarget,
  until: string,
  targets: readonly ReachTarget[]
): Promise<ReachFacts | undefined> {
  try {
    return await readFacts(target, until, targets)
  } catch (error) {
    if (error instanceof BudgetExhaustedError) return undefined
    throw error
  }
}

async function readFacts(
  target: TreeTarget,
  until: string,
  targets: readonly ReachTarget[]
): Promise<ReachFacts | undefined> {
  const { client, owner, name, repository } = target
  // GitHub's `until` is inclusive; the window's end is not.
  const last = new Date(Math.ceil(Date.parse(until) / 1000) * 1000 - 1000).toISOString()
  let answer: EndCommitAnswer
  try {
    answer = await client.graphql<EndCommitAnswer>(END_COMMIT_QUERY, { owner, name, until: last })
  } catch (error) {
    throw failedWhile(`finding the commit of ${repository} the window ends at`, error)
  }
  const commit = answer.repository?.defaultBranchRef?.target?.history?.nodes[0]?.oid
  if (commit === undefined) return undefined
  let tree: { tree: { path: string; type: string }[]; truncated: boolean }
  try {
    const response = await client.octokit.request(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      {
        owner,
        repo: name,
        tree_sha: commit,
        recursive: '1'
      }
    )
    tree = response.data as typeof tree
  } catch (error) {
    throw failedWhile(`listing the files of ${repository} at ${commit.slice(0, 7)}`, error)
  }
  if (!Array.isArray(tree?.tree)) {
    throw new Error(
      `listing the files of ${repository} at ${commit.slice(0, 7)} failed: GitHub's answer had no file list`
    )
  }
  const files = tree.tree
    .filter(entry => entry?.type === 'blob' && typeof entry.path === 'string')
    .map(entry => entry.path)
    .sort()
  const wanted = new Set(configPaths(targets, files))
  let truncated = tree.truncated
  for (const module of targets.filter(item => item.kind === 'shared-module')) {
    const { paths, cut } = candidatesOf(module.path, files)
    truncated ||= cut
    for (const file of paths) wanted.add(file)
  }
  const { texts, requests } = await readTexts(target, commit, [...wanted].sort())
  const facts: ReachFacts = {
    end: { commit, files, texts, ...(tree.truncated ? { incomplete: true } : {}) },
    introductions: {},
    reads: { calls: 2 + requests, blobs: Object.keys(texts).length }
  }
  if (truncated) facts.truncated = true
  return facts
}
