// Per-team scores without false rankings: no score below the minimum sample, no reward for a
// small sample, rows in name order, and the headline's count of changes (bots apart) — on a
// real git history read by the engine, held to what `git log` says, and on direct inputs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gitSource } from '../src/collect/git.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { compareTeamNames, MIN_TEAM_CHANGES, scoreTeam } from '../src/insight/teams.js'
import type { CategoryId, Report, ScoredChange, TeamScore, Window } from '../src/model.js'
import { renderJson } from '../src/render/json.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { teamLines } from '../src/render/teams.js'
import { previousWindow } from '../src/window.js'
import { classified, person } from './support/fake-source.js'
import { buildRepo, git, type Step } from './support/history.js'

const CODEOWNERS = [
  '* @octo/everyone',
  '/src/api/ @octo/web-api',
  '/src/web/ @octo/web',
  '/src/billing/ @octo/Billing',
  ''
].join('\n')

const HOURS_APART = 10
const lines = (count: number, word: string): string =>
  Array.from({ length: count }, (_, i) => `export const ${word}${i} = ${i}\n`).join('')

/**
 * `count` steps for one team's folder, each writing a file no other step writes (so none is an
 * empty commit); every `docsEvery`-th writes a page of the team's docs instead.
 */
function teamSteps(
  folder: string,
  count: number,
  { tag, docsEvery = 0, bot }: { tag: string; docsEvery?: number; bot?: string }
): Step[] {
  return Array.from({ length: count }, (_, i) => {
    const docs = docsEvery > 0 && i % docsEvery === 0
    const name = `${tag}${bot ? 'bot' : ''}${i}`
    const file = docs ? `src/${folder}/docs/${name}.md` : `src/${folder}/${name}.ts`
    const text = docs ? `# ${folder}\n\n${'How it works.\n'.repeat(i + 2)}` : lines(i + 3, folder)
    if (bot) return { message: `chore(deps): ${folder} ${i}`, files: { [file]: text }, bot }
    return { message: `${folder}: change ${i}`, files: { [file]: text } }
  })
}

/** Round-robin, so each team's changes spread over the whole window. */
function interleave(...groups: Step[][]): Step[] {
  const steps: Step[] = []
  for (let i = 0; i < Math.max(...groups.map(group => group.length)); i++) {
    for (const group of groups) if (group[i]) steps.push(group[i] as Step)
  }
  return steps
}

const INITIAL: Step = {
  message: 'Initial commit',
  files: {
    '.github/CODEOWNERS': CODEOWNERS,
    'README.md': '# Shop\n'
  }
}
// The previous window: the API team scored (20), the web team not (5).
const BEFORE = [
  INITIAL,
  ...interleave(
    teamSteps('api', 20, { tag: 'before', docsEvery: 4 }),
    teamSteps('web', 5, { tag: 'before' })
  )
]
// The report's window: API 25, billing exactly the minimum (20), web one short (19) plus bots.
const NOW = interleave(
  teamSteps('api', 25, { tag: 'now', docsEvery: 5 }),
  teamSteps('billing', MIN_TEAM_CHANGES, { tag: 'now', docsEvery: 10 }),
  teamSteps('web', MIN_TEAM_CHANGES - 1, { tag: 'now', docsEvery: 6 }),
  teamSteps('web', 3, { tag: 'now', bot: 'renovate[bot]' })
)
const FIRST = Date.UTC(2026, 9, 2, 10)
const at = (step: number): number => FIRST + step * HOURS_APART * 3_600_000
const WINDOW: Window = {
  since: new Date(at(BEFORE.length) - 3_600_000).toISOString(),
  until: new Date(at(BEFORE.length + NOW.length)).toISOString()
}

