// How publishing tells "this token may not write here" (fork PRs, Dependabot, a read-only
// `permissions:` block) from real failures: the first is a warning and a green step with the
// job summary, the second fails the step.
import { messageOf, statusOf } from '../errors.js'

/** The error (or one of its causes) says the token lacks permission to write. */
export function isPermissionError(error: unknown): boolean {
  const text = messageOf(error, { causes: true })
  if (/Resource not accessible by (?:integration|personal access token)/i.test(text)) return true
  // A 403 for a rate limit is not about permissions: the client retries those.
  return statusOf(error) === 403 && !/rate limit/i.test(text)
}

/** 404 on delete/update: someone (or a concurrent run) already removed it. */
export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404
}

/**
 * A failed create whose outcome is unknown: no answer (network), a server error (a proxy may
 * have lost the answer to a write that landed) or an answer that was not what GitHub sends.
 * The write may have happened, so the caller lists again before deciding to create again.
 */
export function isUncertain(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500
}
