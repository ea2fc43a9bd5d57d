// The org roll-up: many repositories' JSON reports → one table and one org index. Repositories
// weigh by how many changes they had, so a quiet repository with one README edit cannot lift
// (or sink) the org's figure as much as a busy one.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, Report, SourceKind, Window } from '../model.js'
import { CATEGORY_TEXT, trendText } from './categories.js'
import { badgeColor } from './badge.js'
import { type RenderTarget, textPolicy } from './text-policy.js'
import { windowText } from './markdown.js'
import { roundHalfUp } from '../score/index.js'

export interface AggregateRow {
  repository: string
  source: SourceKind
  window: Window
  index: number
  /** index − previous index; null when the previous window had no activity. */
  trend: number | null
  categories: Record<CategoryId, number>
  changes: number
  multiplier: number
  output: number
  people: number
}

export interface AggregateReport {
  schemaVersion: 1
  kind: 'aggregate'
  /** From the earliest `since` to the latest `until` of the reports. */
  window: Window
  /** Mean of the repositories' indexes weighted by their changes, rounded half up. */
  index: number
  categories: Record<CategoryId, number>
  totals: {
    repositories: number
    changes: number
    multiplier: number
    output: number
    /** Summed per repository: one person active in two repositories counts twice. */
    people: number
  }
  /** Highest index first; ties by name. */
  repositories: AggregateRow[]
  notes: string[]
}

export function aggregateReports(reports: readonly Report[]): AggregateReport {
  const notes: string[] = []
  const latest = new Map<string, Report>()
  const seen = new Map<string, number>()
  for (const report of reports) {
    seen.set(report.repository, (seen.get(report.repository) ?? 0) + 1)
    const kept = latest.get(report.repository)
    if (!kept || isNewer(report, kept)) latest.set(report.repository, report)
  }
  for (const [repository, count] of [...seen].sort(([a], [b]) => compare(a, b))) {
    if (count > 1) notes.push(`${repository} had ${count} reports; the newest window was used.`)
  }

  const rows = [...latest.values()]
    .map(toRow)
    .sort((a, b) => b.index - a.index || compare(a.repository, b.repository))
  const changes = sum(rows.map(row => row.changes))
  const weighted = (value: (row: AggregateRow) => number): number =>
    changes === 0 ? 0 : roundHalfUp(sum(rows.map(row => value(row) * row.changes)) / changes)

  const windows = new Set(rows.map(row => `${row.window.since}/${row.window.until}`))
  if (windows.size > 1) {
    notes.push(`The reports cover ${windows.size} different windows; compare them with care.`)
  }
  if (rows.length > 0 && changes === 0) notes.push('No activity in any repository.')

  return {
    schemaVersion: 1,
    kind: 'aggregate',
    window: {
      since: rows.map(row => row.window.since).sort(byTime)[0] ?? '',
      until:
        rows
          .map(row => row.window.until)
          .sort(byTime)
          .at(-1) ?? ''
    },
    index: weighted(row => row.index),
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, weighted(row => row.categories[id])])
    ) as Record<CategoryId, number>,
    totals: {
      repositories: rows.length,
      changes,
      multiplier: sum(rows.map(row => row.multiplier)),
      output: sum(rows.map(row => row.output)),
      people: sum(rows.map(row => row.people))
    },
    repositories: rows,
    notes
  }
}

/** The roll-up as markdown; `target` as for renderMarkdown ('posted' unless said). */
export function renderAggregateMarkdown(
  aggregate: AggregateReport,
  target: RenderTarget = 'posted'
): string {
  const { text } = textPolicy(target)
  const lines: string[] = ['## Multiplier: organisation roll-up', '']
  if (aggregate.repositories.length === 0) {
    return `${lines.join('\n')}_No reports._\n`
  }
  const { totals } = aggregate
  lines.push(
    `${windowText(aggregate.window)} · ${totals.repositories} repositor${totals.repositories === 1 ? 'y' : 'ies'} · ` +
      `${totals.changes} changes, ${totals.multiplier} multiplier, ${totals.output} output`
  )
  lines.push('')
  lines.push(
    `**Org multiplier index: ${aggregate.index} / 100** (weighted by changes) · ` +
      CATEGORY_IDS.map(id => `${CATEGORY_TEXT[id].label} ${aggregate.categories[id]}`).join(' · ')
  )
  lines.push('')
  lines.push(
    '| Repository | Index | Trend | Documentation | Automation | Patterns | Changes | Multiplier share |'
  )
  lines.push('| --- | ---: | :---: | ---: | ---: | ---: | ---: | ---: |')
  for (const row of aggregate.repositories) {
    const share = row.changes === 0 ? '—' : `${Math.round((row.multiplier / row.changes) * 100)}%`
    lines.push(
      `| ${text(row.repository)} | **${row.index}** | ${trendText(row.trend)} | ` +
        CATEGORY_IDS.map(id => row.categories[id]).join(' | ') +
        ` | ${row.changes} | ${share} |`
    )
  }
  lines.push(
    `| **All** | **${aggregate.index}** | | ` +
      CATEGORY_IDS.map(id => `**${aggregate.categories[id]}**`).join(' | ') +
      ` | **${totals.changes}** | ${totals.changes === 0 ? '—' : `${Math.round((totals.multiplier / totals.changes) * 100)}%`} |`
  )
  lines.push('')
  if (aggregate.notes.length > 0) {
    lines.push('### Notes', '')
    for (const note of aggregate.notes) lines.push(`- ${text(note)}`)
    lines.push('')
  }
  return `${lines.join('\n')}`
}

export function renderAggregateJson(aggregate: AggregateReport): string {
  return `${JSON.stringify(aggregate, null, 2)}\n`
}

/** Badge colour of the org index, for callers that publish an org badge. */
export function aggregateColor(aggregate: AggregateReport): string {
  return aggregate.totals.changes === 0 ? 'lightgrey' : badgeColor(aggregate.index)
}

function toRow(report: Report): AggregateRow {
  return {
    repository: report.repository,
    source: report.source,
    window: { since: report.window.since, until: report.window.until },
    index: report.index,
    trend:
      report.previousIndex === null || report.previousIndex === undefined
        ? null
        : report.index - report.previousIndex,
    categories: Object.fromEntries(
      CATEGORY_IDS.map(id => [id, report.categories[id].score])
    ) as Record<CategoryId, number>,
    changes: report.totals.changes,
    multiplier: report.totals.multiplier ?? 0,
    output: report.totals.output ?? 0,
    people: report.totals.people ?? 0
  }
}

function isNewer(candidate: Report, kept: Report): boolean {
  return (
    byTime(candidate.window.until, kept.window.until) > 0 ||
    (candidate.window.until === kept.window.until &&
      byTime(candidate.generatedAt ?? '', kept.generatedAt ?? '') > 0)
  )
}

function byTime(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0) || compare(a, b)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
