// What the text and HTML reports read of a `Report`, read defensively: the lead's contract
// (issue 23) lets a window with nothing to measure carry null scores, an `activity` state and a
// `direction` per score, and these renderers must say "no activity" and "no clear change"
// where those apply, whichever version of the report they are given.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, Confidence, Report } from '../model.js'
import { CATEGORY_TEXT } from './categories.js'
import { NO_ACTIVITY } from './palette.js'

type Direction = 'up' | 'down' | 'steady' | null
interface Interval {
  low: number
  high: number
}

/** The fields of the planned contract, optional until they land. */
interface Planned {
  index: number | null
  confidence: Confidence | null
  activity?: { state: 'active' | 'none' | 'bots-only'; reason: string }
  direction?: Direction
  indexInterval?: Interval
}

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
  const planned = report as unknown as Report & Planned
  const quiet = quietReason(planned)
  const index = quiet === undefined ? planned.index : null
  const categories = CATEGORY_IDS.map(id => {
    const category = report.categories[id] as Report['categories'][CategoryId] & {
      score: number | null
      confidence: Confidence | null
      direction?: Direction
      interval?: Interval
    }
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
  const range = index === null ? undefined : rangeText(planned.indexInterval)
  return {
    index,
    confidence: index === null ? null : planned.confidence,
    ...(range ? { range } : {}),
    previousIndex: report.previousIndex,
    trend: trendWords(index, report.previousIndex, planned.direction),
    ...(quiet === undefined ? {} : { quiet }),
    categories
  }
}

/**
 * Why the window has no score: the planned `activity` state, or (before it lands) a window
 * with no counted change, whose zeros would otherwise read as a verdict.
 */
function quietReason(report: Report & Planned): string | undefined {
  if (report.activity && report.activity.state !== 'active') return report.activity.reason
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
  direction?: Direction
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
function rangeText(interval: Interval | undefined): string | undefined {
  if (!interval || typeof interval.low !== 'number' || typeof interval.high !== 'number') {
    return undefined
  }
  return `${interval.low}–${interval.high}`
}
