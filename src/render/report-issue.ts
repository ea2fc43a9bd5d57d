// The report issue's text: its body (the report cut to GitHub's limit) and the short comment a
// rolling issue gets for each period, each with the hidden marker that finds it again.
import type { Report } from '../model.js'
import { trendText } from './categories.js'
import { COMMENT_BODY_LIMIT, fitSections, splitAtHeadings } from './limits.js'
import { renderMarkdown, windowText } from './markdown.js'

/** Hidden marker that finds the rolling report issue again. */
export const REPORT_ISSUE_MARKER = '<!-- multiplier:report-issue -->'

/**
 * The issue body: the report cut to GitHub's limit, the details section first to go. With
 * `periodMarker` (new mode: one issue per period) a rerun for the same days finds its issue.
 */
export function issueBody(report: Report, runUrl: string | undefined, periodMarker = ''): string {
  const markdown = renderMarkdown(report)
  const sections = splitAtHeadings(markdown, '### ').map((text, order) => ({
    text,
    value: order === 0 ? 100 : /^### What counted/.test(text) ? 10 : 50
  }))
  const run = runUrl ? `[this run](${runUrl})` : 'this run'
  const footer = `<sub>Updated by ${run}; the JSON report and job summary have every change.</sub>`
  const note = `_Cut to fit GitHub's issue limit; the job summary of ${run} has the full report._`
  const markers = periodMarker ? `${REPORT_ISSUE_MARKER}\n${periodMarker}` : REPORT_ISSUE_MARKER
  return `${markers}\n${fitSections([...sections, { text: footer, value: 90 }], COMMENT_BODY_LIMIT - 200, note)}`
}

/** The short comment a rolling issue gets for each period. */
export function periodComment(report: Report, runUrl: string | undefined): string {
  const trend =
    report.previousIndex === null
      ? 'no earlier activity to compare with'
      : `${trendText(report.index - report.previousIndex)} from ${report.previousIndex}`
  const link = runUrl ? ` · [run](${runUrl})` : ''
  return `**${windowText(report.window)}**: multiplier index **${report.index}**/100 (${trend})${link}`
}

/** One comment (or, in new mode, one issue) per reported period: a rerun for the same days edits it. */
export function periodMarker(report: Report): string {
  return `<!-- multiplier:period ${report.window.since.slice(0, 10)}..${report.window.until.slice(0, 10)} -->`
}
