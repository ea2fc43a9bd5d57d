import { describe, expect, it } from '@jest/globals'
import { historyLines, type HistoryScores } from '../src/render/history-chart.js'
import { SERIES } from '../src/render/palette.js'
import { contrast } from './support/contrast.js'

/** A window of 30 days starting `day` days after 2026-01-01, with the given scores. */
function entry(day: number, index: number | null, changes: number): HistoryScores {
  const since = Date.UTC(2026, 0, 1) + day * 86_400_000
  const score = index === null ? null : index
  return {
    window: {
      since: new Date(since).toISOString(),
      until: new Date(since + 30 * 86_400_000).toISOString()
    },
    index: score,
    interval: score === null ? null : { low: Math.max(0, score - 10), high: score + 10 },
    confidence: score === null ? null : 'medium',
    changes,
    botChanges: 0,
    direction: null,
    documentation: score === null ? null : score + 1,
    automation: score === null ? null : score + 2,
    patterns: score === null ? null : score + 3
  }
}

describe('render/history-chart', () => {
  it('gives every line a colour of at least 3:1 on GitHub light and dark and mermaid dark', () => {
    for (const series of SERIES) {
      expect(contrast(series.colour, '#ffffff')).toBeGreaterThanOrEqual(3)
      expect(contrast(series.colour, '#0d1117')).toBeGreaterThanOrEqual(3)
      expect(contrast(series.colour, '#333333')).toBeGreaterThanOrEqual(3)
    }
    // Below the bar on one side: mermaid's own first colour, which the issue found unreadable.
    expect(contrast('#ececff', '#ffffff')).toBeLessThan(3)
  })

  it('sets the palette in the block, draws the index last and names every line in the legend', () => {
    const lines = historyLines([entry(0, 40, 5), entry(30, 50, 6), entry(60, 60, 7)])
    const block = lines.slice(0, lines.indexOf('```', 1) + 1)
    expect(block[1]).toBe(
      '%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#279a47, #d9650c, #9e6bf0, #1f7aec"}}}}%%'
    )
    const plotted = block.filter(line => line.startsWith('  line'))
    expect(plotted).toEqual([
      '  line [41, 51, 61]',
      '  line [42, 52, 62]',
      '  line [43, 53, 63]',
      '  line [40, 50, 60]'
    ])
    const legend = lines.find(line => line.startsWith('Lines:'))
    expect(legend).toContain(
      '🟦 **Index** (on top) · 🟩 Documentation · 🟧 Automation · 🟪 Patterns'
    )
    expect(legend).not.toContain('no activity')
  })

  it('leaves a window with no activity out of the lines and says "no activity" in the table', () => {
    const lines = historyLines([entry(0, 40, 5), entry(30, null, 0), entry(60, 60, 7)])
    expect(lines.filter(line => line.startsWith('  line'))[3]).toBe('  line [40, 60]')
    expect(lines.find(line => line.startsWith('  x-axis'))).toBe(
      '  x-axis ["2026-01-01", "2026-03-02"]'
    )
    expect(lines.find(line => line.startsWith('Lines:'))).toContain(
      '1 window with no activity is left out of the lines.'
    )
    expect(lines).toContain(
      '| 2026-01-31 – 2026-03-01 | no activity | — | no activity | no activity | no activity | 0 |'
    )
    expect(lines.join('\n')).not.toMatch(/\| 0 \| 0 \|/)
  })

  it('keeps the table but draws no line with one active window; nothing with fewer than two windows', () => {
    const one = historyLines([entry(0, 40, 5), entry(30, null, 0)])
    expect(one.some(line => line.includes('mermaid'))).toBe(false)
    expect(one[0]).toBe(
      '| Window | Index | Against the window before | Documentation | Automation | Patterns | Changes |'
    )
    expect(historyLines([entry(0, 40, 5)])).toEqual([])
    // Windows before the first activity say nothing about the work and are dropped.
    expect(historyLines([entry(0, null, 0), entry(30, 40, 5)])).toEqual([])
  })
})
