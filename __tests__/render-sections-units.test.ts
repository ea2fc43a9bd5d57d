// The small report sections a lead reads below the headline (reach, teams, hotspots), the repos
// mode summary and the insight views' JSON order, each built from in-memory values: the exact
// words for a given input, both sides of every condition, escaping and what is left out.
import { describe, expect, it } from '@jest/globals'
import type { Hotspot, ListedRepository, ReachItem, TeamScore } from '../src/model.js'
import { renderDiscovery } from '../src/render/discovery.js'
import { hotspotLines } from '../src/render/hotspots.js'
import { orderInsight } from '../src/render/insight-json.js'
import { reachLines } from '../src/render/reach.js'
import { teamLines } from '../src/render/teams.js'
import { sampleReport } from './support/reports.js'

const base = { change: 'abc1234', present: true as boolean | null }

function reachOf(...items: ReachItem[]): string[] {
  return reachLines(sampleReport('o/r', 50, 10, { reach: items }), '###')
}

/** The one item line of a section with a single item. */
function itemLine(item: ReachItem): string {
  const line = reachOf(item).find(text => text.startsWith('- '))
  if (line === undefined) throw new Error('no item line')
  return line
}

describe('render/reach', () => {
  it('leaves the section out when the report has no reach items or none at all', () => {
    expect(reachLines(sampleReport('o/r', 50, 10), '###')).toEqual([])
    expect(reachOf()).toEqual([])
  })

  it('folds one item under a singular count with its heading, and closes the fold', () => {
    const lines = reachOf({ ...base, path: 'src/util.ts', kind: 'shared-module', importers: 1 })
    expect(lines).toEqual([
      '### Reach',
      '',
      '<details><summary>How far 1 pattern and automation change of the window reaches</summary>',
      '',
      '- `src/util.ts` (shared module): imported by 1 file',
      '',
      '</details>',
      ''
    ])
  })

  it('counts two items in the plural, in the order given', () => {
    const lines = reachOf(
      { ...base, path: 'b.ts', kind: 'shared-module', importers: 2, importersAtIntroduction: 0 },
      { ...base, path: 'a.ts', kind: 'shared-module', importers: 0 }
    )
    expect(lines[2]).toBe(
      '<details><summary>How far 2 pattern and automation changes of the window reach</summary>'
    )
    expect(lines.filter(line => line.startsWith('- '))).toEqual([
      '- `b.ts` (shared module): imported by 2 files (0 when it was introduced)',
      '- `a.ts` (shared module): imported by 0 files'
    ])
  })

  it('says when the file is gone or unknown, before any kind-specific figure', () => {
    expect(
      itemLine({ ...base, present: false, path: 'x.ts', kind: 'shared-module', importers: 3 })
    ).toBe('- `x.ts` (shared module): gone from the tree at the window’s end')
    expect(
      itemLine({
        ...base,
        present: null,
        path: '.github/workflows/ci.yml',
        kind: 'workflow',
        triggers: ['push'],
        push: true,
        pullRequest: false
      })
    ).toBe(
      '- `.github/workflows/ci.yml` (workflow): unknown: GitHub listed the tree only in part ' +
        '(truncated), and not this file'
    )
  })

  const lint = (ci: boolean, hook: boolean, runBy: string[], tool = 'eslint'): ReachItem => ({
    ...base,
    path: '.eslintrc.json',
    kind: 'lint-config',
    tool,
    ci,
    hook,
    runBy
  })

  it('names who runs a lint config: CI, a hook, both or neither', () => {
    expect(itemLine(lint(false, false, []))).toBe(
      '- `.eslintrc.json` (lint/format config): eslint is run by no CI workflow or git hook'
    )
    expect(itemLine(lint(true, false, ['ci.yml']))).toBe(
      '- `.eslintrc.json` (lint/format config): eslint is run by CI (`ci.yml`)'
    )
    expect(itemLine(lint(false, true, ['.husky/pre-commit']))).toContain(
      'eslint is run by a git hook (`.husky/pre-commit`)'
    )
    expect(itemLine(lint(true, true, ['a.yml', 'b.yml']))).toContain(
      'eslint is run by CI and a git hook (`a.yml`, `b.yml`)'
    )
  })

  it('lists two runners in full and says how many more past two', () => {
    expect(itemLine(lint(true, false, ['a.yml', 'b.yml', 'c.yml']))).toContain(
      '(`a.yml`, `b.yml`, +1 more)'
    )
    expect(itemLine(lint(true, false, ['a.yml', 'b.yml', 'c.yml', 'd.yml']))).toContain(
      '(`a.yml`, `b.yml`, +2 more)'
    )
  })

  it('escapes a hostile tool name so it mentions nobody', () => {
    expect(itemLine(lint(false, false, [], '@everyone <b>'))).toBe(
      '- `.eslintrc.json` (lint/format config): `@everyone` \\<b> is run by no CI workflow or git hook'
    )
  })

  const workflow = (triggers: string[], push: boolean, pullRequest: boolean): ReachItem => ({
    ...base,
    path: 'w.yml',
    kind: 'workflow',
    triggers,
    push,
    pullRequest
  })

  it('lists a workflow’s triggers and says when it runs on neither push nor pull requests', () => {
    expect(itemLine(workflow([], false, false))).toBe(
      '- `w.yml` (workflow): no trigger read from its `on:`'
    )
    expect(itemLine(workflow(['push', 'pull_request'], true, true))).toBe(
      '- `w.yml` (workflow): runs on `push`, `pull_request`'
    )
    expect(itemLine(workflow(['push'], true, false))).toBe('- `w.yml` (workflow): runs on `push`')
    expect(itemLine(workflow(['pull_request'], false, true))).toBe(
      '- `w.yml` (workflow): runs on `pull_request`'
    )
    expect(itemLine(workflow(['schedule'], false, false))).toBe(
      '- `w.yml` (workflow): runs on `schedule` — not on push or pull requests'
    )
  })

  const owners = (entries: number, coverage: number): ReachItem => ({
    ...base,
    path: 'CODEOWNERS',
    kind: 'codeowners',
    entries,
    coveredFiles: 37,
    treeFiles: 80,
    coverage
  })

  it('gives CODEOWNERS coverage as a percentage, with one entry or many', () => {
    expect(itemLine(owners(1, 0.4625))).toBe(
      '- `CODEOWNERS` (code owners): 1 entry covers 46% of the tree (37 of 80 files)'
    )
    expect(itemLine(owners(3, 0.4675))).toBe(
      '- `CODEOWNERS` (code owners): 3 entries cover 47% of the tree (37 of 80 files)'
    )
  })
})

