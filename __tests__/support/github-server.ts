// A real HTTP server on 127.0.0.1 that speaks GitHub's wire format: REST routes with
// Link-header pagination and x-ratelimit-* headers, and a GraphQL endpoint that parses,
// validates and executes every document against GitHub's published schema. Code under
// test talks to it exactly as it would talk to api.github.com (or a GHES host).
//
// This file is the transport only; the data (pull requests, issues, comments) lives in
// route modules beside it that call `route()` and `setGraphQLRoot()`.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ExecutionResult, GraphQLSchema, IntrospectionQuery } from 'graphql'

export interface LoopbackRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  /** Parsed JSON body, or undefined. */
  body: unknown
  params: Record<string, string>
}

export interface LoopbackResponse {
  status?: number
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is instead of `body`: an HTML error page, a JSON answer cut short. */
  raw?: string
  /**
   * Never finish the answer: with nothing else, the request is accepted and never answered;
   * with `raw`, the status line, headers and that text are sent and the rest never comes.
   */
  hang?: boolean
  headers?: Record<string, string>
}

export type RouteHandler = (
  request: LoopbackRequest
) => LoopbackResponse | Promise<LoopbackResponse>

export interface Fault {
  /** Which requests it hits; all when absent. */
  when?: (request: LoopbackRequest) => boolean
  /** How many matching requests fail before the fault is spent. */
  times: number
  response: LoopbackResponse
  /**
   * When true the route handles the request first (the write lands) and the fault replaces its
   * answer: a proxy that loses GitHub's answer to a POST that was performed.
   */
  afterHandler?: boolean
}

export interface SlowRoute {
  when: (request: LoopbackRequest) => boolean
  /** How long a matching request is held (at most, with `gather`). */
  delayMs: number
  /**
   * Hold matching requests until this many are waiting, then answer them all at once: ten runs
   * that race then all list before any of their writes lands, however busy the machine is.
   * `delayMs` still ends the wait when fewer come.
   */
  gather?: number
}

interface HeldRoute extends SlowRoute {
  waiting: (() => void)[]
}

export interface GraphQLCall {
  query: string
  variables: Record<string, unknown>
  errors: string[]
}

export interface LoopbackOptions {
  /** Added before every response, to model a real network round trip. */
  latencyMs?: number
  /** When set, any other Authorization token is answered 401 Bad credentials. */
  token?: string
  /** Prefix of REST routes (GHES serves them under /api/v3). */
  restPrefix?: string
}

type ExecuteGraphQL = (args: {
  source: string
  rootValue: unknown
  variableValues: Record<string, unknown>
}) => Promise<ExecutionResult>

let cachedSchema: GraphQLSchema | undefined
/**
 * Executes a document against GitHub's schema, built from its published introspection result
 * (the IDL file repeats a field, which graphql-js rejects). Under jest the test environment
 * lends an executor whose schema is built once per worker (support/github-schema-environment.mjs),
 * and graphql-js is not loaded here at all: each test file has its own module registry, and
 * compiling graphql-js's hundred modules again in every file that starts this server cost the
 * suite more than a second. Elsewhere (the bench scripts) it is loaded and the schema built on
 * the first GraphQL request, so importing this server costs nothing to those that never query.
 */
const executeAgainstGitHubSchema: ExecuteGraphQL =
  (globalThis as { __githubGraphQL?: ExecuteGraphQL }).__githubGraphQL ??
  (async args => {
    const { buildClientSchema, graphql } = await import('graphql')
    cachedSchema ??= buildClientSchema(
      JSON.parse(readFileSync(introspectionPath(), 'utf8')) as IntrospectionQuery,
      { assumeValid: true }
    )
    return graphql({ ...args, schema: cachedSchema })
  })

function introspectionPath(): URL {
  // The package exports only its entry, so the file is found beside that entry.
  return new URL('./schema.json', import.meta.resolve('@octokit/graphql-schema'))
}

interface Route {
  method: string
  segments: string[]
  handler: RouteHandler
}

export class LoopbackGitHub {
  readonly requests: LoopbackRequest[] = []
  readonly graphqlCalls: GraphQLCall[] = []
  readonly rateLimit = { limit: 5000, remaining: 5000, resetEpochSeconds: 0 }
  private readonly routes: Route[] = []
  private readonly faults: Fault[] = []
  private readonly slowRoutes: HeldRoute[] = []
  private graphqlRoot: (variables: Record<string, unknown>) => unknown = () => ({})
  private server: Server | undefined
  private port = 0

  constructor(private readonly options: LoopbackOptions = {}) {
    this.rateLimit.resetEpochSeconds = Math.floor(Date.now() / 1000) + 3600
  }

  static async start(options: LoopbackOptions = {}): Promise<LoopbackGitHub> {
    const github = new LoopbackGitHub(options)
    await github.listen()
    return github
  }

  /** REST base URL, as GITHUB_API_URL holds it. */
  get url(): string {
    return `http://127.0.0.1:${this.port}${this.options.restPrefix ?? ''}`
  }

