// The aggregate's inputs as data from outside: report files from matrix jobs that are broken,
// hostile or oversized, and repository names from the API that a shell would misread. Run
// through the action (in process, against the loopback GitHub) and the CLI.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { main } from '../src/cli/main.js'
import { renderJson } from '../src/render/json.js'
import { FAST_CLIENT } from './support/action-clients.js'
import { readOutputs, runnerEnv, writeScheduleEvent } from './support/action-runner.js'
import { useActionHarness } from './support/action-harness.js'
import { installRepositories } from './support/github-repos.js'
import { sampleReport } from './support/reports.js'

const NOW = new Date('2024-06-01T00:00:00Z')
const TOKEN_START = 'ghp_aVeryPrivateTokenStart'
const HOSTILE = '<img src=x onerror=alert(1)> @acme/security'

/**
 * A valid report as JSON, with `fields` set in it (dotted paths: a hostile or broken field,
 * or schemaVersion 2's shape).
 */
function reportData(
  repository: string,
  index: number,
  fields: Record<string, unknown> = {}
): string {
  const data = JSON.parse(renderJson(sampleReport(repository, index, 10))) as Record<
    string,
    unknown
  >
  for (const [field, value] of Object.entries(fields)) {
    const keys = field.split('.')
    const last = keys.pop() as string
    let at = data
    for (const key of keys) at = at[key] as Record<string, unknown>
    at[last] = value
  }
  return JSON.stringify(data)
}

const NULL_SCORES = {
  schemaVersion: 2,
  index: null,
  confidence: null,
  'categories.documentation.score': null,
  'categories.automation.score': null,
  'categories.patterns.score': null,
  'totals.changes': 0,
  'totals.multiplier': 0,
  'totals.output': 0
}

