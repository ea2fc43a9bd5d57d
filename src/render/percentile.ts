// The percentile line of the report: where the index and each score stand among the reference
// repositories shipped with the code. Its own module, so other report sections merge apart.
import { CATEGORY_IDS } from '../model.js'
import type { Report } from '../model.js'
import { CATEGORY_TEXT } from './categories.js'

/** One line under the index, or none when the report was not placed against the set. */
export function percentileLines(report: Report): string[] {
  const reference = report.reference
  if (report.percentile === undefined || reference === undefined) return []
  const categories = CATEGORY_IDS.flatMap(id => {
    const percentile = report.categories[id].percentile
    return percentile === undefined ? [] : [`${CATEGORY_TEXT[id].label} ${percentile} %`]
  })
  return [
    `Higher than **${report.percentile} %** of the ${reference.repositories} reference ` +
      `repositories (${reference.windowDays}-day windows up to ${reference.date})` +
      (categories.length > 0 ? ` · ${categories.join(' · ')}` : '') +
      '.',
    ''
  ]
}
