// The report issue's text: its body (the report cut to GitHub's limit, with the table of every
// period reported so far) and the short comment a rolling issue gets for each period, each
// with the hidden marker that finds it again.
import { CATEGORY_IDS } from '../model.js'
import type { Report } from '../model.js'
import { CATEGORY_TEXT, directionText, NO_ACTIVITY, scoreText } from './categories.js'
import { COMMENT_BODY_LIMIT, fitSections, splitAtHeadings } from './limits.js'
import { safeUrl } from './change-lines.js'
import { renderMarkdown } from './markdown.js'
import { windowText } from './window-text.js'

/** Hidden marker that finds the rolling report issue again. */
export const REPORT_ISSUE_MARKER = '<!-- multiplier:report-issue -->'
/** Hidden markers around the table of periods, so the next run can read its rows back. */
const PERIODS_START = '<!-- multiplier:periods -->'
const PERIODS_END = '<!-- /multiplier:periods -->'
/** Rows kept in the table: five years of weekly reports, well inside the body limit. */
const PERIODS_KEPT = 260
const ROW_LENGTH = 600

const PERIODS_HEADER = [
  `| Period | Index | Confidence | ${CATEGORY_IDS.map(id => CATEGORY_TEXT[id].label).join(' | ')} | Changes | Run |`,
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |'
]

/**
 * The issue body: the report cut to GitHub's limit, the details section first to go. With
 * `periodMarker` (new mode: one issue per period) a rerun for the same days finds its issue.
 * With `previousBody` (rolling mode: the body the issue has now) the table of periods keeps
 * every earlier row and gains or updates this period's, so the first period stays recorded.
 */
export function issueBody(
  report: Report,
  runUrl: string | undefined,
  periodMarker = '',
  previousBody?: string | null
): string {
  const markdown = renderMarkdown(report)
  const sections = splitAtHeadings(markdown, '### ').map((text, order) => ({
    text,
    value: order === 0 ? 100 : /^### What counted/.test(text) ? 10 : 50
  }))
  const run = runUrl ? `[this run](${runUrl})` : 'this run'
  const footer =
    `<sub>Updated by ${run}. Its job summary lists every change of the period, collapsed per ` +
    'category; the JSON report (the `report-path` output) has them all.</sub>'
  const note = `_Cut to fit GitHub's issue limit; the job summary of ${run} has the full report._`
  const markers = periodMarker ? `${REPORT_ISSUE_MARKER}\n${periodMarker}` : REPORT_ISSUE_MARKER
  const history =
    previousBody === undefined
      ? []
      : [{ text: periodsTable(report, runUrl, previousBody), value: 95 }]
  return `${markers}\n${fitSections([...sections, ...history, { text: footer, value: 90 }], COMMENT_BODY_LIMIT - 200, note)}`
}

/** This period's row of the table: index, confidence, the three scores, changes and run. */
export function periodRow(report: Report, runUrl: string | undefined): string {
  const link = safeUrl(runUrl)
  return (
    `| ${windowText(report.window)} | **${scoreText(report.index)}** | ${report.confidence ?? '—'} | ` +
    CATEGORY_IDS.map(id => scoreText(report.categories[id].score)).join(' | ') +
    ` | ${report.totals.changes} | ${link ? `[run](${link})` : '—'} |`
  )
}

/** The rows a body's table holds, as written (its own rows only: between its markers). */
export function readPeriodRows(body: string | null | undefined): string[] {
  if (!body) return []
  const start = body.indexOf(PERIODS_START)
  const end = body.indexOf(PERIODS_END, start)
  if (start === -1 || end === -1) return []
  return body
    .slice(start + PERIODS_START.length, end)
    .split('\n')
    .map(line => line.trim())
    .filter(line => line.startsWith('| ') && line.length <= ROW_LENGTH)
    .filter(line => !PERIODS_HEADER.includes(line))
}

/** Newest period first; a rerun for the same period replaces its row. */
function periodsTable(
  report: Report,
  runUrl: string | undefined,
  previousBody: string | null
): string {
  const row = periodRow(report, runUrl)
  const key = rowKey(row)
  const rows = [row, ...readPeriodRows(previousBody).filter(line => rowKey(line) !== key)]
    .sort((a, b) => (rowKey(a) < rowKey(b) ? 1 : rowKey(a) > rowKey(b) ? -1 : 0))
    .slice(0, PERIODS_KEPT)
  return ['### Every period', '', PERIODS_START, ...PERIODS_HEADER, ...rows, PERIODS_END].join('\n')
}

/** A row's period (its first cell): dates first, so keys sort in time. */
function rowKey(row: string): string {
  return row.split('|')[1]?.trim() ?? ''
}

/** The short comment a rolling issue gets for each period. */
export function periodComment(report: Report, runUrl: string | undefined): string {
  const link = runUrl ? ` · [run](${runUrl})` : ''
  if (report.index === null) {
    return `**${windowText(report.window)}**: multiplier index: **${NO_ACTIVITY}** (nothing to score)${link}`
  }
  const trend =
    report.previousIndex === null
      ? 'no earlier activity to compare with'
      : `${directionText(report.trend, report.direction)} from ${report.previousIndex}`
  return `**${windowText(report.window)}**: multiplier index **${report.index}**/100 (${trend}, confidence ${report.confidence})${link}`
}

/** One comment (or, in new mode, one issue) per reported period: a rerun for the same days edits it. */
export function periodMarker(report: Report): string {
  return `<!-- multiplier:period ${report.window.since.slice(0, 10)}..${report.window.until.slice(0, 10)} -->`
}
