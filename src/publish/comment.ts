import type { Octokit } from '@octokit/rest'
import { isNotFound } from './errors.js'

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

interface MarkedComment {
  id: number
  html_url: string
  body?: string | null
}

/** The marked comments on the issue, oldest first (GitHub lists comments in creation order). */
export async function findMarkedComments(
  octokit: Octokit,
  target: IssueTarget,
  marker: string
): Promise<MarkedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })
  return comments.filter(comment => comment.body?.includes(marker)).sort((a, b) => a.id - b.id)
}

async function deleteComment(octokit: Octokit, target: IssueTarget, id: number): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id
    })
  } catch (error) {
    // A concurrent run removed it first: the goal (one comment) is reached either way.
    if (!isNotFound(error)) throw error
  }
}

async function updateComment(
  octokit: Octokit,
  target: IssueTarget,
  id: number,
  body: string
): Promise<MarkedComment> {
  const { data } = await octokit.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: id,
    body
  })
  return data
}

/**
 * Posts one sticky comment. Reruns find it by its marker; concurrent runs that both create a
 * comment converge on one: after creating, the comments are listed again, the oldest marked
 * one is kept and updated, and the others are deleted.
 */
export async function publishStickyComment(
  octokit: Octokit,
  target: IssueTarget,
  options: StickyCommentOptions
): Promise<StickyCommentResult> {
  if (!options.body.includes(options.marker))
    throw new Error('The sticky comment body lacks its marker')
  const existing = await findMarkedComments(octokit, target, options.marker)
  const [oldest, ...extra] = existing

  if (oldest && options.mode === 'update') {
    for (const comment of extra) await deleteComment(octokit, target, comment.id)
    const updated =
      oldest.body === options.body
        ? oldest
        : await updateComment(octokit, target, oldest.id, options.body)
    return { action: 'updated', url: updated.html_url, id: updated.id }
  }
  if (!oldest && options.skipIfAbsent) return { action: 'skipped' }

  for (const comment of existing) await deleteComment(octokit, target, comment.id)
  const { data: created } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: options.body
  })
  const kept = await keepOldest(octokit, target, options, created)
  return { action: oldest ? 'recreated' : 'created', url: kept.html_url, id: kept.id }
}

async function keepOldest(
  octokit: Octokit,
  target: IssueTarget,
  options: StickyCommentOptions,
  created: MarkedComment
): Promise<MarkedComment> {
  const marked = await findMarkedComments(octokit, target, options.marker)
  const [keep = created, ...others] = marked
  for (const comment of others) await deleteComment(octokit, target, comment.id)
  if (keep.id === created.id) return created
  try {
    return await updateComment(octokit, target, keep.id, options.body)
  } catch (error) {
    // The other run deleted the one we meant to keep (it saw a different "oldest"): post again.
    if (!isNotFound(error)) throw error
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: options.body
    })
    return data
  }
}
