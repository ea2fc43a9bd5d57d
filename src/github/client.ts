// The one GitHub client every stage shares: Octokit with the official throttling and retry
// plugins, plus what the report needs to be honest about its API use — a count of every HTTP
// request (retries included), the GraphQL points spent, the last rate-limit figures seen, and a
// request budget that stops collection instead of draining the token's quota.
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import type { ApiUsage } from '../model.js'

export interface GitHubClientOptions {
  token: string
  /** Where the token came from, named in errors (never its value), e.g. 'GITHUB_TOKEN'. */
  tokenSource?: string
  /** REST base URL (GITHUB_API_URL), default https://api.github.com. */
  apiUrl?: string
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL), default derived from apiUrl. */
  graphqlUrl?: string
  /** Stop issuing requests after this many; collection reports what it covered. */
  budget?: number
  /** Where retries and rate-limit waits are logged. */
  log?: { debug(message: string): void; warning(message: string): void }
  /** Retries after a rate limit (primary or secondary) before giving up; default 3. */
  rateLimitRetries?: number
  /** Longest rate-limit wait accepted, in seconds; a longer one fails instead; default 900. */
  maxRateLimitWaitSeconds?: number
  /** Retries after a server error (5xx); default 3. */
  serverErrorRetries?: number
  /**
   * Milliseconds per second of every retry wait (default 1000). GitHub's waits are in seconds;
   * tests shrink this so a rate-limit retry takes milliseconds, not the real reset time.
   */
  waitUnitMs?: number
  /**
   * Least time between two GraphQL or write requests, in ms (default 1000, the throttling
   * plugin's own spacing, which follows GitHub's advice against bursts of POSTs).
   */
  writeSpacingMs?: number
  /**
   * Least time between two requests that notify people (posting a comment), in ms (default
   * 3000, the throttling plugin's own); tests shrink it as they do `writeSpacingMs`.
   */
  notificationSpacingMs?: number
  /** User agent sent with every request. */
  userAgent?: string
}

export interface GitHubClient {
  octokit: Octokit
  /** Runs a GraphQL document against the configured endpoint, counting its cost. */
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>
  usage(): ApiUsage
  /** Requests left before the budget stops collection (Infinity without a budget). */
  remainingBudget(): number
  /** Records that the budget cut collection short, with what was covered. */
  markBudgetExhausted(coverage: string): void
}

export interface GitHubEndpoints {
  apiUrl: string
  graphqlUrl: string
}

const PUBLIC_API_URL = 'https://api.github.com'

/**
 * The REST and GraphQL endpoints from the runner's environment. GitHub Enterprise Server serves
 * REST under `https://host/api/v3` and GraphQL at `https://host/api/graphql`; when only
 * GITHUB_API_URL is set, the GraphQL URL is derived from it.
 */
export function githubEndpointsFromEnv(env: Record<string, string | undefined>): GitHubEndpoints {
  const apiUrl = (env.GITHUB_API_URL || PUBLIC_API_URL).replace(/\/+$/, '')
  const graphqlUrl = env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl)
  return { apiUrl, graphqlUrl }
}

/** The GraphQL endpoint that belongs to a REST base URL. */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '')
  if (/\/api\/v3$/.test(base)) return base.replace(/\/api\/v3$/, '/api/graphql')
  return `${base}/graphql`
}

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
      `GitHub rejected the token from ${tokenSource} (401 Bad credentials): check that it is ` +
        'set, not expired, and valid for this GitHub host' +
        (options.doing ? ` (while ${options.doing})` : ''),
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

/** The message of any thrown value: errors, strings and anything else. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Rethrows `error` with what was being done, keeping the original as `cause`. A budget stop
 * passes through unchanged (collectors catch it); a rejected token keeps its own type.
 */
export function failedWhile(doing: string, error: unknown): Error {
  if (error instanceof BudgetExhaustedError) return error
  if (error instanceof GitHubAuthError) {
    return new GitHubAuthError(error.tokenSource, { cause: error.cause, doing })
  }
  return new Error(`${doing} failed: ${messageOf(error)}`, { cause: error })
}

interface ResponseLike {
  status?: number
  headers?: Record<string, string | number | undefined>
}

interface RequestErrorLike {
  status?: number
  response?: ResponseLike
}

type RequestFn = (options: { method: string; url: string }) => Promise<unknown>
type RequestHook = (
  request: RequestFn,
  options: { method: string; url: string }
) => Promise<unknown>

/**
 * Octokit runs the first-registered `request` hook innermost, closest to the network. This
 * plugin, registered before throttling and retry, installs the hook passed as `attemptHook` there,
 * so it runs once per HTTP attempt, retries included.
 */
function attemptHookPlugin(
  octokit: { hook: { wrap(name: 'request', hook: RequestHook): void } },
  options: { attemptHook?: RequestHook }
): Record<string, never> {
  if (options.attemptHook) octokit.hook.wrap('request', options.attemptHook)
  return {}
}

