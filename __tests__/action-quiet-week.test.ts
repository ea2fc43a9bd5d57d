// A quiet week on a real public history (gin-gonic/gin, February 2026: nothing landed from the
// 1st to the 12th), through the committed bundle with the README's weekly `fail-under: 20`: no
// index, no 0, the same "no activity" on every surface, and a green step with a notice. The
// busy last week of the same month is scored, of low confidence, and let pass unless asked.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createRunnerFiles,
  readOutputs,
  removeRunnerFiles,
  resetRunnerFiles,
  runnerEnv,
  writeScheduleEvent,
  type RunnerFiles
} from './support/action-runner.js'
import { runBundle } from './support/bundle.js'
import { createRepoState, installIssues, type RepoState } from './support/github-issues.js'
import { LoopbackGitHub } from './support/github-server.js'
import { buildRealHistory, loadHistoryFixture } from './support/real-history.js'

describe('a quiet week through the action bundle (gin-gonic/gin, February 2026)', () => {
  let files: RunnerFiles
  let workspace: string
  let server: LoopbackGitHub
  let state: RepoState

  beforeAll(() => {
    files = createRunnerFiles()
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-gin-'))
    buildRealHistory(workspace, loadHistoryFixture('gin-gonic--gin'))
  })
  afterAll(() => {
    removeRunnerFiles(files)
    fs.rmSync(workspace, { recursive: true, force: true })
  })
  beforeEach(async () => {
    server = await LoopbackGitHub.start({ token: 'ghs_loopbacktoken123' })
    state = createRepoState()
    installIssues(server, state)
    resetRunnerFiles(files)
    writeScheduleEvent(files)
  })
  afterEach(() => server.close())

  const week = async (until: string, inputs: Record<string, string> = {}) => {
    const env = {
      ...runnerEnv(files, server, state, 'schedule', {
        since: '7d',
        until,
        source: 'git',
        'fail-under': '20',
        'badge-path': 'badge.json',
        ...inputs
      }),
      GITHUB_WORKSPACE: workspace
    }
    return runBundle(env)
  }

  it('says "no activity" everywhere and passes fail-under with a notice', async () => {
    const run = await week('2026-02-11')
    expect(run.stdout).not.toMatch(/^::error/m)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^::notice title=Multiplier::fail-under \(20\) was not applied: no activity in this window/m
    )
    const outputs = readOutputs(files.output)
    expect(outputs).toMatchObject({
      index: '',
      activity: 'none',
      confidence: '',
      'documentation-score': ''
    })
    const summary = fs.readFileSync(files.summary, 'utf8')
    expect(summary).toContain('**Multiplier index: no activity**')
    expect(summary).not.toMatch(/0 \/ 100|▼/)
    const badge = JSON.parse(fs.readFileSync(path.join(workspace, 'badge.json'), 'utf8'))
    expect(badge).toMatchObject({ message: 'no activity', color: 'lightgrey' })
    const report = JSON.parse(fs.readFileSync(outputs['report-path'] ?? '', 'utf8'))
    expect(report).toMatchObject({ index: null, activity: { state: 'none' }, confidence: null })
    expect(state.issues[0]?.body).toContain('no activity')
  })

  it('scores the busy last week, lets its low-confidence index pass, and fails it when asked', async () => {
    const lenient = await week('2026-02-28', { 'fail-under': '100' })
    expect(lenient.code).toBe(0)
    const outputs = readOutputs(files.output)
    expect(outputs['index']).toMatch(/^\d+$/)
    expect(outputs['activity']).toBe('active')
    expect(outputs['confidence']).toBe('low')
    expect(lenient.stdout).toMatch(
      /::notice title=Multiplier::fail-under \(100\) was not applied: the index \d+ is of low confidence/
    )

    resetRunnerFiles(files)
    const strict = await week('2026-02-28', { 'fail-under': '100', 'fail-under-confidence': 'low' })
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(/^::error::The multiplier index \d+ is below fail-under \(100\)/m)
  })
})
