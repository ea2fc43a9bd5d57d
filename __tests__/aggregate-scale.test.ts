// `multiplier aggregate` over 1,000 reports, as the fan-out's last job meets them: the
// committed CLI bundle in a child process with a heap far smaller than the reports (holding
// them all needs more than twice the cap: the code this replaced ran out of memory under
// it), and a generous time bound.
// The precise figures come from `npm run bench:aggregate`, not from a timed test.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { roundHalfUp } from '../src/score/score.js'
import { writeReportFiles } from './support/reports.js'

const REPORTS = 1000
/** The old-space cap of the child, in MB; the 1,000 reports below take about 28 MB as text. */
const HEAP_MB = 24
const GENEROUS_MS = 60_000
const CLI = resolve('dist/cli/index.js')

function runCli(args: string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, '--max-semi-space-size=1', CLI, ...args],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stderr, ms: Date.now() - started }))
  })
}

describe('aggregate at scale', () => {
  let folder: string
  let names: string[]
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'multiplier-scale-'))
    names = writeReportFiles(join(folder, 'reports'), REPORTS, { changesPerReport: 60 })
    writeFileSync(join(folder, 'expected.json'), JSON.stringify([...names, 'octo/not-run']))
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('rolls 1,000 reports up in a bounded heap, in seconds', async () => {
    const files = Array.from({ length: REPORTS }, (_, i) =>
      join(folder, 'reports', `report-${i}.json`)
    )
    const output = join(folder, 'org.json')
    const result = await runCli([
      'aggregate',
      ...files,
      '--format',
      'json',
      '--expect',
      join(folder, 'expected.json'),
      '--output',
      output
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.ms).toBeLessThan(GENEROUS_MS)

    const aggregate = JSON.parse(readFileSync(output, 'utf8')) as {
      index: number
      totals: { repositories: number; changes: number }
      repositories: { repository: string }[]
      missing: string[]
    }
    // The figures the generator put in: index (i × 37) mod 101 over 10 + (i mod 13) changes.
    const rows = names.map((_, i) => ({ index: (i * 37) % 101, changes: 10 + (i % 13) }))
    const changes = rows.reduce((sum, row) => sum + row.changes, 0)
    const weighted = rows.reduce((sum, row) => sum + row.index * row.changes, 0)
    expect(aggregate.totals).toMatchObject({ repositories: REPORTS, changes })
    expect(aggregate.index).toBe(roundHalfUp(weighted / changes))
    expect(aggregate.repositories).toHaveLength(REPORTS)
    expect(aggregate.missing).toEqual(['octo/not-run'])
  })
})
