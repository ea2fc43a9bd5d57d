// The history chart of the HTML report, drawn as inline SVG by this module (no charting
// library and nothing fetched at view time): the index and the three scores over the windows,
// the index thicker and on top, a window with no activity a shaded gap in every line, never a
// fall to 0. The page puts the same figures in a table beside it.
import { isActive, type HistoryScores } from './history-chart.js'
import { escapeHtml } from './html-page.js'
import { NO_ACTIVITY, SERIES, type Series } from './palette.js'

const WIDTH = 720
const HEIGHT = 300
const LEFT = 44
const RIGHT = 40
const TOP = 16
const BOTTOM = 40
const PLOT_WIDTH = WIDTH - LEFT - RIGHT
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM
/** At most this many day labels under the axis, so they never run into each other. */
const MAX_LABELS = 8

/** The chart as an `<svg>` element, or '' with fewer than two windows to show. */
export function historySvg(history: readonly HistoryScores[], idPrefix = 'history'): string {
  if (history.length < 2) return ''
  const x = (order: number): number => LEFT + (PLOT_WIDTH * order) / (history.length - 1)
  const y = (score: number): number => TOP + (PLOT_HEIGHT * (100 - score)) / 100
  const parts: string[] = []
  for (const score of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(score)}" y2="${y(score)}"/>`,
      `<text class="axis" x="${LEFT - 8}" y="${y(score) + 4}" text-anchor="end">${score}</text>`
    )
  }
  const step = Math.ceil(history.length / MAX_LABELS)
  history.forEach((entry, order) => {
    if (!isActive(entry)) parts.push(quietBand(x, order, history.length))
    if (order % step === 0 || order === history.length - 1) {
      parts.push(
        `<text class="axis" x="${x(order)}" y="${HEIGHT - BOTTOM + 20}" text-anchor="middle">` +
          `${escapeHtml(entry.window.since.slice(0, 10))}</text>`
      )
    }
  })
  // The index last, so it lies on top where lines cross.
  for (const series of [...SERIES.slice(1), SERIES[0]!]) {
    parts.push(seriesPath(series, history, x, y))
  }
  const title = `${idPrefix}-title`
  const desc = `${idPrefix}-desc`
  const quiet = history.filter(entry => !isActive(entry)).length
  return [
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${title} ${desc}">`,
    `<title id="${title}">Multiplier index and scores over the last ${history.length} windows</title>`,
    `<desc id="${desc}">Lines for the index (thick, blue), documentation, automation and ` +
      `patterns, 0 to 100, by the window's start day.` +
      (quiet > 0 ? ` Windows with ${NO_ACTIVITY} are shaded gaps.` : '') +
      ' The table below has the figures.</desc>',
    ...parts,
    '</svg>'
  ].join('\n')
}

/** The legend under the chart: each series' colour and name. */
export function historyLegend(): string {
  const items = SERIES.map(series => {
    const swatch = `<span class="swatch${series.key === 'index' ? ' index' : ''}" style="background:${series.colour}" aria-hidden="true"></span>`
    const name = series.key === 'index' ? `<strong>${series.label}</strong>` : series.label
    return `<li>${swatch}${name}</li>`
  })
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`
}

/** A shaded column over a window with no activity, with its words for a pointer's tooltip. */
function quietBand(x: (order: number) => number, order: number, count: number): string {
  const half = PLOT_WIDTH / (count - 1) / 2
  const from = Math.max(LEFT, x(order) - half)
  const to = Math.min(WIDTH - RIGHT, x(order) + half)
  return (
    `<rect class="grid" x="${from}" y="${TOP}" width="${to - from}" height="${PLOT_HEIGHT}" ` +
    `fill="currentColor" fill-opacity="0.08" stroke="none"><title>${NO_ACTIVITY}</title></rect>` +
    `<text class="axis" x="${x(order)}" y="${TOP + 16}" text-anchor="middle" font-size="12">${NO_ACTIVITY}</text>`
  )
}

/** One series: a path broken at every window without a score, and a dot at every point. */
function seriesPath(
  series: Series,
  history: readonly HistoryScores[],
  x: (order: number) => number,
  y: (score: number) => number
): string {
  const index = series.key === 'index'
  let d = ''
  let drawing = false
  const dots: string[] = []
  history.forEach((entry, order) => {
    const score = entry[series.key]
    if (typeof score !== 'number' || !isActive(entry)) {
      drawing = false
      return
    }
    d += `${drawing ? 'L' : 'M'}${round(x(order))} ${round(y(score))} `
    drawing = true
    dots.push(
      `<circle cx="${round(x(order))}" cy="${round(y(score))}" r="${index ? 4.5 : 3}"><title>` +
        `${series.label} ${score} (${escapeHtml(entry.window.since.slice(0, 10))})</title></circle>`
    )
  })
  return [
    `<g class="series series-${series.key}" fill="${series.colour}" stroke="${series.colour}">`,
    `<path d="${d.trim()}" fill="none" stroke-width="${index ? 3.5 : 2}" stroke-linejoin="round"/>`,
    ...dots,
    '</g>'
  ].join('\n')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
