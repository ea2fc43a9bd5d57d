// History, docs-debt hotspots and per-team scores, on a real git history and on the same
// history served by the loopback GitHub: what the engine reports is held to what git says and
// to the score function run by hand over the same changes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_NUDGE_OPTIONS } from '../src/advise/nudge.js'
import { nudgesFor } from '../src/advise/nudges.js'
import { createClassifier } from '../src/classify/classify.js'
import { main } from '../src/cli/main.js'
import { gitSource } from '../src/collect/git.js'
import { githubSource } from '../src/collect/github.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import type { ConfigError } from '../src/config/errors.js'
import { parseConfigLayer } from '../src/config/parse.js'
import { runReport } from '../src/engine.js'
import { createGitHubClient } from '../src/github/client.js'
import { codeArea, docsKeys } from '../src/insight/areas.js'
import { MIN_TEAM_CHANGES } from '../src/insight/teams.js'
import { parseCodeowners, teamsOwning } from '../src/repo-files/codeowners.js'
import { historyWindows, shortHistoryNote } from '../src/insight/history.js'
import type { Change, ClassifiedChange, Report, ScoredChange, Window } from '../src/model.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { renderPullRequestComment } from '../src/render/pr-comment.js'
import { change } from './support/fake-source.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installPulls } from './support/github-pulls.js'
import { buildRepo, git, pullsFromCommits, type Step } from './support/history.js'

const CODEOWNERS = [
  '* @octo/everyone',
  '/src/api/ @octo/api @mona',
  '/src/web/ @octo/web',
  'docs/* @octo/docs mona@example.com',
  ''
].join('\n')

const lines = (count: number, word: string): string =>
  Array.from({ length: count }, (_, i) => `export const ${word}${i} = ${i}\n`).join('')

// Two days apart from 2026-10-02 10:00: steps 8 to 11 fall in the report window.
const STEPS: Step[] = [
  {
    message: 'Initial commit',
    files: {
      'README.md': '# Shop\n',
      '.github/CODEOWNERS': CODEOWNERS,
      'src/api/server.ts': lines(5, 'server'),
      'src/web/page.ts': lines(5, 'page')
    }
  },
  {
    message: 'docs: the API',
    files: { 'docs/api.md': `# API\n\n${'How it works.\n'.repeat(20)}` }
  },
  { message: 'API: more', files: { 'src/api/server.ts': lines(12, 'server') } },
  { message: 'Web: more', files: { 'src/web/page.ts': lines(9, 'page') } },
  {
    message: 'Add CI',
    files: { '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n' }
  },
  { message: 'docs: the web app', files: { 'docs/web.md': `# Web\n\n${'Pages.\n'.repeat(20)}` } },
  { message: 'API: routes', files: { 'src/api/routes.ts': lines(8, 'route') } },
  { message: 'Web: tests', files: { 'src/web/page.test.ts': lines(4, 'check') } },
  { message: 'Web: rewrite', files: { 'src/web/page.ts': lines(30, 'view') } },
  { message: 'API: faster', files: { 'src/api/server.ts': lines(40, 'fast') } },
  {
    message: 'docs: API readme',
    files: { 'src/api/README.md': `# API\n\n${'Start here.\n'.repeat(20)}` }
  },
  {
    message: 'UI button',
    files: { 'packages/ui/button.ts': lines(15, 'button'), 'src/web/page.test.ts': lines(9, 'c') }
  }
]

const WINDOW: Window = { since: '2026-10-18T00:00:00.000Z', until: '2026-10-25T00:00:00.000Z' }
const NOW = new Date('2026-10-25T08:00:00.000Z')
const CONFIG = { ...DEFAULT_CONFIG, teams: true }

/** Changed lines per path in the window, read from git itself, not from Multiplier. */
function churnFromGit(repo: string, keep: (file: string) => boolean): Map<string, number> {
  const log = git(repo, [
    'log',
    '--numstat',
    '--format=',
    `--since=${WINDOW.since}`,
    `--until=${WINDOW.until}`
  ])
  const byArea = new Map<string, number>()
  for (const line of log.trim().split('\n').filter(Boolean)) {
    const [added = '0', deleted = '0', file = ''] = line.split('\t')
    if (!keep(file)) continue
    const area = file.split('/').slice(0, 2).join('/')
    byArea.set(area, (byArea.get(area) ?? 0) + Number(added) + Number(deleted))
  }
  return byArea
}

