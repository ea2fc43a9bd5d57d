// The history chart as the HTML report draws it (inline SVG) and as markdown shows it (a mermaid
// block, its legend and a table), built from in-memory windows: where each point, label and gap
// lands in the 720 × 300 picture, what the words say for one or several quiet windows, and which
// windows are left out.
import { describe, expect, it } from '@jest/globals'
import type { Direction } from '../src/model.js'
import {
  historyLines,
  isActive,
  shownHistory,
  windowLabel,
  type HistoryScores
} from '../src/render/history-chart.js'
import { historyLegend, historySvg } from '../src/render/svg-chart.js'

const DAY = 86_400_000

/** A 30-day window starting `day` days after 2026-01-01; `index` null for a window with no score. */
function window(
  day: number,
  index: number | null,
  changes = 5,
  extra: Partial<HistoryScores> = {}
): HistoryScores {
  const since = Date.UTC(2026, 0, 1) + day * DAY
  return {
    window: {
      since: new Date(since).toISOString(),
      until: new Date(since + 30 * DAY).toISOString()
    },
    index,
    interval: index === null ? null : { low: index - 5, high: index + 5 },
    confidence: index === null ? null : 'medium',
    changes,
    botChanges: 0,
    direction: null,
    documentation: index === null ? null : index + 1,
    automation: index === null ? null : index + 2,
    patterns: index === null ? null : index + 3,
    ...extra
  }
}

/** Every element of one tag, as its attribute map and inner text. */
function elements(svg: string, tag: string): { attrs: Record<string, string>; text: string }[] {
  const found: { attrs: Record<string, string>; text: string }[] = []
  const pattern = new RegExp(
    `<${tag}((?:\\s+[\\w-]+="[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${tag}>)`,
    'g'
  )
  for (const match of svg.matchAll(pattern)) {
    const attrs: Record<string, string> = {}
    for (const attr of match[1]!.matchAll(/([\w-]+)="([^"]*)"/g)) attrs[attr[1]!] = attr[2]!
    found.push({ attrs, text: match[2] ?? '' })
  }
  return found
}

/** The series groups in drawing order, each with its path and dots. */
function seriesGroups(svg: string): { key: string; attrs: Record<string, string>; body: string }[] {
  return [...svg.matchAll(/<g class="series series-(\w+)"([^>]*)>([\s\S]*?)<\/g>/g)].map(m => {
    const attrs: Record<string, string> = {}
    for (const attr of m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)) attrs[attr[1]!] = attr[2]!
    return { key: m[1]!, attrs, body: m[3]! }
  })
}

function group(svg: string, key: string): { attrs: Record<string, string>; body: string } {
  const found = seriesGroups(svg).find(g => g.key === key)
  if (!found) throw new Error(`no series ${key}`)
  return found
}

/** The day labels under the axis (text-anchor middle, at the bottom). */
function dayLabels(svg: string): { x: string; y: string; text: string }[] {
  return elements(svg, 'text')
    .filter(t => /^\d{4}-\d\d-\d\d$/.test(t.text))
    .map(t => ({ x: t.attrs.x!, y: t.attrs.y!, text: t.text }))
}

