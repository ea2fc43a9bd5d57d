// Patches for the pull requests the classifier wants them for, in as few requests as GitHub
// allows: blobs in batches for the small PRs, REST file lists for the rest.
import { BudgetExhaustedError, failedWhile } from '../github/client.js'
import type { Change } from '../model.js'
import { fileOfRest } from './github-map.js'
import { patchesFromBlobs, servedByBlobs, type BlobTarget } from './github-blobs.js'
import { MAX_PAGE } from './github-queries.js'
import { eachLimited } from './github-requests.js'

/**
 * Patches for the PRs the classifier wants them for: made from blobs, in batches, for the small
 * PRs (github-blobs.ts); for the others, and the few the blobs could not serve, REST's file
 * list, which has patches and previous paths (GraphQL has neither).
 */
export async function fetchPatches(
  target: BlobTarget,
  changes: Change[],
  bases: Map<Change, string | undefined>
): Promise<{ wanted: number; missed: number }> {
  const small = changes.flatMap(change => {
    const base = bases.get(change)
    return servedByBlobs(change, base) ? [{ change, base }] : []
  })
  const fromBlobs = await patchesFromBlobs(target, small)
  const served = new Set(small.map(({ change }) => change))
  for (const change of fromBlobs.unserved) served.delete(change)
  const rest = changes.filter(change => !served.has(change))
  const missed = fromBlobs.missed + (await listPatchedFiles(target, rest))
  return { wanted: changes.length, missed }
}

/**
 * Replaces the files of `changes` with REST's list of them, patches included: one request per
 * 100 files of each PR. Returns how many the budget left without patches.
 */
async function listPatchedFiles(target: BlobTarget, changes: Change[]): Promise<number> {
  const { client, owner, name, repository } = target
  let missed = 0
  await eachLimited(changes, target.concurrency, async change => {
    try {
      const files = await client.octokit.paginate(
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
        {
          owner,
          repo: name,
          pull_number: Number(change.id),
          per_page: MAX_PAGE
        }
      )
      change.files = files.map(fileOfRest)
      if (change.filesTotal !== undefined && change.files.length >= change.filesTotal) {
        delete change.filesTotal
      }
    } catch (error) {
      if (error instanceof BudgetExhaustedError) {
        missed += 1
        return
      }
      throw failedWhile(`listing the files of pull request #${change.id} of ${repository}`, error)
    }
  })
  return missed
}
