// The one GitHub client every stage shares: Octokit with the official throttling and retry
// plugins, plus what the report needs to be honest about its API use — a count of every HTTP
// request (retries included), the GraphQL points spent, the last rate-limit figures seen, and a
// request budget that stops collection instead of draining the token's quota.
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import type { ApiUsage } from '../model.js'
import { routeOf } from './answers.js'
import {
  attemptHook,
  finalHook,
  isMutation,
  type HookOptions,
  type NamedRequest,
  type RequestHook
} from './attempts.js'
import { GraphQLQueryError } from './errors.js'

export {
  BudgetExhaustedError,
  GitHubAuthError,
  GraphQLQueryError,
  MalformedAnswerError,
  RequestTimeoutError,
  failedWhile
} from './errors.js'
import { graphqlUrlFor, PUBLIC_API_URL } from './endpoints.js'

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
  /**
   * Longest wait for one attempt's answer, body included, in ms (default 30000). A request
   * that times out is retried like a server error (`serverErrorRetries`), so the longest a
   * request can take is bounded by (retries + 1) × this, plus the retry waits.
   */
  requestTimeoutMs?: number
  /**
   * Builds the Octokit from its options and the client's plugins (attempt hook, throttling,
   * retry). The action passes `@actions/github`'s `getOctokit` (the runner's proxy settings);
   * by default it is `@octokit/rest`'s Octokit.
   */
  octokitFactory?: OctokitFactory
}

/** Default of `requestTimeoutMs`: GitHub answers within 10 s or gives up itself. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

export interface GitHubClient {
  octokit: Octokit
  /**
   * Runs a GraphQL document against the configured endpoint, counting its cost. `purpose`
   * 'patches' counts it among the requests that read patches (`usage().requestsByKind`).
   */
  graphql<T>(
    query: string,
    variables: Record<string, unknown>,
    purpose?: RequestPurpose
  ): Promise<T>
  usage(): ApiUsage
  /** Requests left before the budget stops collection (Infinity without a budget). */
  remainingBudget(): number
  /** Records that the budget cut collection short, with what was covered. */
  markBudgetExhausted(coverage: string): void
}

/** What a request is for, where its route alone does not say (see `requestKindOf`). */
type RequestPurpose = 'patches'

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

/** The plugins every client's Octokit carries, in order. */
const CLIENT_PLUGINS = [attemptHookPlugin as never, throttling, retry] as const

/** Makes an Octokit with `plugins` from `options`; the type is `@octokit/rest`'s. */
export type OctokitFactory = (
  options: Record<string, unknown>,
  plugins: readonly OctokitPlugin[]
) => Octokit

type OctokitPlugin = Parameters<typeof Octokit.plugin>[0]

const restOctokit: OctokitFactory = (options, plugins) =>
  new (Octokit.plugin(...plugins))(options) as Octokit

type Log = NonNullable<GitHubClientOptions['log']>

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = (options.apiUrl ?? PUBLIC_API_URL).replace(/\/+$/, '')
  const graphqlUrl = options.graphqlUrl ?? graphqlUrlFor(apiUrl)
  const budget = options.budget ?? Infinity
  const waitUnitMs = options.waitUnitMs ?? 1000
  const timeoutMs = positiveOr(options.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS)
  const maxWait = options.maxRateLimitWaitSeconds ?? 900
  const log: Log = options.log ?? { debug: () => undefined, warning: () => undefined }
  const usage: ApiUsage = {
    requests: 0,
    cost: 0,
    requestsByKind: { listing: 0, patches: 0, writes: 0 }
  }
  const budgetReached = (): boolean => usage.requests >= budget
  const attempts = new WeakMap<object, number>()
  // The hooks name requests through the client's own endpoint parser, made just below.
  let name = (hookOptions: HookOptions): NamedRequest =>
    namedRequest(hookOptions, apiUrl, graphqlUrl)

  const parts: OctokitParts = {
    attemptHook: attemptHook({ usage, timeoutMs, log, attempts, name: o => name(o) }),
    limits: { maxWait, budgetReached, log, name: o => name(o) },
    waitUnitMs,
    log
  }
  const octokit = buildOctokit(options, parts, options.writeSpacingMs ?? 1000)
  // The throttling plugin spaces every GraphQL request like a write; GitHub asks that of
  // mutations only, so read-only queries go through a twin whose write group has no spacing.
  const reader = buildOctokit(options, parts, 0)
  name = hookOptions => namedRequest(hookOptions, apiUrl, graphqlUrl, octokit)

  // Hooks registered after construction wrap the plugins, so this one sees each logical request
  // once: the budget is checked before it starts, and a final failure is named.
  const outer = finalHook({
    tokenSource: options.tokenSource ?? 'the configured token',
    timeoutMs,
    maxRateLimitWaitSeconds: maxWait,
    name: o => name(o),
    attempts,
    budgetReached,
    budget
  }) as never
  octokit.hook.wrap('request', outer)
  reader.hook.wrap('request', outer)
  return {
    octokit,
    graphql: (query, variables, purpose) =>
      runGraphQL(
        isMutation(query) ? octokit : reader,
        { graphqlUrl, usage, purpose },
        query,
        variables
      ),
    usage: () => ({
      ...usage,
      ...(usage.requestsByKind ? { requestsByKind: { ...usage.requestsByKind } } : {})
    }),
    remainingBudget: () => Math.max(0, budget - usage.requests),
    markBudgetExhausted(coverage: string) {
      usage.budgetExhausted = true
      usage.coverage = coverage
      log.warning(
        `The API request budget of ${budget} requests ran out before the window was covered: ${coverage}`
      )
    }
  }
}

