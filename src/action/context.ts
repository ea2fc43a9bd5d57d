import type { Config } from '../config/types.js'
import type { GitHubClient, GitHubClientOptions } from '../github/client.js'
import { runClients } from '../setup/clients.js'
import { actionsOctokit } from './octokit.js'
import { loadRunConfig } from '../setup/config.js'
import type { ActionOutputs } from '../publish/runner.js'
import type { PublishTarget } from '../publish/stage.js'
import type { RunnerEnvironment } from './environment.js'
import type { IndexForGate } from './fail-under.js'
import type { ActionInputs } from './inputs.js'

/** What every phase of a run gets: the inputs, the runner's facts, the clock and clients. */
export interface ActionContext {
  inputs: ActionInputs
  env: RunnerEnvironment
  now: Date
  /** Client for collection: counts requests against `api-budget`. */
  readClient(): GitHubClient
  /** Client for publishing: outside the budget, so a spent budget still posts the result. */
  writeClient(): GitHubClient
}

/** What a mode hands back to `run()`: what it computed and where it goes; `run()` publishes. */
export interface ModeResult {
  /** The outputs known before publishing (index, scores, categories). */
  outputs: ActionOutputs
  /** Where the result goes, in the order the publish stage runs them. */
  targets: PublishTarget[]
  /** The index, when the mode computed one, with what fail-under needs to judge it. */
  score?: IndexForGate
}

export function createContext(
  inputs: ActionInputs,
  env: RunnerEnvironment,
  now: Date,
  clientOptions: Partial<GitHubClientOptions>,
  log: NonNullable<GitHubClientOptions['log']>
): ActionContext {
  const clients = runClients({
    token: inputs.githubToken || undefined,
    tokenSource: 'the github-token input',
    missingToken: 'The github-token input is empty; the GitHub API cannot be used without a token',
    endpoints: { apiUrl: env.apiUrl, graphqlUrl: env.graphqlUrl },
    userAgent: 'multiplier-action',
    requestTimeoutMs: inputs.requestTimeoutSeconds * 1000,
    ...(inputs.apiBudget !== undefined ? { budget: inputs.apiBudget } : {}),
    log,
    overrides: { octokitFactory: actionsOctokit, ...clientOptions }
  })
  return { inputs, env, now, readClient: clients.read, writeClient: clients.write }
}

/**
 * The repository's config (config-path, optional unless given), with `extends:` from another
 * repository read through the token when there is one, and the `history` and `teams` inputs
 * over the file's keys of the same names.
 */
export function loadActionConfig(context: ActionContext): Promise<Config> {
  const { inputs, env } = context
  return loadRunConfig({
    file: inputs.configPath,
    root: env.workspace,
    required: inputs.configPathGiven,
    ...(inputs.githubToken ? { client: context.readClient } : {}),
    overrides: { history: inputs.history, teams: inputs.teams }
  })
}
