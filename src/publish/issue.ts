import type { Octokit } from '@octokit/rest'

export interface RepositoryTarget {
  owner: string
  repo: string
}

export interface ReportIssueOptions {
  /** `rolling` keeps one issue up to date; `new` opens one per run. */
  mode: 'rolling' | 'new'
  /** Hidden marker in the body that identifies the rolling issue. */
  marker: string
  title: string
  label: string
  body: string
  /** Rolling mode: a short comment for this period (index, trend, link). */
  periodComment: string
  /** Marker of this period's comment: a rerun for the same period edits it instead of adding one. */
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
  body?: string | null
  pull_request?: unknown
}

/** Creates the label if the repository lacks it (issues can only be filtered by existing labels). */
export async function ensureLabel(
  octokit: Octokit,
  target: RepositoryTarget,
  name: string
): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ ...target, name })
    return
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error
  }
  try {
    await octokit.rest.issues.createLabel({
      ...target,
      name,
      color: '1f883d',
      description: 'Multiplier team report'
    })
  } catch (error) {
    // 422 already_exists: a concurrent run created it between our two calls.
    if ((error as { status?: number }).status !== 422) throw error
  }
}

/** Open issues carrying the label and the marker, oldest first. */
export async function findReportIssues(
  octokit: Octokit,
  target: RepositoryTarget,
  label: string,
  marker: string
): Promise<IssueSummary[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...target,
    state: 'open',
    labels: label,
    per_page: 100
  })
  return issues
    .filter(issue => !issue.pull_request && issue.body?.includes(marker))
    .sort((a, b) => a.number - b.number)
}

/**
 * Publishes the team report. Rolling: the open issue with the label and marker is found (or
 * created once); its body is replaced and a short period comment is added, or edited when a
 * rerun reports the same period. Concurrent first runs that both create an issue converge:
 * the oldest is kept and the others are closed as duplicates.
 */
export async function publishReportIssue(
  octokit: Octokit,
  target: RepositoryTarget,
  options: ReportIssueOptions
): Promise<ReportIssueResult> {
  if (!options.body.includes(options.marker))
    throw new Error('The report issue body lacks its marker')
  await ensureLabel(octokit, target, options.label)

  if (options.mode === 'new') {
    const { data } = await octokit.rest.issues.create({
      ...target,
      title: options.title,
      body: options.body,
      labels: [options.label]
    })
    return { action: 'created', number: data.number, url: data.html_url }
  }

  const [existing] = await findReportIssues(octokit, target, options.label, options.marker)
  if (!existing) {
    const { data: created } = await octokit.rest.issues.create({
      ...target,
      title: options.title,
      body: options.body,
      labels: [options.label]
    })
    const kept = await keepOldestIssue(octokit, target, options, created)
    return { action: 'created', number: kept.number, url: kept.html_url }
  }

  await octokit.rest.issues.update({
    ...target,
    issue_number: existing.number,
    title: options.title,
    body: options.body
  })
  const commentUrl = await upsertPeriodComment(octokit, target, existing.number, options)
  return { action: 'updated', number: existing.number, url: existing.html_url, commentUrl }
}

async function keepOldestIssue(
  octokit: Octokit,
  target: RepositoryTarget,
  options: ReportIssueOptions,
  created: IssueSummary
): Promise<IssueSummary> {
  const issues = await findReportIssues(octokit, target, options.label, options.marker)
  const [keep = created, ...others] = issues
  for (const duplicate of others) {
    // Issues cannot be deleted through the API: close the extras, pointing at the one kept.
    await octokit.rest.issues.createComment({
      ...target,
      issue_number: duplicate.number,
      body: `Duplicate of #${keep.number}.`
    })
    await octokit.rest.issues.update({
      ...target,
      issue_number: duplicate.number,
      state: 'closed',
      state_reason: 'not_planned'
    })
  }
  if (keep.number !== created.number) {
    await octokit.rest.issues.update({
      ...target,
      issue_number: keep.number,
      title: options.title,
      body: options.body
    })
  }
  return keep
}

async function upsertPeriodComment(
  octokit: Octokit,
  target: RepositoryTarget,
  issueNumber: number,
  options: ReportIssueOptions
): Promise<string> {
  const body = `${options.periodMarker}\n${options.periodComment}`
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...target,
    issue_number: issueNumber,
    per_page: 100
  })
  const same = comments.find(comment => comment.body?.includes(options.periodMarker))
  if (same) {
    const { data } = await octokit.rest.issues.updateComment({
      ...target,
      comment_id: same.id,
      body
    })
    return data.html_url
  }
  const { data } = await octokit.rest.issues.createComment({
    ...target,
    issue_number: issueNumber,
    body
  })
  return data.html_url
}
