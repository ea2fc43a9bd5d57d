import * as core from '@actions/core'
import { classifyChanges } from '../classify/index.js'
import {
  diffPullRequestFiles,
  listPullRequestFiles,
  pullRequestChange,
  pullRequestFromPayload,
  readCheckoutContext
} from '../collect/pull-request.js'
import type { ClassifiedChange } from '../model.js'
import { publishStickyComment } from '../publish/comment.js'
import { writeJobSummary, writeOutputFile } from '../publish/runner.js'
import { PR_COMMENT_MARKER, renderPullRequestComment } from '../render/pr-comment.js'
import { loadActionConfig } from './context.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'
import { guardWrite } from './guard.js'
import { type Nudge, nudgesFor } from './nudges.js'
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

  const { classified, nudges } = await core.group('Classify', async () => {
    const config = await loadActionConfig(context)
    const [classified] = classifyChanges(
      [change],
      config.rules,
      await readCheckoutContext(env.workspace)
    )
    if (!classified) throw new Error('Classification returned no result for the pull request')
    const nudges = nudgesFor(classified)
    core.info(
      `Categories: ${classified.categories.join(', ') || 'none (direct output)'}; nudges: ${nudges.length}`
    )
    return { classified, nudges }
  })

  const body = renderPullRequestComment({
    change: classified,
    nudges,
    headSha: pull.head.sha,
    ...(env.runUrl ? { runUrl: env.runUrl } : {})
  })

  return core.group('Publish', async () => {
    const warnings: string[] = []
    const reportPath = await writeOutputFile(
      env.workspace,
      reportFilePath(context),
      `${JSON.stringify(pullRequestJson(context, classified, nudges, pull.head.sha), null, 2)}\n`
    )
    let commentUrl: string | undefined
    let commentNote: string
    const quiet = classified.categories.length === 0 && nudges.length === 0
    if (inputs.dryRun || inputs.comment === 'off') {
      commentNote = inputs.dryRun ? 'dry run: no comment posted' : 'comment: off'
    } else {
      const posted = await guardWrite('the pull-request comment', 'pull-requests: write', () =>
        publishStickyComment(
          context.writeClient().octokit,
          { ...repository, issueNumber: pull.number },
          {
            marker: PR_COMMENT_MARKER,
            body,
            mode: inputs.comment === 'recreate' ? 'recreate' : 'update',
            skipIfAbsent: inputs.onlyWhenChanged && quiet
          }
        )
      )
      if (posted.ok) {
        commentUrl = posted.value.url
        commentNote =
          posted.value.action === 'skipped'
            ? 'nothing to say: no comment (only-when-changed)'
            : `comment ${posted.value.action}`
      } else {
        warnings.push(posted.warning)
        commentNote = 'the comment could not be posted (see the warning)'
      }
    }
    core.info(`Pull-request comment: ${commentNote}${commentUrl ? ` ${commentUrl}` : ''}`)
    await writeJobSummary(
      `## Multiplier: pull request #${pull.number}\n\n${body}\n\n_${commentNote}_\n`
    )
    return {
      outputs: {
        categories: classified.categories,
        reportPath,
        ...(commentUrl ? { commentUrl } : {})
      },
      warnings
    }
  })
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
