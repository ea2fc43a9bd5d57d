// One marked comment per thread, whatever happens: reruns, lost answers and concurrent runs.
// A create (POST) is never retried blindly: after a failed or uncertain one the comments are
// listed again, and every pass ends by keeping the oldest own marked comment and deleting the
// rest. Each run that creates a comment lists afterwards, so no two survive.
import type { Octokit } from '@octokit/rest'
import { messageOf } from '../errors.js'
import { isNotFound, isUncertain, whileDoing } from './errors.js'
import { tokenIdentity, writtenBy } from './identity.js'

export interface IssueTarget {
  owner: string
  repo: string
  /** The PR (or issue) number the comment lives on. */
  issueNumber: number
}

export interface StickyCommentOptions {
  /** Hidden marker that identifies the comment; must be in `body`. */
  marker: string
  body: string
  /** `update` edits the comment in place; `recreate` deletes it and posts it anew at the bottom. */
  mode: 'update' | 'recreate'
  /** When true and no marked comment exists yet, nothing is posted (an existing one is updated). */
  skipIfAbsent?: boolean
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'recreated' | 'skipped'
  url?: string
  id?: number
}

export interface MarkedComment {
  id: number
  html_url: string
  body?: string | null
  user?: { login?: string } | null
}

/** Creates a comment at most this many times while none of ours shows up in the list. */
const CREATE_ATTEMPTS = 3
/** List-and-reconcile passes before giving up on runs that keep changing the thread. */
const SETTLE_ROUNDS = 12

/** The token's own comments on the thread that carry `marker`, oldest first. */
async function listOwnComments(
  octokit: Octokit,
  target: IssueTarget,
  marker: string,
  identity: string
): Promise<MarkedComment[]> {
  const comments = await whileDoing(`Listing the comments of #${target.issueNumber}`, async () => {
    const all: unknown = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100
    })
    if (!Array.isArray(all) || !all.every(isComment))
      throw new Error("GitHub's answer was not a list of comments")
    return all
  })
  return comments
    .filter(comment => comment.body?.includes(marker) && writtenBy(comment, identity))
    .sort((a, b) => a.id - b.id)
}

function isComment(value: unknown): value is MarkedComment {
  const comment = value as Partial<MarkedComment> | null
  return typeof comment?.id === 'number' && typeof comment.html_url === 'string'
}

/** Deletes a comment; one already gone (a concurrent run removed it) is fine. */
async function deleteComment(octokit: Octokit, target: IssueTarget, id: number): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id
    })
  } catch (error) {
    if (!isNotFound(error))
      throw new Error(
        `Deleting comment ${id} on #${target.issueNumber} failed: ${messageOf(error, { causes: true })}`,
        {
          cause: error
        }
      )
  }
}

/** Edits a comment; undefined when it is gone (deleted by a concurrent run). */
async function updateComment(
  octokit: Octokit,
  target: IssueTarget,
  kept: MarkedComment,
  body: string
): Promise<MarkedComment | undefined> {
  try {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: kept.id,
      body
    })
    return isComment(data) ? data : { ...kept, body }
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw new Error(
      `Updating comment ${kept.id} on #${target.issueNumber} failed: ${messageOf(error, { causes: true })}`,
      {
        cause: error
      }
    )
  }
}

type CreateOutcome = { comment: MarkedComment } | { uncertain: unknown }

/** One POST, not retried by the client: a retry could post a second comment. */
async function createOnce(
  octokit: Octokit,
  target: IssueTarget,
  body: string
): Promise<CreateOutcome> {
  try {
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
      request: { retries: 0 }
    })
    if (isComment(data)) return { comment: data }
    return { uncertain: new Error("GitHub's answer was not a comment") }
  } catch (error) {
    if (isUncertain(error)) return { uncertain: error }
    throw new Error(
      `Creating the comment on #${target.issueNumber} failed: ${messageOf(error, { causes: true })}`,
      {
        cause: error
      }
    )
  }
}

/**
 * Leaves exactly one own comment with `marker` on the thread, holding `body`: lists, creates
 * when there is none, keeps the oldest, deletes the rest and edits the one kept. Returns it.
 */
export async function settleComment(
  octokit: Octokit,
  target: IssueTarget,
  options: { marker: string; body: string; identity: string }
): Promise<MarkedComment> {
  let identity = options.identity
  let creates = 0
  let uncertain: unknown
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    const [keep, ...extra] = await listOwnComments(octokit, target, options.marker, identity)
    if (!keep) {
      if (creates === CREATE_ATTEMPTS) {
        throw new Error(
          `Creating the comment on #${target.issueNumber} failed ${creates} times: ${messageOf(uncertain, { causes: true })}`,
          { cause: uncertain }
        )
      }
      creates += 1
      const outcome = await createOnce(octokit, target, options.body)
      // The answer names who wrote it: another app's installation token is not github-actions.
      if ('comment' in outcome) identity = outcome.comment.user?.login ?? identity
      else uncertain = outcome.uncertain
      continue
    }
    for (const comment of extra) await deleteComment(octokit, target, comment.id)
    if (keep.body === options.body) return keep
    const updated = await updateComment(octokit, target, keep, options.body)
    if (updated) return updated
  }
  throw new Error(
    `The comments on #${target.issueNumber} kept changing under concurrent runs; gave up after ${SETTLE_ROUNDS} rounds`
  )
}

/**
 * Posts one sticky comment. Reruns find it by its marker and author; `recreate` deletes the
 * old one first so the new one sits at the bottom. Concurrent runs converge on one comment.
 */
export async function publishStickyComment(
  octokit: Octokit,
  target: IssueTarget,
  options: StickyCommentOptions
): Promise<StickyCommentResult> {
  if (!options.body.includes(options.marker))
    throw new Error('The sticky comment body lacks its marker')
  const identity = await tokenIdentity(octokit)
  const existing = await listOwnComments(octokit, target, options.marker, identity)
  if (existing.length === 0 && options.skipIfAbsent) return { action: 'skipped' }
  if (options.mode === 'recreate') {
    for (const comment of existing) await deleteComment(octokit, target, comment.id)
  }
  const kept = await settleComment(octokit, target, { ...options, identity })
  const action =
    existing.length === 0 ? 'created' : options.mode === 'recreate' ? 'recreated' : 'updated'
  return { action, url: kept.html_url, id: kept.id }
}