  /** GraphQL endpoint, as GITHUB_GRAPHQL_URL holds it. */
  get graphqlUrl(): string {
    return `http://127.0.0.1:${this.port}${this.options.restPrefix === '/api/v3' ? '/api' : ''}/graphql`
  }

  /** Registers a REST route; `pattern` segments starting with ':' are parameters. */
  route(method: string, pattern: string, handler: RouteHandler): void {
    this.routes.push({ method: method.toUpperCase(), segments: splitPath(pattern), handler })
  }

  /** Sets the root value GraphQL documents execute against (fields may be functions of args). */
  setGraphQLRoot(root: (variables: Record<string, unknown>) => unknown): void {
    this.graphqlRoot = root
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault })
  }

  /**
   * Holds matching requests for `delayMs` before they are handled: a write that takes a while
   * to land, so that concurrent runs list in the meantime and race for real.
   */
  slow(route: SlowRoute): void {
    this.slowRoutes.push({ ...route, waiting: [] })
  }

  /** All GraphQL validation errors seen so far: a test should expect this to be empty. */
  get graphqlErrors(): string[] {
    return this.graphqlCalls.flatMap(call => call.errors)
  }

  async close(): Promise<void> {
    const server = this.server
    if (!server) return
    const closed = new Promise<void>((resolve, reject) =>
      server.close(error => (error ? reject(error) : resolve()))
    )
    // A request left hanging by a `hang` fault keeps its connection open; close() would wait
    // for it forever.
    server.closeAllConnections()
    await closed
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        send(res, { status: 500, body: { message: String(error) } }, {})
      })
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    this.port = (this.server.address() as AddressInfo).port
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`)
    const raw = await readBody(req)
    const request: LoopbackRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: raw ? parseJson(raw) : undefined,
      params: {}
    }
    this.requests.push(request)
    if (this.options.latencyMs) await sleep(this.options.latencyMs)
    const slow = this.slowRoutes.find(entry => entry.when(request))
    if (slow) await hold(slow)

    const headers = this.rateHeaders()
    if (
      this.options.token &&
      req.headers.authorization !== `token ${this.options.token}` &&
      req.headers.authorization !== `bearer ${this.options.token}` &&
      req.headers.authorization !== `Bearer ${this.options.token}`
    ) {
      send(
        res,
        {
          status: 401,
          body: {
            message: 'Bad credentials',
            documentation_url: 'https://docs.github.com/rest',
            status: '401'
          }
        },
        headers
      )
      return
    }

    const fault = this.faults.find(f => f.times > 0 && (!f.when || f.when(request)))
    if (fault) fault.times -= 1
    if (fault && !fault.afterHandler) {
      send(res, fault.response, headers)
      return
    }
    const answer = fault ? (): LoopbackResponse => fault.response : undefined

    this.rateLimit.remaining = Math.max(0, this.rateLimit.remaining - 1)
    if (request.method === 'POST' && request.path === new URL(this.graphqlUrl).pathname) {
      send(res, await this.executeGraphQL(request.body), this.rateHeaders())
      return
    }

    const prefix = this.options.restPrefix ?? ''
    const path =
      prefix && request.path.startsWith(prefix) ? request.path.slice(prefix.length) : request.path
    const segments = splitPath(path)
    for (const route of this.routes) {
      if (route.method !== request.method) continue
      const params = matchSegments(route.segments, segments)
      if (!params) continue
      request.params = params
      const response = await route.handler(request)
      send(res, answer ? answer() : response, this.rateHeaders())
      return
    }
    send(
      res,
      {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
      },
      headers
    )
  }

  private async executeGraphQL(body: unknown): Promise<LoopbackResponse> {
    const { query, variables } = (body ?? {}) as {
      query?: string
      variables?: Record<string, unknown>
    }
    if (typeof query !== 'string') {
      return { status: 400, body: { message: 'Problems parsing JSON' } }
    }
    const vars = variables ?? {}
    const result = await executeAgainstGitHubSchema({
      source: query,
      rootValue: this.graphqlRoot(vars),
      variableValues: vars
    })
    const errors = (result.errors ?? []).map(error => error.message)
    this.graphqlCalls.push({ query, variables: vars, errors })
    // GitHub answers GraphQL errors with HTTP 200 and an `errors` array.
    return {
      status: 200,
      body: result.errors
        ? {
            data: result.data ?? null,
            errors: result.errors.map(e => ({
              message: e.message,
              locations: e.locations,
              path: e.path
            }))
          }
        : { data: result.data }
    }
  }

  private rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(this.rateLimit.limit),
      'x-ratelimit-remaining': String(this.rateLimit.remaining),
      'x-ratelimit-reset': String(this.rateLimit.resetEpochSeconds),
      'x-ratelimit-used': String(this.rateLimit.limit - this.rateLimit.remaining),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `LOOP:${this.requests.length}`
    }
  }
}

/**
 * Slices `items` the way GitHub's REST list endpoints do (`page`, `per_page` up to 100, default
 * 30) and returns the response with a Link header pointing at the next and last pages.
 */
export function paginate(
  request: LoopbackRequest,
  baseUrl: string,
  items: readonly unknown[]
): LoopbackResponse {
  const perPage = Math.min(100, Number(request.query.get('per_page') ?? 30) || 30)
  const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const body = items.slice((page - 1) * perPage, page * perPage)
  const link = (n: number, rel: string): string => {
    const url = new URL(request.path, baseUrl)
    for (const [key, value] of request.query) url.searchParams.set(key, value)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return `<${url.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
  return { status: 200, body, headers: links.length ? { link: links.join(', ') } : {} }
}

