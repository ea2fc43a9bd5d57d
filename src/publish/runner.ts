// Everything the action hands back to the runner: job summary, outputs and files. Outputs are
// set here and only here, so action.yml's `outputs:` has one place to match.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { SUMMARY_BYTE_LIMIT, truncateLines, utf8Bytes } from '../render/limits.js'

export interface ActionOutputs {
  index?: number
  documentationScore?: number
  automationScore?: number
  patternsScore?: number
  categories?: string[]
  reportPath?: string
  commentUrl?: string
  issueUrl?: string
}

/** Sets every output of action.yml; the ones a run has no value for are set empty. */
export function setOutputs(outputs: ActionOutputs): void {
  const text = (value: number | string | undefined): string =>
    value === undefined ? '' : String(value)
  core.setOutput('index', text(outputs.index))
  core.setOutput('documentation-score', text(outputs.documentationScore))
  core.setOutput('automation-score', text(outputs.automationScore))
  core.setOutput('patterns-score', text(outputs.patternsScore))
  core.setOutput('categories', outputs.categories?.join(',') ?? '')
  core.setOutput('report-path', text(outputs.reportPath))
  core.setOutput('comment-url', text(outputs.commentUrl))
  core.setOutput('issue-url', text(outputs.issueUrl))
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

/** Writes a file (making its folder), resolving a relative path against the workspace. */
export async function writeOutputFile(
  workspace: string,
  file: string,
  content: string
): Promise<string> {
  const absolute = path.resolve(workspace, file)
  await mkdir(path.dirname(absolute), { recursive: true })
  await writeFile(absolute, content, 'utf8')
  return absolute
}