function team(name: string, overrides: Partial<TeamScore> = {}): TeamScore {
  return {
    team: name,
    changes: 25,
    botChanges: 0,
    index: 60,
    documentation: 55,
    automation: 65,
    patterns: 70,
    previousIndex: null,
    ...overrides
  }
}

describe('render/teams', () => {
  it('leaves the section out without team data, and says so when no team’s files changed', () => {
    expect(teamLines(undefined)).toEqual([])
    expect(teamLines([])).toEqual([
      '_No change in this window touched files that CODEOWNERS gives to a team._'
    ])
  })

  it('explains the scores, the minimum and that the order is no ranking, then the table', () => {
    const lines = teamLines([team('@org/web', { previousIndex: 50 })])
    expect(lines[0]).toContain('the report’s formula without its pull toward 50')
    expect(lines[0]).toContain('A team with fewer than 20 changes in the window gets no score.')
    expect(lines[0]).toContain('Teams are listed by name; this is not a ranking.')
    expect(lines.slice(1)).toEqual([
      '',
      '| Team | Changes | Index | Trend | Documentation | Automation | Patterns |',
      '| --- | ---: | ---: | :---: | ---: | ---: | ---: |',
      '| `@org/web` | 25 | **60** | ▲ +10 | 55 | 65 | 70 |'
    ])
  })

  it('shows a fall, no trend without a previous index, and dashes for missing categories', () => {
    const lines = teamLines([
      team('@org/a', { index: 40, previousIndex: 45 }),
      team('@org/b', { documentation: null, automation: null, patterns: null })
    ])
    expect(lines.slice(-2)).toEqual([
      '| `@org/a` | 25 | **40** | ▼ −5 | 55 | 65 | 70 |',
      '| `@org/b` | 25 | **60** | — | — | — | — |'
    ])
  })

  it('gives an unscored team its reason, or "no score" without one', () => {
    const lines = teamLines([
      team('@org/few', { changes: 3, index: null, reason: 'too few changes' }),
      team('@org/none', { changes: 2, index: null })
    ])
    expect(lines.slice(-2)).toEqual([
      '| `@org/few` | 3 | _too few changes_ | — | — | — | — |',
      '| `@org/none` | 2 | _no score_ | — | — | — | — |'
    ])
  })

  it('escapes a team name with a pipe so the row keeps its cells', () => {
    const lines = teamLines([team('@org/a|b')])
    expect(lines.at(-1)).toBe('| `@org/a\\|b` | 25 | **60** | — | 55 | 65 | 70 |')
  })

  it('adds a bot column and its sentence only when some team has bot changes', () => {
    const without = teamLines([team('@org/a'), team('@org/b')])
    expect(without.join('\n')).not.toContain('Bot changes')
    const lines = teamLines([team('@org/a'), team('@org/b', { botChanges: 1 })])
    expect(lines[2]).toBe(
      '| Team | Changes | Bot changes | Index | Trend | Documentation | Automation | Patterns |'
    )
    expect(lines[3]).toBe('| --- | ---: | ---: | ---: | :---: | ---: | ---: | ---: |')
    expect(lines[4]).toBe('| `@org/a` | 25 | 0 | **60** | — | 55 | 65 | 70 |')
    expect(lines[5]).toBe('| `@org/b` | 25 | 1 | **60** | — | 55 | 65 | 70 |')
    expect(lines.slice(-2)).toEqual([
      '',
      'Bot changes are counted apart, as in the report’s headline, and left out of the scores ' +
        '(`score.bots: include` counts them).'
    ])
  })

  it('says bots are counted in the scores when the report counts them', () => {
    const lines = teamLines([team('@org/a', { botChanges: 2 })], true)
    expect(lines.at(-1)).toBe(
      'Bot changes are counted in Changes and in the scores (`score.bots: include`); the Bot ' +
        'changes column says how many of them were by bots.'
    )
  })
})

