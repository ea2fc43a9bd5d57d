import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { githubSource } from '../src/collect/github.js'
import {
  GitHubAuthError,
  createGitHubClient,
  type GitHubClientOptions
} from '../src/github/client.js'
import {
  LoopbackGitHub,
  graphqlRateLimitFault,
  htmlPageFault,
  neverAnswerFault,
  primaryRateLimitFault,
  secondaryRateLimitFault,
  type LoopbackOptions,
  type LoopbackRequest
} from './support/github-server.js'
import { installPulls, makePulls } from './support/github-pulls.js'
import { keepChanges } from './support/classifiers.js'

const WINDOW = { since: '2026-10-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }
const noPatches = (): boolean => false
const isGraphQL = (request: LoopbackRequest): boolean => request.path.endsWith('/graphql')

describe('collect/github when GitHub fails', () => {
  let server: LoopbackGitHub
  let warnings: string[]

  async function start(options: LoopbackOptions = {}): Promise<void> {
    server = await LoopbackGitHub.start(options)
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      // 120 PRs in the window: three pages of 50, the last of which reaches September.
      pulls: [
        ...makePulls({ count: 120, newest: '2026-10-30T00:00:00Z', firstNumber: 11 }),
        ...makePulls({ count: 10, newest: '2026-09-20T00:00:00Z', firstNumber: 1 })
      ],
      commits: []
    })
  }

  function collect(options: Partial<GitHubClientOptions> = {}) {
    const client = createGitHubClient({
      token: 'loopback-token',
      tokenSource: 'GITHUB_TOKEN',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      waitUnitMs: 5,
      writeSpacingMs: 0,
      log: { debug: () => undefined, warning: message => warnings.push(message) },
      ...options
    })
    // Pages of 50, so that the faults below land on known pages.
    return githubSource({ client, repository: 'octo/demo', pageSize: 50 }).collect(
      WINDOW,
      keepChanges(noPatches)
    )
  }

  beforeEach(() => {
    warnings = []
  })
  afterEach(() => server.close())

  it('retries 502s and still collects the whole window', async () => {
    await start()
    server.fail({
      when: isGraphQL,
      times: 2,
      response: { status: 502, body: { message: 'Bad Gateway' } }
    })
    const collection = await collect()
    expect(collection.changes).toHaveLength(120)
    expect(server.requests.length).toBe(3 + 2)
    expect(collection.api?.requests).toBe(5)
    expect(server.graphqlErrors).toEqual([])
  })

  it('asks for smaller pages when GitHub times out on a big one', async () => {
    await start()
    const timeout =
      'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.'
    // The first attempt and the retry plugin's three retries all time out.
    server.fail({
      when: isGraphQL,
      times: 4,
      response: { body: { data: null, errors: [{ message: timeout }] } }
    })
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      waitUnitMs: 1,
      writeSpacingMs: 0
    })
    const collection = await githubSource({
      client,
      repository: 'octo/demo',
      pageSize: 50,
      log: { debug: () => undefined, warning: message => warnings.push(message) }
    }).collect(WINDOW, keepChanges(noPatches))
    expect(collection.changes).toHaveLength(120)
    expect(warnings).toEqual([expect.stringMatching(/timed out .*asking 25 at a time/)])
    // 4 timeouts, then 120 PRs in pages of 25 (the fifth page reaches September).
    expect(server.graphqlCalls.map(call => call.variables.first)).toEqual([25, 25, 25, 25, 25])
    expect(server.requests).toHaveLength(9)
  })

  it('waits out a primary rate limit, logs it and completes', async () => {
    await start()
    server.fail({ when: isGraphQL, times: 1, response: primaryRateLimitFault(1) })
    const collection = await collect()
    expect(collection.changes).toHaveLength(120)
    expect(collection.api?.requests).toBe(4)
    expect(warnings).toEqual([expect.stringMatching(/rate limit .*waiting \d+s, then retry 1/)])
  })

  it('honours retry-after on a secondary rate limit and completes', async () => {
    await start()
    server.fail({ when: isGraphQL, times: 2, response: secondaryRateLimitFault(3) })
    const collection = await collect()
    expect(collection.changes).toHaveLength(120)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/secondary rate limit .*waiting 3s/)
  })

  it('gives up after a bounded number of rate-limit retries, saying what it was doing', async () => {
    await start()
    server.fail({ when: isGraphQL, times: 10, response: secondaryRateLimitFault(1) })
    await expect(collect({ rateLimitRetries: 2 })).rejects.toThrow(
      /listing merged pull requests of octo\/demo \(page 1\) failed: .*secondary rate limit/
    )
    expect(server.requests.length).toBe(3)
  })

  it('names the rejected token by its source, never by its value', async () => {
    await start({ token: 'the-right-token' })
    const failure = collect({ token: 'a-wrong-token' })
    await expect(failure).rejects.toThrow(
      /GitHub rejected the token from GITHUB_TOKEN \(401 Bad credentials\)/
    )
    await expect(failure).rejects.toThrow(
      /^listing merged pull requests of octo\/demo \(page 1\) failed: GitHub rejected the token/
    )
    await expect(failure).rejects.toBeInstanceOf(GitHubAuthError)
    await expect(failure).rejects.not.toThrow(/a-wrong-token/)
    expect(server.requests.length).toBe(1)
  })

  it('rethrows other failures with what was being done and the cause', async () => {
    await start()
    server.fail({
      when: request => isGraphQL(request) && server.requests.length === 3,
      times: 1,
      response: { status: 422, body: { message: 'Unprocessable' } }
    })
    const failure = await collect().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(
      /^listing merged pull requests of octo\/demo \(page 3\) failed: Unprocessable/
    )
    expect((failure as Error).cause).toMatchObject({ status: 422 })
  })

  it('reports a budget cut in the collection instead of an empty-looking result', async () => {
    await start()
    const collection = await collect({ budget: 2 })
    expect(server.requests.length).toBe(2)
    expect(collection.changes).toHaveLength(100)
    expect(collection.api).toMatchObject({ requests: 2, budgetExhausted: true })
    expect(collection.api?.coverage).toMatch(/^collected 100 PRs merged since 2026-10-01/)
    expect(collection.notes).toEqual([
      expect.stringMatching(
        /^The API request budget ran out after 2 requests, before the window was covered: collected 100 PRs/
      )
    ])
    // A note alone is easy to miss in a long report: the cut is a warning too.
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The API request budget of 2 requests ran out before the window was covered: collected 100 PRs/
      )
    ])
  })

  it('ends with the page it was listing when GitHub never answers, asking no smaller pages', async () => {
    await start()
    server.fail({ when: isGraphQL, times: Infinity, response: neverAnswerFault() })
    const started = Date.now()
    await expect(collect({ requestTimeoutMs: 200, serverErrorRetries: 1 })).rejects.toThrow(
      /^listing merged pull requests of octo\/demo \(page 1\) failed: GitHub did not answer POST \/graphql within 0\.2 s \(2 attempts\)$/
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(warnings.filter(warning => /asking \d+ at a time/.test(warning))).toEqual([])
  }, 8000)

  it('waits out a GraphQL RATE_LIMIT on page 2 and collects the whole window', async () => {
    await start()
    server.fail({
      when: request => isGraphQL(request) && server.requests.length === 2,
      times: 1,
      response: graphqlRateLimitFault({ resetInSeconds: 1 })
    })
    const collection = await collect()
    expect(collection.changes).toHaveLength(120)
    expect(warnings).toEqual([expect.stringMatching(/rate limit for POST \/graphql: waiting/)])
  })

  it('says which pull request an HTML page came back for, instead of a TypeError', async () => {
    await start()
    server.fail({
      when: request => request.path.endsWith('/files'),
      times: Infinity,
      response: htmlPageFault(200)
    })
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      waitUnitMs: 1,
      writeSpacingMs: 0,
      serverErrorRetries: 0
    })
    const failure = (await githubSource({ client, repository: 'octo/demo', concurrency: 1 })
      .collect(
        WINDOW,
        keepChanges(() => true)
      )
      .catch((error: unknown) => error)) as Error
    expect(failure).not.toBeInstanceOf(TypeError)
    expect(failure.message).toMatch(
      /^listing the files of pull request #\d+ of octo\/demo failed: GitHub answered GET \/repos\/octo\/demo\/pulls\/\d+\/files with HTTP 200 and an HTML page instead of JSON/
    )
    expect(failure.message).not.toContain('<')
  })
})