describe('aggregate with hostile and broken report files', () => {
  const harness = useActionHarness()
  let reports: string
  beforeEach(() => {
    writeScheduleEvent(harness.files)
    reports = path.join(harness.files.root, 'reports')
    fs.rmSync(reports, { recursive: true, force: true })
    fs.mkdirSync(reports)
  })

  async function runWith(inputs: Record<string, string>): Promise<Record<string, string>> {
    const { files, server, state } = harness
    process.env = { ...harness.savedEnv, ...runnerEnv(files, server, state, 'schedule', inputs) }
    await run({ now: NOW, clientOptions: FAST_CLIENT })
    return readOutputs(files.output)
  }
  const write = (name: string, text: string): void =>
    fs.writeFileSync(path.join(reports, name), text)
  const errors = (): string[] => harness.stdout.filter(line => line.startsWith('::error'))
  const summary = (): string => fs.readFileSync(harness.files.summary, 'utf8')
  const aggregate = (extra: Record<string, string> = {}) =>
    runWith({ mode: 'aggregate', reports: `${reports}/*.json`, ...extra })

  it('lists each bad file as failed without quoting it, and rolls up the rest', async () => {
    write('good-a.json', reportData('octo/a', 60))
    write('good-b.json', reportData('octo/b', 40))
    const bad: Record<string, string> = {
      'html-total.json': reportData('octo/c', 50, { 'totals.multiplier': HOSTILE }),
      'closing-window.json': reportData('octo/d', 50, {
        'window.since': `2024-05-01 --> ${HOSTILE} <!--`
      }),
      'not-a-date.json': reportData('octo/e', 50, { 'window.since': 'yesterday' }),
      'negative.json': reportData('octo/f', 50, { 'totals.changes': -18 }),
      'huge.json': reportData('octo/g', 50).replace('"changes":10', '"changes":1e999'),
      'previous.json': reportData('octo/h', 50, { previousIndex: -5000 }),
      'forty.json': reportData('octo/i', 50, { previousIndex: 'forty' }),
      'token.json': `${TOKEN_START}xxxxxxxxxxxxxxxx\n`,
      'token-version.json': JSON.stringify({ schemaVersion: TOKEN_START }),
      'name.json': reportData('octo/j', 50, { repository: `octo/$(id) ${HOSTILE}` })
    }
    for (const [name, text] of Object.entries(bad)) write(name, text)

    const outputs = await aggregate({ 'fail-under': '100' })
    const org = JSON.parse(fs.readFileSync(outputs['report-path'] ?? '', 'utf8')) as {
      repositories: { repository: string }[]
    }
    expect(org.repositories.map(row => row.repository)).toEqual(['octo/a', 'octo/b'])
    expect(outputs['index']).toBe('50')
    const failed = JSON.parse(outputs['failed'] ?? '[]') as string[]
    expect(failed.map(file => path.basename(file)).sort()).toEqual(Object.keys(bad).sort())
    // fail-under still applies to the aggregate index of the good reports.
    expect(errors().join('')).toContain('The multiplier index 50 is below fail-under (100)')

    const body = harness.state.issues[0]?.body ?? ''
    const json = fs.readFileSync(outputs['report-path'] ?? '', 'utf8')
    for (const text of [body, summary(), json]) {
      expect(text).not.toContain('<img')
      expect(text).not.toContain('@acme')
      expect(text).not.toContain(TOKEN_START)
      expect(text).not.toContain('NaN')
      expect(text).not.toContain('yesterday')
      expect(text).not.toContain('$(id)')
    }
    // Every hidden comment closes where it was meant to: at the end of its own line.
    for (const line of body.split('\n').filter(line => line.includes('-->')))
      expect(line).toMatch(/^<!-- multiplier:[^>]*-->$/)
    expect(body).toContain('not-a-date.json: window.since is not an ISO 8601 time')
    expect(summary()).toContain('totals.changes is not a whole number ≥ 0')
    expect(summary()).toContain('previousIndex is not a number from 0 to 100')
  })

  it('counts a repository once whatever its case, newest report first, and in one state only', async () => {
    write('old.json', reportData('acme/ok', 20))
    write('new.json', reportData('ACME/OK', 80, { 'window.until': '2024-06-01T00:00:00.000Z' }))
    write('other.json', reportData('acme/other', 50))
    write(
      'other-failed.json',
      JSON.stringify({ schemaVersion: 1, kind: 'failure', repository: 'Acme/Other', error: 'x' })
    )
    write(
      'twice-1.json',
      JSON.stringify({ schemaVersion: 1, kind: 'failure', repository: 'acme/down', error: 'a' })
    )
    write(
      'twice-2.json',
      JSON.stringify({ schemaVersion: 1, kind: 'failure', repository: 'ACME/down', error: 'b' })
    )
    const outputs = await aggregate({
      repositories: JSON.stringify(['acme/OK', 'acme/other', 'acme/down', 'acme/none'])
    })
    expect(outputs['repository-count']).toBe('2')
    expect(JSON.parse(outputs['failed'] ?? '')).toEqual(['acme/down'])
    expect(JSON.parse(outputs['missing'] ?? '')).toEqual(['acme/none'])
    const org = JSON.parse(fs.readFileSync(outputs['report-path'] ?? '', 'utf8')) as {
      repositories: { repository: string; index: number }[]
      notes: string[]
    }
    expect(org.repositories.map(row => [row.repository, row.index])).toEqual([
      ['ACME/OK', 80],
      ['acme/other', 50]
    ])
    expect(org.notes.join('\n')).toContain('1 repository had several reports')
    expect(org.notes.join('\n')).toContain('1 failure record left out')
  })

  it('leaves names outside GitHub rules out of the expected list with a warning, and rolls up', async () => {
    write('good.json', reportData('octo/a', 60))
    const outputs = await aggregate({
      repositories: JSON.stringify(['octo/a', 'octo/$(id)', `octo/x ${HOSTILE}`, 'octo/late'])
    })
    expect(errors()).toEqual([])
    expect(outputs['repository-count']).toBe('1')
    expect(JSON.parse(outputs['missing'] ?? '')).toEqual(['octo/late'])
    const warning = harness.stdout.find(line => line.includes('items 2, 3 are not GitHub')) ?? ''
    expect(warning).not.toContain('$(id)')
    expect(warning).not.toContain('@acme')
  })

  it("posts a failure record's error inert and its hostile repository not at all", async () => {
    write('good.json', reportData('octo/a', 60))
    write(
      'failed.json',
      JSON.stringify({
        schemaVersion: 1,
        kind: 'failure',
        repository: 'octo/k',
        error: `--> ${HOSTILE}`
      })
    )
    write(
      'named.json',
      JSON.stringify({ schemaVersion: 1, kind: 'failure', repository: `octo/$(id)`, error: 'x' })
    )
    const outputs = await aggregate()
    expect(errors()).toEqual([])
    expect(JSON.parse(outputs['failed'] ?? '')).toEqual([
      'octo/k',
      expect.stringMatching(/named\.json$/)
    ])
    const body = harness.state.issues[0]?.body ?? ''
    // Inert: a backslash keeps GitHub from reading the tag (the text shows it as typed).
    expect(body).not.toMatch(/(^|[^\\])<img/)
    // A mention shows as code, which notifies nobody.
    expect(body).not.toMatch(/(^|[^`])@acme/)
    expect(body).not.toContain('$(id)')
    // Only the markers open an HTML comment, each on a line of its own and closed there: a
    // stray `-->` in text closes nothing.
    for (const line of body.split('\n').filter(line => line.includes('<!--')))
      expect(line).toMatch(/^<!-- multiplier:[^>]*-->$/)
  })

  it('keeps the org issue within 65,536 characters with sixty long failures and long notes', async () => {
    write('good.json', reportData('octo/a', 60))
    for (let i = 0; i < 60; i++) {
      write(
        `failed-${i}.json`,
        JSON.stringify({
          schemaVersion: 1,
          kind: 'failure',
          repository: `octo/failed-${String(i).padStart(3, '0')}-${'x'.repeat(80)}`,
          error: `step failed: ${'a long error line '.repeat(400)}`
        })
      )
    }
    const outputs = await aggregate()
    expect(errors()).toEqual([])
    const body = harness.state.issues[0]?.body ?? ''
    expect(body.length).toBeGreaterThan(0)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('… and 10 more')
    expect(JSON.parse(outputs['failed'] ?? '')).toHaveLength(60)
    expect(summary()).toContain('octo/failed-059')
  })

  it('shows a quiet schemaVersion 2 repository as "no activity", outside the org index', async () => {
    write('busy.json', reportData('octo/busy', 70, { schemaVersion: 2 }))
    write(
      'quiet.json',
      reportData('octo/quiet', 0, {
        ...NULL_SCORES,
        previousIndex: 90,
        activity: { state: 'bots-only', reason: 'only bots changed anything' },
        'categories.documentation.interval': { low: 10, high: 30 }
      })
    )
    const outputs = await aggregate()
    expect(errors()).toEqual([])
    expect(outputs['index']).toBe('70')
    expect(outputs['repository-count']).toBe('2')
    const row = summary()
      .split('\n')
      .find(line => line.startsWith('| octo/quiet'))
    expect(row).toContain('no activity')
    expect(row).toMatch(/^\| octo\/quiet \| _no activity_ \| — \| — \| — \| — \| — \| 0 \| — \|$/)
  })

  it('says "no activity" and sets no index when no repository had any', async () => {
    write(
      'quiet.json',
      reportData('octo/quiet', 0, {
        ...NULL_SCORES,
        activity: { state: 'none', reason: 'no changes in the window' }
      })
    )
    const outputs = await aggregate({ 'fail-under': '50' })
    expect(errors()).toEqual([])
    expect(outputs['index']).toBe('')
    expect(harness.state.issues[0]?.body).toContain('Org multiplier index: no activity')
  })

  it('repos mode leaves names outside GitHub rules out of the outputs, naming none of them', async () => {
    installRepositories(harness.server, [
      {
        login: 'octo',
        type: 'Organization',
        repositories: [
          { name: 'fine' },
          { name: 'x y' },
          { name: 'line\nbreak' },
          { name: '$(id)' },
          { name: '..' },
          { name: 'also.fine_ok-1' }
        ]
      }
    ])
    const outputs = await runWith({ mode: 'repos', 'chunk-size': '10' })
    expect(JSON.parse(outputs['repositories'] ?? '')).toEqual(['octo/also.fine_ok-1', 'octo/fine'])
    expect(JSON.parse(outputs['chunks'] ?? '')).toEqual([['octo/also.fine_ok-1', 'octo/fine']])
    const warning = harness.stdout.find(line => line.includes('repository names skipped')) ?? ''
    expect(warning).toContain('4 of the repositories')
    expect(warning).not.toContain('$(id)')
    expect(warning).not.toContain('x y')
  })
})

describe('multiplier aggregate with a bad file', () => {
  async function cli(argv: string[], cwd: string) {
    let stdout = ''
    let stderr = ''
    const code = await main(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd,
      env: {},
      now: () => NOW
    })
    return { code, stdout, stderr }
  }

  it('names the file and the field, and quotes none of it', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-aggregate-'))
    try {
      fs.writeFileSync(path.join(folder, 'good.json'), reportData('octo/a', 50))
      fs.writeFileSync(
        path.join(folder, 'day.json'),
        reportData('octo/b', 50, { 'window.since': 'yesterday' })
      )
      fs.writeFileSync(path.join(folder, 'token.json'), `${TOKEN_START}\n`)
      const day = await cli(['aggregate', 'good.json', 'day.json'], folder)
      expect(day.code).toBe(1)
      expect(day.stderr).toBe(
        'multiplier: day.json: window.since is not an ISO 8601 time; is this a multiplier JSON report?\n'
      )
      const token = await cli(['aggregate', 'token.json'], folder)
      expect(token.code).toBe(1)
      expect(token.stderr).toContain('token.json: not JSON')
      expect(token.stderr).not.toContain('ghp_')
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
