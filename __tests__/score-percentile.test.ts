import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG, DEFAULT_SCORE_OPTIONS } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { CATEGORY_IDS } from '../src/model.js'
import type { Report } from '../src/model.js'
import { scoreReport } from '../src/score/score.js'
import { renderJson } from '../src/render/json.js'
import { renderMarkdown } from '../src/render/markdown.js'
import {
  CUSTOM_SCORING_NOTE,
  MIN_REFERENCE_WINDOWS,
  matchingLength,
  percentileOf,
  placeAgainstReference
} from '../src/score/percentile.js'
import type { ReferenceRepository, ReferenceSet, ReferenceWindow } from '../src/score/percentile.js'
import { REFERENCE_SET } from '../src/score/reference.js'
import { MIN_QUARTER_CHANGES, calibrate as runCalibrate } from '../scripts/calibrate-lib.js'
import { scoringFingerprint } from '../scripts/calibration-fingerprint.js'
import { GitRepo, cleanupGitRepos } from './support/git-repo.js'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

const DAY_MS = 86_400_000
const UNTIL = Date.parse('2024-03-31T00:00:00.000Z')

/** `count` consecutive windows of `days` ending at UNTIL, each scored `score` (null: no activity). */
function windowsOf(days: number, scores: (number | null)[]): ReferenceWindow[] {
  return scores.map((score, i) => ({
    since: new Date(UNTIL - (scores.length - i) * days * DAY_MS).toISOString(),
    until: new Date(UNTIL - (scores.length - i - 1) * days * DAY_MS).toISOString(),
    changes: score === null ? 0 : 10,
    index: score,
    documentation: score,
    automation: score === null ? null : 100 - score,
    patterns: score === null ? null : 50
  }))
}

/** A set with one repository per score, each with one window of every length scored alike. */
function reference(
  scores: number[],
  names = scores.map((_, i) => `owner/repo-${i}`)
): ReferenceSet {
  const repositories: ReferenceRepository[] = scores.map((score, i) => ({
    repository: names[i] as string,
    language: 'Go',
    head: 'f'.repeat(40),
    windows: {
      '7': windowsOf(7, [score]),
      '30': windowsOf(30, [score]),
      '90': windowsOf(90, [score])
    }
  }))
  return {
    about: '',
    fingerprint: '',
    lengths: [
      { days: 7, windows: 1 },
      { days: 30, windows: 1 },
      { days: 90, windows: 1 }
    ],
    date: '2024-03-31',
    repositories
  }
}

const TEN = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
const scoring = { scoring: DEFAULT_SCORE_OPTIONS, referenceScoring: DEFAULT_SCORE_OPTIONS }

