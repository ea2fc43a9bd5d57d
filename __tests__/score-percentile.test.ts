import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_SCORE_OPTIONS } from '../src/config/defaults.js'
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
import { MIN_QUARTER_CHANGES } from '../scripts/calibrate-lib.js'
import { scoringFingerprint } from '../scripts/calibration-fingerprint.js'

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

describe('score/percentile: the words of a range', () => {
  const HUNDRED = Array.from({ length: 100 }, (_, i) => i)
  const unsure = (low: number, high: number): string => {
    const report = activeReport({ index: 50, documentation: 50, automation: 50, patterns: 50 })
    report.indexInterval = { low, high }
    report.confidence = 'low'
    const placed = placeAgainstReference(report, reference(HUNDRED), scoring)
    return (placed.reference?.reason ?? '').replace(
      /^.* runs from the (\S+) to the (\S+) .*$/,
      '$1 $2'
    )
  }

  it('writes each percentile as an ordinal: 1st, 2nd, 3rd, 4th, 11th to 13th, 21st to 23rd', () => {
    expect(unsure(0, 1)).toBe('0th 1st')
    expect(unsure(2, 3)).toBe('2nd 3rd')
    expect(unsure(4, 10)).toBe('4th 10th')
    expect(unsure(11, 12)).toBe('11th 12th')
    expect(unsure(13, 14)).toBe('13th 14th')
    expect(unsure(21, 22)).toBe('21st 22nd')
    expect(unsure(23, 99)).toBe('23rd 99th')
    expect(unsure(31, 100)).toBe('31st 100th')
  })
})

describe('score/percentile: when the scoring differs from the reference’s', () => {
  const report = () => activeReport({ index: 50, documentation: 50, automation: 50, patterns: 50 })
  const placedWith = (changed: Partial<typeof DEFAULT_SCORE_OPTIONS>) =>
    placeAgainstReference(report(), reference(TEN), {
      scoring: { ...DEFAULT_SCORE_OPTIONS, ...changed },
      referenceScoring: DEFAULT_SCORE_OPTIONS
    })

  it('places nothing when one weight, one target or the bots setting differs', () => {
    const weights = { ...DEFAULT_SCORE_OPTIONS.weights, steadiness: 0.9 }
    const targets = { ...DEFAULT_SCORE_OPTIONS.targets, patterns: 0.5 }
    for (const changed of [{ weights }, { targets }, { bots: 'include' as const }]) {
      const placed = placedWith(changed)
      expect(placed.percentile).toBeUndefined()
      expect(placed.notes).toEqual([CUSTOM_SCORING_NOTE])
    }
  })

  it('places a report whose options say the defaults in other words', () => {
    expect(placedWith({ bots: 'exclude' }).percentile).toBe(50)
    expect(placedWith({}).percentile).toBe(50)
  })

  it('places nothing, and says nothing, against an empty set', () => {
    const empty = { ...reference(TEN), repositories: [] }
    expect(placeAgainstReference(report(), empty, scoring)).toEqual(report())
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
