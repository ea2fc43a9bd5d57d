// The report's first lines: the index with its interval and how it moved, or the words every
// surface uses for a window with nothing to score; then how sure the index is, in words.
import type { Confidence, Report } from '../model.js'
import { directionText, intervalText, NO_ACTIVITY } from './categories.js'

/** The index and how it moved, or what every surface says of a window with nothing to score. */
export function headline(report: Report): string {
  if (report.index === null) {
    const why = report.activity.state === 'bots-only' ? ': only bots were active' : ''
    return `**Multiplier index: ${NO_ACTIVITY}**${why} — nothing to score in this window, so no index, no scores and no trend.`
  }
  const interval = report.indexInterval
    ? ` (90 % interval ${intervalText(report.indexInterval)})`
    : ''
  return `**Multiplier index: ${report.index} / 100**${interval} · ${trendSuffix(report)}`
}

function trendSuffix(report: Report): string {
  const before = report.previousIndex
  if (before === null) return 'no earlier activity to compare with'
  return `${directionText(report.trend, report.direction)} from ${before}`
}

/** The index's confidence in words, with the sample it comes from. */
export function confidenceLine(report: Report): string {
  const { changes, people, weeks } = report.totals
  const sample =
    `${changes} change${changes === 1 ? '' : 's'} by ${people} ${people === 1 ? 'person' : 'people'} ` +
    `over ${weeks} week${weeks === 1 ? '' : 's'}`
  const confidence = report.confidence ?? 'low'
  const meaning: Record<Confidence, string> = {
    low: 'the index could lie anywhere in a wide range: read it as a rough sign, not a figure',
    medium: 'large moves show; small ones are inside the noise',
    high: 'the index is known to within a few points'
  }
  return `Confidence: **${confidence}** — ${sample}; ${meaning[confidence]}.`
}
