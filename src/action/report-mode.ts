import path from 'node:path'
import * as core from '@actions/core'
import type { Source } from '../collect/source.js'
import { runReport } from '../engine.js'
import type { PublishTarget } from '../publish/stage.js'
import { fileTarget, jobSummaryTarget, reportIssueTarget } from '../publish/targets.js'
import { renderBadge } from '../render/badge.js'
import { renderHtml } from '../render/html.js'
import { renderJson } from '../render/json.js'
import { renderJobSummary } from '../render/job-summary.js'
import { windowText } from '../render/window-text.js'
import {
  issueBody,
  periodComment,
  periodMarker,
  REPORT_ISSUE_MARKER
} from '../render/report-issue.js'
import type { Report, Window } from '../model.js'
import type { Config } from '../config/types.js'
import { chooseSource } from '../setup/source.js'
import { parseWindow } from '../window.js'
import { loadActionConfig } from './context.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'

/** The report issue's title when the report-issue-title input is empty. */
const REPORT_ISSUE_TITLE = 'Multiplier report'

/** Where the JSON report goes: the json-path input, else RUNNER_TEMP (outside the checkout). */
export function reportFilePath(context: ActionContext): string {
  return context.inputs.jsonPath
    ? path.resolve(context.env.workspace, context.inputs.jsonPath)
    : path.join(context.env.tempDir, 'multiplier-report.json')
}

/** Report mode: the team report for the window, to the rolling (or a new) report issue. */
export async function runReportMode(context: ActionContext): Promise<ModeResult> {
  const { inputs, env } = context
  const report = await core.group('Collect and score', () => collectAndScore(context))

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
    ...(inputs.htmlPath
      ? [fileTarget('the HTML report', env.workspace, inputs.htmlPath, () => renderHtml(report))]
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
  const score = (value: number | null): number | undefined => value ?? undefined
  return {
    score: { index: report.index, confidence: report.confidence, activity: report.activity },
    outputs: {
      index: score(report.index),
      activity: report.activity.state,
      ...(report.confidence ? { confidence: report.confidence } : {}),
      documentationScore: score(report.categories.documentation.score),
      automationScore: score(report.categories.automation.score),
      patternsScore: score(report.categories.patterns.score)
    },
    targets
  }
}

/** The report for the window, from the source the setup layer chooses. */
async function collectAndScore(context: ActionContext): Promise<Report> {
  const { inputs } = context
  const config = await loadActionConfig(context)
  const window = parseWindow(
    { since: inputs.since || config.since, ...(inputs.until ? { until: inputs.until } : {}) },
    context.now
  )
  const { source, historyHeld } = await chooseActionSource(context, window, config)
  core.info(
    `Source: ${source.kind} (${source.repository}); window ${window.since} to ${window.until}`
  )
  const report = await runReport({ source, config, window, now: context.now, historyHeld })
  if (report.api) {
    core.info(
      `GitHub API: ${report.api.requests} requests, ${report.api.rateLimitRemaining ?? '?'} left in the rate limit`
    )
  }
  core.info(
    report.index === null
      ? `No activity to score: ${report.activity.reason ?? report.activity.state}`
      : `Multiplier index ${report.index}/100 over ${report.totals.changes} changes`
  )
  return report
}

function chooseActionSource(
  context: ActionContext,
  window: Window,
  { history, unit }: Config
): Promise<{ source: Source; historyHeld: number }> {
  const { inputs, env } = context
  return chooseSource({
    ...(unit ? { unit } : {}),
    choice: inputs.source,
    repoPath: env.workspace,
    repository: env.repository,
    // The report names the repository the workflow runs for, not the checkout's folder or remote.
    gitNames: { repository: env.repository, repositoryUrl: `${env.serverUrl}/${env.repository}` },
    serverUrl: env.serverUrl,
    client: context.readClient,
    hasToken: inputs.githubToken !== '',
    window,
    history,
    noTokenHint: 'github-token for the API: check out with fetch-depth: 0 or pass a token',
    info: message => core.info(message)
  })
}
