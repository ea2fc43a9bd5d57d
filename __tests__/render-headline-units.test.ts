// The first lines a reader sees (the index, its confidence, its percentile) and the words every
// renderer uses for scores and trends, on both sides of each condition.
import { describe, expect, it } from '@jest/globals'
import type { Report } from '../src/model.js'
import {
  directionText,
  intervalText,
  percent,
  scoreCell,
  trendText
} from '../src/render/categories.js'
import { confidenceLine, headline } from '../src/render/headline.js'
import { renderHtml } from '../src/render/html.js'
import { percentileLines } from '../src/render/percentile.js'
import { reportView, trendWords } from '../src/render/report-view.js'
import { sampleReport } from './support/reports.js'

const report = (overrides: Partial<Report> = {}): Report =>
  sampleReport('octo/widgets', 55, 10, overrides)

describe('headline', () => {
  it('gives the index, its interval and that there is nothing to compare with', () => {
    expect(headline(report())).toBe(
      '**Multiplier index: 55 / 100** (90 % interval 45–65) · no earlier activity to compare with'
    )
  })

  it('says how the index moved from the previous one, or leaves the interval out when unknown', () => {
    expect(
      headline(report({ indexInterval: null, previousIndex: 40, trend: 15, direction: 'up' }))
    ).toBe('**Multiplier index: 55 / 100** · ▲\u00a0+15 from 40')
    expect(headline(report({ previousIndex: 0, trend: 55, direction: 'steady' }))).toMatch(
      / · no clear change \(\+55\) from 0$/
    )
  })

  it('says why there is no index, naming a window of bots only', () => {
    const quiet = 'nothing to score in this window, so no index, no scores and no trend.'
    expect(headline(report({ index: null, activity: { state: 'bots-only' } }))).toBe(
      `**Multiplier index: no activity**: only bots were active — ${quiet}`
    )
    expect(headline(report({ index: null, activity: { state: 'quiet' } as never }))).toBe(
      `**Multiplier index: no activity** — ${quiet}`
    )
  })
})

describe('confidenceLine', () => {
  const line = (totals: Partial<Report['totals']>, confidence: Report['confidence']) => {
    const r = report({ confidence })
    r.totals = { ...r.totals, ...totals }
    return confidenceLine(r)
  }

  it('says the sample in the singular at one and the plural past it', () => {
    expect(line({ changes: 1, people: 1, weeks: 1 }, 'high')).toBe(
      'Confidence: **high** — 1 change by 1 person over 1 week; the index is known to within a few points.'
    )
    expect(line({ changes: 2, people: 2, weeks: 2 }, 'medium')).toBe(
      'Confidence: **medium** — 2 changes by 2 people over 2 weeks; large moves show; small ones are inside the noise.'
    )
  })

  it('reads a missing confidence as low', () => {
    expect(line({ changes: 0, people: 0, weeks: 0 }, null)).toBe(
      'Confidence: **low** — 0 changes by 0 people over 0 weeks; the index could lie anywhere in a wide range: read it as a rough sign, not a figure.'
    )
  })
})

describe('percentileLines', () => {
  const reference = {
    repositories: 40,
    windows: 900,
    windowDays: 30,
    reportDays: 30,
    date: '2024-06-01'
  }

  it('places the index and each category not of low confidence among the reference windows', () => {
    const r = report({ percentile: 62, percentileRange: { low: 50, high: 70 }, reference })
    r.categories.documentation = { ...r.categories.documentation, percentile: 80 }
    r.categories.automation = { ...r.categories.automation, percentile: 10, confidence: 'low' }
    r.categories.patterns = { ...r.categories.patterns, percentile: 45, confidence: 'high' }
    expect(percentileLines(r)).toEqual([
      "Higher than **62 %** (from 50 % to 70 % across the index's 90 % range) of 40 public " +
        "repositories' 30-day windows (900 windows with activity up to 2024-06-01) · " +
        'Documentation 80 % · Patterns 45 %.',
      ''
    ])
  })

  it('says when a calendar month is compared with windows of another length, and leaves out an empty list', () => {
    const r = report({ percentile: 62, reference: { ...reference, reportDays: 31 } })
    expect(percentileLines(r)).toEqual([
      "Higher than **62 %** of 40 public repositories' 30-day windows (900 windows with " +
        'activity up to 2024-06-01, for this 31-day window).',
      ''
    ])
  })

  it('writes nothing without a percentile, a reference or a stored window length', () => {
    expect(percentileLines(report({ reference }))).toEqual([])
    expect(percentileLines(report({ percentile: 62 }))).toEqual([])
    expect(
      percentileLines(report({ percentile: 62, reference: { ...reference, windowDays: null } }))
    ).toEqual([])
  })
})

