// The colours of the index and the three scores wherever they are drawn (the mermaid chart, the
// HTML report's SVG), and the words for a score that is not there. Each colour keeps a contrast
// of at least 3:1 (WCAG's bar for lines and marks) against GitHub's light (#ffffff) and dark
// (#0d1117) backgrounds and the grey (#333333) mermaid's dark theme draws a chart on;
// `__tests__/render-history-chart.test.ts` measures it.
import type { CategoryId } from '../model.js'

export type SeriesKey = 'index' | CategoryId

export interface Series {
  key: SeriesKey
  label: string
  /** A 6-digit hex colour. */
  colour: string
  /** A coloured square of about the same hue, for markdown, which has no colour of its own. */
  marker: string
}

/** The index first: it is the headline, drawn on top and named first. */
export const SERIES: readonly Series[] = [
  { key: 'index', label: 'Index', colour: '#1f7aec', marker: '🟦' },
  { key: 'documentation', label: 'Documentation', colour: '#279a47', marker: '🟩' },
  { key: 'automation', label: 'Automation', colour: '#d9650c', marker: '🟧' },
  { key: 'patterns', label: 'Patterns', colour: '#9e6bf0', marker: '🟪' }
]

/** What a null score (a window with nothing to measure) is called wherever it is shown. */
export const NO_ACTIVITY = 'no activity'

/** A score as text: the number, or "no activity" for a window with nothing to measure. */
export function scoreText(score: number | null | undefined): string {
  return typeof score === 'number' ? String(score) : NO_ACTIVITY
}
