import * as core from '@actions/core'
import type { QuietReason } from '../advise/voice.js'
import {
  diffPullRequestFiles,
  listPullRequestFiles,
  pullRequestChange,
  pullRequestFromPayload
} from '../collect/pull-request.js'
import type { PublishTarget } from '../publish/stage.js'
import { fileTarget, jobSummaryTarget, pullRequestCommentTarget } from '../publish/targets.js'
import { PR_COMMENT_MARKER } from '../render/pr-comment.js'
import { renderPullRequestJson } from '../render/pr-json.js'
import { composePullRequestComment } from '../setup/pr-comment.js'
import { loadActionConfig } from './context.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'
import { reportFilePath } from './report-mode.js'

/** Pull-request mode: classify this PR's own change and keep one sticky comment up to date. */
export async function runPullRequestMode(context: ActionContext): Promise<ModeResult> {
  const { inputs, env } = context
  const repository = splitRepository(env.repository)
  const pull = pullRequestFromPayload(env.payload)

  const change = await core.group('Collect this pull request', async () => {
    // Without a token the checkout is the only place the files can come from.
    const fromGit = inputs.source === 'git' || (inputs.source === 'auto' && !inputs.githubToken)
    const files = fromGit
      ? await diffPullRequestFiles(env.workspace, pull.base.sha, pull.head.sha)
      : await listPullRequestFiles(context.readClient().octokit, repository, pull.number)
    core.info(
      `Pull request #${pull.number}: ${files.length} files (${fromGit ? 'git diff' : 'API'})`
    )
    return pullRequestChange(pull, files)
  })

  const { classified, nudges, quiet, body, posted } = await core.group('Classify', async () => {
    const composed = await composePullRequestComment({
      change,
      config: await loadActionConfig(context),
      workspace: env.workspace,
      headSha: pull.head.sha,
      since: inputs.since,
      ...(inputs.until ? { until: inputs.until } : {}),
      now: context.now,
      voice: { onlyWhenChanged: inputs.onlyWhenChanged, commentOnBots: inputs.commentOnBots },
      ...(env.runUrl ? { runUrl: env.runUrl } : {}),
      log: { info: core.info, warning: core.warning }
    })
    core.info(
      `Categories: ${composed.classified.categories.join(', ') || 'none (direct output)'}; nudges: ${composed.nudges.length}`
    )
    return composed
  })
  if (quiet) core.info(`No comment on this pull request: ${QUIET_NOTES[quiet]}`)

  const targets: PublishTarget[] = [
    fileTarget(
      'the JSON report',
      env.workspace,
      reportFilePath(context),
      () =>
        renderPullRequestJson({
          repository: env.repository,
          generatedAt: context.now,
          change: classified,
          nudges,
          headSha: pull.head.sha,
          quiet
        }),
      'reportPath'
    ),
    jobSummaryTarget(
      `## Multiplier: pull request #${pull.number}\n\n` +
        (quiet ? `_No comment on the pull request: ${QUIET_NOTES[quiet]}._\n\n` : '') +
        `${body}\n`
    ),
    pullRequestCommentTarget(
      () => context.writeClient().octokit,
      { ...repository, issueNumber: pull.number },
      {
        marker: PR_COMMENT_MARKER,
        // Quiet: no new comment; an earlier one is edited in place to one line, never reposted.
        body: posted,
        mode: inputs.comment === 'recreate' && !quiet ? 'recreate' : 'update',
        skipIfAbsent: quiet !== undefined,
        ...(quiet ? { quiet: QUIET_NOTES[quiet] } : {}),
        ...(classified.authorIsBot
          ? { readOnlyExpected: "a bot's pull request gets a read-only token" }
          : {})
      },
      inputs.comment === 'off' ? 'comment: off' : undefined
    )
  ]
  return { outputs: { categories: classified.categories }, targets }
}

/** Why the PR gets no comment, as the log and the job summary say it. */
const QUIET_NOTES: Record<QuietReason, string> = {
  'skip-label': 'it has the multiplier:skip label',
  bot: "a bot's pull request (comment-on-bots: false)",
  'nothing-to-say': 'direct output with nothing to act on (only-when-changed: true)'
}