describe('render/svg-chart historySvg', () => {
  it('draws nothing for fewer than two windows, and a chart from two', () => {
    expect(historySvg([])).toBe('')
    expect(historySvg([window(0, 50)])).toBe('')
    const svg = historySvg([window(0, 50), window(30, 60)])
    expect(svg.startsWith('<svg viewBox="0 0 720 300" role="img"')).toBe(true)
    expect(svg.endsWith('\n</svg>')).toBe(true)
    // One element a line: the title, its description, then the grid, nothing between.
    const lines = svg.split('\n')
    expect(lines[1]).toMatch(/^<title id="history-title">/)
    expect(lines[2]).toMatch(/^<desc id="history-desc">/)
    expect(lines[3]).toMatch(/^<line class="grid" /)
  })

  it('writes each series as a group of its path and one dot a line, and nothing else', () => {
    const svg = historySvg([window(0, 40), window(30, 60)])
    const lines = svg.split('\n')
    const start = lines.indexOf('<g class="series series-index" fill="#1f7aec" stroke="#1f7aec">')
    expect(lines.slice(start + 1, start + 5).map(line => line.slice(0, 8))).toEqual([
      '<path d=',
      '<circle ',
      '<circle ',
      '</g>'
    ])
    expect(lines.filter(line => line === '</g>')).toHaveLength(4)
  })

  it('labels itself by id, with the default prefix or the one given', () => {
    const svg = historySvg([window(0, 50), window(30, 60), window(60, 70)])
    expect(svg).toContain('aria-labelledby="history-title history-desc"')
    expect(svg).toContain(
      '<title id="history-title">Multiplier index and scores over the last 3 windows</title>'
    )
    expect(svg).toContain(
      '<desc id="history-desc">Lines for the index (thick, blue), documentation, automation and ' +
        "patterns, 0 to 100, by the window's start day. The table below has the figures.</desc>"
    )
    const other = historySvg([window(0, 50), window(30, 60)], 'team-a')
    expect(other).toContain('aria-labelledby="team-a-title team-a-desc"')
    expect(other).toContain('<title id="team-a-title">')
    expect(other).toContain('<desc id="team-a-desc">')
  })

  it('draws five grid lines across the plot, 0 at the bottom and 100 at the top, each labelled', () => {
    const svg = historySvg([window(0, 50), window(30, 60)])
    const grid = elements(svg, 'line').filter(l => l.attrs.class === 'grid')
    expect(grid.map(l => [l.attrs.x1, l.attrs.x2, l.attrs.y1, l.attrs.y2])).toEqual([
      ['44', '680', '260', '260'],
      ['44', '680', '199', '199'],
      ['44', '680', '138', '138'],
      ['44', '680', '77', '77'],
      ['44', '680', '16', '16']
    ])
    const axis = elements(svg, 'text').filter(t => t.attrs['text-anchor'] === 'end')
    expect(axis.map(t => [t.text, t.attrs.x, t.attrs.y])).toEqual([
      ['0', '36', '264'],
      ['25', '36', '203'],
      ['50', '36', '142'],
      ['75', '36', '81'],
      ['100', '36', '20']
    ])
  })

  it('spreads the windows evenly from the left grid edge to the right one, at their scores', () => {
    const svg = historySvg([window(0, 0), window(30, 100), window(60, 50)])
    const index = group(svg, 'index')
    expect(index.body).toContain('<path d="M44 260 L362 16 L680 138" fill="none"')
    const dots = elements(index.body, 'circle').map(c => [c.attrs.cx, c.attrs.cy])
    expect(dots).toEqual([
      ['44', '260'],
      ['362', '16'],
      ['680', '138']
    ])
  })

  it('rounds coordinates to one decimal', () => {
    // x: 44 + 636 / 7 · order; y: 16 + 244 · (100 − score) / 100.
    const history = [0, 1, 2, 3, 4, 5, 6, 7].map(order => window(order * 30, 33))
    const svg = historySvg(history)
    const path = group(svg, 'index').body.match(/<path d="([^"]*)"/)![1]!
    expect(path.split(' L')[1]).toBe('134.9 179.5')
    expect(path.endsWith('680 179.5')).toBe(true)
  })

  it('draws the three scores first and the index last, thicker, with bigger dots', () => {
    const svg = historySvg([window(0, 40), window(30, 60)])
    const groups = seriesGroups(svg)
    expect(groups.map(g => g.key)).toEqual(['documentation', 'automation', 'patterns', 'index'])
    expect(groups[3]!.attrs).toEqual({ fill: '#1f7aec', stroke: '#1f7aec' })
    expect(groups[0]!.attrs).toEqual({ fill: '#279a47', stroke: '#279a47' })
    expect(groups[3]!.body).toContain('stroke-width="3.5"')
    expect(groups[0]!.body).toContain('stroke-width="2"')
    expect(elements(groups[3]!.body, 'circle').map(c => c.attrs.r)).toEqual(['4.5', '4.5'])
    expect(elements(groups[1]!.body, 'circle').map(c => c.attrs.r)).toEqual(['3', '3'])
    expect(groups[0]!.body).toContain('<path d="M44 160 L680 111.2" fill="none"')
  })

  it('names each dot by series, score and start day', () => {
    const svg = historySvg([window(0, 40), window(30, 60)])
    const titles = elements(group(svg, 'automation').body, 'title').map(t => t.text)
    expect(titles).toEqual(['Automation 42 (2026-01-01)', 'Automation 62 (2026-01-31)'])
    expect(elements(group(svg, 'index').body, 'title')[0]!.text).toBe('Index 40 (2026-01-01)')
  })

  it('breaks every line at a quiet window and starts it again after, never falling to 0', () => {
    const svg = historySvg([window(0, 40), window(30, null, 0), window(60, 60), window(90, 70)])
    const index = group(svg, 'index').body
    expect(index).toContain('<path d="M44 162.4 M468 113.6 L680 89.2" fill="none"')
    expect(elements(index, 'circle')).toHaveLength(3)
    // A window with a score but no counted change is quiet too.
    const scored = historySvg([window(0, 40), window(30, 50, 0), window(60, 60)])
    expect(group(scored, 'index').body).toContain('<path d="M44 162.4 M680 113.6"')
    // A score missing in one series breaks that series only.
    const gap = historySvg([window(0, 40), window(30, 50, 5, { patterns: null }), window(60, 60)])
    expect(group(gap, 'patterns').body).toContain('<path d="M44 155.1 M680 106.3"')
    expect(group(gap, 'index').body).toContain('<path d="M44 162.4 L362 138 L680 113.6"')
  })

  it('shades a quiet window as a column half a step either side, clipped to the plot', () => {
    const svg = historySvg([window(0, null, 0), window(30, 50), window(60, null, 0)])
    const bands = elements(svg, 'rect')
    expect(bands.map(b => [b.attrs.x, b.attrs.width, b.attrs.y, b.attrs.height])).toEqual([
      ['44', '159', '16', '244'],
      ['521', '159', '16', '244']
    ])
    expect(bands.map(b => b.text)).toEqual([
      '<title>no activity</title>',
      '<title>no activity</title>'
    ])
    const words = elements(svg, 'text').filter(t => t.text === 'no activity')
    expect(words.map(t => [t.attrs.x, t.attrs.y])).toEqual([
      ['44', '32'],
      ['680', '32']
    ])
    const middle = historySvg([window(0, 40), window(30, null, 0), window(60, 60), window(90, 70)])
    expect(elements(middle, 'rect').map(b => [b.attrs.x, b.attrs.width])).toEqual([['150', '212']])
    expect(middle).toContain(' Windows with no activity are shaded gaps. The table below')
  })

  it('shades nothing and says nothing of gaps when every window is active', () => {
    const svg = historySvg([window(0, 40), window(30, 60)])
    expect(elements(svg, 'rect')).toEqual([])
    expect(svg).not.toContain('no activity')
    expect(svg).not.toContain('shaded gaps')
  })

  it('labels every start day up to eight windows, under the axis', () => {
    const history = [0, 1, 2, 3, 4, 5, 6, 7].map(order => window(order * 30, 50))
    const labels = dayLabels(historySvg(history))
    expect(labels).toHaveLength(8)
    expect(labels[0]).toEqual({ x: '44', y: '280', text: '2026-01-01' })
    expect(labels[7]!.text).toBe('2026-07-30')
  })

  it('labels every other day past eight windows, and always the last', () => {
    const nine = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(order => window(order * 30, 50))
    expect(dayLabels(historySvg(nine)).map(l => l.x)).toEqual(['44', '203', '362', '521', '680'])
    const ten = [...nine, window(270, 50)]
    const labels = dayLabels(historySvg(ten))
    expect(labels.map(l => l.text)).toEqual([
      '2026-01-01',
      '2026-03-02',
      '2026-05-01',
      '2026-06-30',
      '2026-08-29',
      '2026-09-28'
    ])
    expect(labels.at(-1)!.x).toBe('680')
  })

  it('escapes a hostile start day', () => {
    const hostile = window(0, 40)
    hostile.window = { since: '<b>"x"</b>', until: hostile.window.until }
    const svg = historySvg([hostile, window(30, 60)])
    expect(svg).not.toContain('<b>')
    expect(dayLabels(svg)).toHaveLength(1)
    expect(svg).toContain('&lt;b&gt;&quot;x&quot;&lt;/')
  })
})

