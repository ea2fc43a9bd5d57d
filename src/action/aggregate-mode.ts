// aggregate mode: the last job of the fan-out. Reads the matrix's JSON reports (downloaded
// artifacts), aggregates them, compares with the previous aggregate (kept in the rolling
// aggregate issue), and publishes through the same stage as the team report: JSON file, job
// summary and outputs first, then the aggregate issue.
import path from 'node:path'
import * as core from '@actions/core'
import { expandReportGlobs, readReportRows } from '../collect/report-files.js'
import { parseRepositoryList, skippedItemsWarning } from '../collect/repositories.js'
import { messageOf } from '../errors.js'
import { tokenIdentity } from '../publish/identity.js'
import { listOwnIssues } from '../publish/issue.js'
import type { PublishTarget } from '../publish/stage.js'
import { fileTarget, jobSummaryTarget, reportIssueTarget } from '../publish/targets.js'
import { renderAggregateJson, renderAggregateMarkdown } from '../render/aggregate.js'
import { COMMENT_BODY_LIMIT } from '../render/limits.js'
import { renderAggregateHtml } from '../render/html-dashboard.js'
import {
  AGGREGATE_ISSUE_MARKER,
  aggregateIssueBody,
  aggregatePeriodComment,
  aggregatePeriodMarker,
  previousFor,
  readAggregateState
} from '../render/aggregate-issue.js'
import type { AggregateState } from '../render/aggregate-issue.js'
import { windowText } from '../render/window-text.js'
import { aggregateRows } from '../score/aggregate.js'
import type { AggregateReport, AggregateRow, FailedReport } from '../score/aggregate.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'

/** The aggregate issue's title when the report-issue-title input is empty. */
const AGGREGATE_ISSUE_TITLE = 'Multiplier org report'

export async function runAggregateMode(context: ActionContext): Promise<ModeResult> {
  const { inputs } = context
  const aggregate = await core.group('Read the reports and roll them up', async () => {
    const expected = inputs.repositories ? expectedRepositories(inputs.repositories) : undefined
    const { rows, failed } = readReports(context, expected !== undefined)
    const first = aggregateRows(rows, { failed, ...(expected ? { expected } : {}) })
    const previous = previousFor(await readPreviousState(context), first.window)
    return previous
      ? aggregateRows(rows, { failed, previous, ...(expected ? { expected } : {}) })
      : first
  })
  core.info(
    `Org multiplier index ${aggregate.index ?? 'none (no activity)'}/100 over ${aggregate.totals.repositories} repositories; ` +
      `${aggregate.missing.length} missing, ${aggregate.failed.length} failed`
  )
  if (aggregate.missing.length + aggregate.failed.length > 0) {
    core.warning(
      `${countOf(aggregate.missing.length, 'expected repository', 'expected repositories')} ` +
        `${aggregate.missing.length === 1 ? 'has' : 'have'} no report and ` +
        `${aggregate.failed.length} failed; the org report lists them`,
      { title: 'Multiplier: reports missing or failed' }
    )
  }

  // No activity anywhere: no index (empty outputs), and nothing for fail-under to check.
  const known = (score: number | null): number | undefined => score ?? undefined
  return {
    // The aggregate index is a mean over repositories; it carries no interval of its own to judge.
    // With no activity anywhere it is null, and fail-under says so instead of judging it.
    score: {
      index: aggregate.index,
      confidence: null,
      activity: aggregate.index === null ? { state: 'none' } : { state: 'active' }
    },
    outputs: {
      index: known(aggregate.index),
      documentationScore: known(aggregate.categories.documentation),
      automationScore: known(aggregate.categories.automation),
      patternsScore: known(aggregate.categories.patterns),
      repositoryCount: aggregate.totals.repositories,
      missing: aggregate.missing,
      failed: aggregate.failed.map(item => item.repository ?? item.file)
    },
    targets: aggregateTargets(context, aggregate)
  }
}

/** The `repositories` input's names; items that are not names are left out with a warning. */
function expectedRepositories(text: string): string[] {
  const where = "Input 'repositories'"
  const { names, skipped } = parseRepositoryList(text, where)
  if (skipped.length > 0) {
    core.warning(skippedItemsWarning(where, skipped), {
      title: 'Multiplier: repository names skipped'
    })
  }
  return names
}

