import type { FileChange } from '../model.js'
import type { NudgeRule } from './nudge.js'
import { SIGNAL } from '../classify/signal-ids.js'

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/

/**
 * Lines that change what a workflow runs or when: a step (`- name:`, `- uses:`, `- run:`), a
 * job or a trigger (a key two spaces in), a `run:` script or a schedule.
 */
const RUNS = /^\s*-\s+(?:name|uses|run):|^ {2}[\w-]+:\s*$|^\s*(?:run|cron):/

/** Quotes and spacing changed nothing a workflow does. */
const normal = (line: string): string => line.replace(/["'\s]/g, '')

/**
 * Whether the workflow's patch adds a step, job, trigger or script that no removed line had.
 * Without a patch (a large edit) the verdict that counted its automation stands in.
 */
function changesWhatItRuns(file: FileChange): boolean {
  if (file.patch === undefined) return true
  const added = new Set<string>()
  const removed = new Set<string>()
  for (const line of file.patch.split('\n')) {
    const body = line.slice(1)
    if (!RUNS.test(body)) continue
    if (line.startsWith('+')) added.add(normal(body))
    else if (line.startsWith('-')) removed.add(normal(body))
  }
  return [...added].some(line => !removed.has(line))
}

/**
 * A workflow added, or changed in what it runs or when (a new step, job, trigger or script) in
 * a PR whose verdict counts its automation, and no docs touched. Version pins, a matrix entry,
 * permissions or quoting are not worth a note, nor is a workflow edit the verdict calls
 * incidental to the change.
 */
export const workflowWithoutDocs: NudgeRule = {
  id: 'workflow-without-docs',
  find({ change, files, touchesDocs }) {
    if (touchesDocs) return undefined
    const pinsOnly = new Set(
      change.reasons
        .filter(reason => reason.signal === SIGNAL.versionPinOnly && reason.file)
        .map(reason => reason.file)
    )
    const counted = change.categories.includes('automation')
    const found = files.filter(
      file =>
        WORKFLOW.test(file.path) &&
        !pinsOnly.has(file.path) &&
        (file.status === 'added' ||
          (file.status !== 'deleted' && counted && changesWhatItRuns(file)))
    )
    if (found.length === 0) return undefined
    return { id: this.id, files: found.map(file => file.path) }
  }
}
