// Patches of small pull requests without a REST request each: the before and after text of
// their files, read as blobs at the merge commit's parent and at the merge commit, many aliases
// to a GraphQL request, and diffed here into the hunks GitHub's `patch` field would hold. A PR
// this cannot serve faithfully (a rename, whose old path GraphQL does not give; a file too large
// or too changed to diff; counts that do not match GitHub's) is left to the REST file list.
import { BudgetExhaustedError, failedWhile, type GitHubClient } from '../github/client.js'
import type { Change, FileChange } from '../model.js'
import {
  BLOBS_PER_REQUEST,
  MAX_BLOB_BYTES,
  blobsQuery,
  type BlobAnswer,
  type BlobNode
} from './github-queries.js'
import { eachLimited } from './github-requests.js'
import { countLines, unifiedHunks } from './line-diff.js'

/** A PR with more files than this reads its patches over REST (100 files a request there). */
const BLOB_PULL_MAX_FILES = 30

export interface BlobTarget {
  client: GitHubClient
  owner: string
  name: string
  repository: string
  concurrency: number
}

interface Candidate {
  change: Change
  /** Undefined for a root commit, whose files are all added. */
  base: string | undefined
  head: string
}

/**
 * Whether a PR's patches can be made from blobs: few files, none renamed or copied, and a base
 * to read the old sides at (a root commit only adds files and needs none).
 */
export function servedByBlobs(change: Change, base: string | undefined): boolean {
  return (
    (base !== undefined || change.files.every(file => file.status === 'added')) &&
    change.mergeCommit !== undefined &&
    change.filesTotal === undefined &&
    change.files.length > 0 &&
    change.files.length <= BLOB_PULL_MAX_FILES &&
    change.files.every(
      file => file.status === 'added' || file.status === 'modified' || file.status === 'deleted'
    )
  )
}

function expressionsOf({ change, base, head }: Candidate): string[] {
  return change.files.flatMap(file => [
    ...(file.status === 'added' ? [] : [`${base}:${file.path}`]),
    ...(file.status === 'deleted' ? [] : [`${head}:${file.path}`])
  ])
}

/**
 * Attaches patches made from blobs to `changes` (each with its base commit). Returns the
 * changes it could not serve (for REST) and how many the budget left without patches.
 */
export async function patchesFromBlobs(
  target: BlobTarget,
  changes: { change: Change; base: string | undefined }[]
): Promise<{ unserved: Change[]; missed: number }> {
  const candidates = changes.map(({ change, base }) => ({
    change,
    base,
    head: change.mergeCommit ?? ''
  }))
  const expressions = [...new Set(candidates.flatMap(expressionsOf))]
  const batches: string[][] = []
  for (let i = 0; i < expressions.length; i += BLOBS_PER_REQUEST)
    batches.push(expressions.slice(i, i + BLOBS_PER_REQUEST))
  const blobs = new Map<string, BlobNode | null>()
  const unread = new Set<string>()
  // Blobs are a shortcut: a batch GitHub will not answer (a status, a timeout, a field error)
  // leaves its PRs to the REST file list, which gives the same patches.
  const failed = new Set<string>()
  await eachLimited(batches, target.concurrency, async batch => {
    try {
      for (const [expression, blob] of await readBlobs(target, batch)) blobs.set(expression, blob)
    } catch (error) {
      const into = error instanceof BudgetExhaustedError ? unread : failed
      for (const expression of batch) into.add(expression)
    }
  })
  const unserved: Change[] = []
  let missed = 0
  for (const candidate of candidates) {
    const expressions = expressionsOf(candidate)
    if (expressions.some(expression => unread.has(expression))) missed += 1
    else if (expressions.some(expression => failed.has(expression))) unserved.push(candidate.change)
    else if (!attachPatches(candidate, blobs)) unserved.push(candidate.change)
  }
  return { unserved, missed }
}

async function readBlobs(
  target: BlobTarget,
  expressions: string[]
): Promise<[string, BlobNode | null][]> {
  const variables: Record<string, unknown> = { owner: target.owner, name: target.name }
  expressions.forEach((expression, i) => (variables[`e${i}`] = expression))
  let answer: BlobAnswer
  try {
    answer = await target.client.graphql<BlobAnswer>(
      blobsQuery(expressions.length),
      variables,
      'patches'
    )
  } catch (error) {
    if (error instanceof BudgetExhaustedError) throw error
    throw failedWhile(`reading ${expressions.length} file versions of ${target.repository}`, error)
  }
  return expressions.map((expression, i) => [expression, answer.repository?.[`b${i}`] ?? null])
}

/** The patch of one file from its two sides; null when it cannot be made faithfully. */
function patchOf(
  file: FileChange,
  before: BlobNode | null | undefined,
  after: BlobNode | null | undefined
): string | undefined | null {
  const sides = [
    file.status === 'added' ? undefined : before,
    file.status === 'deleted' ? undefined : after
  ]
  const expected = sides.filter(side => side !== undefined)
  if (expected.some(side => side === null || side.text === undefined)) return null
  const present = expected as BlobNode[]
  // Binary files have no patch, on GitHub as in git.
  if (present.some(side => side.isBinary)) return undefined
  if (
    present.some(side => side.isTruncated || side.byteSize > MAX_BLOB_BYTES || side.text === null)
  )
    return null
  const patch = unifiedHunks(sides[0]?.text ?? '', sides[1]?.text ?? '')
  if (patch === undefined) return null
  // A mode-only change has no hunks, hence no patch.
  if (patch === '') return undefined
  const counts = countLines(patch)
  const matches = counts.additions === file.additions && counts.deletions === file.deletions
  return matches ? patch : null
}

/** Sets every file's patch from the blobs, all or nothing; false when one cannot be made. */
function attachPatches(candidate: Candidate, blobs: Map<string, BlobNode | null>): boolean {
  const { change, base, head } = candidate
  const patches = change.files.map(file =>
    patchOf(file, blobs.get(`${base}:${file.path}`), blobs.get(`${head}:${file.path}`))
  )
  if (patches.some(patch => patch === null)) return false
  change.files.forEach((file, i) => {
    const patch = patches[i]
    if (typeof patch === 'string') file.patch = patch
  })
  return true
}