function readReports(
  context: ActionContext,
  hasExpected: boolean
): { rows: AggregateRow[]; failed: FailedReport[] } {
  const { inputs, env } = context
  if (inputs.reports.length === 0) {
    throw new Error(
      "mode: aggregate needs the 'reports' input: a glob of the JSON report files, e.g. reports/**/*.json"
    )
  }
  const { files, unmatched } = expandReportGlobs(inputs.reports, env.workspace)
  for (const pattern of unmatched)
    core.warning(`No file matches '${pattern}' (in ${env.workspace})`, {
      title: 'Multiplier: no reports'
    })
  // With the expected list the aggregate can still say that every repository is missing.
  if (files.length === 0 && !hasExpected) {
    throw new Error(
      `No report files match the 'reports' input (${inputs.reports.join(', ')}) in ${env.workspace}`
    )
  }
  core.info(`${files.length} report files`)
  const inWorkspace = (file: string): boolean =>
    !path.relative(env.workspace, file).startsWith('..')
  return readReportRows(files, {
    shown: file => (inWorkspace(file) ? path.relative(env.workspace, file) : file)
  })
}

/**
 * The figures the last aggregate left in its issue. Without a token or with the issue off there
 * is nothing to read; a failed read is a warning (no trend), never a lost report.
 */
async function readPreviousState(context: ActionContext): Promise<AggregateState | undefined> {
  const { inputs, env } = context
  if (!inputs.githubToken || inputs.reportIssue === 'off') return undefined
  try {
    const octokit = context.readClient().octokit
    const identity = await tokenIdentity(octokit)
    const issues = await listOwnIssues(
      octokit,
      splitRepository(env.repository),
      inputs.reportIssueLabel,
      AGGREGATE_ISSUE_MARKER,
      identity
    )
    // Rolling keeps the oldest; new mode's latest period is the newest issue.
    const issue = inputs.reportIssue === 'new' ? issues.at(-1) : issues[0]
    return issue?.body ? readAggregateState(issue.body) : undefined
  } catch (error) {
    core.warning(`Could not read the previous org report, so no trend: ${messageOf(error)}`, {
      title: 'Multiplier: no org trend'
    })
    return undefined
  }
}

function aggregateTargets(context: ActionContext, aggregate: AggregateReport): PublishTarget[] {
  const { inputs, env } = context
  const mode = inputs.reportIssue === 'new' ? 'new' : 'rolling'
  const title = inputs.reportIssueTitle || AGGREGATE_ISSUE_TITLE
  const period = aggregatePeriodMarker(aggregate)
  const file = inputs.jsonPath
    ? path.resolve(env.workspace, inputs.jsonPath)
    : path.join(env.tempDir, 'multiplier-org-report.json')
  // One template links each repository to its report in the dashboard and the aggregate table.
  const table = inputs.htmlReportLink ? { reportLink: inputs.htmlReportLink } : {}
  return [
    fileTarget(
      'the JSON org report',
      env.workspace,
      file,
      () => renderAggregateJson(aggregate),
      'reportPath'
    ),
    ...(inputs.htmlPath
      ? [
          fileTarget('the org dashboard', env.workspace, inputs.htmlPath, () =>
            renderAggregateHtml(
              aggregate,
              inputs.htmlReportLink ? { reportLink: inputs.htmlReportLink } : {}
            )
          )
        ]
      : []),
    jobSummaryTarget(renderAggregateMarkdown(aggregate, 'posted', table)),
    reportIssueTarget(
      () => context.writeClient().octokit,
      splitRepository(env.repository),
      {
        mode,
        marker: AGGREGATE_ISSUE_MARKER,
        title: mode === 'new' ? `${title}: ${windowText(aggregate.window)}` : title,
        label: inputs.reportIssueLabel,
        body: aggregateIssueBody(
          aggregate,
          env.runUrl,
          mode === 'new' ? period : '',
          COMMENT_BODY_LIMIT,
          table
        ),
        periodComment: aggregatePeriodComment(aggregate, env.runUrl),
        periodMarker: period
      },
      inputs.reportIssue === 'off' ? 'report-issue: off' : undefined
    )
  ]
}

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
