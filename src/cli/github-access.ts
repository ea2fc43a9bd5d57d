// How a CLI command reaches GitHub: the token from the environment, the client made on first
// use through the setup layer (a git report never needs one), and the flags that tune it.
import type { GitHubClient } from '../github/client.js'
import { githubEndpointsFromEnv } from '../github/endpoints.js'
import { runClients } from '../setup/clients.js'
import { UsageError } from './errors.js'
import type { CliIO } from './io.js'

/** The GitHub client, made on first use: a git report never needs one. */
export function lazyClient(
  io: CliIO,
  budget: number | undefined,
  timeoutSeconds: number | undefined
): { token: string | undefined; github: () => GitHubClient } {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined
  const clients = runClients({
    token,
    tokenSource: io.env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'GH_TOKEN',
    missingToken: 'reading from GitHub needs a token: set GITHUB_TOKEN or GH_TOKEN',
    endpoints: githubEndpointsFromEnv(io.env),
    ...(budget !== undefined ? { budget } : {}),
    ...(timeoutSeconds !== undefined ? { requestTimeoutMs: timeoutSeconds * 1000 } : {}),
    log: {
      debug: () => undefined,
      warning: message => io.stderr.write(`multiplier: warning: ${message}\n`)
    },
    ...(io.clientOptions ? { overrides: io.clientOptions } : {})
  })
  return { token, github: clients.read }
}

/** `--api-budget` (a whole number above 0) and `--request-timeout` (seconds), checked. */
export function apiFlags(
  budgetFlag: string | undefined,
  timeoutFlag: string | undefined
): { budget?: number; timeoutSeconds?: number } {
  const budget = budgetFlag === undefined ? undefined : Number(budgetFlag)
  if (budget !== undefined && !(Number.isInteger(budget) && budget > 0)) {
    throw new UsageError(`--api-budget must be a whole number above 0, not "${budgetFlag}"`)
  }
  const timeoutSeconds = timeoutFlag === undefined ? undefined : Number(timeoutFlag)
  if (timeoutSeconds !== undefined && !(timeoutSeconds >= 0.1 && timeoutSeconds <= 3600)) {
    throw new UsageError(
      `--request-timeout must be a number of seconds from 0.1 to 3600, not "${timeoutFlag}"`
    )
  }
  return {
    ...(budget !== undefined ? { budget } : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {})
  }
}