describe('the words of scores and trends', () => {
  it('writes a trend with its arrow, a fall with a true minus, and no move as a bar', () => {
    expect(trendText(null)).toBe('—')
    expect(trendText(1)).toBe('▲ +1')
    expect(trendText(-1)).toBe('▼ −1')
    expect(trendText(0)).toBe('▬ 0')
  })

  it('keeps the arrow only for a real move, and says the raw difference of a steady one', () => {
    expect(directionText(5, 'up')).toBe('▲\u00a0+5')
    expect(directionText(-3, 'down')).toBe('▼\u00a0−3')
    expect(directionText(0, 'steady')).toBe('no clear change')
    expect(directionText(2, 'steady')).toBe('no clear change (+2)')
    expect(directionText(-2, 'steady')).toBe('no clear change (−2)')
    expect(directionText(null, 'up')).toBe('—')
    expect(directionText(4, null)).toBe('—')
  })

  it('writes a score cell with its range small below, or the no-activity words', () => {
    expect(scoreCell(41, { low: 30, high: 52 })).toBe('**41**<br><sub>30–52</sub>')
    expect(scoreCell(41, null)).toBe('**41**')
    expect(scoreCell(null, { low: 1, high: 2 })).toBe('no activity')
    expect(intervalText({ low: 3, high: 9 })).toBe('3–9')
    expect(percent(0.125)).toBe('13%')
  })

  it('tells in the HTML report what each category means', () => {
    const html = renderHtml(report())
    expect(html).toContain(
      '<strong>Documentation</strong>: Documentation reduces the time required to understand systems.'
    )
    expect(html).toContain(
      '<strong>Automation</strong>: Automation removes repetitive work from daily workflows.'
    )
    expect(html).toContain(
      '<strong>Patterns</strong>: Clear architectural patterns help engineers make consistent decisions.'
    )
  })
})

describe('reportView', () => {
  it('shows the scores, ranges and confidences of an active window', () => {
    const view = reportView(report({ previousIndex: 50, direction: 'up' }))
    expect(view).toMatchObject({ index: 55, confidence: 'medium', range: '45–65', trend: 'up +5' })
    expect(view).not.toHaveProperty('quiet')
    expect(view.categories[0]).toMatchObject({
      id: 'documentation',
      label: 'Documentation',
      score: 55,
      confidence: 'medium',
      range: '45–65',
      trend: '—'
    })
  })

  it('leaves out a range the report lacks or holds malformed', () => {
    const r = report({ indexInterval: null })
    r.categories.patterns = { ...r.categories.patterns, interval: { low: '1', high: 2 } as never }
    const view = reportView(r)
    expect(view).not.toHaveProperty('range')
    expect(view.categories[2]).not.toHaveProperty('range')
    const half = report({ indexInterval: { low: 1, high: 'x' } as never })
    expect(reportView(half)).not.toHaveProperty('range')
  })

  it('blanks every score of a quiet window and says why in its own words or the counts', () => {
    const view = reportView(
      report({ activity: { state: 'bots-only', reason: 'only Renovate ran' } })
    )
    expect(view).toMatchObject({ index: null, confidence: null, quiet: 'only Renovate ran' })
    expect(view).not.toHaveProperty('range')
    expect(view.trend).toBe('no activity')
    expect(view.categories[0]).toMatchObject({
      score: null,
      confidence: null,
      trend: 'no activity'
    })
    expect(view.categories[0]).not.toHaveProperty('range')
    expect(reportView(report({ activity: { state: 'bots-only' } })).quiet).toBe(
      'nothing to measure in this window'
    )
    expect(reportView(report({ index: null })).quiet).toBe('nothing to measure in this window')
    const counts = (botChanges: number) => {
      const r = report()
      r.totals = { ...r.totals, changes: 0, botChanges }
      return reportView(r).quiet
    }
    expect(counts(1)).toBe('only bots changed anything in this window')
    expect(counts(0)).toBe('no changes in this window')
  })

  it('words the change since the previous window', () => {
    expect(trendWords(null, 3)).toBe('no activity')
    expect(trendWords(3, null)).toBe('—')
    expect(trendWords(5, 4)).toBe('+1')
    expect(trendWords(4, 5)).toBe('−1')
    expect(trendWords(4, 4)).toBe('0')
    expect(trendWords(7, 5, 'steady')).toBe('no clear change (+2)')
    expect(trendWords(3, 5, 'down')).toBe('down −2')
    expect(trendWords(9, 5, 'up')).toBe('up +4')
    expect(trendWords(9, 5, null)).toBe('+4')
  })
})