/**
 * A `when` for faults that hit one REST route: `onRoute('POST', '/repos/:o/:r/issues')`.
 * `pattern` is matched like `route()` patterns, after the REST prefix.
 */
export function onRoute(method: string, pattern: string): (request: LoopbackRequest) => boolean {
  const wanted = splitPath(pattern)
  return request =>
    request.method === method.toUpperCase() &&
    matchSegments(wanted, splitPath(request.path.replace(/^\/api\/v3(?=\/)/, ''))) !== undefined
}

/** The 403 GitHub sends when the primary rate limit is used up. */
export function primaryRateLimitFault(resetInSeconds = 1): LoopbackResponse {
  return {
    status: 403,
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds)
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting'
    }
  }
}

/** The 403 GitHub sends for the secondary (abuse) rate limit. */
export function secondaryRateLimitFault(retryAfterSeconds = 1): LoopbackResponse {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    }
  }
}

/** A request that is accepted and never answered (until the server closes). */
export function neverAnswerFault(): LoopbackResponse {
  return { hang: true }
}

/** What a proxy or load balancer in front of GitHub sends: an HTML page, not JSON. */
export function htmlPageFault(status = 502): LoopbackResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    raw:
      '<!DOCTYPE html>\n<html><head><title>Unicorn! · GitHub</title></head>' +
      '<body><p>No server is currently available to service your request.</p></body></html>\n'
  }
}

/** A JSON answer cut off partway (a dropped connection, a proxy's buffer limit). */
export function truncatedJsonFault(status = 200): LoopbackResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    raw: '{"data":{"repository":{"pullRequests":{"nodes":[{"number":12,"title":"Add'
  }
}

/**
 * GitHub's GraphQL answer when the primary rate limit is used up: HTTP 200 with an `errors`
 * entry of type `RATE_LIMIT` and code `graphql_rate_limit` (what github.com sends today) or
 * the older type `RATE_LIMITED`, and the reset in `x-ratelimit-reset` or a `retry-after`.
 */
export function graphqlRateLimitFault(
  options: {
    type?: 'RATE_LIMIT' | 'RATE_LIMITED'
    resetInSeconds?: number
    retryAfterSeconds?: number
  } = {}
): LoopbackResponse {
  const type = options.type ?? 'RATE_LIMIT'
  const headers: Record<string, string> = { 'x-ratelimit-resource': 'graphql' }
  if (options.resetInSeconds !== undefined) {
    headers['x-ratelimit-remaining'] = '0'
    headers['x-ratelimit-reset'] = String(Math.floor(Date.now() / 1000) + options.resetInSeconds)
  }
  if (options.retryAfterSeconds !== undefined) {
    headers['retry-after'] = String(options.retryAfterSeconds)
  }
  const error =
    type === 'RATE_LIMIT'
      ? {
          type,
          code: 'graphql_rate_limit',
          message: 'API rate limit already exceeded for user ID 1.'
        }
      : { type, message: 'API rate limit exceeded for user ID 1.' }
  return { status: 200, headers, body: { errors: [error] } }
}

function send(
  res: ServerResponse,
  response: LoopbackResponse,
  baseHeaders: Record<string, string>
): void {
  if (response.hang && response.raw === undefined) return
  const status = response.status ?? 200
  const json = response.raw === undefined
  const payload = response.raw ?? (response.body === undefined ? '' : JSON.stringify(response.body))
  res.writeHead(status, {
    ...baseHeaders,
    ...(payload && json ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    ...response.headers
  })
  if (response.hang) {
    // The headers and the start of the body go out; the end never does.
    res.flushHeaders()
    res.write(payload)
    return
  }
  res.end(payload)
}

function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean)
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string
    const value = actual[i] as string
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeURIComponent(value)
    else if (expected !== value) return undefined
  }
  return params
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function hold(route: HeldRoute): Promise<void> {
  if (!route.gather) return sleep(route.delayMs)
  return new Promise<void>(resolve => {
    const timer = setTimeout(release, route.delayMs)
    function release(): void {
      clearTimeout(timer)
      route.waiting = route.waiting.filter(waiter => waiter !== release)
      resolve()
    }
    route.waiting.push(release)
    if (route.waiting.length >= (route.gather ?? 0))
      for (const waiter of [...route.waiting]) waiter()
  })
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
