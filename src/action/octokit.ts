// The action's Octokit: `@actions/github`'s `getOctokit`, with the client's own plugins (the
// attempt hook, throttling, retry) added, so requests go through the runner's proxy settings
// (HTTPS_PROXY / NO_PROXY, read by `@actions/http-client`) and carry the runner's orchestration
// id in the user agent. The base URL is the one the client is given (GITHUB_API_URL), never the
// one `@actions/github` read when it was imported. The CLI keeps `@octokit/rest`'s Octokit:
// importing `@actions/github` builds its `context` from the environment at import time.
import { getOctokit } from '@actions/github'
import type { Octokit } from '@octokit/rest'
import type { OctokitFactory } from '../github/client.js'

export const actionsOctokit: OctokitFactory = (options, plugins) => {
  // The token is in `options.auth`; getOctokit takes it from there when its own is empty.
  const octokit = getOctokit(
    '',
    options as Parameters<typeof getOctokit>[1],
    ...(plugins as never[])
  )
  return octokit as unknown as Octokit
}
