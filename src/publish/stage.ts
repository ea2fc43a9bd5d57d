// The publish stage: every place a result goes is a target of one shape, run by one loop that
// applies dry-run, `off` and the token's permissions once. The runner's own targets (report
// file, badge, job summary) and the outputs come first and always; GitHub writes come after, so
// no failure there can lose the result. A failed target fails the step at the end, by name.
import { messageOf } from '../errors.js'
import { isPermissionError } from './errors.js'
import type { ActionOutputs } from './runner.js'

interface TargetResult {
  /** One line for the log and the job summary: what was done. */
  note: string
  /** Outputs this target learned (the report path, a comment's URL). */
  outputs?: Partial<ActionOutputs>
}

export interface PublishTarget {
  /** Named in notes, warnings and failures: 'the pull-request comment'. */
  name: string
  /** The runner's files (always written, first) or GitHub (after; not on a dry run). */
  writes: 'runner' | 'github'
  /** What it needs from the run: a token for the GitHub API. */
  needs?: { token?: boolean }
  /** The `permissions:` scope a GitHub write needs, named when the token lacks it. */
  permission?: string
  /** Why this run leaves the target out (e.g. 'comment: off'); undefined to publish. */
  off?: string
  /**
   * Why a read-only token is expected here (a bot's pull request: Dependabot's token never
   * writes): a refused write is then a debug line, not a warning on every run.
   */
  readOnlyExpected?: string
  publish(): Promise<TargetResult>
}

/** Where the stage hands things to the runner; @actions/core in the action, a fake in tests. */
export interface PublishSink {
  setOutputs(outputs: ActionOutputs): void
  /** Appends lines to the job summary (after the GitHub writes, to say what they did). */
  appendSummary(markdown: string): Promise<void>
  info(message: string): void
  /** Tracing only shown when the run is debugged (core.debug); optional for test sinks. */
  debug?(message: string): void
}

export interface PublishOutcome {
  outputs: ActionOutputs
  notes: string[]
  /** Writes the token may not do (read-only token): a warning, the step stays green. */
  warnings: string[]
  /** Targets that failed, each with what was being done; the step fails with these. */
  failures: string[]
}

export interface PublishStageOptions {
  dryRun: boolean
  hasToken: boolean
  /** What the run computed before publishing (index, scores, categories). */
  outputs: ActionOutputs
  /**
   * The event that started the run (GITHUB_EVENT_NAME): a refused write on a pull request is
   * likely a fork's read-only token, on a schedule a workflow's or repository's permissions.
   */
  eventName?: string
}

export async function runPublishStage(
  targets: PublishTarget[],
  options: PublishStageOptions,
  sink: PublishSink
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = {
    outputs: { ...options.outputs },
    notes: [],
    warnings: [],
    failures: []
  }
  const runnerTargets = targets.filter(target => target.writes === 'runner')
  const githubTargets = targets.filter(target => target.writes === 'github')

  for (const target of runnerTargets) await publishOne(target, outcome, sink)
  setOutputsSafely(outcome, sink)

  const githubNotes: string[] = []
  for (const target of githubTargets) {
    const skipped = skipReason(target, options)
    if (skipped) {
      record(outcome, githubNotes, sink, `${target.name}: ${skipped}`)
      continue
    }
    if (target.needs?.token && !options.hasToken) {
      outcome.failures.push(
        `Could not publish ${target.name}: it needs the github-token input, which is empty`
      )
      record(outcome, githubNotes, sink, `${target.name}: not posted, no github-token`)
      continue
    }
    await publishOne(target, outcome, sink, githubNotes, options.eventName)
  }
  if (githubTargets.length > 0) {
    setOutputsSafely(outcome, sink)
    try {
      await sink.appendSummary(githubNotes.map(note => `_${note}_`).join('\n\n'))
    } catch (error) {
      outcome.failures.push(
        `Appending to the job summary failed: ${messageOf(error, { causes: true })}`
      )
    }
  }
  return outcome
}

function skipReason(target: PublishTarget, options: PublishStageOptions): string | undefined {
  if (target.off) return target.off
  if (options.dryRun) return 'dry run, nothing posted'
  return undefined
}

async function publishOne(
  target: PublishTarget,
  outcome: PublishOutcome,
  sink: PublishSink,
  notes: string[] = [],
  eventName?: string
): Promise<void> {
  try {
    const result = await target.publish()
    Object.assign(outcome.outputs, result.outputs)
    record(outcome, notes, sink, `${target.name}: ${result.note}`)
  } catch (error) {
    if (target.writes === 'github' && isPermissionError(error) && target.readOnlyExpected) {
      sink.debug?.(
        `${target.name}: the token may not write (${messageOf(error)}); expected: ${target.readOnlyExpected}`
      )
      record(outcome, notes, sink, `${target.name}: not posted, ${target.readOnlyExpected}`)
      return
    }
    if (target.writes === 'github' && isPermissionError(error)) {
      outcome.warnings.push(permissionWarning(target, error, eventName))
      record(
        outcome,
        notes,
        sink,
        `${target.name}: not posted, the token may not write (see the warning)`
      )
      return
    }
    outcome.failures.push(`Could not publish ${target.name}: ${messageOf(error, { causes: true })}`)
    record(outcome, notes, sink, `${target.name}: failed (${messageOf(error, { causes: true })})`)
  }
}

function record(outcome: PublishOutcome, notes: string[], sink: PublishSink, note: string): void {
  outcome.notes.push(note)
  notes.push(note)
  sink.info(note)
}

function setOutputsSafely(outcome: PublishOutcome, sink: PublishSink): void {
  try {
    sink.setOutputs(outcome.outputs)
  } catch (error) {
    outcome.failures.push(`Setting the outputs failed: ${messageOf(error, { causes: true })}`)
  }
}

/** The README section on permissions and fork pull requests (__tests__/links.test.ts checks it). */
const PERMISSIONS_HELP = 'README.md#permissions-fork-pull-requests-and-workflow_run'

/**
 * The events that run for a pull request, where the token may be the read-only one a fork's or
 * Dependabot's pull request gets: the events `auto` comments on (action/mode.ts's
 * AUTO_COMMENT_EVENTS) and reviews.
 */
const FORK_TOKEN_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])

/**
 * A token that may not write is a warning naming what was not posted and why. On a pull
 * request the likely cause is a fork's or Dependabot's read-only GITHUB_TOKEN; on any other
 * event (a schedule, a manual run) a `permissions:` block that leaves out the scope, or a
 * repository whose default token is read-only.
 */
function permissionWarning(target: PublishTarget, error: unknown, eventName?: string): string {
  const scope = `\`permissions: ${target.permission ?? 'write'}\``
  const advice = FORK_TOKEN_EVENTS.has(eventName ?? '')
    ? `Give the workflow ${scope}. Pull requests from forks and Dependabot always get a ` +
      'read-only token: post from a separate `workflow_run` workflow instead'
    : `Give the workflow ${scope}, or let GITHUB_TOKEN write (Settings → Actions → General → ` +
      'Workflow permissions) when the repository or organisation makes it read-only'
  return (
    `Could not post ${target.name}: the token may not write here (${messageOf(error, { causes: true })}). ` +
    `${advice} (see ${PERMISSIONS_HELP}). The result is in this run's job summary.`
  )
}
