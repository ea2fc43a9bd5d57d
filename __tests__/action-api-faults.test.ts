import fs from 'node:fs'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { FAST_CLIENT } from './support/action-clients.js'
import { runnerEnv, writeScheduleEvent, type RunnerFiles } from './support/action-runner.js'
import { type RepoState } from './support/github-issues.js'
import { installPulls, makePulls } from './support/github-pulls.js'
import { useActionHarness } from './support/action-harness.js'
import {
  type LoopbackGitHub,
  neverAnswerFault,
  type LoopbackRequest
} from './support/github-server.js'

const NOW = new Date('2024-01-20T00:00:00Z')
const isGraphQL = (request: LoopbackRequest): boolean => request.path.endsWith('/graphql')

describe('action run() when the GitHub API misbehaves while collecting', () => {
  const harness = useActionHarness()
  let files: RunnerFiles
  let server: LoopbackGitHub
  let state: RepoState
  let stdout: string[]
  const saved = harness.savedEnv
  beforeEach(() => {
    ;({ files, server, state, stdout } = harness)
    installPulls(server, {
      owner: state.owner,
      name: state.repo,
      defaultBranch: 'main',
      pulls: makePulls({ count: 120, newest: '2024-01-19T00:00:00Z', everyMinutes: 300 }),
      commits: []
    })
    writeScheduleEvent(files)
  })

  async function runWith(inputs: Record<string, string>): Promise<void> {
    process.env = { ...saved, ...runnerEnv(files, server, state, 'schedule', inputs) }
    await run({ now: NOW, clientOptions: FAST_CLIENT })
  }
  const lines = (prefix: string): string[] => stdout.filter(line => line.startsWith(prefix))

  it('fails within the request-timeout input when GitHub never answers, naming the request', async () => {
    server.fail({ when: isGraphQL, times: Infinity, response: neverAnswerFault() })
    const started = Date.now()
    await runWith({ source: 'github', 'request-timeout': '0.2' })
    expect(Date.now() - started).toBeLessThan(4000)
    expect(process.exitCode).toBe(1)
    expect(lines('::error').join('')).toMatch(
      /listing merged pull requests of octo\/widgets \(page 1\) failed: GitHub did not answer POST \/graphql within 0\.2 s \(1 attempt\)/
    )
  }, 10_000)

  it('turns a budget cut into a ::warning:: as well as a note in the summary', async () => {
    await runWith({ source: 'github', 'api-budget': '1' })
    expect(lines('::error')).toEqual([])
    expect(lines('::warning').join('')).toMatch(
      /::warning::The API request budget of 1 requests ran out before the window was covered: collected 100 PRs/
    )
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('The API request budget ran out')
  })
})
