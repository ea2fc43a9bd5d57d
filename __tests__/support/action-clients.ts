// A GitHub client pointed at the loopback server, with the write spacing and retry waits shrunk
// so publishing tests run in milliseconds (production keeps GitHub's one second between writes).
import type { Octokit } from '@octokit/rest'
import { createGitHubClient } from '../../src/github/client.js'
import type { GitHubClientOptions } from '../../src/github/client.js'
import type { LoopbackGitHub } from './github-server.js'

export const TEST_TOKEN = 'ghs_loopbacktoken123'

export const FAST_CLIENT: Partial<GitHubClientOptions> = {
  writeSpacingMs: 0,
  notificationSpacingMs: 0,
  waitUnitMs: 1,
  serverErrorRetries: 0
}

export function loopbackOctokit(server: LoopbackGitHub): Octokit {
  return createGitHubClient({
    token: TEST_TOKEN,
    apiUrl: server.url,
    graphqlUrl: server.graphqlUrl,
    ...FAST_CLIENT
  }).octokit
}