describe('insight: teams', () => {
  let repo: string
  let report: Report
  const reportWith = (bots: 'exclude' | 'include') =>
    runReport({
      source: gitSource({ repoPath: repo }),
      config: { ...DEFAULT_CONFIG, teams: true, score: { ...DEFAULT_CONFIG.score, bots } },
      window: WINDOW,
      now: new Date(WINDOW.until)
    })
  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-teams-'))
    buildRepo(repo, [...BEFORE, ...NOW], 2, HOURS_APART * 60)
    report = await reportWith('exclude')
  })
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }))

  /** Changes git lists under a folder in a window, people's and bots' apart. */
  function gitCounts(folder: string, window: Window): { people: number; bots: number } {
    const authors = git(repo, [
      'log',
      '--format=%an',
      `--since=${window.since}`,
      `--until=${window.until}`,
      '--',
      folder
    ])
      .split('\n')
      .filter(Boolean)
    const bots = authors.filter(name => name.endsWith('[bot]')).length
    return { people: authors.length - bots, bots }
  }

  it('lists teams by name, case-insensitively, not by score', () => {
    // GitHub's team names are case-insensitive: CODEOWNERS' `@octo/Billing` is `@octo/billing`.
    const names = (report.teams ?? []).map(team => team.team)
    expect(names).toEqual(['@octo/billing', '@octo/web', '@octo/web-api'])
    expect(['@o/web', '@o/B', '@o/a', '@o/b'].sort(compareTeamNames)).toEqual([
      '@o/a',
      '@o/B',
      '@o/b',
      '@o/web'
    ])
  })

  it('counts a team’s changes as the headline does, bots apart', () => {
    const teams = new Map((report.teams ?? []).map(team => [team.team, team]))
    const web = gitCounts('src/web', WINDOW)
    expect(web).toEqual({ people: MIN_TEAM_CHANGES - 1, bots: 3 })
    expect(teams.get('@octo/web')).toMatchObject({ changes: web.people, botChanges: web.bots })
    expect(teams.get('@octo/web-api')?.changes).toBe(gitCounts('src/api', WINDOW).people)
    // The headline counts the same way: the three teams' folders hold every change.
    const sum = [...teams.values()].reduce((total, team) => total + team.changes, 0)
    expect(report.totals.changes).toBe(sum)
    expect(report.bots.changes).toBe(3)
  })

  it('scores a team at the minimum and not one change below it, saying why', () => {
    const teams = new Map((report.teams ?? []).map(team => [team.team, team]))
    expect(teams.get('@octo/billing')?.changes).toBe(MIN_TEAM_CHANGES)
    expect(teams.get('@octo/billing')?.index).toEqual(expect.any(Number))
    expect(teams.get('@octo/web')).toMatchObject({
      index: null,
      documentation: null,
      automation: null,
      patterns: null,
      reason: `fewer than ${MIN_TEAM_CHANGES} changes: too few to score`,
      previousIndex: null
    })
  })

  it('counts bots in a team’s sample only with score.bots: include, as the headline does', async () => {
    const included = await reportWith('include')
    const web = included.teams?.find(team => team.team === '@octo/web')
    expect(web).toMatchObject({ changes: MIN_TEAM_CHANGES + 2, botChanges: 3 })
    expect(web?.index).toEqual(expect.any(Number))
    expect(renderMarkdown(included)).toContain('`score.bots: include`); the Bot changes column')
  })

  it('gives a trend only where both windows are scored', () => {
    const teams = new Map((report.teams ?? []).map(team => [team.team, team]))
    const previous = previousWindow(WINDOW)
    expect(gitCounts('src/api', previous).people).toBe(20)
    expect(gitCounts('src/billing', previous).people).toBe(0)
    expect(teams.get('@octo/web-api')?.previousIndex).toEqual(expect.any(Number))
    expect(teams.get('@octo/billing')?.previousIndex).toBeNull()
  })

  it('writes null scores with the reason into the JSON, in the contract’s order', () => {
    const json = JSON.parse(renderJson(report)) as { teams: Record<string, unknown>[] }
    const web = json.teams.find(team => team.team === '@octo/web') ?? {}
    expect(Object.keys(web)).toEqual([
      'team',
      'changes',
      'botChanges',
      'index',
      'documentation',
      'automation',
      'patterns',
      'reason',
      'previousIndex'
    ])
    expect(web.index).toBeNull()
    const api = json.teams.find(team => team.team === '@octo/web-api') ?? {}
    expect(Object.keys(api)).not.toContain('reason')
  })

  it('shows the reason in the table, the bots apart, and no ranking', () => {
    const section = renderMarkdown(report).split('### Teams')[1]?.split('###')[0] ?? ''
    const rows = section.split('\n').filter(line => line.startsWith('| `'))
    expect(rows.map(row => row.split(' | ')[0])).toEqual([
      '| `@octo/billing`',
      '| `@octo/web`',
      '| `@octo/web-api`'
    ])
    expect(rows[1]).toBe(
      `| \`@octo/web\` | ${MIN_TEAM_CHANGES - 1} | 3 | _fewer than ${MIN_TEAM_CHANGES} changes: ` +
        'too few to score_ | — | — | — | — |'
    )
    expect(section).toContain('| Team | Changes | Bot changes | Index |')
    expect(section).toContain('Bot changes are counted apart')
    expect(section).toContain('this is not a ranking')
  })
})

