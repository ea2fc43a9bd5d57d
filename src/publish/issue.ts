// The team report's issue: one rolling issue (or one per period in `new` mode), found by its
// marker, its label and its author, never doubled. Issues cannot be deleted through the API, so
// the duplicates concurrent first runs leave are closed, pointing at the one kept.
import type { Octokit } from '@octokit/rest'
import { statusOf } from '../errors.js'
import { failedWhile, whileDoing } from '../github/errors.js'
import { settleComment } from './comment.js'
import { isNotFound, isUncertain } from './errors.js'
import { tokenIdentity, writtenBy } from './identity.js'
import { settle, type CreateOutcome } from './settle.js'

export interface RepositoryTarget {
  owner: string
  repo: string
}

export interface ReportIssueOptions {
  /** `rolling` keeps one issue up to date; `new` opens one per reported period. */
  mode: 'rolling' | 'new'
  /** Hidden marker in the body that identifies the rolling issue. */
  marker: string
  title: string
  label: string
  /** Holds `marker`, and in new mode `periodMarker` too. */
  body: string
  /**
   * The body from the one the issue has now (undefined when it is being created), for a body
   * that carries rows of earlier runs forward (the table of periods); `body` when unset.
   */
  composeBody?: (currentBody: string | null | undefined) => string
  /** Rolling mode: a short comment for this period (index, trend, link). */
  periodComment: string
  /** Marks this period's comment (rolling) or issue (new): a rerun edits it instead of adding one. */
  periodMarker: string
}

export interface ReportIssueResult {
  action: 'created' | 'updated'
  number: number
  url: string
  commentUrl?: string
}

interface IssueSummary {
  number: number
  html_url: string
  title?: string
  body?: string | null
  user?: { login?: string } | null
  pull_request?: unknown
}

const DUPLICATE_MARKER = '<!-- multiplier:duplicate -->'

function isIssue(value: unknown): value is IssueSummary {
  const issue = value as Partial<IssueSummary> | null
  return typeof issue?.number === 'number' && typeof issue.html_url === 'string'
}

/** Creates the label if the repository lacks it (issues can only be filtered by existing labels). */
async function ensureLabel(
  octokit: Octokit,
  target: RepositoryTarget,
  name: string
): Promise<void> {
  const exists = (): Promise<boolean> =>
    whileDoing(`Reading the label '${name}'`, async () => {
      try {
        await octokit.rest.issues.getLabel({ ...target, name })
        return true
      } catch (error) {
        if (isNotFound(error)) return false
        throw error
      }
    })
  if (await exists()) return
  try {
    await octokit.rest.issues.createLabel({
      ...target,
      name,
      color: '1f883d',
      description: 'Multiplier team report',
      request: { retries: 0 }
    })
  } catch (error) {
    // A 422 (already_exists: a concurrent run made it) or an uncertain answer: look again.
    if ((statusOf(error) === 422 || isUncertain(error)) && (await exists())) return
    throw failedWhile(`Creating the label '${name}'`, error)
  }
}

/** The token's own open issues with the label and `marker`, oldest first. */
export async function listOwnIssues(
  octokit: Octokit,
  target: RepositoryTarget,
  label: string,
  marker: string,
  identity: string
): Promise<IssueSummary[]> {
  const issues = await whileDoing(`Listing the open issues labelled '${label}'`, async () => {
    const all: unknown = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...target,
      state: 'open',
      labels: label,
      per_page: 100
    })
    if (!Array.isArray(all) || !all.every(isIssue))
      throw new Error("GitHub's answer was not a list of issues")
    return all
  })
  return issues
    .filter(
      issue => !issue.pull_request && issue.body?.includes(marker) && writtenBy(issue, identity)
    )
    .sort((a, b) => a.number - b.number)
}

