// How publishing tells "this token may not write here" (fork PRs, Dependabot, a read-only
// `permissions:` block) from real failures: the first is a warning and a green step with the
// job summary, the second fails the step.
import { messageOf } from '../errors.js'

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** The error (or one of its causes) says the token lacks permission to write. */
export function isPermissionError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const status = statusOf(current)
    const message = current instanceof Error ? current.message : String(current)
    // A 403 for a rate limit is not about permissions: the client retries those.
    if (status === 403 && !/rate limit/i.test(message)) return true
    if (/Resource not accessible by (?:integration|personal access token)/i.test(message))
      return true
    current = current instanceof Error ? current.cause : undefined
  }
  return false
}

/** 404 on delete/update: someone (or a concurrent run) already removed it. */
export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404
}

/** The HTTP status of an error or of the first of its causes that has one. */
function statusInChain(error: unknown): number | undefined {
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const status = statusOf(current)
    if (status !== undefined) return status
    current = current instanceof Error ? current.cause : undefined
  }
  return undefined
}

/**
 * A failed create whose outcome is unknown: no answer (network), a server error (a proxy may
 * have lost the answer to a write that landed) or an answer that was not what GitHub sends.
 * The write may have happened, so the caller lists again before deciding to create again.
 */
export function isUncertain(error: unknown): boolean {
  const status = statusInChain(error)
  return status === undefined || status >= 500
}

/** Runs one API call; a failure is rethrown saying what was being done, the original as cause. */
export async function whileDoing<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw new Error(`${doing} failed: ${messageOf(error, { causes: true })}`, { cause: error })
  }
}
