import { afterEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient, type GitHubClientOptions } from '../src/github/client.js'
import { githubEndpointsFromEnv } from '../src/github/endpoints.js'
import {
  LoopbackGitHub,
  graphqlRateLimitFault,
  htmlPageFault,
  neverAnswerFault,
  paginate,
  primaryRateLimitFault,
  truncatedJsonFault,
  type LoopbackRequest
} from './support/github-server.js'

const VIEWER_QUERY = 'query { rateLimit { cost remaining resetAt } viewer { login } }'
const isGraphQL = (request: LoopbackRequest): boolean => request.path.endsWith('/graphql')
const isIssues = (request: LoopbackRequest): boolean => request.path.endsWith('/issues')
/** A test that would hang without a request timeout fails after this instead. */
const HANG_GUARD_MS = 8000

describe('github/client when GitHub misbehaves', () => {
  let server: LoopbackGitHub | undefined
  let warnings: string[] = []
  afterEach(async () => {
    await server?.close()
    server = undefined
    warnings = []
  })

  async function start(): Promise<LoopbackGitHub> {
    server = await LoopbackGitHub.start()
    const github = server
    github.route('GET', '/repos/:owner/:repo/issues', request =>
      paginate(
        request,
        github.url,
        Array.from({ length: 3 }, (_, i) => ({ number: i + 1 }))
      )
    )
    github.route('POST', '/repos/:owner/:repo/issues', () => ({
      status: 201,
      body: { number: 4 }
    }))
    github.setGraphQLRoot(() => ({
      rateLimit: { cost: 1, remaining: 4999, resetAt: '2026-11-23T20:00:00Z' },
      viewer: { login: 'mona' }
    }))
    return github
  }

  function clientFor(github: LoopbackGitHub, options: Partial<GitHubClientOptions> = {}) {
    return createGitHubClient({
      token: 'loopback-token-value',
      ...githubEndpointsFromEnv({
        GITHUB_API_URL: github.url,
        GITHUB_GRAPHQL_URL: github.graphqlUrl
      }),
      waitUnitMs: 1,
      writeSpacingMs: 0,
      log: { debug: () => undefined, warning: message => warnings.push(message) },
      ...options
    })
  }

  const listIssues = (client: ReturnType<typeof clientFor>) =>
    client.octokit.rest.issues.listForRepo({ owner: 'octo', repo: 'demo' })

  describe('request timeout', () => {
    it(
      'gives up on a server that never answers after bounded retries, naming the request',
      async () => {
        const github = await start()
        github.fail({ times: Infinity, response: neverAnswerFault() })
        const client = clientFor(github, { requestTimeoutMs: 200, serverErrorRetries: 2 })
        const started = Date.now()
        const failure = await listIssues(client).catch((error: unknown) => error)
        expect(Date.now() - started).toBeLessThan(3000)
        expect((failure as Error).message).toBe(
          'GitHub did not answer GET /repos/octo/demo/issues within 0.2 s (3 attempts)'
        )
        expect((failure as Error).message).not.toContain('loopback-token-value')
        // Every attempt is counted; the server may not have read the last one when it is cut.
        expect(client.usage().requests).toBe(3)
        expect(github.requests.length).toBeLessThanOrEqual(3)
      },
      HANG_GUARD_MS
    )

    it(
      'times out an answer whose body never ends',
      async () => {
        const github = await start()
        github.fail({
          when: isGraphQL,
          times: Infinity,
          response: { ...truncatedJsonFault(), hang: true }
        })
        const client = clientFor(github, { requestTimeoutMs: 200, serverErrorRetries: 0 })
        await expect(client.graphql(VIEWER_QUERY, {})).rejects.toThrow(
          /^GitHub did not answer POST \/graphql within 0\.2 s \(1 attempt\)$/
        )
      },
      HANG_GUARD_MS
    )

    it(
      'retries a request that timed out once and returns the answer of the retry',
      async () => {
        const github = await start()
        github.fail({ times: 1, response: neverAnswerFault() })
        const client = clientFor(github, { requestTimeoutMs: 200 })
        const { data } = await listIssues(client)
        expect(data.map(issue => issue.number)).toEqual([1, 2, 3])
        expect(github.requests).toHaveLength(2)
      },
      HANG_GUARD_MS
    )

    it(
      'sends a REST POST once when its answer never comes, since the write may have been made',
      async () => {
        const github = await start()
        github.fail({ times: Infinity, response: neverAnswerFault() })
        const client = clientFor(github, { requestTimeoutMs: 200, serverErrorRetries: 3 })
        const failure = (await client.octokit.rest.issues
          .create({ owner: 'octo', repo: 'demo', title: 'Report' })
          .catch(e => e)) as Error & { uncertainWrite?: boolean }
        expect(failure.message).toBe(
          'GitHub did not answer POST /repos/octo/demo/issues within 0.2 s (1 attempt); the write may have been made'
        )
        expect(failure.uncertainWrite).toBe(true)
        expect(client.usage().requests).toBe(1)
      },
      HANG_GUARD_MS
    )

    it('lets a slow answer inside the timeout through', async () => {
      server = await LoopbackGitHub.start({ latencyMs: 50 })
      server.setGraphQLRoot(() => ({ viewer: { login: 'mona' } }))
      const client = clientFor(server, { requestTimeoutMs: 2000 })
      await expect(client.graphql('query { viewer { login } }', {})).resolves.toEqual({
        viewer: { login: 'mona' }
      })
      expect(server.requests).toHaveLength(1)
    })
  })

  describe('GraphQL rate limits', () => {
    it.each(['RATE_LIMIT', 'RATE_LIMITED'] as const)(
      'waits out a %s answer whose reset is near, then completes',
      async type => {
        const github = await start()
        github.fail({
          when: isGraphQL,
          times: 1,
          response: graphqlRateLimitFault({ type, resetInSeconds: 2 })
        })
        const client = clientFor(github)
        const data = await client.graphql<{ viewer: { login: string } }>(VIEWER_QUERY, {})
        expect(data.viewer.login).toBe('mona')
        expect(github.requests).toHaveLength(2)
        expect(warnings).toEqual([
          expect.stringMatching(/^GitHub API rate limit for POST \/graphql: waiting [23]s/)
        ])
      }
    )

    it('waits for retry-after when the answer gives no reset time', async () => {
      const github = await start()
      github.fail({
        when: isGraphQL,
        times: 1,
        response: graphqlRateLimitFault({ retryAfterSeconds: 7 })
      })
      const client = clientFor(github)
      await client.graphql(VIEWER_QUERY, {})
      // The throttling plugin waits one second past the reset it is given.
      expect(warnings).toEqual([expect.stringMatching(/waiting 8s, then retry 1/)])
    })

    it('fails at once with the reset time when the reset is beyond the bound', async () => {
      const github = await start()
      github.fail({
        when: isGraphQL,
        times: 1,
        response: graphqlRateLimitFault({ resetInSeconds: 7200 })
      })
      const client = clientFor(github, { maxRateLimitWaitSeconds: 60 })
      const failure = (await client.graphql(VIEWER_QUERY, {}).catch(e => e)) as Error
      expect(failure.message).toMatch(
        /^GitHub's GraphQL rate limit is used up \(POST \/graphql\): it resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, in 2 h, longer than the 60 s this run waits$/
      )
      expect(github.requests).toHaveLength(1)
    })

    it('says the same of a REST primary rate limit with a far reset', async () => {
      const github = await start()
      github.fail({ when: isIssues, times: 1, response: primaryRateLimitFault(3600) })
      const client = clientFor(github, { maxRateLimitWaitSeconds: 60 })
      await expect(listIssues(client)).rejects.toThrow(
        /^GitHub's API rate limit is used up \(GET \/repos\/octo\/demo\/issues\): it resets at \S+Z, in 60 min/
      )
    })
  })

  describe('answers that are not what GitHub sends', () => {
    it('names an HTML error page by its status instead of quoting it', async () => {
      const github = await start()
      github.fail({ times: Infinity, response: htmlPageFault(502) })
      const client = clientFor(github, { serverErrorRetries: 1 })
      const failure = (await listIssues(client).catch(e => e)) as Error & { status?: number }
      expect(failure.message).toBe(
        'GitHub answered GET /repos/octo/demo/issues with HTTP 502 and an HTML page instead of JSON (a proxy or an outage?)'
      )
      expect(failure.status).toBe(502)
      expect(github.requests).toHaveLength(2)
    })

    it('says an HTML page with HTTP 200 is not an answer, instead of a TypeError', async () => {
      const github = await start()
      github.fail({ times: Infinity, response: htmlPageFault(200) })
      const client = clientFor(github, { serverErrorRetries: 1 })
      const failure = (await client.octokit
        .paginate('GET /repos/{owner}/{repo}/issues', { owner: 'octo', repo: 'demo' })
        .catch(e => e)) as Error
      expect(failure).not.toBeInstanceOf(TypeError)
      expect(failure.message).toBe(
        'GitHub answered GET /repos/octo/demo/issues with HTTP 200 and an HTML page instead of JSON (a proxy or an outage?)'
      )
      expect(failure.message).not.toContain('<html')
    })

    it('says a REST answer was cut short, and retries it once', async () => {
      const github = await start()
      github.fail({ when: isIssues, times: Infinity, response: truncatedJsonFault() })
      const client = clientFor(github, { serverErrorRetries: 1 })
      const failure = (await listIssues(client).catch(e => e)) as Error
      expect(failure.message).toMatch(
        /^GitHub's answer to GET \/repos\/octo\/demo\/issues is not valid JSON \(\d+ bytes, cut short\?\)$/
      )
      expect(github.requests).toHaveLength(2)
    })

    it('does not send a REST POST again when its answer was cut short', async () => {
      const github = await start()
      github.fail({ times: Infinity, response: truncatedJsonFault(201) })
      const client = clientFor(github)
      const failure = (await client.octokit.rest.issues
        .create({ owner: 'octo', repo: 'demo', title: 'Report' })
        .catch(e => e)) as Error & { status?: number }
      expect(failure.message).toMatch(
        /^GitHub's answer to POST \/repos\/octo\/demo\/issues is not valid JSON/
      )
      expect(failure.status).toBe(201)
      expect(github.requests).toHaveLength(1)
    })

    it('recovers when a retry brings the whole answer', async () => {
      const github = await start()
      github.fail({ when: isIssues, times: 1, response: truncatedJsonFault() })
      const client = clientFor(github)
      const { data } = await listIssues(client)
      expect(data).toHaveLength(3)
    })

    it('says what is wrong with a malformed GraphQL answer, not that it held no data', async () => {
      const github = await start()
      github.fail({ when: isGraphQL, times: Infinity, response: truncatedJsonFault() })
      const client = clientFor(github, { serverErrorRetries: 0 })
      const failure = (await client.graphql(VIEWER_QUERY, {}).catch(e => e)) as Error
      expect(failure.message).toMatch(
        /^GitHub's answer to POST \/graphql is not valid JSON \(\d+ bytes, cut short\?\)$/
      )
      expect(failure.message).not.toMatch(/held no data/)
      expect(failure.message).not.toContain('pullRequests')
    })

    it('says a GraphQL answer with neither data nor errors is not an answer', async () => {
      const github = await start()
      github.fail({
        when: isGraphQL,
        times: Infinity,
        response: { body: { message: 'Server Error' } }
      })
      const client = clientFor(github, { serverErrorRetries: 0 })
      await expect(client.graphql(VIEWER_QUERY, {})).rejects.toThrow(
        /^GitHub's answer to POST \/graphql holds neither `data` nor `errors`$/
      )
    })
  })

  it('warns, not only notes, when the budget cuts collection short', () => {
    const client = createGitHubClient({
      token: 't',
      budget: 10,
      log: { debug: () => undefined, warning: message => warnings.push(message) }
    })
    client.markBudgetExhausted('collected 100 PRs merged since 2026-10-01')
    expect(client.usage()).toMatchObject({ budgetExhausted: true })
    expect(warnings).toEqual([
      'The API request budget of 10 requests ran out before the window was covered: collected 100 PRs merged since 2026-10-01'
    ])
  })
})
