import { describe, expect, it } from '@jest/globals'
import { createClassifier } from '../src/classify/classify.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { shortHistoryNote } from '../src/insight/history.js'
import type { Change, RepoContext, Report, Window } from '../src/model.js'
import { FakeSource, change } from './support/fake-source.js'

const window: Window = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
const now = new Date('2024-05-31T08:00:00.000Z')

const docs = (time: string, id: string): Change =>
  change({
    id,
    time,
    title: 'Write the deployment guide',
    files: [{ path: 'docs/deploy.md', status: 'added', additions: 80, deletions: 0 }]
  })
const feature = (time: string, id: string): Change =>
  change({
    id,
    time,
    title: 'Add checkout button',
    files: [{ path: 'src/checkout.ts', status: 'modified', additions: 40, deletions: 3 }]
  })

describe('engine', () => {
  it('collects once over the previous and the current window when the history is off', async () => {
    const source = new FakeSource({ changes: [] })
    const report = await runReport({
      source,
      config: { ...DEFAULT_CONFIG, history: 0 },
      window,
      now
    })
    expect(source.calls.map(call => call.window)).toEqual([
      { since: '2024-04-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
    ])
    expect(report.history).toBeUndefined()
  })

  it('collects once over every window of the history, six by default', async () => {
    const source = new FakeSource({
      changes: [docs('2024-01-10T00:00:00.000Z', 'old'), feature('2024-05-02T00:00:00.000Z', 'new')]
    })
    const report = await runReport({ source, config: DEFAULT_CONFIG, window, now })
    expect(source.calls).toHaveLength(1)
    expect(source.calls[0]?.window).toEqual({
      since: new Date(Date.parse(window.since) - 5 * 30 * 86_400_000).toISOString(),
      until: window.until
    })
    const history = report.history ?? []
    expect(history).toHaveLength(6)
    expect(history.map(entry => entry.changes)).toEqual([0, 1, 0, 0, 0, 1])
    // The old docs change is scored in its own window only, not in the report's.
    expect(report.categories.documentation.changes).toBe(0)
    expect(history[1]?.documentation).toBeGreaterThan(report.categories.documentation.score ?? NaN)
    expect(history[5]?.documentation).toBe(report.categories.documentation.score)
    expect(history[5]?.index).toBe(report.index)
  })

  it('reads only the windows the source holds and says once that the history is short', async () => {
    const source = new FakeSource({ changes: [feature('2024-05-02T00:00:00.000Z', 'new')] })
    const report = await runReport({ source, config: DEFAULT_CONFIG, window, now, historyHeld: 3 })
    expect(source.calls.map(call => call.window.since)).toEqual([
      new Date(Date.parse(window.since) - 2 * 30 * 86_400_000).toISOString()
    ])
    expect(report.history).toHaveLength(3)
    const short = report.notes.filter(note => note.startsWith("The clone's history covers"))
    expect(short).toEqual([shortHistoryNote(3, 6)])
  })

  it('says nothing of the history when the source holds every window asked for', async () => {
    const source = new FakeSource({ changes: [feature('2024-05-02T00:00:00.000Z', 'new')] })
    const held = await runReport({ source, config: DEFAULT_CONFIG, window, now, historyHeld: 6 })
    const more = await runReport({ source, config: DEFAULT_CONFIG, window, now, historyHeld: 9 })
    for (const report of [held, more]) {
      expect(report.history).toHaveLength(6)
      expect(report.notes.some(note => note.startsWith("The clone's history covers"))).toBe(false)
    }
  })

  it('splits the changes into the two windows at the window start', async () => {
    const source = new FakeSource({
      changes: [
        docs('2024-05-01T00:00:00.000Z', 'current-first'),
        feature('2024-05-30T23:59:59.000Z', 'current-last'),
        feature('2024-04-30T23:59:59.000Z', 'previous-last'),
        docs('2024-04-01T00:00:00.000Z', 'previous-first'),
        feature('2024-05-31T00:00:00.000Z', 'after-until')
      ]
    })
    const report = await runReport({ source, config: DEFAULT_CONFIG, window, now })
    expect(report.changes.map(c => c.id)).toEqual(['current-last', 'current-first'])
    expect(report.totals.changes).toBe(2)
    expect(report.previousWindow).toEqual({
      since: '2024-04-01T00:00:00.000Z',
      until: '2024-05-01T00:00:00.000Z'
    })
    expect(report.previousIndex).not.toBeNull()
    expect(report.categories.documentation.trend).toBe(
      (report.categories.documentation.score ?? NaN) -
        (report.categories.documentation.previous ?? NaN)
    )
  })

  it('classifies the changes with the configured rules', async () => {
    const source = new FakeSource({
      changes: [docs('2024-05-02T10:00:00.000Z', 'd'), feature('2024-05-03T10:00:00.000Z', 'f')]
    })
    const report = await runReport({ source, config: DEFAULT_CONFIG, window, now })
    const byId = Object.fromEntries(report.changes.map(c => [c.id, c]))
    expect(byId.d?.categories).toContain('documentation')
    expect(byId.d?.reasons.some(reason => reason.category === 'documentation')).toBe(true)
    expect(byId.f?.categories).toEqual([])
    expect(report.totals).toMatchObject({ changes: 2, multiplier: 1, output: 1 })
  })

  it('asks the source for the patches the classifier wants, and only those', async () => {
    const changes = [
      docs('2024-05-02T10:00:00.000Z', 'd'),
      feature('2024-05-03T10:00:00.000Z', 'f'),
      change({
        id: 'ci',
        time: '2024-05-04T10:00:00.000Z',
        files: [
          { path: '.github/workflows/ci.yml', status: 'modified', additions: 1, deletions: 1 }
        ]
      })
    ]
    const source = new FakeSource({ changes })
    await runReport({ source, config: DEFAULT_CONFIG, window, now })
    const { wantsPatch } = createClassifier(DEFAULT_CONFIG.rules, {})
    const expected = changes.filter(wantsPatch).map(c => c.id)
    expect(expected).not.toEqual([])
    expect(expected).not.toEqual(changes.map(c => c.id))
    expect(source.calls[0]?.patchWanted).toEqual(expected)
  })

  it("carries the source's name, kind, notes and API usage into the report", async () => {
    const source = new FakeSource({
      changes: [feature('2024-05-03T10:00:00.000Z', '7')],
      kind: 'github',
      repository: 'octo/shop',
      notes: ['Pull request #7 lists 3,000 of its 3,400 files.'],
      api: { requests: 4, cost: 2 }
    })
    const report = await runReport({ source, config: DEFAULT_CONFIG, window, now })
    expect(report).toMatchObject({
      repository: 'octo/shop',
      source: 'github',
      generatedAt: '2024-05-31T08:00:00.000Z',
      window,
      api: { requests: 4, cost: 2 }
    })
    expect(report.notes[0]).toBe('Pull request #7 lists 3,000 of its 3,400 files.')
  })

  it('reports an empty window without failing', async () => {
    const report = await runReport({
      source: new FakeSource({ changes: [] }),
      config: DEFAULT_CONFIG,
      window,
      now
    })
    expect(report.index).toBe(null)
    expect(report.activity.state).toBe('none')
    expect(report.notes.some(note => note.startsWith('No activity'))).toBe(true)
  })

  it('classifies a change that wants its patch with the patch the source attached', async () => {
    const pin = change({
      id: 'pin',
      time: '2024-05-05T10:00:00.000Z',
      files: [{ path: '.github/workflows/ci.yml', status: 'modified', additions: 1, deletions: 1 }]
    })
    const patches = {
      pin: {
        '.github/workflows/ci.yml':
          '@@ -5 +5 @@\n-      - uses: actions/checkout@v3\n+      - uses: actions/checkout@v4'
      }
    }
    const report = async (withPatches: boolean): Promise<Report> =>
      runReport({
        source: new FakeSource({ changes: [pin], ...(withPatches ? { patches } : {}) }),
        config: DEFAULT_CONFIG,
        window,
        now
      })
    // The patch shows a version bump, not automation work; without it the path rule stands.
    const patched = (await report(true)).changes[0]
    expect(patched?.categories).toEqual([])
    expect(patched?.reasons.some(r => r.signal === 'diff:version-pin-only')).toBe(true)
    expect((await report(false)).changes[0]?.categories).toEqual(['automation'])
  })

  it('classifies and tallies with the whole context the source read, not its .gitattributes alone', async () => {
    const changes = [
      docs('2024-05-03T10:00:00.000Z', 'a'),
      feature('2024-05-04T10:00:00.000Z', 'b'),
      feature('2024-04-04T10:00:00.000Z', 'c')
    ]
    const gitattributes = 'docs/** linguist-generated\n'
    const run = (context: RepoContext): Promise<Report> =>
      runReport({
        source: new FakeSource({ changes, context }),
        config: { ...DEFAULT_CONFIG, teams: true },
        window,
        now
      })
    const web = await run({ gitattributes, codeowners: 'src/ @octo/web\n' })
    const shop = await run({ gitattributes, codeowners: 'src/ @octo/shop\n' })
    // The same .gitattributes: the docs are generated in both, so not documentation work.
    for (const report of [web, shop]) {
      const docsChange = report.changes.find(c => c.id === 'a')
      expect(docsChange?.categories).toEqual([])
      expect(docsChange?.reasons.some(r => r.signal === 'gitattributes:linguist-generated')).toBe(
        true
      )
    }
    // CODEOWNERS differs, and so do the teams: each report reads its own source's.
    expect(web.teams?.map(team => team.team)).toEqual(['@octo/web'])
    expect(shop.teams?.map(team => team.team)).toEqual(['@octo/shop'])
  })
})
