import { readFileSync } from 'node:fs'
import os from 'node:os'
import { githubEndpointsFromEnv } from '../github/endpoints.js'

/**
 * What the runner tells the action through its environment, read once when `run()` starts.
 * This is what `@actions/github`'s `context` would give, read here instead (and that package
 * is not a dependency) because its `Context` reads only `process.env`, so `run({ env })` could
 * not hand a test's runner environment in; its `context` is built at import time; a missing
 * event file becomes a line on stdout and an empty payload (auto mode would then quietly pick
 * the report mode on a pull request) where this fails naming the file; and without
 * `GITHUB_GRAPHQL_URL` it points GraphQL at github.com even on GitHub Enterprise Server, where
 * this derives it from `GITHUB_API_URL`.
 */
export interface RunnerEnvironment {
  eventName: string
  /** The webhook payload of the triggering event ({} when the runner gave none). */
  payload: Record<string, unknown>
  /** 'owner/name' */
  repository: string
  apiUrl: string
  graphqlUrl: string
  serverUrl: string
  /** Link to this workflow run, where its job summary is shown. */
  runUrl: string | undefined
  workspace: string
  tempDir: string
}

export function readRunnerEnvironment(env: NodeJS.ProcessEnv = process.env): RunnerEnvironment {
  const repository = env['GITHUB_REPOSITORY'] ?? ''
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new Error(
      `GITHUB_REPOSITORY is '${repository}'; expected 'owner/name' (is this running on a GitHub runner?)`
    )
  }
  const { apiUrl, graphqlUrl } = githubEndpointsFromEnv(env)
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
  const runId = env['GITHUB_RUN_ID']
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload: readPayload(env['GITHUB_EVENT_PATH']),
    repository,
    apiUrl,
    graphqlUrl,
    serverUrl,
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    tempDir: env['RUNNER_TEMP'] || os.tmpdir()
  }
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`Reading the event payload GITHUB_EVENT_PATH=${path}`, { cause: error })
  }
  const parsed: unknown = JSON.parse(text)
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
}

export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = repository.split('/')
  return { owner, repo }
}
