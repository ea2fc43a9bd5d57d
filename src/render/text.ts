// `multiplier report --format text`: the report for a terminal. Plain words and aligned
// columns: no markdown, no HTML, no mermaid, no long addresses (a change is its short sha or
// its #number). Colour is the caller's decision (a TTY without NO_COLOR or --no-color); with it
// off, the text has no escape codes at all.
import { CATEGORY_IDS } from '../model.js'
import type { Report, ReportChange } from '../model.js'
import { CATEGORY_TEXT } from './categories.js'
import { shownHistory, windowLabel } from './history-chart.js'
import { countedReportChanges, topChanges } from './change-lines.js'
import { windowText } from './window-text.js'
import { NO_ACTIVITY, scoreText } from './palette.js'
import { reportView } from './report-view.js'

export interface TextOptions {
  /** ANSI colour and bold; only for a terminal that wants them. */
  colour?: boolean
  /** Changes listed per category (default 3). */
  topChanges?: number
}

/** Titles are cut here, so a change stays on one line of a common terminal. */
const TITLE_LENGTH = 64

type Paint = (text: string) => string

interface Style {
  heading: Paint
  strong: Paint
  dim: Paint
  warn: Paint
}

const PLAIN: Style = { heading: t => t, strong: t => t, dim: t => t, warn: t => t }
const ANSI: Style = {
  heading: t => `\u001b[1m${t}\u001b[22m`,
  strong: t => `\u001b[1;34m${t}\u001b[0m`,
  dim: t => `\u001b[2m${t}\u001b[22m`,
  warn: t => `\u001b[33m${t}\u001b[39m`
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const style = options.colour ? ANSI : PLAIN
  const view = reportView(report)
  const days = Math.round(
    (Date.parse(report.window.until) - Date.parse(report.window.since)) / 86_400_000
  )
  const source = report.source === 'git' ? 'git history' : 'merged pull requests'
  const { totals } = report
  const lines = [
    style.heading(`Multiplier report: ${oneLine(report.repository)}`),
    style.dim(
      `${windowText(report.window)} · ${days} day${days === 1 ? '' : 's'} of ${source} · ` +
        `${totals.changes} changes (${totals.multiplier} multiplier, ${totals.output} output) · ` +
        `${totals.people} ${totals.people === 1 ? 'person' : 'people'}` +
        (totals.botChanges > 0 ? ` · ${totals.botChanges} by bots, set apart` : '')
    ),
    ''
  ]
  if (view.index === null) {
    lines.push(`Index: ${style.warn(NO_ACTIVITY)} (${view.quiet ?? 'nothing to measure'})`)
  } else {
    lines.push(
      `Index: ${style.strong(`${view.index} / 100`)}${view.range ? ` (likely ${view.range})` : ''}   ${view.confidence} confidence   ` +
        `trend ${view.trend} (previous window: ${scoreText(view.previousIndex)})`
    )
  }
  lines.push('')
  lines.push(
    ...columns(
      ['Category', 'Score', 'Confidence', 'Previous', 'Trend', 'Changes', 'People', 'Weeks'],
      view.categories.map(category => [
        category.label,
        scoreText(category.score),
        category.confidence ?? '—',
        scoreText(category.previous),
        category.trend,
        String(category.changes),
        String(category.people),
        `${category.activeWeeks}/${totals.weeks}`
      ]),
      [false, true, false, true, false, true, true, true]
    )
  )
  lines.push(...historyBlock(report, style), ...changesBlock(report, options, style))
  if (report.notes.length > 0) {
    lines.push('', style.heading('Notes'), ...report.notes.map(note => `  - ${oneLine(note)}`))
  }
  lines.push(
    '',
    style.dim('Scores are 0–100; the index is the mean of the three. More: --format html or json.')
  )
  return `${lines.join('\n')}\n`
}

function historyBlock(report: Report, style: Style): string[] {
  const history = shownHistory(report.history)
  if (history.length < 2) return []
  return [
    '',
    style.heading('History'),
    ...columns(
      ['Window', 'Index', 'Documentation', 'Automation', 'Patterns', 'Changes'],
      history.map(entry => [
        windowLabel(entry),
        scoreText(entry.index),
        scoreText(entry.documentation),
        scoreText(entry.automation),
        scoreText(entry.patterns),
        String(entry.changes)
      ]),
      [false, true, true, true, true, true]
    )
  ]
}

function changesBlock(report: Report, options: TextOptions, style: Style): string[] {
  const counted = countedReportChanges(report)
  const lines: string[] = []
  for (const id of CATEGORY_IDS) {
    const top = topChanges(counted, id, options.topChanges ?? 3)
    if (top.length === 0) continue
    const total = report.categories[id].changes
    lines.push(
      '',
      style.heading(
        `${CATEGORY_TEXT[id].label}${total > top.length ? ` (top ${top.length} of ${total})` : ''}`
      ),
      ...top.map(
        change =>
          `  ${changeRef(change).padEnd(7)}  ${shorten(oneLine(change.title), TITLE_LENGTH)}  ${style.dim(`${oneLine(change.author)}, ${change.time.slice(0, 10)}`)}`
      )
    )
  }
  return lines
}

/** A change as a terminal reader can look it up: `git show <sha>` or `#123`. */
function changeRef(change: ReportChange): string {
  return change.kind === 'pull_request' ? `#${change.id}` : change.id.slice(0, 7)
}

/**
 * Rows under a header, each column as wide as its widest cell, numbers right-aligned; two
 * spaces between columns. Widths count characters, which is what a terminal shows for these.
 */
function columns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[]
): string[] {
  const widths = header.map((title, at) =>
    Math.max(title.length, ...rows.map(row => (row[at] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, at) =>
        numeric[at] ? cell.padStart(widths[at] ?? 0) : cell.padEnd(widths[at] ?? 0)
      )
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)]
}

/**
 * User text on one line with control characters (escape codes a commit title could carry to
 * the terminal) taken out.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim()
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
}