function hotspot(path: string, churn: number, docsLastChanged: string | null = null): Hotspot {
  return {
    path,
    churn,
    changes: 4,
    people: 2,
    docsLastChanged,
    docsReadSince: '2024-01-15T10:00:00Z'
  }
}

describe('render/hotspots', () => {
  it('leaves the section out without hotspots', () => {
    expect(hotspotLines(undefined)).toEqual([])
    expect(hotspotLines([])).toEqual([])
  })

  it('explains what an area is, then one row per area with the docs day or how far back', () => {
    const lines = hotspotLines([
      hotspot('src/collect', 420, '2024-03-02T08:00:00Z'),
      hotspot('packages/api', 90)
    ])
    expect(lines[0]).toBe(
      'Code areas with the most changed lines in this window and no documentation change ' +
        'touching them (a doc inside the area, or a docs page named after it). Tests, fixtures, ' +
        'playgrounds, examples, benchmarks, generated and vendored files are not areas, and a ' +
        'licence text or a changelog is not a documentation change:'
    )
    expect(lines.slice(1)).toEqual([
      '',
      '| Area | Changed lines | Changes | People | Docs last changed |',
      '| --- | ---: | ---: | ---: | --- |',
      '| `src/collect` | 420 | 4 | 2 | 2024-03-02 |',
      '| `packages/api` | 90 | 4 | 2 | none since 2024-01-15 |'
    ])
  })

  it('shows five areas at most, the first five', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((name, order) => hotspot(name, 100 - order))
    const rows = hotspotLines(many).filter(line => line.startsWith('| `'))
    expect(rows.map(row => row.split(' ')[1])).toEqual(['`a`', '`b`', '`c`', '`d`', '`e`'])
    expect(hotspotLines(many.slice(0, 5)).filter(line => line.startsWith('| `'))).toHaveLength(5)
  })

  it('escapes a pipe in an area path', () => {
    expect(hotspotLines([hotspot('a|b', 1)]).at(-1)).toContain('| `a\\|b` |')
  })
})

