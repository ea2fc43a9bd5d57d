import * as core from '@actions/core'
import { DEFAULT_THRESHOLDS } from '../classify/compile.js'
import { classifyChanges } from '../classify/classify.js'
import {
  diffPullRequestFiles,
  listPullRequestFiles,
  pullRequestChange,
  pullRequestFromPayload,
  readCheckoutContext
} from '../collect/pull-request.js'
import { gitSource, historyCovers, readGitHistory } from '../collect/git.js'
import type { Config } from '../config/types.js'
import { runReport } from '../engine.js'
import { messageOf } from '../errors.js'
import type { ClassifiedChange } from '../model.js'
import { parseWindow } from '../window.js'
import type { PublishTarget } from '../publish/stage.js'
import { fileTarget, jobSummaryTarget, pullRequestCommentTarget } from '../publish/targets.js'
import { PR_COMMENT_MARKER, renderPullRequestComment } from '../render/pr-comment.js'
import { loadActionConfig } from './context.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'
import { DEFAULT_NUDGE_OPTIONS, type Nudge, nudgesFor } from '../classify/nudges.js'
import { reportFilePath } from './report.js'

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

  const { classified, nudges, config } = await core.group('Classify', async () => {
    const config = await loadActionConfig(context)
    const [classified] = classifyChanges(
      [change],
      config.rules,
      await readCheckoutContext(env.workspace)
    )
    if (!classified) throw new Error('Classification returned no result for the pull request')
    const hotspots = await hotspotsOfCheckout(context, config)
    const nudges = nudgesFor(classified, { ...DEFAULT_NUDGE_OPTIONS, hotspots })
    core.info(
      `Categories: ${classified.categories.join(', ') || 'none (direct output)'}; nudges: ${nudges.length}`
    )
    return { classified, nudges, config }
  })

  const body = renderPullRequestComment({
    change: classified,
    nudges,
    headSha: pull.head.sha,
    ruleSources: config.sources,
    thresholds: { ...DEFAULT_THRESHOLDS, ...config.rules.thresholds },
    ...(env.runUrl ? { runUrl: env.runUrl } : {})
  })

  const quiet = classified.categories.length === 0 && nudges.length === 0
  const json = pullRequestJson(context, classified, nudges, pull.head.sha)
  const targets: PublishTarget[] = [
    fileTarget(
      'the JSON report',
      env.workspace,
      reportFilePath(context),
      () => `${JSON.stringify(json, null, 2)}\n`,
      'reportPath'
    ),
    jobSummaryTarget(`## Multiplier: pull request #${pull.number}\n\n${body}\n`),
    pullRequestCommentTarget(
      () => context.writeClient().octokit,
      { ...repository, issueNumber: pull.number },
      {
        marker: PR_COMMENT_MARKER,
        body,
        mode: inputs.comment === 'recreate' ? 'recreate' : 'update',
        skipIfAbsent: inputs.onlyWhenChanged && quiet
      },
      inputs.comment === 'off' ? 'comment: off' : undefined
    )
  ]
  return { outputs: { categories: classified.categories }, targets }
}

/**
 * The docs-debt hotspots of the report window, read from the checkout when it holds that
 * window's history (a `fetch-depth: 0` checkout does; the default single commit does not, and
 * then there is no hotspot nudge). A failure here costs the nudge, never the comment.
 */
async function hotspotsOfCheckout(context: ActionContext, config: Config): Promise<string[]> {
  const { inputs, env } = context
  try {
    const window = parseWindow(
      { since: inputs.since || config.since, ...(inputs.until ? { until: inputs.until } : {}) },
      context.now
    )
    const history = await readGitHistory(env.workspace)
    if (!historyCovers(history, window.since)) {
      core.info('The checkout does not hold the report window: no docs-debt hotspots to compare')
      return []
    }
    const report = await runReport({
      source: gitSource({ repoPath: env.workspace, shallow: 'truncate', history }),
      config: { ...config, history: 0, teams: false },
      window,
      now: context.now
    })
    return (report.hotspots ?? []).map(hotspot => hotspot.path)
  } catch (error) {
    core.warning(`Docs-debt hotspots could not be read from the checkout: ${messageOf(error)}`)
    return []
  }
}

/** The JSON file of pull-request mode: this PR's classification in the report's change shape. */
function pullRequestJson(
  context: ActionContext,
  change: ClassifiedChange,
  nudges: Nudge[],
  headSha: string
): Record<string, unknown> {
  return {
    schemaVersion: 1,
    kind: 'pull-request',
    repository: context.env.repository,
    generatedAt: context.now.toISOString(),
    pullRequest: { number: Number(change.id), url: change.url, headSha },
    change: {
      id: change.id,
      kind: change.kind,
      title: change.title,
      author: change.author.login ?? change.author.name,
      time: change.time,
      url: change.url,
      categories: change.categories,
      reasons: change.reasons,
      files: change.files.length,
      filesTotal: change.filesTotal
    },
    nudges
  }
}