interface OctokitParts {
  attemptHook: RequestHook
  limits: LimitContext
  waitUnitMs: number
  log: Log
}

function buildOctokit(
  options: GitHubClientOptions,
  parts: OctokitParts,
  writeSpacingMs: number
): Octokit {
  const { log } = parts
  const factory = options.octokitFactory ?? restOctokit
  return factory(
    {
      attemptHook: parts.attemptHook,
      auth: options.token,
      baseUrl: (options.apiUrl ?? PUBLIC_API_URL).replace(/\/+$/, ''),
      userAgent: options.userAgent ?? 'multiplier',
      throttle: throttleOptions({ ...options, writeSpacingMs }, parts.limits),
      retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: parts.waitUnitMs },
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.warning(message),
        // Octokit logs every failed attempt here; retries are logged by the limit handlers and a
        // final failure is thrown, so these are only worth a debug line.
        error: (message: string) => log.debug(message)
      }
    },
    CLIENT_PLUGINS
  )
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * Names a request by its parsed URL (the route template filled in). Before the client exists
 * there is no parser, and the template itself is named.
 */
function namedRequest(
  options: HookOptions,
  apiUrl: string,
  graphqlUrl: string,
  octokit?: Octokit
): NamedRequest {
  let method = options.method
  let url = options.url
  let accept: string | undefined
  try {
    const parse = octokit?.request.endpoint.parse as
      ((o: object) => { method: string; url: string; headers: Record<string, string> }) | undefined
    const parsed = parse?.(options)
    if (parsed) {
      method = parsed.method
      url = parsed.url
      accept = parsed.headers.accept
    }
  } catch {
    // A request that cannot be parsed fails in Octokit itself; the template names it here.
  }
  const path = url.split('?')[0] ?? url
  return {
    route: routeOf(method, url, apiUrl),
    accept,
    isGraphQL: path === graphqlUrl || /\/graphql$/.test(path)
  }
}

interface LimitContext {
  maxWait: number
  budgetReached(): boolean
  log: Log
  name(options: HookOptions): NamedRequest
}

function throttleOptions(options: GitHubClientOptions, context: LimitContext): ThrottlingOptions {
  const rateLimitRetries = options.rateLimitRetries ?? 3
  const { maxWait, log } = context
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const what = context.name(request).route
      if (retryCount >= rateLimitRetries) {
        log.warning(`${kind} hit ${retryCount + 1} times for ${what}; giving up`)
        return false
      }
      if (retryAfter > maxWait) {
        log.warning(`${kind} for ${what} resets in ${retryAfter}s, longer than ${maxWait}s`)
        return false
      }
      if (context.budgetReached()) {
        log.warning(`${kind} for ${what}; the request budget is spent, so no retry`)
        return false
      }
      log.warning(`${kind} for ${what}: waiting ${retryAfter}s, then retry ${retryCount + 1}`)
      return true
    }
  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('GitHub API rate limit'),
    onSecondaryRateLimit: onLimit('GitHub secondary rate limit'),
    retryAfterBaseValue: options.waitUnitMs ?? 1000,
    // Bottleneck groups are shared by every client in the process; a fresh id keeps this
    // client's queue (and its spacing) its own.
    id: `multiplier-${Math.random().toString(36).slice(2)}`,
    write: spacedGroup(options.writeSpacingMs ?? 1000) as ThrottlingOptions['write'],
    notifications: spacedGroup(
      options.notificationSpacingMs ?? 3000
    ) as ThrottlingOptions['notifications']
  }
  return throttle
}

/**
 * Runs a GraphQL document and counts its cost. The attempt hook has already turned answers that
 * are not GraphQL's shape, and rate limits, into errors; what is left is data or query errors.
 */
async function runGraphQL<T>(
  octokit: Octokit,
  target: { graphqlUrl: string; usage: ApiUsage; purpose: RequestPurpose | undefined },
  query: string,
  variables: Record<string, unknown>
): Promise<T> {
  const { graphqlUrl, usage, purpose } = target
  const response = await octokit.request({
    method: 'POST',
    url: graphqlUrl,
    query,
    variables,
    ...(purpose ? { request: { purpose } } : {})
  })
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
  if (!body.data) throw new GraphQLQueryError(['the answer held an empty `errors` list'], body)
  const rateLimit = body.data.rateLimit
  if (rateLimit) {
    usage.cost += rateLimit.cost
    usage.rateLimitRemaining = rateLimit.remaining
    usage.rateLimitResetAt = rateLimit.resetAt
  }
  return body.data
}

/** What every query asks for, so each answer says what it cost. */
export interface RateLimitFields {
  cost: number
  remaining: number
  resetAt: string
}

/** The selection to add to every GraphQL query. */
export const RATE_LIMIT_SELECTION = 'rateLimit { cost remaining resetAt }'

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
