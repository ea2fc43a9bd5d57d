// Teams and hotspots on real public history, committed as data (`fixtures/insight/`: commits'
// shas, times, authors, titles and per-file line counts; CODEOWNERS for cli/cli): what the
// engine reports is held to counts taken from the fixture itself.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { codeArea } from '../src/insight/areas.js'
import { MIN_TEAM_CHANGES } from '../src/insight/teams.js'
import type { Change, Report, Window } from '../src/model.js'
import { previousWindow } from '../src/window.js'
import { FakeSource } from './support/fake-source.js'

interface RealHistory {
  codeowners?: string
  commits: {
    sha: string
    time: string
    author: string
    title: string
    files: [path: string, additions: number, deletions: number][]
  }[]
}

function readHistory(name: string): { data: RealHistory; changes: Change[] } {
  const file = path.join(process.cwd(), '__tests__', 'fixtures', 'insight', name)
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as RealHistory
  const changes = data.commits.map((commit): Change => ({
    id: commit.sha,
    kind: 'commit',
    title: commit.title,
    body: '',
    author: { name: commit.author },
    time: new Date(commit.time).toISOString(),
    labels: [],
    files: commit.files.map(([file, additions, deletions]) => ({
      path: file,
      status: 'modified',
      additions,
      deletions
    }))
  }))
  return { data, changes }
}

function inWindow(time: string, window: Window): boolean {
  const at = Date.parse(time)
  return at >= Date.parse(window.since) && at < Date.parse(window.until)
}

async function report(changes: Change[], window: Window, codeowners?: string): Promise<Report> {
  return runReport({
    source: new FakeSource({ changes, ...(codeowners ? { context: { codeowners } } : {}) }),
    config: { ...DEFAULT_CONFIG, history: 0, teams: codeowners !== undefined },
    window,
    now: new Date(window.until)
  })
}

describe('insight on cli/cli’s real history: teams', () => {
  const { data, changes } = readHistory('cli--cli.json')
  const WINDOW: Window = { since: '2024-09-24T00:00:00.000Z', until: '2024-10-24T00:00:00.000Z' }

  /** The team owning a path under this CODEOWNERS, written out by hand (last match wins). */
  function owner(file: string): string {
    if (file.startsWith('pkg/cmd/attestation/verification/embed/tuf-repo.github.com/'))
      return '@cli/tuf-root-reviewers'
    if (
      file.startsWith('pkg/cmd/attestation/') ||
      file.startsWith('test/integration/attestation-cmd')
    )
      return '@cli/package-security'
    if (file.startsWith('pkg/cmd/codespace/') || file.startsWith('internal/codespaces/'))
      return '@cli/codespaces'
    return '@cli/code-reviewers'
  }

  /** Per team, the commits of a window touching its files: people's and bots' apart. */
  function counts(window: Window): Map<string, { people: number; bots: number }> {
    const byTeam = new Map<string, { people: number; bots: number }>()
    for (const commit of data.commits) {
      if (!inWindow(commit.time, window)) continue
      for (const team of new Set(commit.files.map(([file]) => owner(file)))) {
        const count = byTeam.get(team) ?? { people: 0, bots: 0 }
        if (commit.author.endsWith('[bot]')) count.bots += 1
        else count.people += 1
        byTeam.set(team, count)
      }
    }
    return byTeam
  }

  it('scores a team from 20 changes on, says why not below, and lists teams by name', async () => {
    const teams = (await report(changes, WINDOW, data.codeowners)).teams ?? []
    const expected = counts(WINDOW)
    expect(teams.map(team => team.team)).toEqual([...expected.keys()].sort())
    // The window holds a large team and a small one: both sides of the minimum.
    const sizes = [...expected.values()].map(count => count.people)
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(MIN_TEAM_CHANGES)
    expect(Math.min(...sizes)).toBeLessThan(MIN_TEAM_CHANGES)
    for (const team of teams) {
      const count = expected.get(team.team)
      expect(team).toMatchObject({ changes: count?.people, botChanges: count?.bots })
      if (team.changes >= MIN_TEAM_CHANGES) {
        expect(team.index).toEqual(expect.any(Number))
      } else {
        expect(team).toMatchObject({
          index: null,
          automation: null,
          reason: `fewer than ${MIN_TEAM_CHANGES} changes: too few to score`
        })
      }
    }
  })

  it('gives a team’s trend only when its previous window is scored too', async () => {
    const teams = (await report(changes, WINDOW, data.codeowners)).teams ?? []
    const before = counts(previousWindow(WINDOW))
    for (const team of teams) {
      const scoredBefore = (before.get(team.team)?.people ?? 0) >= MIN_TEAM_CHANGES
      expect({ team: team.team, trend: team.previousIndex !== null }).toEqual({
        team: team.team,
        trend: team.index !== null && scoredBefore
      })
    }
  })
})

describe('insight on honojs/hono’s real history: hotspots', () => {
  const { data, changes } = readHistory('honojs--hono.json')
  const WINDOW: Window = { since: '2026-07-23T00:00:00.000Z', until: '2026-08-22T00:00:00.000Z' }
  const SOURCE = /\.(?:[mc]?ts|tsx|[mc]?js|jsx)$/
  const TEST = /\.test\.tsx?$|(?:^|\/)runtime-tests\//

  /** Changed lines of the window's source files by area, of the files `keep` accepts. */
  function churnByArea(keep: (file: string) => boolean): Map<string, number> {
    const byArea = new Map<string, number>()
    for (const commit of data.commits) {
      if (!inWindow(commit.time, WINDOW)) continue
      for (const [file, added, deleted] of commit.files) {
        if (!SOURCE.test(file) || !keep(file)) continue
        const area = codeArea(file)
        byArea.set(area, (byArea.get(area) ?? 0) + added + deleted)
      }
    }
    return byArea
  }

  it('lists no benchmark or runtime-test folder, though they churned more than listed areas', async () => {
    const hotspots = (await report(changes, WINDOW)).hotspots ?? []
    const smallest = Math.min(...hotspots.map(hotspot => hotspot.churn))
    const benchmarks = churnByArea(file => file.startsWith('benchmarks/'))
    expect(Math.max(...benchmarks.values())).toBeGreaterThan(smallest)
    expect(hotspots.length).toBe(10)
    for (const hotspot of hotspots) {
      expect(hotspot.path).not.toMatch(/^(?:benchmarks|runtime-tests)(?:\/|$)/)
    }
  })

  it('counts each listed area’s churn as the fixture does, tests left out', async () => {
    const hotspots = (await report(changes, WINDOW)).hotspots ?? []
    const code = churnByArea(file => !TEST.test(file) && !file.startsWith('benchmarks/'))
    for (const hotspot of hotspots) {
      expect({ area: hotspot.path, churn: hotspot.churn }).toEqual({
        area: hotspot.path,
        churn: code.get(hotspot.path)
      })
    }
  })
})
