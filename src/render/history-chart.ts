// The history section: a mermaid xychart of the index and the three scores over the last
// windows (GitHub draws it in comments, issues and job summaries), a legend in words and
// coloured squares (mermaid's xychart draws none), and the same figures as a table for readers
// and renderers that do not draw mermaid.
import type { Direction, HistoryEntry } from '../model.js'
import { scoreCell } from './categories.js'
import { NO_ACTIVITY, SERIES, type SeriesKey, scoreText } from './palette.js'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A history window as this section reads it: the lead's contract lets a window with nothing to
 * measure carry null scores, and the section must say "no activity" there, never 0.
 */
export type HistoryScores = Omit<HistoryEntry, SeriesKey> & Record<SeriesKey, number | null>

/** A window with something measured: a score, and changes that counted. */
export function isActive(entry: HistoryScores): boolean {
  return typeof entry.index === 'number' && entry.changes > 0
}

/**
 * The windows worth showing: from the first active one on. Windows before it (before the
 * repository or the team began) say nothing about the work.
 */
export function shownHistory(all: readonly HistoryScores[] | undefined): HistoryScores[] {
  const first = (all ?? []).findIndex(isActive)
  return first === -1 ? [] : (all ?? []).slice(first)
}

/** The section's lines (heading excluded); none when there is less than two windows to show. */
export function historyLines(all: readonly HistoryScores[] | undefined): string[] {
  const history = shownHistory(all)
  if (history.length < 2) return []
  const chart = chartLines(history)
  const table = [
    '| Window | Index | Against the window before | Documentation | Automation | Patterns | Changes |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: |'
  ]
  for (const entry of history) {
    const index = scoreCell(entry.index, entry.interval)
    const bots = entry.botChanges > 0 ? ` (+${entry.botChanges} by bots)` : ''
    table.push(
      `| ${windowLabel(entry)} | ${index} | ${movedText(entry.direction)} ` +
        `| ${scoreText(entry.documentation)} | ${scoreText(entry.automation)} ` +
        `| ${scoreText(entry.patterns)} | ${entry.changes}${bots} |`
    )
  }
  table.push(
    '',
    '_Under each index, the range it lies in, 90 % sure; "no clear change" where a window ' +
      'cannot be told apart from the one before it._'
  )
  // Beside a chart the figures are looked up, not read: folded. Alone, the table is the section.
  if (chart.length === 0) return table
  return [
    ...chart,
    '',
    '<details><summary>Every window’s figures</summary>',
    '',
    ...table,
    '',
    '</details>'
  ]
}

/** Whether a window's index clearly differs from the one before it. */
function movedText(direction: Direction | null): string {
  if (direction === null) return '—'
  if (direction === 'steady') return 'no clear change'
  return direction === 'up' ? '▲ higher' : '▼ lower'
}

/**
 * The mermaid block and its legend. Only active windows are points: a window with no activity
 * has no score, and drawing it as 0 would be a fall that did not happen. With fewer than two
 * active windows there is no line to draw and the table stands alone.
 */
function chartLines(history: readonly HistoryScores[]): string[] {
  const active = history.filter(isActive)
  if (active.length < 2) return []
  // The index is drawn last, so it lies on top of the three scores where lines cross.
  const drawn = [...SERIES.slice(1), SERIES[0]!]
  const init = {
    themeVariables: { xyChart: { plotColorPalette: drawn.map(s => s.colour).join(', ') } }
  }
  const labels = active.map(entry => `"${entry.window.since.slice(0, 10)}"`)
  const quiet = history.length - active.length
  const legend = SERIES.map((s, order) =>
    order === 0 ? `${s.marker} **${s.label}** (on top)` : `${s.marker} ${s.label}`
  ).join(' · ')
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    `  title "Multiplier index and scores, last ${history.length} windows (by start day)"`,
    `  x-axis [${labels.join(', ')}]`,
    '  y-axis "Score" 0 --> 100',
    ...drawn.map(series => `  line [${active.map(entry => entry[series.key]).join(', ')}]`),
    '```',
    '',
    `Lines: ${legend}. Each window is scored as the report’s own window is; the table has ` +
      'the figures.' +
      (quiet > 0
        ? ` ${quiet} window${quiet === 1 ? '' : 's'} with ${NO_ACTIVITY} ${quiet === 1 ? 'is' : 'are'} left out of the lines.`
        : '')
  ]
}

/** A window by its days, inclusive ("2026-10-01 – 2026-10-30"), or its start where it has a time. */
export function windowLabel(entry: Pick<HistoryEntry, 'window'>): string {
  const since = Date.parse(entry.window.since)
  const until = Date.parse(entry.window.until)
  const day = (time: number): string => new Date(time).toISOString().slice(0, 10)
  if (since % DAY_MS === 0 && until % DAY_MS === 0 && until - since > DAY_MS) {
    return `${day(since)} – ${day(until - DAY_MS)}`
  }
  return new Date(since).toISOString().slice(0, 16).replace('T', ' ')
}
