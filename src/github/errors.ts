// The ways a GitHub request can fail, each with a message that says in words what happened and
// to which request ("GET /repos/octo/demo/issues"), never quoting a response body or a token.
// The retry and throttling plugins read `status`, `request` and `response` off errors, so the
// errors thrown per attempt keep those fields where a plugin needs them.
import { messageOf } from '../errors.js'

/** Thrown instead of a request once the budget is spent; collectors catch it and report. */
export class BudgetExhaustedError extends Error {
  constructor(readonly budget: number) {
    super(`the API request budget of ${budget} requests is spent`)
    this.name = 'BudgetExhaustedError'
  }
}

/** GitHub answered 401: the token is wrong, expired or revoked. */
export class GitHubAuthError extends Error {
  readonly status = 401
  constructor(
    readonly tokenSource: string,
    options: { cause: unknown; doing?: string }
  ) {
    super(
      (options.doing ? `${options.doing} failed: ` : '') +
        `GitHub rejected the token from ${tokenSource} (401 Bad credentials): check that it is ` +
        'set, not expired, and valid for this GitHub host',
      { cause: options.cause }
    )
    this.name = 'GitHubAuthError'
  }
}

/** GitHub answered a GraphQL document with errors (HTTP 200 and an `errors` array). */
export class GraphQLQueryError extends Error {
  constructor(
    readonly messages: string[],
    readonly data: unknown
  ) {
    super(`GraphQL errors: ${messages.join('; ')}`)
    this.name = 'GraphQLQueryError'
  }
}

/** What the retry plugin needs to retry an error: the request's options under `request`. */
export interface RetryableRequest {
  method: string
  url: string
  headers: Record<string, string>
  request: Record<string, unknown>
}

/**
 * No answer came within the request timeout. Status 408 lets the retry plugin retry it as it
 * retries server errors; the client rethrows the last one with the number of attempts. A
 * write (`request` absent: the plugin then leaves it alone) is not retried, since it may have
 * been made: whoever sent it looks before writing again.
 */
export class RequestTimeoutError extends Error {
  readonly status = 408
  constructor(
    readonly route: string,
    readonly timeoutMs: number,
    readonly request: RetryableRequest | undefined,
    readonly attempts?: number
  ) {
    super(
      `GitHub did not answer ${route} within ${seconds(timeoutMs)}` +
        (attempts === undefined ? '' : ` (${attempts} attempt${attempts === 1 ? '' : 's'})`) +
        (request ? '' : '; the write may have been made')
    )
    this.name = 'RequestTimeoutError'
  }

  /** The write was sent and no answer came: it may or may not have been made. */
  get uncertainWrite(): boolean {
    return this.request === undefined
  }
}

/**
 * A 2xx answer that is not the JSON GitHub sends: an HTML page from a proxy, JSON cut short.
 * A read gets status 502, as a gateway's answer would, so the retry plugin asks once more (the
 * answer cannot be used either way). A write keeps the status it got and no `request`, so it
 * is not sent twice: it was probably made. `answerStatus` is what the server really sent.
 */
export class MalformedAnswerError extends Error {
  readonly status: number
  constructor(
    message: string,
    readonly answerStatus: number,
    readonly request: RetryableRequest | undefined
  ) {
    super(message)
    this.name = 'MalformedAnswerError'
    this.status = request ? 502 : answerStatus
  }
}

/** The primary rate limit is used up and the client will not (or no longer) wait for it. */
export class RateLimitError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly resetAt: string | undefined,
    options: { cause: unknown }
  ) {
    super(message, options)
    this.name = 'RateLimitError'
  }
}

/**
 * The one way a failed GitHub call is rethrown, by collect and publish alike: "<doing> failed:
 * <its message>", the original kept as `cause` (the action's failure line adds the causes'
 * words; the client's own errors already say all a person needs). A budget stop passes through
 * unchanged (collectors catch it); a rejected token keeps its own type.
 */
export function failedWhile(doing: string, error: unknown): Error {
  if (error instanceof BudgetExhaustedError) return error
  if (error instanceof GitHubAuthError) {
    return new GitHubAuthError(error.tokenSource, { cause: error.cause, doing })
  }
  return new Error(`${doing} failed: ${messageOf(error)}`, { cause: error })
}

/** `call`, whose failure is rethrown by failedWhile: the form for a call with nothing to catch. */
export async function whileDoing<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw failedWhile(doing, error)
  }
}

/** "0.2 s", "30 s", "90 s": a timeout as people set it. */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`
}

/** "45 s", "12 min", "2 h": how long until a reset, rounded as a person would say it. */
export function roughDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds))
  if (s < 120) return `${s} s`
  if (s < 90 * 60) return `${Math.round(s / 60)} min`
  return `${Math.round(s / 3600)} h`
}
