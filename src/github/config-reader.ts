// The config's `extends: owner/repo/path@ref`, read through the REST contents API. It lives
// here, with the other API calls, so that the config layer stays free of the network.
import { statusOf } from '../errors.js'
import { remoteName } from '../config/remote.js'
import type { RemoteConfigReader } from '../config/remote.js'

/**
 * The one call the reader needs, typed structurally: any Octokit with the REST endpoint
 * methods fits, and a test can hand in its own.
 */
export interface ContentsClient {
  rest: {
    repos: {
      getContent(params: {
        owner: string
        repo: string
        path: string
        ref?: string
      }): Promise<{ data: unknown }>
    }
  }
}

/**
 * A `RemoteConfigReader` over the REST contents API (`GET /repos/{owner}/{repo}/contents/{path}`).
 * Errors name the reference, and a 404 (no such repository, path or ref, or no access: GitHub
 * does not tell them apart) says what to check.
 */
export function createOctokitConfigReader(octokit: ContentsClient): RemoteConfigReader {
  return async reference => {
    const name = remoteName(reference)
    let data: unknown
    try {
      const response = await octokit.rest.repos.getContent({
        owner: reference.owner,
        repo: reference.repo,
        path: reference.path,
        ...(reference.ref ? { ref: reference.ref } : {})
      })
      data = response.data
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new Error(
          `${name} was not found: check the repository, the path and the ref, and that the token can read that repository`,
          { cause: error }
        )
      }
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(`could not read ${name}: ${reason}`, { cause: error })
    }
    return decodeContents(data, name)
  }
}

function decodeContents(data: unknown, name: string): string {
  // With the raw media type GitHub answers the file itself.
  if (typeof data === 'string') return data
  if (Array.isArray(data)) throw new Error(`${name} is a directory, not a file`)
  const item = (data ?? {}) as { type?: unknown; encoding?: unknown; content?: unknown }
  if (item.type !== undefined && item.type !== 'file') {
    throw new Error(`${name} is a ${String(item.type)}, not a file`)
  }
  if (item.encoding === 'base64' && typeof item.content === 'string') {
    return Buffer.from(item.content, 'base64').toString('utf8')
  }
  // Files over 1 MB come back with `encoding: none`; a config file is never that large.
  throw new Error(`${name} came back without base64 content (encoding: ${String(item.encoding)})`)
}
