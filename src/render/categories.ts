// How each category is named and what it means, in the essay's words, for every renderer.
import type { CategoryId } from '../model.js'

export interface CategoryText {
  label: string
  /** The essay's sentence: why this kind of work multiplies a team. */
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

/** A 0–1 fraction as a whole percentage. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`
}