describe('insight: history, hotspots and teams', () => {
  let repo: string
  let server: LoopbackGitHub
  let fromGit: Report
  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-insight-'))
    buildRepo(repo, STEPS)
    server = await LoopbackGitHub.start()
    installPulls(server, {
      owner: 'octo',
      name: 'shop',
      defaultBranch: 'main',
      codeowners: CODEOWNERS,
      pulls: pullsFromCommits(repo, STEPS),
      commits: [],
      gitDir: repo
    })
    fromGit = await runReport({
      source: gitSource({ repoPath: repo }),
      config: CONFIG,
      window: WINDOW,
      now: NOW
    })
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(repo, { recursive: true, force: true })
  })

  it('scores every window of the history as a report over that window alone would', async () => {
    const history = fromGit.history ?? []
    expect(history.map(entry => entry.window)).toEqual(historyWindows(WINDOW, 6))
    expect(history.at(-1)).toEqual({
      window: WINDOW,
      index: fromGit.index,
      interval: fromGit.indexInterval,
      confidence: fromGit.confidence,
      changes: fromGit.totals.changes,
      botChanges: fromGit.totals.botChanges,
      documentation: fromGit.categories.documentation.score,
      automation: fromGit.categories.automation.score,
      patterns: fromGit.categories.patterns.score,
      // The history's last row against the one before it is the report's own trend.
      direction: fromGit.direction
    })
    for (const entry of history.slice(0, -1)) {
      const alone = await runReport({
        source: gitSource({ repoPath: repo }),
        config: { ...DEFAULT_CONFIG, history: 0 },
        window: entry.window,
        now: NOW
      })
      expect(alone.history).toBeUndefined()
      expect([entry.index, entry.changes, entry.documentation, entry.automation]).toEqual([
        alone.index,
        alone.totals.changes,
        alone.categories.documentation.score,
        alone.categories.automation.score
      ])
    }
    // The history is built to move: not every window scores the same.
    expect(new Set(history.map(entry => entry.index)).size).toBeGreaterThan(2)
  })

  it('finds the areas whose code churned while their docs did not, with git’s line counts', () => {
    const code = churnFromGit(repo, file => file.endsWith('.ts') && !file.includes('.test.'))
    const hotspots = fromGit.hotspots ?? []
    // src/api changed most, but its README changed in the window too: it is not a hotspot.
    expect(code.get('src/api')).toBeGreaterThan(code.get('src/web') ?? 0)
    expect(hotspots.map(hotspot => hotspot.path)).toEqual(['src/web', 'packages/ui'])
    expect(hotspots.map(hotspot => hotspot.churn)).toEqual([
      code.get('src/web'),
      code.get('packages/ui')
    ])
    const docsWeb = git(repo, ['log', '-1', '--format=%cI', '--', 'docs/web.md']).trim()
    expect(hotspots[0]).toMatchObject({
      changes: 1,
      people: 1,
      docsLastChanged: new Date(docsWeb).toISOString()
    })
    expect(hotspots[1]?.docsLastChanged).toBeNull()
  })

  it('counts the changes of the teams CODEOWNERS names, too few to score, never a person', async () => {
    const { changes: classified } = await gitSource({ repoPath: repo }).collect(WINDOW, context =>
      createClassifier(DEFAULT_CONFIG.rules, context)
    )
    const touching = (prefix: string): ScoredChange[] =>
      classified.filter(c => c.files.some(file => file.path.startsWith(prefix)))
    const expected = (team: string, changes: ScoredChange[]) => ({
      team,
      changes: changes.length,
      index: null,
      reason: `fewer than ${MIN_TEAM_CHANGES} changes: too few to score`
    })
    const teams = fromGit.teams ?? []
    expect(
      teams.map(({ team, changes, index, reason }) => ({ team, changes, index, reason }))
    ).toEqual([
      expected('@octo/api', touching('src/api/')),
      expected('@octo/everyone', touching('packages/')),
      expected('@octo/web', touching('src/web/'))
    ])
    // docs/* changed only before the window; people named in CODEOWNERS are never scored.
    expect(JSON.stringify(teams)).not.toMatch(/mona|@octo\/docs/)
    // The previous window had web changes, but a trend needs both windows scored.
    expect(teams.find(team => team.team === '@octo/web')?.previousIndex).toBeNull()
  })

  it('reads the same history, hotspots and teams through the GitHub API in one listing', async () => {
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })
    const fromApi = await runReport({
      source: githubSource({ client, repository: 'octo/shop' }),
      config: CONFIG,
      window: WINDOW,
      now: NOW
    })
    expect(server.graphqlErrors).toEqual([])
    const listings = server.graphqlCalls.filter(call => call.query.includes('ListMergedPulls'))
    expect(listings).toHaveLength(1)
    expect(fromApi.history).toEqual(fromGit.history)
    expect(fromApi.hotspots).toEqual(fromGit.hotspots)
    expect(fromApi.teams).toEqual(fromGit.teams)
  })

  it('shows the chart, the hotspots and the teams in the markdown, teams as code', () => {
    const markdown = renderMarkdown(fromGit)
    const chart =
      /```mermaid\n%%\{init: .*\}%%\nxychart-beta\n([\s\S]*?)```/.exec(markdown)?.[1] ?? ''
    // Windows with no activity are gaps, not points: the lines hold the active windows only.
    const shown = (fromGit.history ?? []).filter(entry => entry.changes > 0)
    expect(shown.length).toBeGreaterThanOrEqual(2)
    expect(chart).toContain(`line [${shown.map(entry => entry.index).join(', ')}]`)
    expect(chart).toContain(`line [${shown.map(entry => entry.patterns).join(', ')}]`)
    const hotspots = markdown.split('### Docs-debt hotspots')[1]?.split('###')[0] ?? ''
    for (const hotspot of fromGit.hotspots ?? []) {
      expect(hotspots).toContain(`| \`${hotspot.path}\` | ${hotspot.churn} |`)
    }
    const teams = markdown.split('### Teams')[1]?.split('###')[0] ?? ''
    expect(teams).toContain('| `@octo/web` |')
    // A bare @org/team in an issue or a comment would notify the team.
    expect(markdown).not.toMatch(/(^|[^`])@octo\//m)
  })

  it('leaves the history out with --history 0 and refuses a bad --history', async () => {
    const io = (out: { text: string }) => ({
      stdout: { write: (text: string) => (out.text += text) },
      stderr: { write: (text: string) => (out.text += text) },
      cwd: repo,
      env: { GIT_CONFIG_NOSYSTEM: '1' },
      now: () => NOW
    })
    const window = ['--since', '2026-10-18', '--until', '2026-10-24']
    const off = { text: '' }
    expect(await main(['report', ...window, '--history', '0', '--format', 'json'], io(off))).toBe(0)
    const json = JSON.parse(off.text) as Record<string, unknown>
    expect(json.history).toBeUndefined()
    expect(json.teams).toBeUndefined()
    expect(Object.keys(json).indexOf('hotspots')).toBeLessThan(Object.keys(json).indexOf('changes'))
    const teams = { text: '' }
    const args = ['report', ...window, '--history', '3', '--teams', '--format', 'json']
    expect(await main(args, io(teams))).toBe(0)
    const withTeams = JSON.parse(teams.text) as Report
    expect(withTeams.history).toHaveLength(3)
    expect(withTeams.teams?.map(team => team.team)).toEqual(fromGit.teams?.map(team => team.team))
    const bad = { text: '' }
    expect(await main(['report', '--history', '3.5'], io(bad))).toBe(2)
    expect(bad.text).toContain('--history must be a whole number from 0 to 52, not "3.5"')
  })

  it('serves from a shallow clone the windows of history it holds, and says so', async () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-insight-shallow-'))
    try {
      git(clone, ['clone', '-q', '--shallow-since=2026-10-09', `file://${repo}`, 'shop'])
      let out = ''
      const code = await main(
        ['report', '--since', '2026-10-18', '--until', '2026-10-24', '--format', 'json'],
        {
          stdout: { write: (text: string) => (out += text) },
          stderr: { write: (text: string) => (out += text) },
          cwd: path.join(clone, 'shop'),
          env: { GIT_CONFIG_NOSYSTEM: '1' },
          now: () => NOW
        }
      )
      expect(code).toBe(0)
      const report = JSON.parse(out) as Report
      // The clone reaches back past 2026-10-11, the previous window's start, not to 2026-10-04.
      expect(report.history?.map(entry => entry.window)).toEqual(historyWindows(WINDOW, 2))
      // The same rows, but the first has no window before it here to be compared with.
      const [first, ...rest] = fromGit.history?.slice(-2) ?? []
      expect(report.history).toEqual([{ ...first, direction: null }, ...rest])
      // Said once, though the CLI cut the history and the engine read the windows held.
      expect(report.notes.filter(note => note === shortHistoryNote(2, 6))).toHaveLength(1)
      expect(report.notes.filter(note => note.startsWith("The clone's history"))).toHaveLength(1)
    } finally {
      fs.rmSync(clone, { recursive: true, force: true })
    }
  })

  it('nudges a pull request that changes a hotspot without docs, and only then', () => {
    const hotspots = (fromGit.hotspots ?? []).map(hotspot => hotspot.path)
    const pull = (files: Change['files']): ClassifiedChange => ({
      ...change({ id: '7', kind: 'pull_request', files }),
      categories: [],
      reasons: [],
      authorIsBot: false
    })
    const edit = { status: 'modified' as const, additions: 5, deletions: 1 }
    const hot = nudgesFor(pull([{ path: 'src/web/page.ts', ...edit }]), {
      ...DEFAULT_NUDGE_OPTIONS,
      hotspots
    })
    expect(hot).toEqual([{ id: 'hotspot-without-docs', files: ['src/web/page.ts'] }])
    const cool = nudgesFor(pull([{ path: 'src/api/server.ts', ...edit }]), {
      ...DEFAULT_NUDGE_OPTIONS,
      hotspots
    })
    expect(cool).toEqual([])
    const documented = pull([{ path: 'src/web/page.ts', ...edit }])
    documented.categories = ['documentation']
    expect(nudgesFor(documented, { ...DEFAULT_NUDGE_OPTIONS, hotspots })).toEqual([])
    const comment = renderPullRequestComment({
      change: pull([]),
      nudges: hot,
      headSha: 'a'.repeat(40)
    })
    expect(comment).toContain('docs-debt hotspot')
  })

  it('refuses a history or teams key of the wrong kind, naming the key', () => {
    const problems = (text: string): string[] => {
      try {
        parseConfigLayer(text, '.github/multiplier.yml')
        return []
      } catch (error) {
        return (error as ConfigError).problems.map(problem => `${problem.key}: ${problem.message}`)
      }
    }
    expect(problems('history: 60\nteams: yes\n')).toEqual([
      'history: must be at most 52 (got 60)',
      "teams: must be true or false (got 'yes')"
    ])
    expect(parseConfigLayer('history: 0\nteams: true\n', 'f.yml')).toMatchObject({
      history: 0,
      teams: true
    })
  })
})

