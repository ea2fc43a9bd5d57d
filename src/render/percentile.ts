// The percentile line of the report: where the index and each score stand among the reference
// repositories' windows of the report's own length, shipped with the code. Its own module, so
// other report sections merge apart. When there is no percentile the notes say why.
import { CATEGORY_IDS } from '../model.js'
import type { Report } from '../model.js'
import { CATEGORY_TEXT } from './categories.js'

/** One line under the index, or none when the report was not placed against the set. */
export function percentileLines(report: Report): string[] {
  const reference = report.reference
  if (report.percentile === undefined || reference === undefined) return []
  const days = reference.windowDays
  if (days === null) return []
  // A category of low confidence has no rank worth printing: its range spans most of the set.
  const categories = CATEGORY_IDS.flatMap(id => {
    const { percentile, confidence } = report.categories[id]
    return percentile === undefined || confidence === 'low'
      ? []
      : [`${CATEGORY_TEXT[id].label} ${percentile} %`]
  })
  const range = report.percentileRange
  const where = range
    ? ` (from ${range.low} % to ${range.high} % across the index's 90 % range)`
    : ''
  // A calendar month is compared with the 30-day windows: say so rather than let it pass unseen.
  const length =
    reference.reportDays === days ? '' : `, for this ${reference.reportDays}-day window`
  return [
    `Higher than **${report.percentile} %**${where} of ${reference.repositories} public repositories' ` +
      `${days}-day windows (${reference.windows} windows with activity up to ${reference.date}` +
      `${length})` +
      (categories.length > 0 ? ` · ${categories.join(' · ')}` : '') +
      '.',
    ''
  ]
}
