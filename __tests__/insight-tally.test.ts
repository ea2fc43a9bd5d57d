// The insight tally on its own: changes folded in one by one, hotspots and teams read out. The
// edges of each rule: a docs change at the window's start and just before it, churn counted
// once per change, people without bots, the order and the limit of the list, and the teams of a
// renamed file's old path.
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { InsightTally } from '../src/insight/tally.js'
import type { Change, ClassifiedChange, RepoContext, Window } from '../src/model.js'
import { classified, person } from './support/fake-source.js'

const WINDOW: Window = { since: '2026-11-02T00:00:00.000Z', until: '2026-11-30T00:00:00.000Z' }
const PREVIOUS_START = '2026-10-05T00:00:00.000Z'
const IN_WINDOW = '2026-11-10T00:00:00.000Z'
const READ_SINCE = '2026-06-01T00:00:00.000Z'

type Files = Change['files']

/** A change of `files` at `time`, classified into nothing unless told. */
function edit(files: Files, overrides: Partial<ClassifiedChange> = {}): ClassifiedChange {
  return classified([], { time: IN_WINDOW, ...overrides, files })
}

const code = (path: string, additions = 1, deletions = 0): Files[number] => ({
  path,
  status: 'modified',
  additions,
  deletions
})

function tally(changes: ClassifiedChange[], context: RepoContext = {}, teams = false) {
  const insight = new InsightTally({ rules: DEFAULT_CONFIG.rules, window: WINDOW, teams })
  for (const change of changes) insight.add(change, change, context)
  return insight
}

