// What the text and HTML reports read of a `Report`: a window with nothing to measure has null
// scores and an `activity` reason, a score may have moved within the noise, and these renderers
// say "no activity" and "no clear change" where those apply. Intervals are read defensively:
// a report read back from an older file may lack them.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, Confidence, Direction, Report, ScoreInterval } from '../model.js'
import { CATEGORY_TEXT, intervalText } from './categories.js'
import { NO_ACTIVITY } from './palette.js'

interface CategoryView {
  id: CategoryId
  label: string
  score: number | null
  confidence: Confidence | null
  /** Where the score may lie ("52–71"), where the report gives an interval. */
  range?: string
  previous: number | null
  /** The change since the previous window, in words ("+5", "no clear change", "—"). */
  trend: string
  changes: number
  people: number
  activeWeeks: number
}

export interface ReportView {
  index: number | null
  confidence: Confidence | null
  range?: string
  previousIndex: number | null
  trend: string
  /** Why there is no score, when there is none. */
  quiet?: string
  categories: CategoryView[]
}

export function reportView(report: Report): ReportView {
  const quiet = quietReason(report)
  const index = quiet === undefined ? report.index : null
  const categories = CATEGORY_IDS.map(id => {
    const category = report.categories[id]
    const score = quiet === undefined ? category.score : null
    const range = score === null ? undefined : rangeText(category.interval)
    return {
      id,
      label: CATEGORY_TEXT[id].label,
      score,
      confidence: score === null ? null : category.confidence,
      ...(range ? { range } : {}),
      previous: category.previous,
      trend: trendWords(score, category.previous, category.direction),
      changes: category.changes,
      people: category.people,
      activeWeeks: category.activeWeeks
    }
  })
  const range = index === null ? undefined : rangeText(report.indexInterval)
  return {
    index,
    confidence: index === null ? null : report.confidence,
    ...(range ? { range } : {}),
    previousIndex: report.previousIndex,
    trend: trendWords(index, report.previousIndex, report.direction),
    ...(quiet === undefined ? {} : { quiet }),
    categories
  }
}

/**
 * Why the window has no score, when it has none: the report's own words, or (for a report read
 * back from a file that scored an empty window 0) the counts, whose zeros are no verdict.
 */
function quietReason(report: Report): string | undefined {
  if (report.activity.state !== 'active') {
    return report.activity.reason ?? 'nothing to measure in this window'
  }
  if (report.index === null) return 'nothing to measure in this window'
  if (report.totals.changes === 0) {
    return report.totals.botChanges > 0
      ? 'only bots changed anything in this window'
      : 'no changes in this window'
  }
  return undefined
}

/**
 * The change since the previous window: the planned direction where the report has one (a
 * change within the noise is "no clear change"), else the plain difference.
 */
export function trendWords(
  score: number | null,
  previous: number | null,
  direction?: Direction | null
): string {
  if (score === null) return NO_ACTIVITY
  if (previous === null) return '—'
  const difference = score - previous
  const signed = difference > 0 ? `+${difference}` : difference < 0 ? `−${-difference}` : '0'
  if (direction === 'steady') return `no clear change (${signed})`
  if (direction === 'up' || direction === 'down') return `${direction} ${signed}`
  return signed
}

/** An interval as "52–71", or undefined when the report has none (or a malformed one). */
function rangeText(interval: ScoreInterval | null | undefined): string | undefined {
  if (!interval || typeof interval.low !== 'number' || typeof interval.high !== 'number') {
    return undefined
  }
  return intervalText(interval)
}