describe('score/percentile', () => {
  it('counts the reference scores strictly below, rounded down', () => {
    expect(percentileOf(75, TEN)).toBe(80)
    expect(percentileOf(70, TEN)).toBe(70)
    expect(percentileOf(0, TEN)).toBe(0)
    expect(percentileOf(100, TEN)).toBe(100)
    // 1 of 3 below is 33.3 %: never rounded up to an overstatement.
    expect(percentileOf(5, [0, 9, 9])).toBe(33)
    expect(percentileOf(50, [])).toBe(0)
  })

  it('places the index and every category against the windows of its length, and says what against', () => {
    const base = activeReport({ index: 55, documentation: 55, automation: 55, patterns: 55 })
    const placed = placeAgainstReference(base, reference(TEN), scoring)
    expect(placed.percentile).toBe(60)
    expect(placed.categories.documentation.percentile).toBe(60)
    // automation's reference is 100 − score: 100, 90, ..., 10; 5 of them are below 55.
    expect(placed.categories.automation.percentile).toBe(50)
    expect(placed.categories.patterns.percentile).toBe(100)
    expect(placed.reference).toEqual({
      repositories: 10,
      windows: 10,
      windowDays: 30,
      reportDays: 30,
      date: '2024-03-31'
    })
    expect(base.percentile).toBeUndefined()
  })

  it('compares a week with the 7-day windows only, and a quarter with the 90-day ones', () => {
    const set = reference(TEN)
    // The 7-day windows score 100 everywhere, the 90-day ones 0: each length is read apart.
    for (const entry of set.repositories) {
      entry.windows['7'] = windowsOf(7, [100, 100])
      entry.windows['90'] = windowsOf(90, [0])
    }
    const week = placeAgainstReference(
      activeReport({ index: 55, documentation: 55, automation: 55, patterns: 55 }, 7),
      set,
      scoring
    )
    expect(week.percentile).toBe(0)
    expect(week.reference).toMatchObject({ repositories: 10, windows: 20, windowDays: 7 })
    const quarter = placeAgainstReference(
      activeReport({ index: 55, documentation: 55, automation: 55, patterns: 55 }, 91),
      set,
      scoring
    )
    expect(quarter.percentile).toBe(100)
    expect(quarter.reference).toMatchObject({ windows: 10, windowDays: 90, reportDays: 91 })
  })

  it('meets the nearest stored length within 10 % of it, and no length beyond', () => {
    const lengths = [7, 30, 90]
    expect(matchingLength(30, lengths)).toBe(30)
    expect(matchingLength(27, lengths)).toBe(30)
    expect(matchingLength(33, lengths)).toBe(30)
    expect(matchingLength(26.9, lengths)).toBeUndefined()
    expect(matchingLength(33.1, lengths)).toBeUndefined()
    expect(matchingLength(7, lengths)).toBe(7)
    expect(matchingLength(7.7, lengths)).toBe(7)
    expect(matchingLength(8, lengths)).toBeUndefined()
    expect(matchingLength(81, lengths)).toBe(90)
    expect(matchingLength(80, lengths)).toBeUndefined()
    expect(matchingLength(30, [])).toBeUndefined()
    const set = reference(TEN)
    const scores = { index: 55, documentation: 55, automation: 55, patterns: 55 }
    const inside = placeAgainstReference(activeReport(scores, 27), set, scoring)
    expect(inside.percentile).toBe(60)
    expect(inside.reference).toMatchObject({ windowDays: 30, reportDays: 27 })
    expect(renderMarkdown(inside)).toContain(
      "of 10 public repositories' 30-day windows (10 windows with activity up to 2024-03-31, for this 27-day window)"
    )
    const outside = placeAgainstReference(activeReport(scores, 26), set, scoring)
    expect(outside.percentile).toBeUndefined()
    expect(outside.reference?.windowDays).toBeNull()
  })

  it('gives no percentile for a window of no stored length, with the reason in the notes and the JSON', () => {
    const placed = placeAgainstReference(
      activeReport({ index: 55, documentation: 55, automation: 55, patterns: 55 }, 14),
      reference(TEN),
      scoring
    )
    expect(placed.percentile).toBeUndefined()
    for (const id of CATEGORY_IDS) expect(placed.categories[id].percentile).toBeUndefined()
    const reason =
      "the report's 14-day window matches none of the reference windows (7, 30 and 90 days, within 10 %)."
    expect(placed.notes).toContain(`No percentiles: ${reason}`)
    const json = JSON.parse(renderJson(placed)) as Record<string, unknown>
    expect(json.percentile).toBeUndefined()
    expect(json.reference).toEqual({
      repositories: 0,
      windows: 0,
      windowDays: null,
      reportDays: 14,
      date: '2024-03-31',
      reason
    })
    expect(renderMarkdown(placed)).not.toContain('Higher than')
    expect(renderMarkdown(placed)).toContain(
      "No percentiles: the report's 14-day window matches none"
    )
  })

  it('never places a report against its own repository, whatever the case of its name', () => {
    // Eleven repositories: 0, 10, …, 80, the report's own 'Octo/Widgets' (90) and another (95).
    const names = [
      ...TEN.map((_, i) => `owner/repo-${i}`).slice(0, 9),
      'Octo/Widgets',
      'owner/last'
    ]
    const set = reference([...TEN, 95], names)
    const scores = { index: 85, documentation: 85, automation: 55, patterns: 55 }
    const own = placeAgainstReference(activeReport(scores), set, scoring)
    // Its own 90 left out: 9 of the other 10 windows are below 85.
    expect(own.reference).toMatchObject({ repositories: 10, windows: 10 })
    expect(own.percentile).toBe(90)
    expect(own.categories.documentation.percentile).toBe(90)
    const other = placeAgainstReference(
      { ...activeReport(scores), repository: 'octo/gadgets' },
      set,
      scoring
    )
    // Named otherwise, the same report is placed against all 11: 9 below is 81 %.
    expect(other.reference).toMatchObject({ repositories: 11, windows: 11 })
    expect(other.percentile).toBe(81)
  })

  it('leaves windows with no activity out of the comparison instead of counting them as 0', () => {
    const set = reference(TEN)
    // Every repository also has three quiet months: null scores, or no counted change.
    for (const entry of set.repositories) {
      const quiet = windowsOf(30, [null, null, 40])
      const [first, second, last] = quiet as [ReferenceWindow, ReferenceWindow, ReferenceWindow]
      entry.windows['30'] = [first, { ...second, index: 0, changes: 0 }, last]
    }
    const placed = placeAgainstReference(
      activeReport({ index: 5, documentation: 5, automation: 5, patterns: 55 }),
      set,
      scoring
    )
    // Only the ten active windows (all 40) count: 5 is above none of them.
    expect(placed.reference).toMatchObject({ repositories: 10, windows: 10 })
    expect(placed.percentile).toBe(0)
    expect(placed.categories.patterns.percentile).toBe(100)
  })

  it('gives no percentile to a window with no activity, or when too few windows remain', () => {
    const quiet = scoreReport({ ...REPORT_INPUT, changes: [], previousChanges: [] })
    const placed = placeAgainstReference(quiet, reference(TEN), scoring)
    expect(placed.percentile).toBeUndefined()
    expect(placed.reference?.reason).toBe(
      'the window has no activity, so there is no score to place.'
    )
    // The report says "no activity" already; the notes do not repeat it.
    expect(placed.notes).toEqual(quiet.notes)
    const few = placeAgainstReference(
      activeReport({ index: 55, documentation: 55, automation: 55, patterns: 55 }),
      reference(TEN.slice(0, MIN_REFERENCE_WINDOWS - 1)),
      scoring
    )
    expect(few.percentile).toBeUndefined()
    expect(few.reference).toMatchObject({ windows: MIN_REFERENCE_WINDOWS - 1, windowDays: 30 })
    expect(few.notes.at(-1)).toMatch(/^No percentiles: only 9 reference 30-day windows/)
  })

  it('leaves percentiles out, with a note, when the config changes the formula', () => {
    const base = activeReport({ index: 55, documentation: 55, automation: 55, patterns: 55 })
    const custom = { ...DEFAULT_SCORE_OPTIONS, weights: { share: 1, people: 0, steadiness: 0 } }
    const placed = placeAgainstReference(base, reference(TEN), {
      scoring: custom,
      referenceScoring: DEFAULT_SCORE_OPTIONS
    })
    expect(placed.percentile).toBeUndefined()
    expect(placed.categories.documentation.percentile).toBeUndefined()
    expect(placed.notes).toContain(CUSTOM_SCORING_NOTE)
    expect(renderMarkdown(placed)).not.toContain('Higher than')
  })

  it('writes percentile and reference into the JSON and one line into the markdown', () => {
    const report = activeReport({ index: 55, documentation: 55, automation: 25, patterns: 55 })
    report.indexInterval = null
    for (const id of CATEGORY_IDS) report.categories[id].confidence = 'medium'
    const placed = placeAgainstReference(report, reference(TEN), scoring)
    const json = JSON.parse(renderJson(placed)) as Record<string, unknown>
    expect(Object.keys(json).slice(6, 15)).toEqual([
      'activity',
      'index',
      'indexInterval',
      'confidence',
      'previousIndex',
      'trend',
      'direction',
      'percentile',
      'reference'
    ])
    expect(json.percentile).toBe(60)
    expect(json.reference).toEqual({
      repositories: 10,
      windows: 10,
      windowDays: 30,
      reportDays: 30,
      date: '2024-03-31'
    })
    expect((json.categories as Record<string, { percentile: number }>).automation?.percentile).toBe(
      20
    )
    const markdown = renderMarkdown(placed)
    expect(markdown).toContain(
      "Higher than **60 %** of 10 public repositories' 30-day windows (10 windows with activity up to 2024-03-31) · " +
        'Documentation 60 % · Automation 20 % · Patterns 100 %.'
    )
  })
})

