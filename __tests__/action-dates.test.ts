import fs from 'node:fs'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { FAST_CLIENT } from './support/action-clients.js'
import {
  readOutputs,
  runnerEnv,
  writeScheduleEvent,
  type RunnerFiles
} from './support/action-runner.js'
import { type RepoState } from './support/github-issues.js'
import { useActionHarness } from './support/action-harness.js'
import type { LoopbackGitHub } from './support/github-server.js'

const NOW = new Date('2024-01-20T00:00:00Z')

describe('action run() dates', () => {
  const harness = useActionHarness()
  let files: RunnerFiles
  let server: LoopbackGitHub
  let state: RepoState
  let stdout: string[]
  const saved = harness.savedEnv
  beforeEach(() => {
    ;({ files, server, state, stdout } = harness)
  })

  async function runWith(inputs: Record<string, string>): Promise<void> {
    writeScheduleEvent(files)
    process.env = { ...saved, ...runnerEnv(files, server, state, 'schedule', inputs) }
    await run({ now: NOW, clientOptions: FAST_CLIENT })
  }
  const warnings = (): string[] => stdout.filter(line => line.startsWith('::warning'))

  it('warns when the until input is in the future, and still reports', async () => {
    await runWith({ until: '2031-06-01', 'dry-run': 'true' })
    expect(process.exitCode).toBeUndefined()
    const untilWarnings = warnings().filter(line => line.includes('until'))
    expect(untilWarnings).toHaveLength(1)
    expect(untilWarnings[0]).toMatch(/title=Multiplier%3A until is in the future::/)
    expect(untilWarnings[0]).toContain('The until input 2031-06-01 is in the future')
    expect(readOutputs(files.output)['report-path']).toBeTruthy()
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('Multiplier index')
  })

  it('says nothing about an until of today or in the past', async () => {
    for (const until of ['2024-01-20', '2024-01-10']) {
      await runWith({ until, 'dry-run': 'true' })
      expect({ until, warnings: warnings().filter(line => line.includes('until')) }).toEqual({
        until,
        warnings: []
      })
    }
  })
})
