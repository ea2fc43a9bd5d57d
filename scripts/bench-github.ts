// Requests and wall time of the GitHub source on a large window, against the loopback GitHub
// with a real network round trip modelled as latency per request.
//   npx tsx scripts/bench-github.ts [--prs 500] [--latency 100] [--history 938]
// With --history N, a real git history of N small PRs (one per commit, over both windows of a
// report) is built in a temp folder and served by the loopback, blobs included, and a full
// report is run on it in API mode: requests by kind, the bound ceil(PRs / 50) + 5, wall time.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { githubSource } from '../src/collect/github.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { createGitHubClient } from '../src/github/client.js'
import type { Change } from '../src/model.js'
import { LoopbackGitHub } from '../__tests__/support/github-server.js'
import { installPulls, makePulls } from '../__tests__/support/github-pulls.js'
import { buildRepo, pullsFromCommits, smallPullHistory } from '../__tests__/support/history.js'

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
  return Number.isFinite(value) ? value : fallback
}

const historySize = flag('history', 0)
if (historySize > 0) {
  await benchHistory(historySize, flag('latency', 100))
  process.exit(0)
}

const prs = flag('prs', 500)
const latencyMs = flag('latency', 100)
const window = { since: '2026-10-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }
// One PR an hour back from Oct 31, up to 100 files each; one in 25 has 250 files.
const everyMinutes = Math.max(1, Math.floor((30 * 24 * 60) / prs))
const pulls = [
  ...makePulls({
    count: prs,
    newest: '2026-10-31T20:00:00Z',
    everyMinutes,
    firstNumber: 101,
    filesPerPull: n => (n % 25 === 0 ? 250 : 1 + (n % 100))
  }),
  ...makePulls({ count: 100, newest: '2026-09-30T00:00:00Z', firstNumber: 1 })
]

interface Scenario {
  name: string
  writeSpacingMs?: number
  wantsPatch: (change: Change) => boolean
}

const scenarios: Scenario[] = [
  { name: 'files only, default GraphQL spacing (1 s)', wantsPatch: () => false },
  { name: 'files only, no GraphQL spacing', writeSpacingMs: 0, wantsPatch: () => false },
  {
    name: 'plus REST patches for 1 PR in 10, no spacing',
    writeSpacingMs: 0,
    wantsPatch: change => Number(change.id) % 10 === 0
  }
]

console.log(`${prs} merged PRs in the window (+100 older), ${latencyMs} ms latency per request\n`)
for (const scenario of scenarios) {
  const server = await LoopbackGitHub.start({ latencyMs })
  installPulls(server, { owner: 'octo', name: 'demo', defaultBranch: 'main', pulls, commits: [] })
  const client = createGitHubClient({
    token: 'bench',
    apiUrl: server.url,
    graphqlUrl: server.graphqlUrl,
    writeSpacingMs: scenario.writeSpacingMs
  })
  const started = performance.now()
  const collection = await githubSource({ client, repository: 'octo/demo' }).collect(
    window,
    () => ({ wantsPatch: scenario.wantsPatch, classify: change => change })
  )
  const seconds = (performance.now() - started) / 1000
  const graphql = server.requests.filter(r => r.path.endsWith('/graphql')).length
  const files = collection.changes.reduce((sum, c) => sum + c.files.length, 0)
  console.log(
    `${scenario.name}:\n  ${collection.changes.length} PRs, ${files} files; ` +
      `${server.requests.length} requests (${graphql} GraphQL, ${server.requests.length - graphql} REST); ` +
      `${seconds.toFixed(2)} s wall; GraphQL errors: ${server.graphqlErrors.length}`
  )
  await server.close()
}

async function benchHistory(count: number, latency: number): Promise<void> {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-bench-github-'))
  const steps = smallPullHistory(count + 1)
  // Steps two days apart from 2026-10-02 at 10:00: a window of half the span, ending after the
  // last, and its previous window of equal length hold every PR but the root commit.
  buildRepo(repo, steps, 2, 60)
  const server = await LoopbackGitHub.start({ latencyMs: latency })
  const pulls = pullsFromCommits(repo, steps)
  installPulls(server, {
    owner: 'octo',
    name: 'demo',
    defaultBranch: 'main',
    pulls,
    commits: [],
    gitDir: repo
  })
  const first = Date.parse(pulls[1]?.mergedAt ?? '')
  const last = Date.parse(pulls.at(-1)?.mergedAt ?? '') + 1
  const since = new Date((first + last) / 2).toISOString()
  const until = new Date(last).toISOString()
  const client = createGitHubClient({
    token: 'bench',
    apiUrl: server.url,
    graphqlUrl: server.graphqlUrl
  })
  const started = performance.now()
  const report = await runReport({
    source: githubSource({ client, repository: 'octo/demo' }),
    config: DEFAULT_CONFIG,
    window: { since, until }
  })
  const seconds = (performance.now() - started) / 1000
  const bound = Math.ceil(count / 50) + 5
  console.log(
    `real history: ${count} merged PRs over both windows, ${latency} ms latency per request\n` +
      `  ${report.api?.requests} requests (${JSON.stringify(report.api?.requestsByKind)}); ` +
      `bound ceil(PRs / 50) + 5 = ${bound}; ${seconds.toFixed(2)} s wall; ` +
      `GraphQL errors: ${server.graphqlErrors.length}`
  )
  await server.close()
  fs.rmSync(repo, { recursive: true, force: true })
}
