// The two request hooks around Octokit's retry and throttling plugins. The inner one runs once
// per HTTP attempt: it counts it, bounds it with a timeout, and turns answers that cannot be
// used (an HTML page, JSON cut short, a GraphQL rate limit sent as HTTP 200) into errors the
// plugins retry or wait out. The outer one sees each request once, after the plugins gave up,
// and says in words what failed: the request by method and path, the reset time of a limit.
import type { ApiUsage, RequestsByKind } from '../model.js'
import {
  answerProblem,
  expectsJson,
  graphqlRateLimitOf,
  isPrimaryRateLimit,
  rateLimitResetOf,
  type Headers
} from './answers.js'
import {
  BudgetExhaustedError,
  GitHubAuthError,
  MalformedAnswerError,
  RateLimitError,
  RequestTimeoutError,
  roughDuration,
  type RetryableRequest
} from './errors.js'

/** The options Octokit hands to a request hook (route template and parameters, unparsed). */
export interface HookOptions {
  method: string
  url: string
  request?: { signal?: AbortSignal } & Record<string, unknown>
  [parameter: string]: unknown
}

type RequestFn = (options: HookOptions) => Promise<unknown>
export type RequestHook = (request: RequestFn, options: HookOptions) => Promise<unknown>

/** A request as the messages name it. */
export interface NamedRequest {
  /** "GET /repos/octo/demo/issues" */
  route: string
  /** The Accept header, which says whether JSON is expected. */
  accept: string | undefined
  isGraphQL: boolean
}

interface ResponseLike {
  status: number
  url?: string
  headers: Headers
  data: unknown
}

interface HttpErrorLike {
  status?: number
  message?: string
  response?: Partial<ResponseLike>
}

export interface AttemptContext {
  usage: ApiUsage
  timeoutMs: number
  name(options: HookOptions): NamedRequest
  log: { debug(message: string): void }
  /** Attempts made per request; the outer hook reads it to say how often it was tried. */
  attempts: WeakMap<object, number>
}