describe('insight/tally: hotspots', () => {
  it('sums the added and deleted lines of an area’s code, counting a change once', () => {
    const [hotspot] = tally([
      edit([code('src/api/a.ts', 10, 5), code('src/api/b.ts', 3, 2)]),
      edit([{ path: 'src/api/c.ts', status: 'added', additions: 0, deletions: 0 }])
    ]).hotspots(READ_SINCE)
    expect(hotspot).toEqual({
      path: 'src/api',
      churn: 20,
      changes: 2,
      people: 1,
      docsLastChanged: null,
      docsReadSince: READ_SINCE
    })
  })

  it('counts the people who changed an area, bots not, each once', () => {
    const [hotspot] = tally([
      edit([code('src/api/a.ts')], { author: person('Ada') }),
      edit([code('src/api/a.ts')], { author: person('Ada') }),
      edit([code('src/api/a.ts')], { author: person('Grace') }),
      edit([code('src/api/a.ts')], { author: person('dependabot[bot]'), authorIsBot: true })
    ]).hotspots(READ_SINCE)
    expect(hotspot).toMatchObject({ changes: 4, people: 2, churn: 4 })
  })

  it('lists no area whose docs changed at the window’s start, and one whose docs changed just before', () => {
    const docs = (time: string) => edit([code('src/api/README.md')], { time })
    const churn = edit([code('src/api/a.ts')])
    expect(tally([docs(WINDOW.since), churn]).hotspots(READ_SINCE)).toEqual([])
    const before = new Date(Date.parse(WINDOW.since) - 1).toISOString()
    expect(tally([docs(before), churn]).hotspots(READ_SINCE)).toEqual([
      expect.objectContaining({ path: 'src/api', docsLastChanged: before })
    ])
    // The newest docs change counts, in whatever order the changes come.
    const older = '2026-09-01T00:00:00.000Z'
    for (const order of [
      [docs(older), docs(before)],
      [docs(before), docs(older)]
    ]) {
      expect(tally([...order, churn]).hotspots(READ_SINCE)[0]?.docsLastChanged).toBe(before)
    }
  })

  it('takes a docs page named after an area for its docs, and a comment-only edit of its code', () => {
    const churn = edit([code('src/api/a.ts')])
    expect(tally([edit([code('docs/api.md')]), churn]).hotspots(READ_SINCE)).toEqual([])
    const comment = edit([code('src/api/b.ts')], {
      categories: ['documentation'],
      reasons: [
        {
          category: 'documentation',
          file: 'src/api/b.ts',
          signal: 'diff:comment-only',
          detail: 'comments'
        }
      ]
    })
    expect(tally([comment, churn]).hotspots(READ_SINCE)).toEqual([])
    // The same reason in another category, or naming no file, documents nothing.
    const [reason] = comment.reasons
    for (const reasons of [
      [{ ...reason, category: 'patterns' }],
      [{ ...reason, file: undefined }]
    ] as ClassifiedChange['reasons'][]) {
      expect(tally([{ ...comment, reasons }, churn]).hotspots(READ_SINCE)).toHaveLength(1)
    }
  })

  it('counts only code churned in the window, and no area with no churn', () => {
    const old = edit([code('src/old/a.ts', 50)], { time: PREVIOUS_START })
    const empty = edit([code('src/empty/a.ts', 0, 0)])
    const tests = edit([code('src/api/a.test.ts', 40)])
    expect(tally([old, empty, tests]).hotspots(READ_SINCE)).toEqual([])
  })

  it('orders by churn, then changes, then path, and keeps the limit', () => {
    const hotspots = tally([
      edit([code('src/b/x.ts', 5)]),
      edit([code('src/a/x.ts', 5)]),
      edit([code('src/c/x.ts', 2)]),
      edit([code('src/c/y.ts', 3)]),
      edit([code('src/d/x.ts', 9)])
    ]).hotspots(READ_SINCE)
    expect(hotspots.map(spot => spot.path)).toEqual(['src/d', 'src/c', 'src/a', 'src/b'])
    const many = Array.from({ length: 12 }, (_, i) => edit([code(`src/m${i}/x.ts`, 20 - i)]))
    expect(tally(many).hotspots(READ_SINCE)).toHaveLength(10)
    expect(
      tally(many)
        .hotspots(READ_SINCE, 3)
        .map(spot => spot.churn)
    ).toEqual([20, 19, 18])
  })

  it('takes no test data or fixture for an area’s code or docs, and a showcase for its docs only', () => {
    const churn = edit([code('src/api/a.ts')])
    const fixtureDocs = edit([code('src/api/fixtures/README.md')])
    const fixtureCode = edit([code('src/web/fixtures/data.ts', 30)])
    expect(
      tally([churn, fixtureDocs, fixtureCode])
        .hotspots(READ_SINCE)
        .map(spot => spot.path)
    ).toEqual(['src/api'])
    const showcaseCode = edit([code('src/web/examples/demo.ts', 30)])
    expect(
      tally([churn, showcaseCode])
        .hotspots(READ_SINCE)
        .map(spot => spot.path)
    ).toEqual(['src/api'])
    // Benchmarks are code, but no area's.
    const benchmark = edit([code('benchmarks/run.ts', 30)])
    expect(
      tally([churn, benchmark])
        .hotspots(READ_SINCE)
        .map(spot => spot.path)
    ).toEqual(['src/api'])
    const showcaseDocs = edit([code('src/api/examples/README.md')])
    expect(tally([churn, showcaseDocs]).hotspots(READ_SINCE)).toEqual([])
    // A documentation reason naming a test file documents nothing.
    const testComment = edit([code('src/api/a.test.ts', 0, 0)], {
      categories: ['documentation'],
      reasons: [
        {
          category: 'documentation',
          file: 'src/api/a.test.ts',
          signal: 'diff:comment-only',
          detail: 'comments'
        }
      ]
    })
    expect(tally([testComment, churn]).hotspots(READ_SINCE)).toHaveLength(1)
  })

  it('breaks ties of churn and changes by path, whatever order the areas came in', () => {
    const areas = ['src/c', 'src/a', 'src/d', 'src/b'].map(area => edit([code(`${area}/x.ts`, 4)]))
    for (const order of [areas, [...areas].reverse(), [areas[2], areas[0], areas[3], areas[1]]]) {
      expect(
        tally(order as ClassifiedChange[])
          .hotspots(READ_SINCE)
          .map(spot => spot.path)
      ).toEqual(['src/a', 'src/b', 'src/c', 'src/d'])
    }
  })

  it('reads the roles again when a .gitattributes text comes after none', () => {
    const insight = new InsightTally({ rules: DEFAULT_CONFIG.rules, window: WINDOW, teams: false })
    const first = edit([code('src/gen/a.ts', 7)])
    insight.add(first, first, {})
    const second = edit([code('src/gen/a.ts', 5)])
    insight.add(second, second, { gitattributes: 'src/gen/** linguist-generated\n' })
    expect(insight.hotspots(READ_SINCE)).toEqual([
      expect.objectContaining({ churn: 7, changes: 1 })
    ])
  })

  it('reads the roles again when the .gitattributes text changes', () => {
    const insight = new InsightTally({ rules: DEFAULT_CONFIG.rules, window: WINDOW, teams: false })
    const first = edit([code('src/gen/a.ts', 7)])
    insight.add(first, first, { gitattributes: 'src/gen/** linguist-generated\n' })
    expect(insight.hotspots(READ_SINCE)).toEqual([])
    const second = edit([code('src/gen/a.ts', 7)])
    insight.add(second, second, {})
    expect(insight.hotspots(READ_SINCE)).toEqual([expect.objectContaining({ churn: 7 })])
  })
})

