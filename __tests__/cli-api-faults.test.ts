import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/main.js'
import { cleanupGitRepos, GitRepo } from './support/git-repo.js'
import { installPulls, makePulls } from './support/github-pulls.js'
import {
  LoopbackGitHub,
  graphqlRateLimitFault,
  neverAnswerFault,
  type LoopbackRequest
} from './support/github-server.js'

const TOKEN = 'cli-faults-token'
const isGraphQL = (request: LoopbackRequest): boolean => request.path.endsWith('/graphql')

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    cwd: process.cwd(),
    env,
    now: () => new Date('2026-11-23T12:00:00Z'),
    // The retry waits in milliseconds instead of seconds; the timeout itself stays real.
    clientOptions: { waitUnitMs: 1, writeSpacingMs: 0 }
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

describe('cli against a GitHub that misbehaves', () => {
  let server: LoopbackGitHub | undefined
  afterAll(() => cleanupGitRepos())
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  async function start(): Promise<Record<string, string>> {
    server = await LoopbackGitHub.start({ token: TOKEN })
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      pulls: makePulls({ count: 120, newest: '2026-11-22T12:00:00Z', everyMinutes: 300 }),
      commits: []
    })
    return {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: server.url,
      GITHUB_GRAPHQL_URL: server.graphqlUrl
    }
  }

  it('rejects a request timeout that is not a number of seconds with exit 2', async () => {
    for (const value of ['0', '-1', 'soon', '7200']) {
      const { code, stderr } = await run([
        'report',
        '--github',
        'octo/demo',
        `--request-timeout=${value}`
      ])
      expect(code).toBe(2)
      expect(stderr).toContain('--request-timeout must be a number of seconds from 0.1 to 3600')
    }
  })

  it('ends a run against a server that never answers with exit 1, naming the request', async () => {
    const env = await start()
    server?.fail({ times: Infinity, response: neverAnswerFault() })
    const started = Date.now()
    const result = await run(
      ['report', '--github', 'octo/demo', '--since', '30d', '--request-timeout', '0.2'],
      env
    )
    expect(Date.now() - started).toBeLessThan(4000)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'multiplier: listing merged pull requests of octo/demo (page 1) failed: GitHub did not ' +
        'answer POST /graphql within 0.2 s (4 attempts)\n'
    )
  }, 10_000)

  it('waits out a GraphQL RATE_LIMIT, says so on stderr, and reports', async () => {
    const env = await start()
    server?.fail({
      when: isGraphQL,
      times: 1,
      response: graphqlRateLimitFault({ resetInSeconds: 1 })
    })
    const result = await run(
      ['report', '--github', 'octo/demo', '--since', '30d', '--format', 'json'],
      env
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).changes).toHaveLength(120)
    expect(result.stderr).toMatch(
      /^multiplier: warning: GitHub API rate limit for POST \/graphql: waiting \d+s, then retry 1\n$/
    )
  })

  it('ends with the reset time when the GraphQL rate limit resets too late to wait', async () => {
    const env = await start()
    server?.fail({
      when: isGraphQL,
      times: 1,
      response: graphqlRateLimitFault({ type: 'RATE_LIMITED', resetInSeconds: 3000 })
    })
    const result = await run(['report', '--github', 'octo/demo'], env)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /multiplier: listing merged pull requests of octo\/demo \(page 1\) failed: GitHub's GraphQL rate limit is used up \(POST \/graphql\): it resets at \S+Z, in 50 min, longer than the 900 s this run waits\n$/
    )
    expect(result.stderr).not.toContain(TOKEN)
  })

  it('warns on stderr when the budget cuts collection short', async () => {
    const env = await start()
    const result = await run(
      ['report', '--github', 'octo/demo', '--since', '30d', '--api-budget', '1'],
      env
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      /^multiplier: warning: The API request budget of 1 requests ran out before the window was covered: /
    )
  })

  it('with --source auto reads the API when the clone is shallow', async () => {
    const env = await start()
    const full = GitRepo.init()
    full.commit({ message: 'one', files: { 'a.txt': 'a\n' }, date: '2026-11-20T10:00:00Z' })
    full.commit({ message: 'two', files: { 'a.txt': 'b\n' }, date: '2026-11-20T10:00:00Z' })
    const shallow = GitRepo.clone(full, ['--depth', '1'])
    const result = await run(
      [
        'report',
        '--source',
        'auto',
        '--github',
        'octo/demo',
        '--repo',
        shallow.path,
        '--format',
        'json'
      ],
      { ...env }
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain("The checkout's history does not reach")
    expect(JSON.parse(result.stdout)).toMatchObject({ source: 'github', repository: 'octo/demo' })
  })
})
