// The publish targets: small factories that each return one PublishTarget (danger-js's
// commenters have this shape). Which ones a run gets is the mode's choice; the stage runs them.
import type { Octokit } from '@octokit/rest'
import { publishStickyComment } from './comment.js'
import type { IssueTarget, StickyCommentOptions } from './comment.js'
import { publishReportIssue } from './issue.js'
import type { ReportIssueOptions, RepositoryTarget } from './issue.js'
import type { ActionOutputs } from './runner.js'
import { writeJobSummary, writeOutputFile } from './runner.js'
import type { PublishTarget } from './stage.js'

/** A file on the runner (the JSON report, the badge); `output` names the output holding its path. */
export function fileTarget(
  name: string,
  workspace: string,
  file: string,
  content: () => string,
  output?: 'reportPath'
): PublishTarget {
  return {
    name,
    writes: 'runner',
    async publish() {
      const written = await writeOutputFile(workspace, file, content())
      return {
        note: `written to ${written}`,
        ...(output ? { outputs: { [output]: written } } : {})
      }
    }
  }
}

export function jobSummaryTarget(markdown: string): PublishTarget {
  return {
    name: 'the job summary',
    writes: 'runner',
    async publish() {
      await writeJobSummary(markdown)
      return { note: 'written' }
    }
  }
}

export function pullRequestCommentTarget(
  octokit: () => Octokit,
  thread: IssueTarget,
  options: StickyCommentOptions & {
    /** Why the PR gets no new comment (an earlier one is only edited to say so). */
    quiet?: string
    /** Why a read-only token is expected (a bot's PR): a refusal is then a debug line. */
    readOnlyExpected?: string
  },
  off?: string
): PublishTarget {
  return {
    name: 'the pull-request comment',
    writes: 'github',
    needs: { token: true },
    permission: 'pull-requests: write',
    ...(off ? { off } : {}),
    ...(options.readOnlyExpected ? { readOnlyExpected: options.readOnlyExpected } : {}),
    async publish() {
      const posted = await publishStickyComment(octokit(), thread, options)
      if (posted.action === 'skipped')
        return { note: `no comment: ${options.quiet ?? 'nothing to say'}` }
      if (options.quiet && posted.url) {
        return {
          note: `earlier comment updated to one line (${options.quiet}) ${posted.url}`,
          outputs: { commentUrl: posted.url }
        }
      }
      const outputs: Partial<ActionOutputs> = posted.url ? { commentUrl: posted.url } : {}
      return { note: `${posted.action} ${posted.url ?? ''}`.trim(), outputs }
    }
  }
}

export function reportIssueTarget(
  octokit: () => Octokit,
  repository: RepositoryTarget,
  options: ReportIssueOptions,
  off?: string
): PublishTarget {
  return {
    name: 'the report issue',
    writes: 'github',
    needs: { token: true },
    permission: 'issues: write',
    ...(off ? { off } : {}),
    async publish() {
      const posted = await publishReportIssue(octokit(), repository, options)
      return { note: `${posted.action} ${posted.url}`, outputs: { issueUrl: posted.url } }
    }
  }
}