/** One POST, not retried by the client: a retry could open a second issue. */
async function createOnce(
  octokit: Octokit,
  target: RepositoryTarget,
  options: ReportIssueOptions
): Promise<CreateOutcome<IssueSummary>> {
  try {
    const { data } = await octokit.rest.issues.create({
      ...target,
      title: options.title,
      body: options.composeBody ? options.composeBody(undefined) : options.body,
      labels: [options.label],
      request: { retries: 0 }
    })
    if (isIssue(data)) return { created: data }
    return { uncertain: new Error("GitHub's answer was not an issue") }
  } catch (error) {
    if (isUncertain(error)) return { uncertain: error }
    throw failedWhile('Creating the report issue', error)
  }
}

/** Closes a duplicate with one comment pointing at the issue kept (found by marker first). */
async function closeDuplicate(
  octokit: Octokit,
  target: RepositoryTarget,
  duplicate: IssueSummary,
  keep: IssueSummary,
  identity: string
): Promise<void> {
  await settleComment(
    octokit,
    { ...target, issueNumber: duplicate.number },
    {
      marker: DUPLICATE_MARKER,
      body: `${DUPLICATE_MARKER}\nDuplicate of #${keep.number}.`,
      identity
    }
  )
  await whileDoing(`Closing the duplicate report issue #${duplicate.number}`, () =>
    octokit.rest.issues.update({
      ...target,
      issue_number: duplicate.number,
      state: 'closed',
      state_reason: 'not_planned'
    })
  )
}

/**
 * Leaves exactly one own open issue found by `key` (a marker in its body), with this title and
 * body: lists, creates when there is none, keeps the oldest, closes the rest, edits the one kept.
 */
function settleIssue(
  octokit: Octokit,
  target: RepositoryTarget,
  options: ReportIssueOptions,
  key: string,
  identity: string
): Promise<IssueSummary> {
  return settle(
    {
      what: 'the report issue',
      list: author => listOwnIssues(octokit, target, options.label, key, author),
      create: () => createOnce(octokit, target, options),
      removeDuplicate: (duplicate, keep, author) =>
        closeDuplicate(octokit, target, duplicate, keep, author),
      update: keep => updateIssue(octokit, target, keep, options)
    },
    identity
  )
}

/** Gives the issue kept this title and body, unless it has them already. */
async function updateIssue(
  octokit: Octokit,
  target: RepositoryTarget,
  keep: IssueSummary,
  options: ReportIssueOptions
): Promise<IssueSummary> {
  const body = options.composeBody ? options.composeBody(keep.body) : options.body
  if (keep.title === options.title && keep.body === body) return keep
  await whileDoing(`Updating the report issue #${keep.number}`, () =>
    octokit.rest.issues.update({ ...target, issue_number: keep.number, title: options.title, body })
  )
  return keep
}

/**
 * Publishes the team report. Rolling: the open issue with the label and marker is found (or
 * created once); its body is replaced and a short period comment is added, or edited when a
 * rerun reports the same period. New: one issue per period, found again by the period marker.
 */
export async function publishReportIssue(
  octokit: Octokit,
  target: RepositoryTarget,
  options: ReportIssueOptions
): Promise<ReportIssueResult> {
  const key = options.mode === 'rolling' ? options.marker : options.periodMarker
  if (!options.body.includes(options.marker) || !options.body.includes(key))
    throw new Error('The report issue body lacks its marker')
  const identity = await tokenIdentity(octokit)
  await ensureLabel(octokit, target, options.label)
  const before = await listOwnIssues(octokit, target, options.label, key, identity)
  const issue = await settleIssue(octokit, target, options, key, identity)
  if (before.length === 0 || options.mode === 'new') {
    // A new issue's body is the report: a period comment would only repeat it.
    return {
      action: before.length === 0 ? 'created' : 'updated',
      number: issue.number,
      url: issue.html_url
    }
  }
  const comment = await settleComment(
    octokit,
    { ...target, issueNumber: issue.number },
    {
      marker: options.periodMarker,
      body: `${options.periodMarker}\n${options.periodComment}`,
      identity
    }
  )
  return {
    action: 'updated',
    number: issue.number,
    url: issue.html_url,
    commentUrl: comment.html_url
  }
}