/** Whether a GraphQL document writes (GitHub asks for spacing between those). */
export function isMutation(query: string): boolean {
  return /^\s*mutation\b/.test(query.replace(/^\s*#.*$/gm, ''))
}

/**
 * What a request is for: a patch read when its caller says so (`request.purpose`) or when it
 * is REST's file list of a pull request (which carries the patches), a write when it changes
 * something (a REST method other than GET/HEAD, a GraphQL mutation), else a listing read.
 */
function requestKindOf(options: HookOptions, named: NamedRequest): keyof RequestsByKind {
  if (options.request?.purpose === 'patches') return 'patches'
  if (/^GET \S*\/pulls\/\d+\/files\b/.test(named.route)) return 'patches'
  if (named.isGraphQL) {
    return isMutation(typeof options.query === 'string' ? options.query : '') ? 'writes' : 'listing'
  }
  const method = options.method.toUpperCase()
  return method === 'GET' || method === 'HEAD' ? 'listing' : 'writes'
}

/** The innermost hook: one HTTP attempt, bounded by the timeout and checked. */
export function attemptHook(context: AttemptContext): RequestHook {
  const { usage, timeoutMs, log, attempts } = context
  return async (request, options) => {
    usage.requests += 1
    attempts.set(options, (attempts.get(options) ?? 0) + 1)
    const named = context.name(options)
    if (usage.requestsByKind) usage.requestsByKind[requestKindOf(options, named)] += 1
    log.debug(`GitHub request ${usage.requests}: ${named.route}`)
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    // Octokit's hooks share one options object per request (a hook cannot pass another one
    // on), so the attempt's signal goes in there and the caller's settings come back after.
    const original = options.request
    const caller = original?.signal
    options.request = {
      ...original,
      signal: caller ? AbortSignal.any([caller, controller.signal]) : controller.signal
    }
    const retry = retryable(options.method, options.url, original, named.isGraphQL)
    const timeout = (): RequestTimeoutError =>
      new RequestTimeoutError(named.route, timeoutMs, retry)
    try {
      const response = (await request(options)) as ResponseLike
      // Octokit reads the body inside the request and swallows a failed read: an answer whose
      // body stalled until the timeout comes back here as an empty one.
      if (timedOut) throw timeout()
      recordRateHeaders(usage, response.headers)
      checkAnswer(named, options, response, retry)
      return response
    } catch (error) {
      if (timedOut) throw timeout()
      recordRateHeaders(usage, (error as HttpErrorLike).response?.headers)
      throw withPlainMessage(error, named.route)
    } finally {
      clearTimeout(timer)
      options.request = original
    }
  }
}

/** Throws when a successful answer is not what GitHub sends, in a form the plugins act on. */
function checkAnswer(
  named: NamedRequest,
  options: HookOptions,
  response: ResponseLike,
  request: RetryableRequest | undefined
): void {
  if (options.method.toUpperCase() === 'HEAD' || !expectsJson(named.accept)) return
  const problem = answerProblem(named.route, response.status, response.headers, response.data)
  if (problem) throw new MalformedAnswerError(problem, response.status, request)
  if (!named.isGraphQL) return
  const limit = graphqlRateLimitOf(response.data)
  if (limit !== undefined) throw graphqlRateLimit(limit, named.route, request, response)
  const body = response.data as { data?: unknown; errors?: unknown }
  if (body.data == null && !Array.isArray(body.errors)) {
    throw new MalformedAnswerError(
      `GitHub's answer to ${named.route} holds neither \`data\` nor \`errors\``,
      response.status,
      request
    )
  }
}

/**
 * A GraphQL rate limit as the throttling plugin knows a REST one: a 403 with nothing left and
 * the reset time (from `x-ratelimit-reset`, else `retry-after`), so that it is waited out the
 * same way and within the same bound.
 */
function graphqlRateLimit(
  message: string,
  route: string,
  request: RetryableRequest | undefined,
  response: ResponseLike
): Error {
  const headers: Headers = {
    ...response.headers,
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(rateLimitResetOf(response.headers, Date.now()))
  }
  return Object.assign(new Error(`GitHub's GraphQL rate limit (${route}): ${message}`), {
    name: 'HttpError',
    status: 403,
    request,
    response: { ...response, headers }
  })
}

/** An HTTP error whose body is an HTML page or broken JSON says so instead of quoting it. */
function withPlainMessage(error: unknown, route: string): unknown {
  if (error instanceof MalformedAnswerError || !(error instanceof Error)) return error
  const { status, response } = error as HttpErrorLike
  if (typeof status !== 'number' || !response) return error
  const problem = answerProblem(route, status, response.headers ?? {}, response.data)
  if (problem) error.message = problem
  else if (!error.message.trim()) error.message = `GitHub answered ${route} with HTTP ${status}`
  return error
}

/**
 * What the retry plugin reads off an error to retry its request; none for a REST POST, which
 * creates something each time it is sent (GraphQL queries are POSTs that only read).
 */
function retryable(
  method: string,
  url: string,
  request: HookOptions['request'],
  isGraphQL: boolean
): RetryableRequest | undefined {
  if (method.toUpperCase() === 'POST' && !isGraphQL) return undefined
  return { method, url, headers: {}, request: { ...request } }
}

export interface FinalContext {
  tokenSource: string
  timeoutMs: number
  maxRateLimitWaitSeconds: number
  name(options: HookOptions): NamedRequest
  attempts: WeakMap<object, number>
  budgetReached(): boolean
  budget: number
}

/**
 * The outermost hook: the budget is checked before a request starts, and a request the
 * plugins gave up on ends with an error that names it.
 */
export function finalHook(context: FinalContext): RequestHook {
  return async (request, options) => {
    if (context.budgetReached()) throw new BudgetExhaustedError(context.budget)
    try {
      return await request(options)
    } catch (error) {
      throw finalError(context, options, error)
    }
  }
}

function finalError(context: FinalContext, options: HookOptions, error: unknown): unknown {
  const { status, response } = (error ?? {}) as HttpErrorLike
  if (status === 401) return new GitHubAuthError(context.tokenSource, { cause: error })
  if (error instanceof RequestTimeoutError) {
    const attempts = context.attempts.get(options) ?? 1
    return new RequestTimeoutError(error.route, error.timeoutMs, error.request, attempts)
  }
  const headers = response?.headers ?? {}
  if (isPrimaryRateLimit(status, headers)) {
    const named = context.name(options)
    const resetSeconds = rateLimitResetOf(headers, Date.now())
    const resetAt = new Date(resetSeconds * 1000).toISOString().replace(/\.000Z$/, 'Z')
    const waitSeconds = resetSeconds - Date.now() / 1000
    const tooLong = waitSeconds > context.maxRateLimitWaitSeconds
    return new RateLimitError(
      `GitHub's ${named.isGraphQL ? 'GraphQL' : 'API'} rate limit is used up (${named.route}): ` +
        `it resets at ${resetAt}, in ${roughDuration(waitSeconds)}, ` +
        (tooLong
          ? `longer than the ${context.maxRateLimitWaitSeconds} s this run waits`
          : 'and the retries this run allows are spent'),
      status ?? 403,
      resetAt,
      { cause: error }
    )
  }
  return error
}

function recordRateHeaders(usage: ApiUsage, headers: Headers | undefined): void {
  const remaining = headers?.['x-ratelimit-remaining']
  const reset = headers?.['x-ratelimit-reset']
  if (remaining !== undefined && remaining !== '') usage.rateLimitRemaining = Number(remaining)
  if (reset !== undefined && reset !== '') {
    usage.rateLimitResetAt = new Date(Number(reset) * 1000).toISOString()
  }
}