const ThrottledOctokit = Octokit.plugin(attemptHookPlugin as never, throttling, retry)

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const tokenSource = options.tokenSource ?? 'the configured token'
  const apiUrl = (options.apiUrl ?? PUBLIC_API_URL).replace(/\/+$/, '')
  const graphqlUrl = options.graphqlUrl ?? graphqlUrlFor(apiUrl)
  const budget = options.budget ?? Infinity
  const waitUnitMs = options.waitUnitMs ?? 1000
  const rateLimitRetries = options.rateLimitRetries ?? 3
  const maxWait = options.maxRateLimitWaitSeconds ?? 900
  const log = options.log ?? { debug: () => undefined, warning: () => undefined }
  const usage: ApiUsage = { requests: 0, cost: 0 }
  const budgetReached = (): boolean => usage.requests >= budget

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const what = `${request.method} ${request.url}`
      if (retryCount >= rateLimitRetries) {
        log.warning(`${kind} hit ${retryCount + 1} times for ${what}; giving up`)
        return false
      }
      if (retryAfter > maxWait) {
        log.warning(`${kind} for ${what} resets in ${retryAfter}s, longer than ${maxWait}s`)
        return false
      }
      if (budgetReached()) {
        log.warning(`${kind} for ${what}; the request budget is spent, so no retry`)
        return false
      }
      log.warning(`${kind} for ${what}: waiting ${retryAfter}s, then retry ${retryCount + 1}`)
      return true
    }

  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('GitHub API rate limit'),
    onSecondaryRateLimit: onLimit('GitHub secondary rate limit'),
    retryAfterBaseValue: waitUnitMs,
    // Bottleneck groups are shared by every client in the process; a fresh id keeps this
    // client's queue (and its spacing) its own.
    id: `multiplier-${Math.random().toString(36).slice(2)}`,
    write: spacedGroup(options.writeSpacingMs ?? 1000) as ThrottlingOptions['write'],
    notifications: spacedGroup(
      options.notificationSpacingMs ?? 3000
    ) as ThrottlingOptions['notifications']
  }

  // Runs once per HTTP attempt, so retries are counted; it also keeps the rate-limit headers
  // of every answer, failed ones included.
  const attemptHook: RequestHook = async (request, requestOptions) => {
    usage.requests += 1
    log.debug(`GitHub request ${usage.requests}: ${requestOptions.method} ${requestOptions.url}`)
    try {
      const response = (await request(requestOptions)) as ResponseLike
      recordRateHeaders(usage, response.headers)
      return response
    } catch (error) {
      recordRateHeaders(usage, (error as RequestErrorLike).response?.headers)
      throw error
    }
  }

  const octokit = new ThrottledOctokit({
    attemptHook,
    auth: options.token,
    baseUrl: apiUrl,
    userAgent: options.userAgent ?? 'multiplier',
    throttle,
    retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: waitUnitMs },
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warning(message),
      // Octokit logs every failed attempt here; retries are logged by the limit handlers and a
      // final failure is thrown, so these are only worth a debug line.
      error: (message: string) => log.debug(message)
    }
  })

  // Hooks registered after construction wrap the plugins, so this one sees each logical request
  // once: the budget is checked before it starts, a 401 becomes an error naming the token.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    if (budgetReached()) throw new BudgetExhaustedError(budget)
    try {
      return await request(requestOptions)
    } catch (error) {
      if ((error as RequestErrorLike).status === 401) {
        throw new GitHubAuthError(tokenSource, { cause: error })
      }
      throw error
    }
  })
  return {
    octokit,
    async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      const response = await octokit.request({ method: 'POST', url: graphqlUrl, query, variables })
      const body = response.data as {
        data?: T & { rateLimit?: RateLimitFields | null }
        errors?: { message: string }[]
      }
      if (body.errors?.length) {
        throw new GraphQLQueryError(
          body.errors.map(e => e.message),
          body.data
        )
      }
      if (!body.data) throw new GraphQLQueryError(['the answer held no data'], body)
      const rateLimit = body.data.rateLimit
      if (rateLimit) {
        usage.cost += rateLimit.cost
        usage.rateLimitRemaining = rateLimit.remaining
        usage.rateLimitResetAt = rateLimit.resetAt
      }
      return body.data
    },
    usage: () => ({ ...usage }),
    remainingBudget: () => Math.max(0, budget - usage.requests),
    markBudgetExhausted(coverage: string) {
      usage.budgetExhausted = true
      usage.coverage = coverage
    }
  }
}

/** What every query asks for, so each answer says what it cost. */
export interface RateLimitFields {
  cost: number
  remaining: number
  resetAt: string
}

/** The selection to add to every GraphQL query. */
export const RATE_LIMIT_SELECTION = 'rateLimit { cost remaining resetAt }'

function recordRateHeaders(
  usage: ApiUsage,
  headers: Record<string, string | number | undefined> | undefined
): void {
  const remaining = headers?.['x-ratelimit-remaining']
  const reset = headers?.['x-ratelimit-reset']
  if (remaining !== undefined && remaining !== '') usage.rateLimitRemaining = Number(remaining)
  if (reset !== undefined && reset !== '') {
    usage.rateLimitResetAt = new Date(Number(reset) * 1000).toISOString()
  }
}

/**
 * A stand-in for the throttling plugin's write group (which spaces GraphQL and write requests
 * a fixed second apart) with the spacing as an option. The plugin only calls
 * `key(id).schedule(options, fn)` on it.
 */
function spacedGroup(spacingMs: number): unknown {
  let nextStart = 0
  let queue: Promise<unknown> = Promise.resolve()
  const limiter = {
    schedule<R>(...args: unknown[]): Promise<R> {
      const job = args.find(arg => typeof arg === 'function') as () => Promise<R> | R
      const run = queue.then(async () => {
        const wait = nextStart - Date.now()
        if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
        nextStart = Date.now() + spacingMs
        return job()
      })
      queue = run.catch(() => undefined)
      return run
    }
  }
  return { key: () => limiter }
}