describe('score/percentile ranges', () => {
  it("gives the percentiles the index's interval spans, and no rank for a low-confidence score", () => {
    const report = activeReport({ index: 55, documentation: 55, automation: 25, patterns: 55 })
    report.indexInterval = { low: 35, high: 75 }
    report.confidence = 'medium'
    report.categories.documentation.confidence = 'medium'
    report.categories.automation.confidence = 'low'
    report.categories.patterns.confidence = 'high'
    const placed = placeAgainstReference(report, reference(TEN), scoring)
    expect(placed.percentile).toBe(60)
    expect(placed.percentileRange).toEqual({ low: 40, high: 80 })
    const markdown = renderMarkdown(placed)
    expect(markdown).toContain(
      "Higher than **60 %** (from 40 % to 80 % across the index's 90 % range) of 10 public repositories'"
    )
    expect(markdown).toContain('Documentation 60 % · Patterns 100 %.')
    expect(markdown).not.toContain('Automation 20 %')
    const json = JSON.parse(renderJson(placed)) as Record<string, unknown>
    expect(json.percentileRange).toEqual({ low: 40, high: 80 })
    // The same index of low confidence gets no rank, and the reason.
    const unsure = placeAgainstReference({ ...report, confidence: 'low' }, reference(TEN), scoring)
    expect(unsure.percentile).toBeUndefined()
    expect(unsure.reference?.reason).toBe(
      'the index is of low confidence: its 90 % range (35–75) runs from the 40th to the 80th percentile of the reference 30-day windows, too wide to rank.'
    )
  })
})

