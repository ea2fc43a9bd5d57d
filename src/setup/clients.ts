// The GitHub clients of a run, made on first use (a git report never needs one), the same way
// for the action and the CLI: endpoints from the environment, the budget on the client that
// collects, none on the one that publishes.
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions
} from '../github/client.js'
import type { GitHubEndpoints } from '../github/endpoints.js'

export interface ClientSetup {
  /** The token, or undefined when there is none (reading GitHub then fails with `missingToken`). */
  token: string | undefined
  /** Where the token came from, named in errors (never its value). */
  tokenSource: string
  /** What to say when a client is needed and there is no token. */
  missingToken: string
  /** REST and GraphQL endpoints (`githubEndpointsFromEnv`). */
  endpoints: GitHubEndpoints
  /** Requests the collecting client may send before collection stops. */
  budget?: number
  requestTimeoutMs?: number
  userAgent?: string
  log: NonNullable<GitHubClientOptions['log']>
  /** A test's overrides (write spacing, retry waits). */
  overrides?: Partial<GitHubClientOptions>
}

export interface RunClients {
  /** For collection (and a remote `extends:`): counts requests against the budget. */
  read(): GitHubClient
  /** For publishing: outside the budget, so a spent budget still posts the result. */
  write(): GitHubClient
}

export function runClients(setup: ClientSetup): RunClients {
  let reader: GitHubClient | undefined
  let writer: GitHubClient | undefined
  const make = (budget: number | undefined): GitHubClient => {
    if (!setup.token) throw new Error(setup.missingToken)
    return createGitHubClient({
      token: setup.token,
      tokenSource: setup.tokenSource,
      ...setup.endpoints,
      ...(setup.userAgent !== undefined ? { userAgent: setup.userAgent } : {}),
      ...(setup.requestTimeoutMs !== undefined ? { requestTimeoutMs: setup.requestTimeoutMs } : {}),
      ...(budget !== undefined ? { budget } : {}),
      log: setup.log,
      ...setup.overrides
    })
  }
  return {
    read: () => (reader ??= make(setup.budget)),
    write: () => (writer ??= make(undefined))
  }
}