describe('render/svg-chart historyLegend', () => {
  it('lists each series with its colour, the index first, bold and marked', () => {
    expect(historyLegend()).toBe(
      '<ul class="legend" aria-label="Legend">' +
        '<li><span class="swatch index" style="background:#1f7aec" aria-hidden="true"></span><strong>Index</strong></li>' +
        '<li><span class="swatch" style="background:#279a47" aria-hidden="true"></span>Documentation</li>' +
        '<li><span class="swatch" style="background:#d9650c" aria-hidden="true"></span>Automation</li>' +
        '<li><span class="swatch" style="background:#9e6bf0" aria-hidden="true"></span>Patterns</li>' +
        '</ul>'
    )
  })
})

describe('render/history-chart', () => {
  it('counts a window as active only with a score and at least one change', () => {
    expect(isActive(window(0, 40, 1))).toBe(true)
    expect(isActive(window(0, 40, 0))).toBe(false)
    expect(isActive(window(0, null, 3))).toBe(false)
    expect(isActive(window(0, 0, 1))).toBe(true)
  })

  it('shows windows from the first active one on, and none when none is active', () => {
    const history = [window(0, null, 0), window(30, 40, 0), window(60, 50), window(90, null, 0)]
    expect(shownHistory(history).map(e => e.window.since.slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-04-01'
    ])
    expect(shownHistory([window(0, null, 0), window(30, null, 0)])).toEqual([])
    expect(shownHistory([window(0, 40)])).toHaveLength(1)
    expect(shownHistory(undefined)).toEqual([])
  })

  it('has no section for fewer than two windows to show', () => {
    expect(historyLines(undefined)).toEqual([])
    expect(historyLines([window(0, null, 0), window(30, 40)])).toEqual([])
  })

  it('folds the table under the chart, with its header, rows and footnote', () => {
    const lines = historyLines([
      window(0, 40, 5, { direction: null }),
      window(30, 60, 8, { direction: 'up', botChanges: 2 })
    ])
    const start = lines.indexOf('<details><summary>Every window’s figures</summary>')
    expect(start).toBeGreaterThan(0)
    expect(lines.slice(start - 1, start + 2)).toEqual([
      '',
      '<details><summary>Every window’s figures</summary>',
      ''
    ])
    expect(lines.slice(start + 2)).toEqual([
      '| Window | Index | Against the window before | Documentation | Automation | Patterns | Changes |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
      '| 2026-01-01 – 2026-01-30 | **40**<br><sub>35–45</sub> | — | 41 | 42 | 43 | 5 |',
      '| 2026-01-31 – 2026-03-01 | **60**<br><sub>55–65</sub> | ▲ higher | 61 | 62 | 63 | 8 (+2 by bots) |',
      '',
      '_Under each index, the range it lies in, 90 % sure; "no clear change" where a window ' +
        'cannot be told apart from the one before it._',
      '',
      '</details>'
    ])
  })

  it('says lower, no clear change, and "no activity" for a quiet window in the table', () => {
    const directions: (Direction | null)[] = ['down', 'steady']
    const lines = historyLines([
      window(0, 40),
      window(30, 30, 5, { direction: directions[0]! }),
      window(60, 31, 5, { direction: directions[1]! }),
      window(90, null, 0)
    ])
    const rows = lines.filter(line => line.startsWith('| 2026'))
    expect(rows[1]).toContain('| ▼ lower |')
    expect(rows[2]).toContain('| no clear change |')
    expect(rows[3]).toBe(
      '| 2026-04-01 – 2026-04-30 | no activity | — | no activity | no activity | no activity | 0 |'
    )
  })

  it('gives the table alone, unfolded, when fewer than two windows are active', () => {
    const lines = historyLines([window(0, 40), window(30, null, 0)])
    expect(lines[0]).toBe(
      '| Window | Index | Against the window before | Documentation | Automation | Patterns | Changes |'
    )
    expect(lines.join('\n')).not.toContain('mermaid')
    expect(lines.join('\n')).not.toContain('<details>')
    expect(lines.at(-1)).toMatch(/^_Under each index/)
  })

  it('draws the mermaid chart over the active windows, titled by the count shown', () => {
    const lines = historyLines([window(0, 40), window(30, null, 0), window(60, 60)])
    expect(lines[0]).toBe('```mermaid')
    expect(lines[2]).toBe('xychart-beta')
    expect(lines[3]).toBe('  title "Multiplier index and scores, last 3 windows (by start day)"')
    expect(lines[4]).toBe('  x-axis ["2026-01-01", "2026-03-02"]')
    expect(lines[5]).toBe('  y-axis "Score" 0 --> 100')
    expect(lines.slice(6, 11)).toEqual([
      '  line [41, 61]',
      '  line [42, 62]',
      '  line [43, 63]',
      '  line [40, 60]',
      '```'
    ])
    expect(lines[11]).toBe('')
    expect(lines[12]).toBe(
      'Lines: 🟦 **Index** (on top) · 🟩 Documentation · 🟧 Automation · 🟪 Patterns. ' +
        'Each window is scored as the report’s own window is; the table has the figures. ' +
        '1 window with no activity is left out of the lines.'
    )
  })

  it('counts several quiet windows in the plural, and none when all are active', () => {
    const two = historyLines([
      window(0, 40),
      window(30, null, 0),
      window(60, 50, 0),
      window(90, 60)
    ])
    expect(two.find(line => line.startsWith('Lines:'))).toMatch(
      /the figures\. 2 windows with no activity are left out of the lines\.$/
    )
    const none = historyLines([window(0, 40), window(30, 60)])
    expect(none.find(line => line.startsWith('Lines:'))).toMatch(/the table has the figures\.$/)
  })
})

describe('render/history-chart windowLabel', () => {
  const label = (since: string, until: string): string => windowLabel({ window: { since, until } })

  it('gives whole days as an inclusive range of days', () => {
    expect(label('2026-01-01T00:00:00Z', '2026-01-31T00:00:00Z')).toBe('2026-01-01 – 2026-01-30')
    expect(label('2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z')).toBe('2026-01-01 – 2026-01-02')
  })

  it('gives a one-day window by its start, with the time', () => {
    expect(label('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')).toBe('2026-01-01 00:00')
  })

  it('gives a window that does not start or end at midnight by its start time', () => {
    expect(label('2026-01-01T10:30:00Z', '2026-01-31T00:00:00Z')).toBe('2026-01-01 10:30')
    expect(label('2026-01-01T00:00:00Z', '2026-01-31T10:30:00Z')).toBe('2026-01-01 00:00')
  })
})