describe('insight: a team’s score and its sample size', () => {
  const WEEKS_4: Window = { since: '2026-11-02T00:00:00.000Z', until: '2026-11-30T00:00:00.000Z' }
  const PEOPLE = [person('Ada'), person('Grace'), person('Linus')]
  /** Blocks of ten changes, each block the same shares: 2 docs, 1 patterns, 7 output. */
  function team(blocks: number): ScoredChange[] {
    const count = blocks * 10
    const span = Date.parse(WEEKS_4.until) - Date.parse(WEEKS_4.since)
    return Array.from({ length: count }, (_, i) => {
      const categories: CategoryId[] =
        i % 10 < 2 ? ['documentation'] : i % 10 === 2 ? ['patterns'] : []
      const time = new Date(Date.parse(WEEKS_4.since) + ((i + 0.5) * span) / count).toISOString()
      return classified(categories, { time, author: PEOPLE[i % 3] as ScoredChange['author'] })
    })
  }
  const score = (changes: ScoredChange[]): TeamScore =>
    scoreTeam(
      { team: '@octo/t', now: changes, before: [] },
      { window: WEEKS_4, previous: previousWindow(WEEKS_4) },
      DEFAULT_CONFIG.score
    )

  it('never scores a category higher for fewer changes with the same shares', () => {
    const sizes = [1, 2, 3, 4, 6, 8, 10]
    const scores = sizes.map(blocks => score(team(blocks)))
    // Below the minimum (10 changes) nothing; from it on, scores.
    expect(scores[0]?.index).toBeNull()
    expect(scores.slice(1).every(scored => scored.index !== null)).toBe(true)
    for (const id of ['documentation', 'automation', 'patterns'] as const) {
      for (let small = 0; small < scores.length; small++) {
        for (let large = small + 1; large < scores.length; large++) {
          const [a, b] = [scores[small]?.[id] ?? null, scores[large]?.[id] ?? null]
          if (a === null) continue
          expect(b).not.toBeNull()
          expect(a).toBeLessThanOrEqual(b as number)
        }
      }
    }
    // No automation work gives 0 whatever the size: nothing pulls it toward 50.
    expect(scores.slice(1).map(scored => scored.automation)).toEqual(sizes.slice(1).map(() => 0))
  })

  it('takes 20 counted changes, one more than 19; bots are not counted toward it', () => {
    const twenty = team(2)
    expect(score(twenty.slice(0, MIN_TEAM_CHANGES - 1)).index).toBeNull()
    expect(score(twenty).index).toEqual(expect.any(Number))
    const withBot = [...twenty.slice(0, MIN_TEAM_CHANGES - 1), { ...twenty[19], authorIsBot: true }]
    expect(score(withBot as ScoredChange[])).toMatchObject({
      changes: 19,
      botChanges: 1,
      index: null
    })
  })

  it('says "no activity" for a team only bots touched', () => {
    const bots = team(1).map(change => ({ ...change, authorIsBot: true }))
    expect(score(bots)).toMatchObject({
      changes: 0,
      index: null,
      reason: expect.stringMatching(/^no activity/)
    })
    expect(teamLines([score(bots)]).join('\n')).toContain('_no activity: only bot changes')
  })
})
