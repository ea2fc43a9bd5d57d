// The action on GitHub Enterprise Server: REST under /api/v3 and GraphQL at /api/graphql,
// derived from GITHUB_API_URL when the runner gives no GITHUB_GRAPHQL_URL, through the Octokit
// `@actions/github`'s getOctokit makes (with the client's throttling and retry plugins).
import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { FAST_CLIENT } from './support/action-clients.js'
import { readOutputs, runnerEnv, writeScheduleEvent } from './support/action-runner.js'
import { useActionHarness } from './support/action-harness.js'
import { installIssues } from './support/github-issues.js'
import { installPulls, makePulls } from './support/github-pulls.js'
import { LoopbackGitHub } from './support/github-server.js'

const NOW = new Date('2024-01-20T00:00:00Z')

describe('action on GitHub Enterprise Server (loopback at /api/v3)', () => {
  const harness = useActionHarness()
  let ghes: LoopbackGitHub
  beforeEach(async () => {
    ghes = await LoopbackGitHub.start({ restPrefix: '/api/v3' })
    installIssues(ghes, harness.state)
    installPulls(ghes, {
      owner: harness.state.owner,
      name: harness.state.repo,
      defaultBranch: 'main',
      pulls: makePulls({ count: 12, newest: '2024-01-19T00:00:00Z', everyMinutes: 600 }),
      commits: []
    })
    writeScheduleEvent(harness.files)
  })
  afterEach(async () => ghes.close())

  it('collects over GraphQL at /api/graphql and posts over REST at /api/v3, via getOctokit', async () => {
    const env = runnerEnv(harness.files, ghes, harness.state, 'schedule', { source: 'github' })
    delete env['GITHUB_GRAPHQL_URL']
    process.env = { ...harness.savedEnv, ...env, ACTIONS_ORCHESTRATION_ID: 'run 42/a' }
    delete process.env['GITHUB_GRAPHQL_URL']
    await run({ now: NOW, clientOptions: FAST_CLIENT })
    expect(harness.stdout.filter(line => line.startsWith('::error'))).toEqual([])
    const outputs = readOutputs(harness.files.output)
    expect(outputs['index']).toMatch(/^\d+$/)
    expect(outputs['issue-url']).toMatch(/\/issues\/\d+$/)
    const paths = ghes.requests.map(request => request.path)
    expect(paths).toContain('/api/graphql')
    expect(paths.some(path => path.startsWith('/api/v3/repos/octo/widgets/issues'))).toBe(true)
    expect(paths.filter(path => !path.startsWith('/api/v3/') && path !== '/api/graphql')).toEqual(
      []
    )
    // getOctokit adds the runner's orchestration id to the user agent: its Octokit was used.
    const agents = new Set(ghes.requests.map(request => String(request.headers['user-agent'])))
    for (const agent of agents)
      expect(agent).toMatch(/^multiplier-action .*actions_orchestration_id\/run_42_a/)
    expect(fs.readFileSync(harness.files.summary, 'utf8')).toContain('Multiplier')
  })

  it('fails naming the event file when it is missing or not JSON, where Context would go on', async () => {
    for (const [write, problem] of [
      [false, /Reading the event payload GITHUB_EVENT_PATH=.*missing\.json/],
      [true, /The event payload GITHUB_EVENT_PATH=.*missing\.json is not JSON/]
    ] as const) {
      const env = runnerEnv(harness.files, ghes, harness.state, 'pull_request')
      const eventPath = `${harness.files.root}/missing.json`
      fs.rmSync(eventPath, { force: true })
      if (write) fs.writeFileSync(eventPath, '{"pull_request": ')
      process.env = { ...harness.savedEnv, ...env, GITHUB_EVENT_PATH: eventPath }
      harness.stdout.length = 0
      await run({ now: NOW, clientOptions: FAST_CLIENT })
      expect(harness.stdout.filter(line => line.startsWith('::error')).join('')).toMatch(problem)
      expect(ghes.requests).toEqual([])
    }
  })
})
