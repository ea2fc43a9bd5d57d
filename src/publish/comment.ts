// One marked comment per thread, whatever happens: reruns, lost answers and concurrent runs.
// The settle loop (settle.ts) lists, creates, keeps the oldest own marked comment and deletes
// the rest; this module says how a comment is listed, created, deleted and edited.
import type { Octokit } from '@octokit/rest'
import { failedWhile, whileDoing } from '../github/errors.js'
import { isNotFound, isUncertain } from './errors.js'
import { tokenIdentity, writtenBy } from './identity.js'
import { settle, type CreateOutcome } from './settle.js'

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
      throw failedWhile(`Deleting comment ${id} on #${target.issueNumber}`, error)
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
    throw failedWhile(`Updating comment ${kept.id} on #${target.issueNumber}`, error)
  }
}

/** One POST, not retried by the client: a retry could post a second comment. */
async function createOnce(
  octokit: Octokit,
  target: IssueTarget,
  body: string
): Promise<CreateOutcome<MarkedComment>> {
  try {
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
      request: { retries: 0 }
    })
    if (isComment(data)) return { created: data }
    return { uncertain: new Error("GitHub's answer was not a comment") }
  } catch (error) {
    if (isUncertain(error)) return { uncertain: error }
    throw failedWhile(`Creating the comment on #${target.issueNumber}`, error)
  }
}

/**
 * Leaves exactly one own comment with `marker` on the thread, holding `body`: lists, creates
 * when there is none, keeps the oldest, deletes the rest and edits the one kept. Returns it.
 */
export function settleComment(
  octokit: Octokit,
  target: IssueTarget,
  options: { marker: string; body: string; identity: string }
): Promise<MarkedComment> {
  return settle(
    {
      what: `the comment on #${target.issueNumber}`,
      list: identity => listOwnComments(octokit, target, options.marker, identity),
      create: () => createOnce(octokit, target, options.body),
      removeDuplicate: duplicate => deleteComment(octokit, target, duplicate.id),
      update: keep =>
        keep.body === options.body
          ? Promise.resolve(keep)
          : updateComment(octokit, target, keep, options.body)
    },
    options.identity
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
