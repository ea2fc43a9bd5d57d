import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { PR_COMMENT_MARKER } from '../src/render/pr-comment.js'
import { FAST_CLIENT } from './support/action-clients.js'
import {
  readOutputs,
  runnerEnv,
  writePullRequestEvent,
  writeScheduleEvent,
  type RunnerFiles
} from './support/action-runner.js'
import { denyWrites, markedComments, type RepoState } from './support/github-issues.js'
import { useActionHarness } from './support/action-harness.js'
import type { LoopbackGitHub } from './support/github-server.js'

const NOW = new Date('2024-01-20T00:00:00Z')

describe('action run() in process', () => {
  const harness = useActionHarness()
  let files: RunnerFiles
  let server: LoopbackGitHub
  let state: RepoState
  let stdout: string[]
  const saved = harness.savedEnv
  beforeEach(() => {
    ;({ files, server, state, stdout } = harness)
  })

  async function runWith(
    eventName: string,
    inputs: Record<string, string> = {},
    now = NOW
  ): Promise<void> {
    process.env = { ...saved, ...runnerEnv(files, server, state, eventName, inputs) }
    await run({ now, clientOptions: FAST_CLIENT })
  }
  const warnings = (): string[] => stdout.filter(line => line.startsWith('::warning'))
  const failures = (): string[] => stdout.filter(line => line.startsWith('::error'))

  it('comments on a pull request once and updates that comment on a rerun', async () => {
    writePullRequestEvent(files, state)
    await runWith('pull_request')
    expect(failures()).toEqual([])
    const first = markedComments(state, 7, PR_COMMENT_MARKER)
    expect(first).toHaveLength(1)
    expect(first[0]?.body).toMatch(/feeds .*\*\*automation\*\*/)
    // The checkout has no .github/multiplier.yml: the footer must not claim one.
    expect(first[0]?.body).toContain('rules: the built-in defaults · ')
    expect(readOutputs(files.output)['categories']).toContain('automation')
    const outputs = readOutputs(files.output)
    expect(outputs['comment-url']).toContain('#issuecomment-')
    expect(outputs['index']).toBe('')
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('Multiplier: pull request #7')
    const json = JSON.parse(fs.readFileSync(outputs['report-path'] ?? '', 'utf8')) as {
      kind: string
      change: { id: string }
    }
    expect(json).toMatchObject({ kind: 'pull-request', change: { id: '7' } })

    await runWith('pull_request')
    const second = markedComments(state, 7, PR_COMMENT_MARKER)
    expect(second).toHaveLength(1)
    expect(second[0]?.id).toBe(first[0]?.id)
  })

  it('reads the pull request files from the checkout with source: git, without the files API', async () => {
    writePullRequestEvent(files, state)
    await runWith('pull_request', { source: 'git' })
    expect(failures()).toEqual([])
    expect(server.requests.some(request => request.path.endsWith('/files'))).toBe(false)
    expect(markedComments(state, 7, PR_COMMENT_MARKER)[0]?.body).toContain('ci.yml')
  })

  it('posts the team report to one rolling issue on a schedule', async () => {
    writeScheduleEvent(files)
    await runWith('schedule', { 'badge-path': 'out/badge.json', 'html-path': 'site/index.html' })
    expect(failures()).toEqual([])
    const html = fs.readFileSync(path.join(files.workspace.path, 'site/index.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain(
      `<h1>Multiplier report: <a href="https://github.com/${state.owner}/${state.repo}">`
    )
    const outputs = readOutputs(files.output)
    expect(Number(outputs['index'])).toBeGreaterThanOrEqual(0)
    expect(outputs['issue-url']).toMatch(/\/issues\/1$/)
    expect(outputs['report-path']).toBe(path.join(files.temp, 'multiplier-report.json'))
    const report = JSON.parse(fs.readFileSync(outputs['report-path'] ?? '', 'utf8')) as {
      repository: string
      repositoryUrl: string
      changes: { id: string; url: string }[]
    }
    // Named after GITHUB_REPOSITORY, not the checkout's folder; commits link on GITHUB_SERVER_URL.
    expect(report).toMatchObject({
      schemaVersion: 2,
      source: 'git',
      repository: `${state.owner}/${state.repo}`,
      repositoryUrl: `https://github.com/${state.owner}/${state.repo}`
    })
    expect(report.changes.length).toBeGreaterThan(0)
    for (const change of report.changes) {
      expect(change.url).toBe(`https://github.com/${state.owner}/${state.repo}/commit/${change.id}`)
    }
    expect(fs.existsSync(path.join(files.workspace.path, 'out/badge.json'))).toBe(true)
    expect(state.issues).toHaveLength(1)
    expect(state.issues[0]?.body).toContain('<!-- multiplier:report-issue -->')
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('Multiplier index')
  })

  it('keeps a table of every period in the rolling issue, the first one included', async () => {
    writeScheduleEvent(files)
    await runWith('schedule', { since: '7d' })
    expect(failures()).toEqual([])
    const rows = (): string[] =>
      (state.issues[0]?.body ?? '')
        .split('<!-- multiplier:periods -->')[1]
        ?.split('<!-- /multiplier:periods -->')[0]
        ?.split('\n')
        .filter(line => /^\| \d{4}-/.test(line)) ?? []
    // The first scheduled run already records its period.
    expect(rows()).toHaveLength(1)
    expect(rows()[0]).toMatch(
      /^\| 2024-01-14 – 2024-01-20 \| \*\*(\d+|no activity)\*\* \| (low|medium|high|—) \|/
    )
    // A rerun the same day edits its row; a week later adds one, newest first.
    await runWith('schedule', { since: '7d' }, new Date('2024-01-20T18:00:00Z'))
    expect(rows()).toHaveLength(1)
    await runWith('schedule', { since: '7d' }, new Date('2024-01-27T06:00:00Z'))
    expect(state.issues).toHaveLength(1)
    expect(rows().map(row => row.split(' | ')[0])).toEqual([
      '| 2024-01-21 – 2024-01-27',
      '| 2024-01-14 – 2024-01-20'
    ])
    expect(state.issues[0]?.body).toContain('Its job summary lists every change of the period')
  })

  it('lists every change of the window in the job summary, collapsed per category', async () => {
    writeScheduleEvent(files)
    await runWith('schedule', { since: '1y', 'dry-run': 'true' })
    expect(failures()).toEqual([])
    const report = JSON.parse(
      fs.readFileSync(readOutputs(files.output)['report-path'] ?? '', 'utf8')
    ) as { changes: { id: string }[]; totals: { changes: number } }
    const summary = fs.readFileSync(files.summary, 'utf8')
    expect(report.changes.length).toBe(3)
    expect(summary).toContain('### Every change')
    expect(summary).toMatch(/<details><summary>Output \(\d+\)<\/summary>/)
    for (const change of report.changes) expect(summary).toContain(`\`${change.id.slice(0, 7)}\``)
    expect(summary).not.toContain('left out to fit')
  })

  it('nudges a pull request that changes a docs-debt hotspot of the checkout without docs', async () => {
    writePullRequestEvent(files, state)
    // src/ changed in the window (the checkout's first commit) and no docs touching it did.
    state.pullFiles.set(7, [
      {
        filename: 'src/app.ts',
        status: 'modified',
        additions: 2,
        deletions: 1,
        patch: '@@ -1 +1,2 @@\n-export const app = 1\n+export const app = 2\n+export const b = 3'
      }
    ])
    await runWith('pull_request')
    expect(failures()).toEqual([])
    expect(markedComments(state, 7, PR_COMMENT_MARKER)[0]?.body).toMatch(
      /docs-debt hotspot.*`src\/app\.ts`/
    )
    const json = JSON.parse(
      fs.readFileSync(readOutputs(files.output)['report-path'] ?? '', 'utf8')
    ) as { nudges: { id: string }[] }
    expect(json.nudges.map(nudge => nudge.id)).toContain('hotspot-without-docs')
  })

  it('puts the history chart, the hotspots and the teams in the summary, the issue and the JSON', async () => {
    writeScheduleEvent(files)
    const published = async (inputs: Record<string, string>) => {
      await runWith('schedule', inputs)
      expect(failures()).toEqual([])
      const json = JSON.parse(
        fs.readFileSync(readOutputs(files.output)['report-path'] ?? '', 'utf8')
      ) as { history?: { changes: number }[]; hotspots: { path: string }[]; teams?: unknown[] }
      return { json, texts: [fs.readFileSync(files.summary, 'utf8'), state.issues[0]?.body ?? ''] }
    }
    // Three-day windows ending 2024-01-08: each holds one of the checkout's commits.
    const history = await published({
      since: '3d',
      until: '2024-01-08',
      history: '3',
      teams: 'true'
    })
    expect(history.json.history?.map(entry => entry.changes)).toEqual([1, 1, 1])
    expect(history.json.teams).toEqual([])
    for (const text of history.texts) {
      expect(text).toMatch(/```mermaid\n%%{init: .*}%%\nxychart-beta/)
      expect(text).toContain('### Teams')
    }
    // The default window holds the commit of src/app.ts, and no docs touching src/.
    const hotspots = await published({})
    expect(hotspots.json.hotspots.map(hotspot => hotspot.path)).toEqual(['src'])
    expect(hotspots.json.teams).toBeUndefined()
    for (const text of hotspots.texts) expect(text).toContain('| `src` |')
  })

  it("takes the window from the config file's since when the since input is empty", async () => {
    writeScheduleEvent(files)
    const config = path.join(files.workspace.path, '.github', 'multiplier.yml')
    fs.mkdirSync(path.dirname(config), { recursive: true })
    fs.writeFileSync(config, 'since: 14d\n')
    try {
      await runWith('schedule', { 'dry-run': 'true' })
    } finally {
      fs.rmSync(config)
    }
    expect(failures()).toEqual([])
    const report = JSON.parse(
      fs.readFileSync(readOutputs(files.output)['report-path'] ?? '', 'utf8')
    ) as { window: { since: string; until: string } }
    const days = (Date.parse(report.window.until) - Date.parse(report.window.since)) / 86_400_000
    expect(days).toBe(14)
  })

  it('warns, writes the summary and stays green when the token may not write', async () => {
    writeScheduleEvent(files)
    denyWrites(server)
    await runWith('schedule')
    expect(failures()).toEqual([])
    expect(process.exitCode).toBeUndefined()
    // A scheduled run: the advice is about permissions, not about forks.
    expect(warnings().join('')).toMatch(
      /Could not post the report issue.*issues: write.*Workflow permissions/
    )
    expect(warnings().join('')).not.toContain('forks')
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('Multiplier index')
    // The runner masks what follows ::add-mask::; nothing else may print the token.
    const printed = stdout.filter(line => !line.startsWith('::add-mask::')).join('')
    expect(printed).not.toContain('ghs_loopbacktoken123')
  })

  it('fails the step after publishing when the index is below fail-under', async () => {
    writeScheduleEvent(files)
    // The fixture's handful of changes gives a low-confidence index: judged only when asked.
    await runWith('schedule', { 'fail-under': '100', 'fail-under-confidence': 'low' })
    expect(process.exitCode).toBe(1)
    expect(failures().join('')).toMatch(/below fail-under \(100\)/)
    expect(state.issues).toHaveLength(1)
  })

  it('lets a low-confidence index pass fail-under by default, with a notice', async () => {
    writeScheduleEvent(files)
    await runWith('schedule', { 'fail-under': '100' })
    expect(process.exitCode).not.toBe(1)
    expect(failures()).toEqual([])
    const notices = stdout.filter(line => line.startsWith('::notice'))
    expect(notices.join('')).toMatch(
      /fail-under \(100\) was not applied: the index \d+ is of low confidence/
    )
    expect(readOutputs(files.output)['confidence']).toBe('low')
  })

  it('fails with a clear message on a bad input value', async () => {
    writeScheduleEvent(files)
    await runWith('schedule', { comment: 'sometimes' })
    expect(process.exitCode).toBe(1)
    expect(failures().join('')).toContain(
      "Input 'comment' is 'sometimes'; expected one of: 'update', 'recreate', 'off'"
    )
  })

  it('posts nothing in dry-run mode but still writes the summary and outputs', async () => {
    writePullRequestEvent(files, state)
    await runWith('pull_request', { 'dry-run': 'true' })
    expect(state.comments).toHaveLength(0)
    expect(server.requests.filter(request => request.method !== 'GET')).toEqual([])
    expect(readOutputs(files.output)['categories']).not.toBeUndefined()
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('dry run')
  })
})
