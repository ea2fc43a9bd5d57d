import { readFileSync } from 'node:fs'
import os from 'node:os'
import { context as importedContext } from '@actions/github'
import { githubEndpointsFromEnv } from '../github/endpoints.js'

/**
 * What the runner tells the action through its environment, read once when `run()` starts:
 * `@actions/github`'s `Context`, built then (not the `context` it built when it was imported,
 * which a test's or a wrapper's environment set after the import would not reach), with two
 * checks of our own. The event file is read first: a missing or broken one fails naming the
 * file, where `Context` prints a line and gives an empty payload (auto mode would then quietly
 * pick the report mode on a pull request). And without GITHUB_GRAPHQL_URL, GraphQL is derived
 * from GITHUB_API_URL (`https://host/api/v3` → `https://host/api/graphql` on GitHub Enterprise
 * Server), where `Context` would point it at github.com.
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

type GitHubContext = typeof importedContext

/**
 * A `Context` built now. `@actions/github` exports only the instance it built at import time,
 * not the class, so the class is that instance's constructor.
 */
function contextNow(): GitHubContext {
  const Context = Object.getPrototypeOf(importedContext).constructor as new () => GitHubContext
  return new Context()
}

export function readRunnerEnvironment(): RunnerEnvironment {
  const env = process.env
  const repository = env['GITHUB_REPOSITORY'] ?? ''
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new Error(
      `GITHUB_REPOSITORY is '${repository}'; expected 'owner/name' (is this running on a GitHub runner?)`
    )
  }
  checkPayload(env['GITHUB_EVENT_PATH'])
  const context = contextNow()
  const { graphqlUrl } = githubEndpointsFromEnv(env)
  const apiUrl = context.apiUrl.replace(/\/+$/, '')
  const serverUrl = (context.serverUrl || 'https://github.com').replace(/\/+$/, '')
  const { owner, repo } = context.repo
  return {
    eventName: context.eventName ?? '',
    payload: isObject(context.payload) ? (context.payload as Record<string, unknown>) : {},
    repository: `${owner}/${repo}`,
    apiUrl: apiUrl || githubEndpointsFromEnv(env).apiUrl,
    graphqlUrl,
    serverUrl,
    runUrl: Number.isFinite(context.runId)
      ? `${serverUrl}/${repository}/actions/runs/${context.runId}`
      : undefined,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    tempDir: env['RUNNER_TEMP'] || os.tmpdir()
  }
}

/** The event file, if named, must exist and hold JSON: `Context` would carry on without it. */
function checkPayload(path: string | undefined): void {
  if (!path) return
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`Reading the event payload GITHUB_EVENT_PATH=${path}`, { cause: error })
  }
  try {
    JSON.parse(text)
  } catch (error) {
    throw new Error(`The event payload GITHUB_EVENT_PATH=${path} is not JSON`, { cause: error })
  }
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = repository.split('/')
  return { owner, repo }
}
