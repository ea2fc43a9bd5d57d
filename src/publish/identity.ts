// Who the token writes as. A comment or issue is the action's own only when it carries the
// marker AND was written by this identity: a user who quotes the bot's comment, marker and all,
// keeps their words.
import type { Octokit } from '@octokit/rest'
import { isPermissionError } from './errors.js'

/** The login GITHUB_TOKEN (an installation token of the GitHub Actions app) writes as. */
const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]'

const known = new WeakMap<Octokit, Promise<string>>()

/**
 * The token's login: `GET /user` for a personal or user-to-server token. An installation token
 * may not read `/user` (403 "Resource not accessible by integration"); it is GITHUB_TOKEN's app
 * then, and a write's answer (`user.login`) corrects it for any other app.
 */
export function tokenIdentity(octokit: Octokit): Promise<string> {
  let identity = known.get(octokit)
  if (!identity) {
    identity = readIdentity(octokit)
    known.set(octokit, identity)
    // A failed look-up is not remembered: the next target may try again.
    identity.catch(() => known.delete(octokit))
  }
  return identity
}

async function readIdentity(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    const login = (data as { login?: unknown } | null)?.login
    if (typeof login === 'string' && login) return login
    return GITHUB_ACTIONS_LOGIN
  } catch (error) {
    if (isPermissionError(error)) return GITHUB_ACTIONS_LOGIN
    throw new Error(`Reading the token's identity (GET /user) failed`, { cause: error })
  }
}

/** Whether `login` is the token's identity (GitHub logins are case-insensitive). */
export function writtenBy(item: { user?: { login?: string } | null }, identity: string): boolean {
  return item.user?.login?.toLowerCase() === identity.toLowerCase()
}
