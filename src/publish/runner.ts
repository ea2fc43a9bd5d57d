// Everything the action hands back to the runner: job summary, outputs and files. Outputs are
// set here and only here, so action.yml's `outputs:` has one place to match.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { makeFolders } from './folders.js'
import * as core from '@actions/core'
import { SUMMARY_BYTE_LIMIT, truncateLines, utf8Bytes } from '../render/limits.js'
import type { PublishSink } from './stage.js'

export interface ActionOutputs {
  index?: number
  /** report mode: `active`, `none` or `bots-only` (index and scores empty unless active). */
  activity?: string
  /** report mode: the index's confidence (`low`, `medium`, `high`). */
  confidence?: string
  documentationScore?: number
  automationScore?: number
  patternsScore?: number
  categories?: string[]
  reportPath?: string
  commentUrl?: string
  issueUrl?: string
  /** repos mode: the repositories found, 'owner/name'. */
  repositories?: string[]
  /** repos mode: the same cut into chunks for a matrix. */
  chunks?: string[][]
  /** repos mode: how many were found; aggregate mode: how many reported. */
  repositoryCount?: number
  /** aggregate mode: expected repositories without a report. */
  missing?: string[]
  /** aggregate mode: repositories (or files, where no repository is known) that failed. */
  failed?: string[]
}

/** Sets every output of action.yml; the ones a run has no value for are set empty. */
function setOutputs(outputs: ActionOutputs): void {
  const text = (value: number | string | undefined): string =>
    value === undefined ? '' : String(value)
  core.setOutput('index', text(outputs.index))
  core.setOutput('activity', text(outputs.activity))
  core.setOutput('confidence', text(outputs.confidence))
  core.setOutput('documentation-score', text(outputs.documentationScore))
  core.setOutput('automation-score', text(outputs.automationScore))
  core.setOutput('patterns-score', text(outputs.patternsScore))
  core.setOutput('categories', outputs.categories?.join(',') ?? '')
  core.setOutput('report-path', text(outputs.reportPath))
  core.setOutput('comment-url', text(outputs.commentUrl))
  core.setOutput('issue-url', text(outputs.issueUrl))
  // Lists go out as compact JSON, which `fromJSON` in a workflow turns back into a matrix.
  const json = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value))
  core.setOutput('repositories', json(outputs.repositories))
  core.setOutput('chunks', json(outputs.chunks))
  core.setOutput('repository-count', text(outputs.repositoryCount))
  core.setOutput('missing', json(outputs.missing))
  core.setOutput('failed', json(outputs.failed))
}

/** Appends `markdown` to the job summary, cut at a line to stay under the 1 MiB limit. */
export async function writeJobSummary(markdown: string): Promise<void> {
  const note =
    '\n\n_The summary was cut at GitHub’s 1 MiB limit; the JSON report has everything._\n'
  const fitted =
    utf8Bytes(markdown) <= SUMMARY_BYTE_LIMIT
      ? markdown
      : truncateLines(markdown, SUMMARY_BYTE_LIMIT - utf8Bytes(note), utf8Bytes) + note
  await core.summary.addRaw(fitted, true).write()
}

/** The runner side of the publish stage: outputs, the job summary and the log. */
export const runnerSink: PublishSink = {
  setOutputs,
  appendSummary: async markdown => {
    await core.summary.addRaw(`\n${markdown}\n`, true).write()
  },
  info: message => core.info(message),
  debug: message => core.debug(message)
}

/** Writes a file (making its folder), resolving a relative path against the workspace. */
export async function writeOutputFile(
  workspace: string,
  file: string,
  content: string
): Promise<string> {
  const absolute = path.resolve(workspace, file)
  try {
    makeFolders(path.dirname(absolute))
    await writeFile(absolute, content, 'utf8')
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message
    throw new Error(`Writing ${absolute} failed (${reason}): choose a path the runner can write`, {
      cause: error
    })
  }
  return absolute
}