describe('insight: areas and CODEOWNERS', () => {
  it('cuts a path to its package, or to two levels under a source root, or to two levels', () => {
    expect(
      [
        'packages/api/src/deep/x.ts',
        'src/collect/git.ts',
        'src/a/b/c/d.ts',
        'server/api/v1/x.go',
        'main.go'
      ].map(codeArea)
    ).toEqual(['packages/api', 'src/collect', 'src/a/b', 'server/api', '.'])
  })

  it('lets a docs page touch the folders above it and, inside docs/, the areas it is named after', () => {
    expect(docsKeys('src/collect/README.md')).toEqual(['src', 'src/collect'])
    expect(docsKeys('docs/guides/collect.md')).toEqual([
      'docs',
      'docs/guides',
      'name:guides',
      'name:collect'
    ])
    expect(docsKeys('README.md')).toEqual(['.'])
  })

  it('reads teams as GitHub does: last match wins, folders own what is below, docs/* one level', () => {
    const rules = parseCodeowners(CODEOWNERS)
    expect(teamsOwning(rules, 'src/api/deep/x.ts')).toEqual(['@octo/api'])
    expect(teamsOwning(rules, 'lib/x.ts')).toEqual(['@octo/everyone'])
    expect(teamsOwning(rules, 'docs/a.md')).toEqual(['@octo/docs'])
    expect(teamsOwning(rules, 'docs/deep/a.md')).toEqual(['@octo/everyone'])
    expect(teamsOwning(parseCodeowners('*.md @ada\n'), 'README.md')).toEqual([])
  })
})