describe('score/reference-set.json', () => {
  it('was computed with the classifier and formula of this code (else run `npm run calibrate`)', () => {
    // The fingerprint is of behaviour (scripts/calibration-fingerprint.ts): a comment edit or a
    // refactor keeps it, a changed rule, threshold, signal or formula does not.
    const now = scoringFingerprint(root)
    if (REFERENCE_SET.fingerprint !== now)
      throw new Error(
        `score/reference-set.json was computed with another classifier or scoring formula (fingerprint ${REFERENCE_SET.fingerprint}, the code's ${now}): run \`npm run calibrate\``
      )
  })

  it('holds at least 100 active repositories of at least 8 languages, none kept apart, in name order', () => {
    const { repositories } = REFERENCE_SET
    expect(repositories.length).toBeGreaterThanOrEqual(100)
    expect(new Set(repositories.map(entry => entry.language)).size).toBeGreaterThanOrEqual(8)
    const names = repositories.map(entry => entry.repository)
    expect(names).toEqual([...names].sort())
    const kept = [
      'spf13/cobra',
      'BurntSushi/ripgrep',
      'vuejs/core',
      'pydantic/pydantic',
      'tokio-rs/axum',
      'fastify/fastify',
      'caddyserver/caddy',
      'helix-editor/helix',
      'pytest-dev/pytest',
      'vitejs/vite',
      'apache/commons-lang'
    ].map(name => name.toLowerCase())
    for (const name of names) expect(kept).not.toContain(name.toLowerCase())
    const newest = Date.parse(REFERENCE_SET.date)
    for (const entry of repositories) {
      expect(entry.head).toMatch(/^[0-9a-f]{40}$/)
      // None empty: every repository is active in its quarter, which ends within a year of the newest.
      const quarter = entry.windows['90']?.[0]
      expect(quarter?.index).toEqual(expect.any(Number))
      expect(quarter?.changes).toBeGreaterThanOrEqual(MIN_QUARTER_CHANGES)
      expect(newest - Date.parse(quarter?.until ?? '')).toBeLessThan(366 * DAY_MS)
    }
  })

  it('stores consecutive windows of each length, ending at each head, quiet ones with null scores', () => {
    expect(REFERENCE_SET.lengths).toEqual([
      { days: 7, windows: 12 },
      { days: 30, windows: 3 },
      { days: 90, windows: 1 }
    ])
    for (const entry of REFERENCE_SET.repositories) {
      const ends = new Set<string>()
      for (const { days, windows } of REFERENCE_SET.lengths) {
        const stored = entry.windows[String(days)] ?? []
        expect(stored).toHaveLength(windows)
        stored.forEach((window, i) => {
          expect(Date.parse(window.until) - Date.parse(window.since)).toBe(days * DAY_MS)
          if (i > 0) expect(window.since).toBe(stored[i - 1]?.until)
          if (window.changes === 0) expect(window.index).toBeNull()
          else expect(window.index).toEqual(expect.any(Number))
        })
        ends.add(stored.at(-1)?.until ?? '')
      }
      expect(ends.size).toBe(1)
    }
  })

  it('places a report the engine makes against the 30-day windows of every repository but its own', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'docs: guide',
      files: { 'docs/guide.md': '# Guide\n' },
      date: '2024-05-02T10:00:00Z'
    })
    repo.commit({
      message: 'Add feature',
      files: { 'src/a.ts': 'export const a = 1\n' },
      date: '2024-05-03T10:00:00Z'
    })
    const { gitSource } = await import('../src/collect/git.js')
    // Two changes give a low-confidence index, which gets no rank (tested above); placed again
    // as if it were of medium confidence, the engine's report shows whom it is ranked against.
    const report = async (repository: string): Promise<Report> => {
      const made = await runReport({
        source: gitSource({ repoPath: repo.path, repository }),
        config: DEFAULT_CONFIG,
        window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
        now: new Date('2024-05-31T00:00:00Z')
      })
      expect(made.percentile).toBeUndefined()
      return placeAgainstReference({ ...made, confidence: 'medium' }, REFERENCE_SET, scoring)
    }
    const monthsOf = (entries: ReferenceRepository[]): number[] =>
      entries.flatMap(entry =>
        (entry.windows['30'] ?? []).flatMap(window =>
          window.index !== null && window.changes > 0 ? [window.index] : []
        )
      )
    const all = REFERENCE_SET.repositories
    const named = all.find(entry => entry.repository === 'pallets/flask') as ReferenceRepository
    const unrelated = await report('octo/widgets')
    expect(unrelated.percentile).toBe(percentileOf(unrelated.index ?? NaN, monthsOf(all)))
    expect(unrelated.reference).toMatchObject({ windowDays: 30, windows: monthsOf(all).length })
    // Reported as one of the reference repositories, in other letters: its own months are left out.
    const flask = await report('Pallets/Flask')
    const others = all.filter(entry => entry !== named)
    expect(flask.reference).toMatchObject({ windows: monthsOf(others).length })
    expect(flask.reference?.repositories).toBe(
      others.filter(entry => monthsOf([entry]).length > 0).length
    )
    expect(flask.percentile).toBe(percentileOf(flask.index ?? NaN, monthsOf(others)))
    expect(monthsOf(others).length).toBeLessThan(monthsOf(all).length)
  })
})

