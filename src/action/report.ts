import path from 'node:path'
import * as core from '@actions/core'
import { githubSource } from '../collect/github.js'
import { gitSource, historyCovers, readGitHistory } from '../collect/git.js'
import type { Source } from '../collect/source.js'
import { runReport } from '../engine.js'
import type { PublishTarget } from '../publish/stage.js'
import { fileTarget, jobSummaryTarget, reportIssueTarget } from '../publish/targets.js'
import { renderBadge } from '../render/badge.js'
import { renderJson } from '../render/json.js'
import { renderJobSummary } from '../render/job-summary.js'
import { windowText } from '../render/markdown.js'
import {
  issueBody,
  periodComment,
  periodMarker,
  REPORT_ISSUE_MARKER
} from '../render/report-issue.js'
import { coveredHistory, DEFAULT_HISTORY, shortHistoryNote } from '../insight/history.js'
import type { Window } from '../model.js'
import { parseWindow, previousWindow } from '../window.js'
import { loadActionConfig } from './context.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'

/** The report issue's title when the report-issue-title input is empty. */
export const REPORT_ISSUE_TITLE = 'Multiplier report'

/** Where the JSON report goes: the json-path input, else RUNNER_TEMP (outside the checkout). */
export function reportFilePath(context: ActionContext): string {
  return context.inputs.jsonPath
    ? path.resolve(context.env.workspace, context.inputs.jsonPath)
    : path.join(context.env.tempDir, 'multiplier-report.json')
}

/** Report mode: the team report for the window, to the rolling (or a new) report issue. */
export async function runReportMode(context: ActionContext): Promise<ModeResult> {
  const { inputs, env } = context

  const report = await core.group('Collect and score', async () => {
    const config = await loadActionConfig(context)
    const window = parseWindow(
      { since: inputs.since || config.since, ...(inputs.until ? { until: inputs.until } : {}) },
      context.now
    )
    const asked = config.history ?? DEFAULT_HISTORY
    const { source, history } = await chooseSource(context, window, asked)
    core.info(
      `Source: ${source.kind} (${source.repository}); window ${window.since} to ${window.until}`
    )
    const report = await runReport({
      source,
      config: { ...config, history },
      window,
      now: context.now
    })
    if (history < asked) {
      report.notes.push(shortHistoryNote(history, asked))
    }
    if (report.api) {
      core.info(
        `GitHub API: ${report.api.requests} requests, ${report.api.rateLimitRemaining ?? '?'} left in the rate limit`
      )
    }
    core.info(`Multiplier index ${report.index}/100 over ${report.totals.changes} changes`)
    return report
  })

  const repository = splitRepository(env.repository)
  const period = periodMarker(report)
  const mode = inputs.reportIssue === 'new' ? 'new' : 'rolling'
  const off = inputs.reportIssue === 'off' ? 'report-issue: off' : undefined
  const targets: PublishTarget[] = [
    fileTarget(
      'the JSON report',
      env.workspace,
      reportFilePath(context),
      () => renderJson(report),
      'reportPath'
    ),
    ...(inputs.badgePath
      ? [fileTarget('the badge', env.workspace, inputs.badgePath, () => renderBadge(report))]
      : []),
    jobSummaryTarget(renderJobSummary(report, { jsonPath: reportFilePath(context) })),
    reportIssueTarget(
      () => context.writeClient().octokit,
      repository,
      {
        mode,
        marker: REPORT_ISSUE_MARKER,
        title:
          mode === 'new'
            ? `${inputs.reportIssueTitle || REPORT_ISSUE_TITLE}: ${windowText(report.window)}`
            : inputs.reportIssueTitle || REPORT_ISSUE_TITLE,
        label: inputs.reportIssueLabel,
        body: issueBody(report, env.runUrl, mode === 'new' ? period : ''),
        ...(mode === 'rolling'
          ? {
              composeBody: (current: string | null | undefined) =>
                issueBody(report, env.runUrl, '', current ?? null)
            }
          : {}),
        periodComment: periodComment(report, env.runUrl),
        periodMarker: period
      },
      off
    )
  ]
  return {
    index: report.index,
    outputs: {
      index: report.index,
      documentationScore: report.categories.documentation.score,
      automationScore: report.categories.automation.score,
      patternsScore: report.categories.patterns.score
    },
    targets
  }
}

/**
 * `source: auto` reads the checkout when it holds the history back to the start of the
 * previous window (the trend needs it too) and the API otherwise: a default actions/checkout
 * has one commit, and fetching the API is cheaper than failing. A checkout that holds the
 * previous window but not every window of the history serves the windows it holds.
 */
async function chooseSource(
  context: ActionContext,
  window: Window,
  history: number
): Promise<{ source: Source; history: number }> {
  const { inputs, env } = context
  // The report names the repository the workflow runs for, not the checkout's folder or remote.
  const fromGit = (): Source =>
    gitSource({
      repoPath: env.workspace,
      repository: env.repository,
      repositoryUrl: `${env.serverUrl}/${env.repository}`
    })
  const fromApi = (): Source =>
    githubSource({
      client: context.readClient(),
      repository: env.repository,
      serverUrl: env.serverUrl
    })
  if (inputs.source === 'github') return { source: fromApi(), history }
  const facts = await readGitHistory(env.workspace)
  const covered = coveredHistory(window, history, since => historyCovers(facts, since))
  if (inputs.source === 'git') return { source: fromGit(), history: covered }
  const earliest = previousWindow(window).since
  if (historyCovers(facts, earliest)) return { source: fromGit(), history: covered }
  // The trend's window comes first: say so, or a reader looks for a bug in the report's dates.
  const needs = `${earliest}, the start of the previous window that the trend compares with (the report's window starts ${window.since})`
  if (!inputs.githubToken) {
    throw new Error(
      `The checkout's history does not reach ${needs}, and there is no github-token for the API: check out with fetch-depth: 0 or pass a token`
    )
  }
  core.info(
    `The checkout's history does not reach ${needs} (shallow clone?): reading the GitHub API`
  )
  return { source: fromApi(), history }
}
