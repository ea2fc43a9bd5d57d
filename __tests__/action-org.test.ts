// The fan-out's first and last jobs, run in process against the loopback GitHub: repos mode
// (discovery → matrix outputs) and aggregate mode (reports → one rolling aggregate issue).
import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { AGGREGATE_ISSUE_MARKER } from '../src/render/aggregate-issue.js'
import { renderJson } from '../src/render/json.js'
import { FAST_CLIENT } from './support/action-clients.js'
import { readOutputs, runnerEnv, writeScheduleEvent } from './support/action-runner.js'
import { useActionHarness } from './support/action-harness.js'
import { installRepositories, manyRepositories } from './support/github-repos.js'
import { sampleReport, writeReportFiles } from './support/reports.js'

const NOW = new Date('2024-06-01T00:00:00Z')
const JUNE = { since: '2024-06-01T00:00:00.000Z', until: '2024-07-01T00:00:00.000Z' }

describe('action org modes in process', () => {
  const harness = useActionHarness()
  let reports: string
  beforeEach(() => {
    writeScheduleEvent(harness.files)
    installRepositories(harness.server, [
      {
        login: 'octo',
        type: 'Organization',
        repositories: manyRepositories(150, { archivedEvery: 10, forkEvery: 15 })
      },
      {
        login: 'ada',
        type: 'User',
        repositories: [{ name: 'site' }, { name: 'secret', private: true }]
      }
    ])
    reports = path.join(harness.files.root, 'reports')
    fs.rmSync(reports, { recursive: true, force: true })
  })

  async function runWith(inputs: Record<string, string>): Promise<Record<string, string>> {
    const { files, server, state } = harness
    process.env = { ...harness.savedEnv, ...runnerEnv(files, server, state, 'schedule', inputs) }
    await run({ now: NOW, clientOptions: FAST_CLIENT })
    return readOutputs(files.output)
  }
  const failures = (): string[] => harness.stdout.filter(line => line.startsWith('::error'))
  const summary = (): string => fs.readFileSync(harness.files.summary, 'utf8')

  it("repos mode lists the current owner's repositories into the matrix outputs", async () => {
    const outputs = await runWith({ mode: 'repos', 'chunk-size': '100' })
    expect(failures()).toEqual([])
    const repositories = JSON.parse(outputs['repositories'] ?? '') as string[]
    expect(repositories).toHaveLength(130)
    expect(repositories.every(name => name.startsWith('octo/service-'))).toBe(true)
    expect(outputs['repository-count']).toBe('130')
    const chunks = JSON.parse(outputs['chunks'] ?? '') as string[][]
    expect(chunks.map(chunk => chunk.length)).toEqual([100, 30])
    expect(outputs['index']).toBe('')
    expect(summary()).toContain('**130** of 150 repositories kept (15 archived left out; 10 forks')
    expect(harness.state.issues).toHaveLength(0)
  })

  it("repos mode lists another user's public repositories with an installation token", async () => {
    const outputs = await runWith({ mode: 'repos', owner: 'ada' })
    expect(failures()).toEqual([])
    expect(JSON.parse(outputs['repositories'] ?? '')).toEqual(['ada/site'])
  })

  it('aggregate mode writes one org issue, and a rerun updates it and its period comment', async () => {
    const names = writeReportFiles(reports, 6)
    fs.writeFileSync(path.join(reports, 'broken.json'), '{"schemaVersion": 1')
    fs.writeFileSync(
      path.join(reports, 'failed.json'),
      JSON.stringify({
        schemaVersion: 1,
        kind: 'failure',
        repository: 'octo/repo-9000',
        error: 'the report step failed'
      })
    )
    const expected = JSON.stringify([...names, 'octo/repo-9000', 'octo/never-ran'])
    const inputs = {
      mode: 'aggregate',
      reports: `${reports}/*.json`,
      repositories: expected,
      'html-path': 'site/index.html',
      'html-report-link': '{repository}.html'
    }

    const first = await runWith(inputs)
    expect(failures()).toEqual([])
    const dashboard = fs.readFileSync(
      path.join(harness.files.workspace.path, 'site/index.html'),
      'utf8'
    )
    expect(dashboard).toContain('<a href="octo/repo-0004.html">octo/repo-0004</a>')
    expect(dashboard).toContain('octo/never-ran: expected, no report')
    expect(harness.state.issues).toHaveLength(1)
    const issue = harness.state.issues[0]
    expect(issue?.title).toBe('Multiplier org report')
    expect(issue?.body).toContain(AGGREGATE_ISSUE_MARKER)
    expect(issue?.body).toContain('| octo/repo-0004 |')
    expect(first['issue-url']).toMatch(/\/issues\/1$/)
    expect(JSON.parse(first['missing'] ?? '')).toEqual(['octo/never-ran'])
    expect(JSON.parse(first['failed'] ?? '')).toEqual([
      'octo/repo-9000',
      path.join(reports, 'broken.json')
    ])
    expect(first['repository-count']).toBe('6')
    const json = JSON.parse(fs.readFileSync(first['report-path'] ?? '', 'utf8')) as {
      kind: string
      index: number
      repositories: unknown[]
      previous: unknown
    }
    expect(json).toMatchObject({ kind: 'aggregate', previous: null })
    expect(json.repositories).toHaveLength(6)
    expect(first['index']).toBe(String(json.index))
    expect(summary()).toContain('`octo/never-ran`')
    expect(summary()).toMatch(/`octo\/repo-9000`: the report step failed/)
    expect(summary()).toMatch(/broken\.json: not JSON/)

    await runWith(inputs)
    expect(failures()).toEqual([])
    expect(harness.state.issues).toHaveLength(1)
    const comments = harness.state.comments.filter(comment => comment.issueNumber === 1)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toMatch(/org multiplier index \*\*\d+\*\*\/100/)
  })

  it('aggregate mode shows the trend against the previous org report, also on a rerun', async () => {
    writeReportFiles(reports, 4)
    const may = await runWith({ mode: 'aggregate', reports: `${reports}/*.json` })
    fs.rmSync(reports, { recursive: true })
    // June: every repository 10 points higher.
    fs.mkdirSync(reports)
    for (const [i, index] of [40, 60, 80, 100].entries()) {
      const report = sampleReport(`octo/repo-${i}`, index, 10, { window: JUNE })
      fs.writeFileSync(path.join(reports, `${i}.json`), renderJson(report))
    }
    const inputs = { mode: 'aggregate', reports: `${reports}/*.json` }
    const june = await runWith(inputs)
    const trend = Number(june['index']) - Number(may['index'])
    const body = harness.state.issues[0]?.body ?? ''
    expect(body).toContain(`(was ${may['index']} over 4 repositories, 2024-05-01 – 2024-05-30)`)
    expect(body).toContain(trend > 0 ? `▲ +${trend}` : trend < 0 ? `▼ −${-trend}` : '▬ 0')

    // A rerun for June compares with May still, not with its own first run.
    await runWith(inputs)
    expect(harness.state.issues).toHaveLength(1)
    expect(harness.state.issues[0]?.body).toContain(`(was ${may['index']} over 4 repositories`)
    const json = JSON.parse(fs.readFileSync(june['report-path'] ?? '', 'utf8')) as {
      trend: { index: number }
    }
    expect(json.trend.index).toBe(trend)
  })

  it('fails naming the input when aggregate mode has no reports to read', async () => {
    await runWith({ mode: 'aggregate' })
    expect(failures().join('')).toContain("mode: aggregate needs the 'reports' input")
    await runWith({ mode: 'aggregate', reports: `${reports}/*.json` })
    expect(failures().join('')).toContain("No report files match the 'reports' input")
    expect(harness.state.issues).toHaveLength(0)
  })
})
