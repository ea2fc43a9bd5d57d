// Reading GitHub's answers before anything else does: is it the JSON that was asked for, is it
// a GraphQL rate limit (which arrives as HTTP 200), and when does a rate limit reset. Pure
// functions of the answer, so each rule is tested without a server.

export type Headers = Record<string, string | number | undefined>

/**
 * "GET /repos/octo/demo/issues": the method and path of a request as a person names it, the
 * REST base path (GHES's /api/v3) left off. Never the query string or a header: no secret
 * can leak through it.
 */
export function routeOf(method: string, url: string, apiUrl: string): string {
  let path: string
  try {
    path = new URL(url, apiUrl).pathname
  } catch {
    path = url.split('?')[0] ?? url
  }
  let base = ''
  try {
    base = new URL(apiUrl).pathname.replace(/\/+$/, '')
  } catch {
    // An unusable base URL fails the request itself; the route just keeps the full path.
  }
  if (base && path.startsWith(`${base}/`)) path = path.slice(base.length)
  return `${method.toUpperCase()} ${decodeURI(path)}`
}

/** The request asks for JSON (every GitHub API call but raw and diff media types). */
export function expectsJson(accept: string | undefined): boolean {
  return accept === undefined || accept === '' || /json/i.test(accept)
}

/**
 * What is wrong with an answer's body when JSON was asked for, in words; undefined when it is
 * JSON (Octokit has parsed it into an object or array) or when there is rightly no body.
 */
export function answerProblem(
  route: string,
  status: number,
  headers: Headers,
  data: unknown
): string | undefined {
  if (data !== null && typeof data === 'object' && !(data instanceof ArrayBuffer)) return undefined
  if (status === 204 || status === 205 || status === 304) return undefined
  const contentType = String(headers['content-type'] ?? '').toLowerCase()
  const size = typeof data === 'string' ? Buffer.byteLength(data) : byteLengthOf(data)
  if (!contentType && size === 0) return undefined
  if (contentType.includes('html')) {
    return `GitHub answered ${route} with HTTP ${status} and an HTML page instead of JSON (a proxy or an outage?)`
  }
  if (/json/.test(contentType)) {
    return size === 0
      ? `GitHub's answer to ${route} is empty (HTTP ${status}), not JSON`
      : `GitHub's answer to ${route} is not valid JSON (${size} bytes, cut short?)`
  }
  const type = contentType.split(';')[0]?.trim() || 'no content type'
  return `GitHub answered ${route} with HTTP ${status} and ${type} instead of JSON`
}

function byteLengthOf(data: unknown): number {
  return data instanceof ArrayBuffer ? data.byteLength : 0
}

interface GraphQLErrorEntry {
  type?: unknown
  code?: unknown
  message?: unknown
}

/**
 * The message of a GraphQL rate-limit answer, or undefined. github.com sends
 * `errors[].type: "RATE_LIMIT"` with `code: "graphql_rate_limit"` today; older hosts (and the
 * throttling plugin) know `RATE_LIMITED`. Either may come with HTTP 200.
 */
export function graphqlRateLimitOf(data: unknown): string | undefined {
  const errors = (data as { errors?: unknown } | null)?.errors
  if (!Array.isArray(errors)) return undefined
  const hit = (errors as GraphQLErrorEntry[]).find(
    entry =>
      entry?.type === 'RATE_LIMIT' ||
      entry?.type === 'RATE_LIMITED' ||
      entry?.code === 'graphql_rate_limit'
  )
  if (!hit) return undefined
  return typeof hit.message === 'string' && hit.message ? hit.message : 'API rate limit exceeded'
}

/** The wait GitHub gives when a limit names none, as the throttling plugin assumes too. */
const FALLBACK_RETRY_AFTER_SECONDS = 60

/**
 * When a rate limit resets, in epoch seconds: now plus `retry-after` when GitHub sends one (its
 * docs put it first), else `x-ratelimit-reset`, else now plus a minute.
 */
export function rateLimitResetOf(headers: Headers, nowMs: number): number {
  const retryAfter = Number(headers['retry-after'] ?? NaN)
  // Rounded down: the throttling plugin rounds the wait up and adds a second of its own.
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.floor(nowMs / 1000 + retryAfter)
  const reset = Number(headers['x-ratelimit-reset'] ?? NaN)
  if (Number.isFinite(reset) && reset > 0) return reset
  return Math.ceil(nowMs / 1000 + FALLBACK_RETRY_AFTER_SECONDS)
}

/** The answer says the primary rate limit is used up (REST's 403/429 with nothing left). */
export function isPrimaryRateLimit(status: number | undefined, headers: Headers): boolean {
  return (status === 403 || status === 429) && String(headers['x-ratelimit-remaining']) === '0'
}