describe('npm run calibrate', () => {
  let folder: string
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calibrate-'))
    // Two clones laid out as fetched (owner+name/repo, bare) and as a plain checkout (owner/name).
    const first = GitRepo.init()
    first.commit({
      message: 'Add feature',
      files: { 'src/a.ts': 'export const a = 1\n' },
      date: '2023-11-01T00:00:00Z'
    })
    first.commit({
      message: 'docs: guide',
      files: { 'docs/guide.md': '# Guide\n' },
      date: '2024-02-01T00:00:00Z'
    })
    first.commit({
      message: 'ci: add workflow',
      files: { '.github/workflows/ci.yml': 'on: push\n' },
      date: '2024-03-01T00:00:00Z'
    })
    execFileSync('git', [
      'clone',
      '-q',
      '--bare',
      first.path,
      path.join(folder, 'octo+first', 'repo')
    ])
    const second = GitRepo.init()
    second.commit({
      message: 'Add feature',
      files: { 'main.go': 'package main\n' },
      date: '2024-06-01T00:00:00Z'
    })
    execFileSync('git', ['clone', '-q', second.path, path.join(folder, 'octo', 'second')])
    // A clone whose head is more than a year older than the newest, and one quiet for 90 days.
    const stale = GitRepo.init()
    stale.commit({ message: 'Add', files: { 'a.c': 'int a;\n' }, date: '2023-05-01T00:00:00Z' })
    execFileSync('git', ['clone', '-q', stale.path, path.join(folder, 'octo', 'stale')])
    const quiet = GitRepo.init()
    quiet.commit({
      message: 'Release',
      files: { 'a.c': 'int a;\n' },
      date: '2024-04-01T00:00:00Z',
      author: { name: 'dependabot[bot]', email: 'bot@example.com' }
    })
    execFileSync('git', ['clone', '-q', quiet.path, path.join(folder, 'octo', 'quiet')])
    // A repository with no commit: its head cannot be read.
    fs.mkdirSync(path.join(folder, 'octo', 'broken'), { recursive: true })
    execFileSync('git', ['init', '-q', path.join(folder, 'octo', 'broken')])
    const list = (names: string[]): string =>
      JSON.stringify({ repositories: names.map(repository => ({ repository, language: 'Go' })) })
    fs.writeFileSync(
      path.join(folder, 'list.json'),
      list(['octo/second', 'octo/absent', 'octo/first', 'octo/stale', 'octo/quiet', 'octo/broken'])
    )
    fs.writeFileSync(path.join(folder, 'missing.json'), list(['octo/absent']))
  })
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true })
    cleanupGitRepos()
  })

  // These small histories have one or two changes a quarter; the real set asks for MIN_QUARTER_CHANGES.
  const calibrate = (output: string, list = 'list.json'): ReturnType<typeof runCalibrate> =>
    runCalibrate({ root, clones: folder, list: path.join(folder, list), output, minChanges: 1 })

  it('scores 12 weeks, 3 months and a quarter back from each head, in name order, the same every run', async () => {
    const output = path.join(folder, 'out.json')
    const result = await calibrate(output)
    const text = fs.readFileSync(output, 'utf8')
    const data = JSON.parse(text) as ReferenceSet
    expect(data.repositories.map(entry => entry.repository)).toEqual(['octo/first', 'octo/second'])
    const [first, second] = data.repositories as [ReferenceRepository, ReferenceRepository]
    expect(first.windows['90']).toEqual([
      expect.objectContaining({
        since: '2023-12-02T00:00:01Z',
        until: '2024-03-01T00:00:01Z',
        changes: 2
      })
    ])
    // The months back from 2024-03-01: only the last holds the docs and the workflow change.
    expect(
      first.windows['30']?.map(window => [window.since, window.changes, window.index])
    ).toEqual([
      ['2023-12-02T00:00:01Z', 0, null],
      ['2024-01-01T00:00:01Z', 0, null],
      ['2024-01-31T00:00:01Z', 2, expect.any(Number)]
    ])
    // Twelve weeks: the workflow in the last, the guide (2024-02-01) in the fifth from last.
    const weeks = first.windows['7'] ?? []
    expect(weeks).toHaveLength(12)
    expect(weeks.map(window => window.changes)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1])
    expect(weeks.filter(window => window.index === null)).toHaveLength(10)
    expect(weeks.at(-1)?.automation).toBeGreaterThan(weeks.at(-1)?.documentation ?? 100)
    expect(weeks.at(-5)?.documentation).toBeGreaterThan(weeks.at(-5)?.automation ?? 100)
    // A window of feature work only scores below one with docs and CI in it.
    const secondQuarter = second.windows['90']?.[0]
    expect(secondQuarter?.changes).toBe(1)
    expect(secondQuarter?.documentation).toBeLessThan(first.windows['90']?.[0]?.documentation ?? 0)
    expect(data.date).toBe('2024-06-01')
    expect(data.fingerprint).toBe(scoringFingerprint(root))
    expect(data.lengths).toEqual([
      { days: 7, windows: 12 },
      { days: 30, windows: 3 },
      { days: 90, windows: 1 }
    ])
    // What could not be scored is named with its reason, and the rest is scored all the same.
    expect(result.skipped.map(entry => entry.repository)).toEqual([
      'octo/absent',
      'octo/broken',
      'octo/quiet',
      'octo/stale'
    ])
    expect(data.skipped?.map(entry => entry.reason)).toEqual([
      expect.stringMatching(/^no clone in /),
      expect.stringMatching(/^failed: /),
      '0 counted changes in the 90 days before its head (1 needed)',
      'its head (2023-05-01) is more than 365 days older than the newest head'
    ])
    await calibrate(path.join(folder, 'again.json'))
    expect(fs.readFileSync(path.join(folder, 'again.json'), 'utf8')).toBe(text)
  })

  it('fails, writing nothing, when no listed repository can be scored', async () => {
    const output = path.join(folder, 'never.json')
    await expect(calibrate(output, 'missing.json')).rejects.toThrow(
      /no repository of .*missing\.json could be scored/
    )
    expect(fs.existsSync(output)).toBe(false)
  })
})

const REPORT_INPUT = {
  repository: 'octo/widgets',
  source: 'git' as const,
  window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
  previousWindow: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' },
  changes: [],
  previousChanges: [],
  options: DEFAULT_SCORE_OPTIONS,
  generatedAt: '2024-05-31T00:00:00.000Z'
}

/** A report of a window of `days` with activity (every field as the scorer makes it), with the scores given. */
function activeReport(
  scores: { index: number; documentation: number; automation: number; patterns: number },
  days = 30
): Report {
  const until = Date.parse(REPORT_INPUT.window.until)
  const window = {
    since: new Date(until - days * DAY_MS).toISOString(),
    until: REPORT_INPUT.window.until
  }
  const report = scoreReport({ ...REPORT_INPUT, window })
  report.index = scores.index
  report.totals.changes = 10
  for (const id of CATEGORY_IDS) report.categories[id].score = scores[id]
  return { ...report, notes: [] }
}