describe('insight/tally: teams', () => {
  const CODEOWNERS = '/src/api/ @octo/api\n/src/web/ @octo/web\n'

  it('gives a team the changes of its files in the window, and those of the previous one for its trend', () => {
    const now = Array.from({ length: 20 }, () => edit([code('src/api/a.ts')]))
    const before = Array.from({ length: 20 }, () =>
      edit([code('src/api/a.ts')], { time: PREVIOUS_START })
    )
    const older = edit([code('src/api/a.ts')], { time: '2026-09-01T00:00:00.000Z' })
    const teams = tally([...now, ...before, older], { codeowners: CODEOWNERS }, true).teams(
      DEFAULT_CONFIG.score
    )
    expect(teams).toEqual([
      expect.objectContaining({ team: '@octo/api', changes: 20, index: expect.any(Number) })
    ])
    expect(teams[0]?.previousIndex).toEqual(expect.any(Number))
  })

  it('counts a renamed file for the teams of both paths, and lists no team without a change now', () => {
    const moved = edit([
      { ...code('src/web/a.ts'), status: 'renamed', previousPath: 'src/api/a.ts' }
    ])
    const old = edit([code('src/api/b.ts')], { time: PREVIOUS_START })
    const teams = tally([moved, old], { codeowners: CODEOWNERS }, true).teams(DEFAULT_CONFIG.score)
    expect(teams.map(team => [team.team, team.changes])).toEqual([
      ['@octo/api', 1],
      ['@octo/web', 1]
    ])
    const onlyBefore = tally([old], { codeowners: CODEOWNERS }, true).teams(DEFAULT_CONFIG.score)
    expect(onlyBefore).toEqual([])
  })

  it('scores a team by the mean of its three scores, with no previous index without changes before', () => {
    const now = Array.from({ length: 20 }, (_, i) =>
      edit([code('src/api/a.ts')], {
        categories: i < 10 ? ['documentation', 'automation', 'patterns'] : [],
        author: person(['Ada', 'Grace'][i % 2] as string),
        time: new Date(Date.parse(WINDOW.since) + (i + 0.5) * 86_400_000).toISOString()
      })
    )
    const [team] = tally(now, { codeowners: CODEOWNERS }, true).teams(DEFAULT_CONFIG.score)
    const scores = [team?.documentation, team?.automation, team?.patterns] as number[]
    expect(scores.every(value => value > 0)).toBe(true)
    const mean = scores.reduce((total, value) => total + value, 0) / 3
    expect(Math.abs((team?.index ?? NaN) - mean)).toBeLessThanOrEqual(0.5)
    expect(team?.previousIndex).toBeNull()
  })

  it('says "no activity" for a team only bots touched', () => {
    const bots = Array.from({ length: 3 }, () =>
      edit([code('src/api/a.ts')], { author: person('ci[bot]'), authorIsBot: true })
    )
    const [team] = tally(bots, { codeowners: CODEOWNERS }, true).teams(DEFAULT_CONFIG.score)
    expect(team).toMatchObject({ team: '@octo/api', changes: 0, botChanges: 3, index: null })
    expect(team?.reason).toMatch(/^no activity: only bot changes/)
  })

  it('keeps no teams when asked not to, or without a CODEOWNERS file', () => {
    const change = edit([code('src/api/a.ts')])
    expect(tally([change], { codeowners: CODEOWNERS }, false).teams(DEFAULT_CONFIG.score)).toEqual(
      []
    )
    expect(tally([change], {}, true).teams(DEFAULT_CONFIG.score)).toEqual([])
  })

  it('reads a CODEOWNERS file again when its text changes', () => {
    const insight = new InsightTally({ rules: DEFAULT_CONFIG.rules, window: WINDOW, teams: true })
    const first = edit([code('src/api/a.ts')])
    insight.add(first, first, { codeowners: '* @octo/one\n' })
    const second = edit([code('src/api/a.ts')])
    insight.add(second, second, { codeowners: '* @octo/two\n' })
    expect(insight.teams(DEFAULT_CONFIG.score).map(team => [team.team, team.changes])).toEqual([
      ['@octo/one', 1],
      ['@octo/two', 1]
    ])
  })
})
