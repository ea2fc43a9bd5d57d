// How each category is named and what it means, for every renderer: one sentence each on why
// that kind of work multiplies a team.
import type { CategoryId, Direction, ScoreInterval } from '../model.js'

export interface CategoryText {
  label: string
  /** Why this kind of work multiplies a team, in one sentence. */
  meaning: string
}

export const CATEGORY_TEXT: Record<CategoryId, CategoryText> = {
  documentation: {
    label: 'Documentation',
    meaning: 'Documentation reduces the time required to understand systems.'
  },
  automation: {
    label: 'Automation',
    meaning: 'Automation removes repetitive work from daily workflows.'
  },
  patterns: {
    label: 'Patterns',
    meaning: 'Clear architectural patterns help engineers make consistent decisions.'
  }
}

/** ▲ +5, ▼ −3, ▬ 0, or — when there is nothing to compare with. */
export function trendText(trend: number | null): string {
  if (trend === null) return '—'
  if (trend > 0) return `▲ +${trend}`
  if (trend < 0) return `▼ −${Math.abs(trend)}`
  return '▬ 0'
}

import { NO_ACTIVITY } from './palette.js'

export { NO_ACTIVITY, scoreText } from './palette.js'

/** A 90 % interval as a range of points: "41–55". */
export function intervalText(interval: ScoreInterval): string {
  return `${interval.low}–${interval.high}`
}

/**
 * A score and its interval for a table cell: the score, and the range small on a line of its
 * own, so a narrow column never breaks "41–55" in the middle.
 */
export function scoreCell(score: number | null, interval: ScoreInterval | null): string {
  if (score === null) return NO_ACTIVITY
  return interval ? `**${score}**<br><sub>${intervalText(interval)}</sub>` : `**${score}**`
}

/**
 * A trend that says whether it is real: ▲ +13 or ▼ −9 only when it is outside the noise of
 * both windows, "no clear change" otherwise (with the raw difference when it is not 0). The
 * arrow and its number are joined by a no-break space so a narrow table cell never splits them.
 */
export function directionText(trend: number | null, direction: Direction | null): string {
  if (trend === null || direction === null) return '—'
  if (direction === 'steady') {
    return trend === 0 ? 'no clear change' : `no clear change (${signed(trend)})`
  }
  return trendText(trend).replace(' ', '\u00a0')
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0'
}

/** A 0–1 fraction as a whole percentage. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`
}
