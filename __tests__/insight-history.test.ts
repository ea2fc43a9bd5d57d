// The history's windows and scores, on their own: which windows, how many a clone serves, which
// window a change falls in (the ends of each), and the trend between two scored windows.
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import {
  coveredHistory,
  historyWindows,
  scoreHistory,
  shortHistoryNote
} from '../src/insight/history.js'
import type { CategoryId, ScoredChange, Window } from '../src/model.js'
import { scoreWindow } from '../src/score/score.js'
import { classified, person } from './support/fake-source.js'

const WEEK = 7 * 24 * 60 * 60 * 1000
const NOW: Window = { since: '2026-11-02T00:00:00.000Z', until: '2026-11-30T00:00:00.000Z' }
const at = (ms: number): string => new Date(ms).toISOString()
const start = (window: Window): number => Date.parse(window.since)

/** `count` changes spread over `window`, every other one of the first `worked` in all three categories. */
function changesIn(window: Window, count: number, worked: number): ScoredChange[] {
  const span = Date.parse(window.until) - start(window)
  return Array.from({ length: count }, (_, i) => {
    const categories: CategoryId[] =
      i < worked && i % 2 === 1 ? ['documentation', 'automation', 'patterns'] : []
    const author = person(['Ada', 'Grace', 'Linus'][i % 3] as string)
    return classified(categories, { time: at(start(window) + ((i + 0.5) * span) / count), author })
  })
}

describe('insight/history: the windows', () => {
  it('ends with the report’s window and goes back in windows of its length, oldest first', () => {
    const windows = historyWindows(NOW, 3)
    expect(windows).toEqual([
      { since: at(start(NOW) - 8 * WEEK), until: at(start(NOW) - 4 * WEEK) },
      { since: at(start(NOW) - 4 * WEEK), until: NOW.since },
      NOW
    ])
    expect(historyWindows(NOW, 1)).toEqual([NOW])
    // The report's window is a copy: a caller changing it changes no history.
    expect(windows.at(-1)).not.toBe(NOW)
  })

  it('serves the windows a clone covers, counted back, never fewer than the two of the trend', () => {
    const windows = historyWindows(NOW, 6)
    const from = (index: number) => (since: string) =>
      Date.parse(since) >= start(windows[index] as Window)
    expect(coveredHistory(NOW, 6, from(0))).toBe(6)
    expect(coveredHistory(NOW, 6, from(1))).toBe(5)
    expect(coveredHistory(NOW, 6, from(3))).toBe(3)
    // The previous window covered, one more not: two, the trend's.
    expect(coveredHistory(NOW, 6, from(4))).toBe(2)
    // Not even the previous window: the count asked for, so the source says what is missing.
    expect(coveredHistory(NOW, 6, from(5))).toBe(6)
    // Never more than asked, though the clone holds more.
    expect(coveredHistory(NOW, 4, () => true)).toBe(4)
    // With the history off, the two windows of the trend are checked, and none is served.
    expect(coveredHistory(NOW, 0, () => true)).toBe(0)
    // A gap counts back only to it: an older window covered past a gap is not served.
    const gap = windows[2] as Window
    expect(coveredHistory(NOW, 6, since => since !== gap.since)).toBe(3)
  })

  it('says how many windows of those asked for the clone served', () => {
    expect(shortHistoryNote(3, 6)).toMatch(/^The clone's history covers 3 of the 6 windows asked/)
    expect(shortHistoryNote(3, 6)).toContain('`fetch-depth: 0`')
  })
})

describe('insight/history: each window’s score', () => {
  const windows = historyWindows(NOW, 2)
  const before = windows[0] as Window

  it('scores each window as the report’s window is scored, from its own changes', () => {
    const older = changesIn(before, 60, 0)
    const newer = changesIn(NOW, 60, 60)
    const history = scoreHistory([...newer, ...older], windows, DEFAULT_CONFIG.score)
    const expected = [
      scoreWindow(older, before, DEFAULT_CONFIG.score),
      scoreWindow(newer, NOW, DEFAULT_CONFIG.score)
    ]
    expect(history).toHaveLength(2)
    history.forEach((entry, index) => {
      const score = expected[index]
      expect(entry).toMatchObject({
        window: windows[index],
        index: score?.index,
        interval: score?.indexInterval,
        confidence: score?.confidence,
        changes: 60,
        botChanges: 0,
        documentation: score?.categories.documentation.score,
        automation: score?.categories.automation.score,
        patterns: score?.categories.patterns.score
      })
    })
    // Half the changes in every category against none: the index is up, beyond the noise.
    expect(history[0]?.direction).toBeNull()
    expect(history[1]?.direction).toBe('up')
    expect(scoreHistory([...newer, ...older].reverse(), windows, DEFAULT_CONFIG.score)).toEqual(
      history
    )
  })

  it('puts a change at a window’s start in that window, and one at its end in none', () => {
    const one = (time: string): ScoredChange[] => [classified(['documentation'], { time })]
    const counts = (time: string) =>
      scoreHistory(one(time), windows, DEFAULT_CONFIG.score).map(entry => entry.changes)
    expect(counts(before.since)).toEqual([1, 0])
    expect(counts(at(start(NOW) - 1))).toEqual([1, 0])
    expect(counts(NOW.since)).toEqual([0, 1])
    expect(counts(at(Date.parse(NOW.until) - 1))).toEqual([0, 1])
    expect(counts(NOW.until)).toEqual([0, 0])
    expect(counts(at(start(before) - 1))).toEqual([0, 0])
  })

  it('counts bots apart, as the headline does, and gives no trend against an unscored window', () => {
    const bot = classified([], { time: at(start(NOW) + WEEK), authorIsBot: true })
    const history = scoreHistory([...changesIn(NOW, 10, 2), bot], windows, DEFAULT_CONFIG.score)
    expect(history.map(entry => [entry.changes, entry.botChanges])).toEqual([
      [0, 0],
      [10, 1]
    ])
    expect(history[0]?.index).toBeNull()
    expect(history[1]?.index).toEqual(expect.any(Number))
    expect(history[1]?.direction).toBeNull()
  })

  it('scores no window when there are none', () => {
    expect(scoreHistory(changesIn(NOW, 3, 1), [], DEFAULT_CONFIG.score)).toEqual([])
  })
})
