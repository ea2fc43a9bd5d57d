// The history section: a mermaid xychart of the index and the three scores over the last
// windows (GitHub draws it in comments, issues and job summaries), with the same figures as a
// table for readers and renderers that do not draw mermaid.
import type { HistoryEntry } from '../model.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Line order in the chart; mermaid's xychart has no legend, so the text under it names them. */
const SERIES = [
  { key: 'index', label: 'Index' },
  { key: 'documentation', label: 'Documentation' },
  { key: 'automation', label: 'Automation' },
  { key: 'patterns', label: 'Patterns' }
] as const

/** The section's lines (heading excluded); none when there is less than two windows to show. */
export function historyLines(all: readonly HistoryEntry[] | undefined): string[] {
  // Windows before the first change (before the repository or the team began) are left out of
  // the chart: a row of zeros there says nothing about the work.
  const first = (all ?? []).findIndex(entry => entry.changes > 0)
  const history = first === -1 ? [] : (all ?? []).slice(first)
  if (history.length < 2) return []
  const labels = history.map(entry => `"${entry.window.since.slice(0, 10)}"`)
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "Multiplier index and scores, last ${history.length} windows (by start day)"`,
    `  x-axis [${labels.join(', ')}]`,
    '  y-axis "Score" 0 --> 100',
    ...SERIES.map(series => `  line [${history.map(entry => entry[series.key]).join(', ')}]`),
    '```',
    '',
    `_Lines in the order drawn: ${SERIES.map(series => series.label).join(', ')} ` +
      '(the chart has no legend; the table has the figures). Each window is scored as the ' +
      'report’s own window is._',
    '',
    '| Window | Index | Documentation | Automation | Patterns | Changes |',
    '| --- | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const entry of history) {
    lines.push(
      `| ${windowLabel(entry)} | **${entry.index}** | ${entry.documentation} | ${entry.automation} ` +
        `| ${entry.patterns} | ${entry.changes} |`
    )
  }
  return lines
}

/** A window by its days, inclusive ("2026-10-01 – 2026-10-30"), or its start where it has a time. */
function windowLabel(entry: HistoryEntry): string {
  const since = Date.parse(entry.window.since)
  const until = Date.parse(entry.window.until)
  const day = (time: number): string => new Date(time).toISOString().slice(0, 10)
  if (since % DAY_MS === 0 && until % DAY_MS === 0 && until - since > DAY_MS) {
    return `${day(since)} – ${day(until - DAY_MS)}`
  }
  return new Date(since).toISOString().slice(0, 16).replace('T', ' ')
}
