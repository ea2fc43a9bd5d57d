import * as core from '@actions/core'
import type { GitHubClientOptions } from '../github/client.js'
import { createContext } from './context.js'
import type { ModeResult } from './context.js'
import { readRunnerEnvironment } from './environment.js'
import { readInputs } from './inputs.js'
import { failUnderVerdict } from './fail-under.js'
import { decideMode } from './mode.js'
import { runPullRequestMode } from './pull-request.js'
import { runReportMode } from './report-mode.js'
import { runAggregateMode } from './aggregate-mode.js'
import { runReposMode } from './repos-mode.js'
import type { ActionContext } from './context.js'
import type { Mode } from './mode.js'
import { messageOf } from '../errors.js'
import { runnerSink } from '../publish/runner.js'
import { runPublishStage } from '../publish/stage.js'
import { futureUntilWarning } from '../window.js'

const MODE_RUNNERS: Record<Mode, (context: ActionContext) => Promise<ModeResult>> = {
  'pull-request': runPullRequestMode,
  report: runReportMode,
  repos: runReposMode,
  aggregate: runAggregateMode
}

export interface RunOptions {
  /** The clock, so a test can pin the report window. */
  now?: Date
  /** Overrides for the GitHub clients (a test shortens the write spacing and retry waits). */
  clientOptions?: Partial<GitHubClientOptions>
}

/**
 * The action: read the inputs once, decide the mode from the event, run it, then publish what
 * it made through one stage and report warnings and failures in one place. Every failure ends
 * here, whatever was thrown.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const inputs = readInputs()
    const env = readRunnerEnvironment()
    const mode = decideMode(inputs.mode, env.eventName, env.payload)
    core.info(
      `Multiplier: ${mode} mode for the '${env.eventName || 'unknown'}' event on ${env.repository}`
    )
    const context = createContext(
      inputs,
      env,
      options.now ?? new Date(),
      options.clientOptions ?? {},
      {
        debug: message => core.debug(message),
        warning: message => core.warning(message)
      }
    )

    // A window ending in the future is allowed (a dashboard may run ahead) but said out loud:
    // otherwise an empty report looks like a team that did nothing.
    const untilWarning =
      mode === 'report'
        ? futureUntilWarning(inputs.until, context.now, 'The until input')
        : undefined
    if (untilWarning) core.warning(untilWarning, { title: 'Multiplier: until is in the future' })

    const result: ModeResult = await MODE_RUNNERS[mode](context)

    const published = await core.group('Publish', () =>
      runPublishStage(
        result.targets,
        {
          dryRun: inputs.dryRun,
          hasToken: inputs.githubToken !== '',
          outputs: result.outputs,
          eventName: env.eventName
        },
        runnerSink
      )
    )
    for (const warning of published.warnings)
      core.warning(warning, { title: 'Multiplier could not post its result' })
    if (published.failures.length > 0) {
      // Everything else was published first; the step fails naming each target and why.
      core.setFailed(published.failures.join('\n'))
      return
    }

    if (inputs.failUnder !== undefined) {
      if (result.score === undefined) {
        core.info(
          `fail-under judges the index of report and aggregate modes; ${mode} mode has none to check`
        )
      } else {
        const verdict = failUnderVerdict(result.score, inputs.failUnder, inputs.failUnderConfidence)
        if (verdict.outcome === 'skip') core.notice(verdict.notice, { title: 'Multiplier' })
        if (verdict.outcome === 'fail') core.setFailed(verdict.message)
      }
    }
  } catch (error) {
    core.setFailed(messageOf(error, { causes: true }))
  }
}
