import { afterEach, describe, expect, it } from '@jest/globals'
import {
  BudgetExhaustedError,
  createGitHubClient,
  type GitHubClientOptions
} from '../src/github/client.js'
import { githubEndpointsFromEnv } from '../src/github/endpoints.js'
import { LoopbackGitHub, paginate, type LoopbackOptions } from './support/github-server.js'

describe('github/client', () => {
  let server: LoopbackGitHub | undefined
  afterEach(() => server?.close())

  async function start(options: LoopbackOptions = {}): Promise<LoopbackGitHub> {
    server = await LoopbackGitHub.start(options)
    server.route('GET', '/repos/:owner/:repo/issues', request =>
      paginate(
        request,
        (server as LoopbackGitHub).url,
        Array.from({ length: 250 }, (_, i) => ({ number: i }))
      )
    )
    server.setGraphQLRoot(() => ({
      rateLimit: { cost: 3, remaining: 4990, resetAt: '2026-11-23T20:00:00Z' },
      viewer: { login: 'mona' }
    }))
    return server
  }

  function clientFor(github: LoopbackGitHub, options: Partial<GitHubClientOptions> = {}) {
    return createGitHubClient({
      token: 'loopback-token',
      ...githubEndpointsFromEnv({
        GITHUB_API_URL: github.url,
        GITHUB_GRAPHQL_URL: github.graphqlUrl
      }),
      waitUnitMs: 1,
      writeSpacingMs: 0,
      ...options
    })
  }

  describe('githubEndpointsFromEnv', () => {
    it('defaults to github.com', () => {
      expect(githubEndpointsFromEnv({})).toEqual({
        apiUrl: 'https://api.github.com',
        graphqlUrl: 'https://api.github.com/graphql'
      })
    })

    it('derives the GraphQL endpoint of GitHub Enterprise Server from its REST base', () => {
      expect(githubEndpointsFromEnv({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toEqual(
        {
          apiUrl: 'https://ghe.example.com/api/v3',
          graphqlUrl: 'https://ghe.example.com/api/graphql'
        }
      )
    })

    it('takes GITHUB_GRAPHQL_URL as given when it is set', () => {
      expect(
        githubEndpointsFromEnv({
          GITHUB_API_URL: 'https://ghe.example.com/api/v3',
          GITHUB_GRAPHQL_URL: 'https://graphql.example.com/q'
        }).graphqlUrl
      ).toBe('https://graphql.example.com/q')
    })
  })

  it('counts every request, retries included, and keeps the rate-limit figures', async () => {
    const github = await start()
    github.fail({ times: 1, response: { status: 503, body: { message: 'unavailable' } } })
    const client = clientFor(github)
    const issues = await client.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      owner: 'o',
      repo: 'r',
      per_page: 100
    })
    expect(issues).toHaveLength(250)
    const data = await client.graphql<{ viewer: { login: string } }>(
      'query { rateLimit { cost remaining resetAt } viewer { login } }',
      {}
    )
    expect(data.viewer.login).toBe('mona')
    expect(github.graphqlErrors).toEqual([])
    expect(client.usage()).toEqual({
      requests: 5,
      cost: 3,
      rateLimitRemaining: 4990,
      rateLimitResetAt: '2026-11-23T20:00:00Z',
      requestsByKind: { listing: 5, patches: 0, writes: 0 }
    })
    expect(github.requests).toHaveLength(5)
  })

  it('counts requests by kind: listing reads, patch reads its caller names, writes', async () => {
    const github = await start()
    github.route('POST', '/repos/:owner/:repo/issues', () => ({ status: 201, body: { number: 1 } }))
    const client = clientFor(github)
    await client.octokit.rest.issues.listForRepo({ owner: 'o', repo: 'r' })
    const query = 'query { rateLimit { cost remaining resetAt } viewer { login } }'
    await client.graphql(query, {}, 'patches')
    await client.graphql(query, {})
    await client.octokit.rest.issues.create({ owner: 'o', repo: 'r', title: 'Report' })
    expect(client.usage().requestsByKind).toEqual({ listing: 2, patches: 1, writes: 1 })
  })

  it('spaces writes but not read-only GraphQL queries', async () => {
    const github = await start()
    github.route('PATCH', '/repos/:owner/:repo/issues/:number', () => ({
      status: 200,
      body: { number: 1 }
    }))
    // No notification spacing: an update notifies nobody, and only the write spacing may hold
    // the second one back.
    // A spacing far above what an unspaced loopback read takes, even on a loaded machine: the
    // reads' bound below tells spaced from unspaced, not fast from slow.
    const client = clientFor(github, { writeSpacingMs: 1500, notificationSpacingMs: 0 })
    const query = 'query { rateLimit { cost remaining resetAt } viewer { login } }'
    // The first query may wait for the loopback to build GitHub's schema; time the next four.
    await client.graphql(query, {})
    const readsStarted = Date.now()
    for (let i = 0; i < 4; i++) await client.graphql(query, {})
    const reads = Date.now() - readsStarted
    // Sent at once, two writes still start a spacing apart.
    const writesStarted = Date.now()
    await Promise.all(
      [1, 2].map(issue_number =>
        client.octokit.rest.issues.update({ owner: 'o', repo: 'r', issue_number, title: 'Report' })
      )
    )
    const writes = Date.now() - writesStarted
    // Four spaced reads would take at least three spacings (4.5 s); two spaced writes take one.
    expect(reads).toBeLessThan(4500)
    expect(writes).toBeGreaterThanOrEqual(1495)
  })

  it('spaces writes that notify people by the notification spacing, writes unspaced or not', async () => {
    const github = await start()
    github.route('POST', '/repos/:owner/:repo/issues', () => ({ status: 201, body: { number: 1 } }))
    const client = clientFor(github, { writeSpacingMs: 0, notificationSpacingMs: 400 })
    const started = Date.now()
    await Promise.all(
      [1, 2].map(i => client.octokit.rest.issues.create({ owner: 'o', repo: 'r', title: `R ${i}` }))
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(395)
    expect(github.requests.filter(request => request.method === 'POST')).toHaveLength(2)
  })

  it('talks to GitHub Enterprise Server under /api/v3 and /api/graphql', async () => {
    const github = await start({ restPrefix: '/api/v3' })
    const client = clientFor(github)
    expect(github.url).toMatch(/\/api\/v3$/)
    await client.octokit.rest.issues.listForRepo({ owner: 'o', repo: 'r' })
    await client.graphql('query { rateLimit { cost remaining resetAt } viewer { login } }', {})
    expect(github.requests.map(r => r.path)).toEqual(['/api/v3/repos/o/r/issues', '/api/graphql'])
  })

  it('refuses requests past the budget, without sending them', async () => {
    const github = await start()
    const client = clientFor(github, { budget: 2 })
    await client.octokit.rest.issues.listForRepo({ owner: 'o', repo: 'r' })
    expect(client.remainingBudget()).toBe(1)
    await client.octokit.rest.issues.listForRepo({ owner: 'o', repo: 'r' })
    await expect(client.octokit.rest.issues.listForRepo({ owner: 'o', repo: 'r' })).rejects.toThrow(
      BudgetExhaustedError
    )
    expect(github.requests).toHaveLength(2)
    expect(client.usage().budgetExhausted).toBeUndefined()
  })

  it('raises GraphQL errors, which GitHub sends with HTTP 200', async () => {
    const github = await start()
    const client = clientFor(github)
    await expect(client.graphql('query { viewer { noSuchField } }', {})).rejects.toThrow(
      /GraphQL errors: .*noSuchField/
    )
  })
})
