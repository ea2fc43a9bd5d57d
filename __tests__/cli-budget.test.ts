import { afterEach, describe, expect, it } from '@jest/globals'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/main.js'
import { installPulls, makePulls } from './support/github-pulls.js'
import { LoopbackGitHub } from './support/github-server.js'

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    cwd: process.cwd(),
    env,
    now: () => new Date('2026-11-23T12:00:00Z')
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

describe('cli --api-budget', () => {
  let server: LoopbackGitHub | undefined
  afterEach(() => server?.close())

  it('rejects a budget that is not a whole number above 0 with exit 2', async () => {
    for (const value of ['0', '-3', '2.5', 'lots']) {
      const { code, stderr } = await run([
        'report',
        '--github',
        'octo/demo',
        `--api-budget=${value}`
      ])
      expect(code).toBe(2)
      expect(stderr).toContain('--api-budget must be a whole number above 0')
    }
  })

  it('stops collecting at the budget and says what the report covers, once', async () => {
    server = await LoopbackGitHub.start({ token: 'cli-budget-token' })
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      pulls: makePulls({ count: 300, newest: '2026-11-22T12:00:00Z', everyMinutes: 200 }),
      commits: []
    })
    const env = {
      GITHUB_TOKEN: 'cli-budget-token',
      GITHUB_API_URL: server.url,
      GITHUB_GRAPHQL_URL: server.graphqlUrl
    }
    const args = ['report', '--github', 'octo/demo', '--since', '60d', '--api-budget', '2']
    const json = await run([...args, '--format', 'json'], env)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout).api).toMatchObject({ requests: 2, budgetExhausted: true })
    expect(server.graphqlErrors).toEqual([])

    const markdown = await run(args, env)
    const coverage = JSON.parse(json.stdout).api.coverage as string
    expect(markdown.stdout.split(coverage).length - 1).toBe(1)
    expect(markdown.stdout).not.toContain('cli-budget-token')
  })
})
