import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { main } from '../src/cli/main.js'
import { aggregateReports } from '../src/score/aggregate.js'
import { parseReportJson } from '../src/report/read-report.js'
import type { CliIO } from '../src/cli/main.js'
import { cleanupGitRepos, GitRepo, type CommitSpec } from './support/git-repo.js'

const NOW = new Date('2024-05-31T08:00:00.000Z')

async function run(argv: string[], cwd: string, options: Partial<CliIO> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: { GIT_CONFIG_NOSYSTEM: '1' },
    now: () => NOW,
    ...options
  })
  return { code, stdout, stderr }
}

interface JsonReport {
  window: { since: string; until: string }
  previousWindow: { since: string; until: string }
  index: number
  previousIndex: number | null
  totals: { changes: number }
  changes: { title: string }[]
  notes: string[]
}

/** A docs commit and a code commit on each of the given days (noon UTC). */
function repoWithCommitsOn(days: readonly string[]): GitRepo {
  const repo = GitRepo.init()
  repo.commitAll(
    days.flatMap((day): CommitSpec[] => [
      {
        message: `docs: guide of ${day}`,
        files: { 'docs/guide.md': `# Guide\n\nWritten ${day}.\n` },
        date: `${day}T12:00:00Z`
      },
      {
        message: `Feature of ${day}`,
        files: { 'src/app.ts': `export const day = '${day}'\n` },
        date: `${day}T13:00:00Z`
      }
    ])
  )
  return repo
}

describe('cli report dates', () => {
  afterAll(() => cleanupGitRepos())

  it('reports commits from 2000 on with --since 1990-01-01, though its previous window starts before 1970', async () => {
    const repo = repoWithCommitsOn(['2000-03-01', '2010-06-01', '2024-05-01'])
    const { code, stdout, stderr } = await run(
      ['report', '--since', '1990-01-01', '--format', 'json'],
      repo.path
    )
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const report = JSON.parse(stdout) as JsonReport
    expect(report.window.since).toBe('1990-01-01T00:00:00.000Z')
    expect(report.previousWindow.since < '1970-01-01').toBe(true)
    expect(report.totals.changes).toBe(6)
    expect(report.changes.map(change => change.title)).toContain('docs: guide of 2000-03-01')
    expect(report.index).toBeGreaterThan(0)
  })

  it('counts the previous window of a window that starts before 1973 for the trend', async () => {
    const repo = repoWithCommitsOn(['1971-06-01', '1976-06-01'])
    // [1975, 1980) is reported; its previous window [1970, 1975) holds the 1971 commits.
    const { code, stdout } = await run(
      ['report', '--since', '1975-01-01', '--until', '1979-12-31', '--format', 'json'],
      repo.path
    )
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as JsonReport
    expect(report.previousWindow).toEqual({
      since: '1970-01-01T00:00:00.000Z',
      until: '1975-01-01T00:00:00.000Z'
    })
    expect(report.totals.changes).toBe(2)
    expect(report.previousIndex).not.toBeNull()
  })

  it('warns on stderr when --until is in the future, and still reports', async () => {
    // Within a window's length of every end asked for below, so the clone is not stale.
    const repo = repoWithCommitsOn(['2024-05-20'])
    const future = await run(['report', '--until', '2030-01-01', '--format', 'json'], repo.path)
    expect(future.code).toBe(0)
    const lines = future.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^multiplier: warning: --until 2030-01-01 is in the future/)
    expect(lines[0]).toContain('2024-05-31T08:00:00.000Z')
    expect((JSON.parse(future.stdout) as JsonReport).totals.changes).toBe(0)

    // Today (its end is tomorrow's midnight) and past dates are ordinary: no warning.
    for (const until of ['2024-05-31', '2024-05-30', '2024-05-31T08:00:00Z']) {
      const quiet = await run(['report', '--until', until, '--format', 'json'], repo.path)
      expect({ until, code: quiet.code, stderr: quiet.stderr }).toEqual({
        until,
        code: 0,
        stderr: ''
      })
    }
  })

  it('gives reports made at different times of one UTC day one window, so the roll-up does not warn', async () => {
    const first = repoWithCommitsOn(['2024-05-20', '2024-05-30'])
    const second = repoWithCommitsOn(['2024-05-25'])
    const morning = await run(['report', '--format', 'json'], first.path, {
      now: () => new Date('2024-05-31T00:05:00.000Z')
    })
    const evening = await run(['report', '--format', 'json'], second.path, {
      now: () => new Date('2024-05-31T23:41:09.000Z')
    })
    const reports = [morning, evening].map((result, i) => parseReportJson(result.stdout, `r${i}`))
    for (const report of reports) {
      expect(report.window).toEqual({
        since: '2024-05-02T00:00:00.000Z',
        until: '2024-06-01T00:00:00.000Z'
      })
    }
    expect(aggregateReports(reports).notes.join('\n')).not.toContain('different windows')
    // The header shows clean dates, not the minute of the run.
    const text = await run(['report'], first.path, { now: () => new Date('2024-05-31T13:37:00Z') })
    expect(text.stdout).toContain(' · 2024-05-02 – 2024-05-31\n')
  })

  it('sets bot commits of a real history apart by default, and counts them with score.bots: include', async () => {
    const repo = repoWithCommitsOn(['2024-05-10', '2024-05-20'])
    const bot = (login: string, id: number) => ({
      name: login,
      email: `${id}+${login}@users.noreply.github.com`
    })
    for (const [i, day] of ['2024-05-11', '2024-05-18', '2024-05-25'].entries()) {
      repo.commit({
        message: `chore(deps): bump lodash to 4.17.${i}`,
        files: { '.github/workflows/ci.yml': `name: ci ${i}\non: push\n` },
        date: `${day}T09:00:00Z`,
        author: i === 2 ? bot('renovate[bot]', 2) : bot('dependabot[bot]', 1)
      })
    }
    const excluded = JSON.parse((await run(['report', '--format', 'json'], repo.path)).stdout) as {
      totals: { changes: number; botChanges: number; bots: number }
      categories: { automation: { changes: number } }
      bots: { counted: boolean; changes: number; authors: { name: string; changes: number }[] }
      changes: { bot?: boolean }[]
    }
    expect(excluded.totals).toMatchObject({ changes: 4, botChanges: 3, bots: 2 })
    expect(excluded.categories.automation.changes).toBe(0)
    expect(excluded.bots).toEqual({
      counted: false,
      changes: 3,
      authors: [
        { name: 'dependabot[bot]', changes: 2 },
        { name: 'renovate[bot]', changes: 1 }
      ]
    })
    expect(excluded.changes.filter(change => change.bot)).toHaveLength(3)
    const markdown = (await run(['report'], repo.path)).stdout
    expect(markdown).toContain(
      'Automation at work: Dependabot and Renovate made 3 changes, left out of the scores'
    )

    // The config is read from the checkout; it need not be committed.
    mkdirSync(path.join(repo.path, '.github'), { recursive: true })
    writeFileSync(path.join(repo.path, '.github', 'multiplier.yml'), 'score:\n  bots: include\n')
    const result = await run(['report', '--format', 'json'], repo.path)
    const included = JSON.parse(result.stdout) as {
      totals: { changes: number }
      bots: { counted: boolean }
    }
    expect(included.totals.changes).toBe(7)
    expect(included.bots.counted).toBe(true)
  })
})