function repository(name: string, archived = false, fork = false): ListedRepository {
  return { fullName: `acme/${name}`, archived, fork, topics: [] }
}

const keepNone = { includeArchived: false, includeForks: false, names: [], topics: [] }

describe('render/discovery', () => {
  const listed = [
    repository('a'),
    repository('b', true),
    repository('c', false, true),
    repository('d', true, true),
    repository('e', true)
  ]

  it('counts what the filters left out and names the repositories kept, in chunks', () => {
    const text = renderDiscovery('acme', listed, ['acme/a'], [['acme/a']], keepNone)
    expect(text.split('\n')).toEqual([
      '## Multiplier: repositories of acme',
      '',
      '**1** of 5 repositories kept (3 archived left out; 2 forks left out), in 1 chunk of up to 1.',
      '',
      '`acme/a`',
      ''
    ])
  })

  it('says archived and forks kept, lists name and topic filters, and chunks in the plural', () => {
    const text = renderDiscovery(
      'acme',
      listed,
      ['acme/a', 'acme/b', 'acme/c'],
      [['acme/a', 'acme/b'], ['acme/c']],
      {
        includeArchived: true,
        includeForks: true,
        names: ['web-*', '!web-old'],
        topics: ['go', 'cli']
      }
    )
    expect(text).toContain(
      '**3** of 5 repositories kept (archived kept; forks kept; names `web-*`, `!web-old`; ' +
        'topics `go`, `cli`), in 2 chunks of up to 2.'
    )
    expect(text).toContain('\n`acme/a`, `acme/b`, `acme/c`\n')
  })

  it('says "None" with nothing kept, and 0 chunks of up to 0', () => {
    const text = renderDiscovery('acme', [], [], [], keepNone)
    expect(text).toContain('**0** of 0 repositories kept (0 archived left out; 0 forks left out), ')
    expect(text).toContain('in 0 chunks of up to 0.')
    expect(text).toContain('\n_None._\n')
  })

  it('names the first hundred and counts the rest', () => {
    const names = Array.from({ length: 102 }, (_, order) => `acme/r${order}`)
    const text = renderDiscovery('acme', [], names, [names], keepNone)
    const list = text.split('\n')[4]!
    expect(list.startsWith('`acme/r0`, `acme/r1`,')).toBe(true)
    expect(list).toContain('`acme/r99` and 2 more')
    expect(list).not.toContain('acme/r100')
    const hundred = renderDiscovery('acme', [], names.slice(0, 100), [names], keepNone)
    expect(hundred.split('\n')[4]).toMatch(/`acme\/r99`$/)
  })

  it('escapes a hostile owner in the heading', () => {
    const text = renderDiscovery('@team <x>', [], [], [], keepNone)
    expect(text.split('\n')[0]).toBe('## Multiplier: repositories of `@team` \\<x>')
  })
})

describe('render/insight-json', () => {
  it('orders the views and their keys, and keeps a team’s reason only when it has one', () => {
    const report = sampleReport('o/r', 50, 10, {
      teams: [{ ...team('@org/a'), reason: 'few', previousIndex: 3 }, team('@org/b')],
      hotspots: [{ ...hotspot('src', 5) }]
    })
    const ordered = orderInsight(report)
    expect(Object.keys(ordered)).toEqual(
      report.history ? ['history', 'hotspots', 'teams'] : ['hotspots', 'teams']
    )
    const teams = ordered.teams as TeamScore[]
    expect(Object.keys(teams[0]!)).toEqual([
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
    expect(teams[0]!.reason).toBe('few')
    expect('reason' in teams[1]!).toBe(false)
  })
})
