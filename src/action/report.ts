import path from 'node:path'
import * as core from '@actions/core'
import { githubSource } from '../collect/github.js'
import { gitSource, historyCovers, readGitHistory } from '../collect/git.js'
import type { Source } from '../collect/source.js'
import { runReport } from '../engine.js'
import type { Report } from '../model.js'
import { publishReportIssue } from '../publish/issue.js'
import { writeJobSummary, writeOutputFile } from '../publish/runner.js'
import { renderBadge } from '../render/badge.js'
import { trendText } from '../render/categories.js'
import { renderJson } from '../render/json.js'
import { COMMENT_BODY_LIMIT, fitSections, splitAtHeadings } from '../render/limits.js'
import { renderMarkdown, windowText } from '../render/markdown.js'
import { parseWindow, previousWindow } from '../window.js'
import { loadActionConfig } from './context.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'
import { guardWrite } from './guard.js'

/** Hidden marker that finds the rolling report issue again. */
export const REPORT_ISSUE_MARKER = '<!-- multiplier:report-issue -->'

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
    const source = await chooseSource(context, previousWindow(window).since)
    core.info(
      `Source: ${source.kind} (${source.repository}); window ${window.since} to ${window.until}`
    )
    const report = await runReport({ source, config, window, now: context.now })
    if (report.api) {
      core.info(
        `GitHub API: ${report.api.requests} requests, ${report.api.rateLimitRemaining ?? '?'} left in the rate limit`
      )
    }
    core.info(`Multiplier index ${report.index}/100 over ${report.totals.changes} changes`)
    return report
  })

  return core.group('Publish', async () => {
    const warnings: string[] = []
    const reportPath = await writeOutputFile(
      env.workspace,
      reportFilePath(context),
      renderJson(report)
    )
    if (inputs.badgePath)
      await writeOutputFile(env.workspace, inputs.badgePath, renderBadge(report))

    let issueUrl: string | undefined
    let issueNote: string
    if (inputs.dryRun || inputs.reportIssue === 'off') {
      issueNote = inputs.dryRun ? 'dry run: no issue posted' : 'report-issue: off'
    } else {
      const mode = inputs.reportIssue
      const posted = await guardWrite('the report issue', 'issues: write', () =>
        publishReportIssue(context.writeClient().octokit, splitRepository(env.repository), {
          mode,
          marker: REPORT_ISSUE_MARKER,
          title:
            mode === 'new'
              ? `${inputs.reportIssueTitle}: ${windowText(report.window)}`
              : inputs.reportIssueTitle,
          label: inputs.reportIssueLabel,
          body: issueBody(report, env.runUrl),
          periodComment: periodComment(report, env.runUrl),
          periodMarker: periodMarker(report)
        })
      )
      if (posted.ok) {
        issueUrl = posted.value.url
        issueNote = `report issue ${posted.value.action}: ${posted.value.url}`
      } else {
        warnings.push(posted.warning)
        issueNote = 'the report issue could not be posted (see the warning)'
      }
    }
    core.info(issueNote)
    await writeJobSummary(`${renderMarkdown(report)}\n_${issueNote}_\n`)
    return {
      index: report.index,
      outputs: {
        index: report.index,
        documentationScore: report.categories.documentation.score,
        automationScore: report.categories.automation.score,
        patternsScore: report.categories.patterns.score,
        reportPath,
        ...(issueUrl ? { issueUrl } : {})
      },
      warnings
    }
  })
}

/**
 * `source: auto` reads the checkout when it holds the history back to the start of the
 * previous window (the trend needs it too) and the API otherwise: a default actions/checkout
 * has one commit, and fetching the API is cheaper than failing.
 */
async function chooseSource(context: ActionContext, earliest: string): Promise<Source> {
  const { inputs, env } = context
  const fromGit = (): Source => gitSource({ repoPath: env.workspace })
  const fromApi = (): Source =>
    githubSource({ client: context.readClient(), repository: env.repository })
  if (inputs.source === 'git') return fromGit()
  if (inputs.source === 'github') return fromApi()
  const history = await readGitHistory(env.workspace)
  if (historyCovers(history, earliest)) return fromGit()
  if (!inputs.githubToken) {
    throw new Error(
      `The checkout's history does not reach ${earliest} and there is no github-token for the API: check out with fetch-depth: 0 or pass a token`
    )
  }
  core.info(
    `The checkout's history does not reach ${earliest} (shallow clone?): reading the GitHub API`
  )
  return fromApi()
}

/** The issue body: the report cut to GitHub's limit, the details section first to go. */
export function issueBody(report: Report, runUrl: string | undefined): string {
  const markdown = renderMarkdown(report)
  const sections = splitAtHeadings(markdown, '### ').map((text, order) => ({
    text,
    value: order === 0 ? 100 : /^### What counted/.test(text) ? 10 : 50
  }))
  const run = runUrl ? `[this run](${runUrl})` : 'this run'
  const footer = `<sub>Updated by ${run}; the JSON report and job summary have every change.</sub>`
  const note = `_Cut to fit GitHub's issue limit; the job summary of ${run} has the full report._`
  return `${REPORT_ISSUE_MARKER}\n${fitSections([...sections, { text: footer, value: 90 }], COMMENT_BODY_LIMIT - 100, note)}`
}

/** The short comment a rolling issue gets for each period. */
export function periodComment(report: Report, runUrl: string | undefined): string {
  const trend =
    report.previousIndex === null
      ? 'no earlier activity to compare with'
      : `${trendText(report.index - report.previousIndex)} from ${report.previousIndex}`
  const link = runUrl ? ` · [run](${runUrl})` : ''
  return `**${windowText(report.window)}**: multiplier index **${report.index}**/100 (${trend})${link}`
}

/** One comment per reported period: a rerun for the same days edits it. */
export function periodMarker(report: Report): string {
  return `<!-- multiplier:period ${report.window.since.slice(0, 10)}..${report.window.until.slice(0, 10)} -->`
}
