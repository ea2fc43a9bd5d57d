// The aggregate as markdown (the job summary, `multiplier aggregate`) and JSON. The maths is
// in score/aggregate.ts; this only lays it out. The pieces (head, table, problems, notes) are
// exported for the aggregate issue, which fits them into GitHub's body limit.
import { CATEGORY_IDS } from '../model.js'
import type { AggregateReport, AggregateRow } from '../score/aggregate.js'
import { CATEGORY_TEXT, directionText, NO_ACTIVITY, scoreText, trendText } from './categories.js'
import { inlineCode, truncate } from './escape.js'
import { type RenderTarget, textPolicy } from './text-policy.js'
import { safeUrl } from './change-lines.js'
import { windowText } from './window-text.js'
import { reportLinkFor } from './report-link.js'

const AGGREGATE_TITLE = '## Multiplier: organisation roll-up'

const TABLE_HEAD = [
  '| Repository | Index | Confidence | Trend | Documentation | Automation | Patterns | Changes | Multiplier share |',
  '| --- | ---: | --- | :---: | ---: | ---: | ---: | ---: | ---: |'
]

/** The aggregate as markdown; `target` as for renderMarkdown ('posted' unless said). */
export function renderAggregateMarkdown(
  aggregate: AggregateReport,
  target: RenderTarget = 'posted',
  options: AggregateTableOptions = {}
): string {
  const { text } = textPolicy(target)
  if (aggregate.repositories.length === 0 && aggregate.failed.length === 0) {
    const missing =
      aggregate.missing.length > 0 ? `\n\n${problemsSection(aggregate, Infinity, text)}` : ''
    return `${AGGREGATE_TITLE}\n\n_No reports._${missing}\n`
  }
  const sections = [
    aggregateHead(aggregate),
    aggregateTable(
      aggregate,
      aggregate.repositories.map(row => repositoryLine(row, text, options))
    ),
    problemsSection(aggregate, Infinity, text),
    notesSection(aggregate, text)
  ].filter(Boolean)
  return `${sections.join('\n\n')}\n`
}

export function renderAggregateJson(aggregate: AggregateReport): string {
  return `${JSON.stringify(aggregate, null, 2)}\n`
}

/** The title, the window and totals, the aggregate index with its trend and the category scores. */
export function aggregateHead(aggregate: AggregateReport): string {
  const { totals, trend, previous } = aggregate
  const plural = totals.repositories === 1 ? 'y' : 'ies'
  const versus = previous
    ? ` ${trendText(trend?.index ?? null)} (was ${previous.index} over ${previous.repositories} repositor${previous.repositories === 1 ? 'y' : 'ies'}, ${windowText(previous.window)})`
    : ''
  const categories = CATEGORY_IDS.map(id => {
    const change = trend ? ` (${trendText(trend.categories[id])})` : ''
    return `${CATEGORY_TEXT[id].label} ${scoreText(aggregate.categories[id])}${change}`
  }).join(' · ')
  const headline =
    aggregate.index === null
      ? `**Org multiplier index: ${NO_ACTIVITY}**${versus}`
      : `**Org multiplier index: ${aggregate.index} / 100**${versus} (weighted by changes) · ${categories}`
  return [
    AGGREGATE_TITLE,
    '',
    `${windowText(aggregate.window)} · ${totals.repositories} repositor${plural} · ` +
      `${totals.changes} changes, ${totals.multiplier} multiplier, ${totals.output} output`,
    '',
    headline
  ].join('\n')
}

/** How user text is placed inline: the render target's policy (escaped for posted bodies). */
type InlineText = (value: string) => string
const POSTED: InlineText = textPolicy('posted').text

/** multiplier ÷ changes as a whole percentage, "—" without changes. */
function shareText(multiplier: number, changes: number): string {
  return changes === 0 ? '—' : `${Math.round((Math.min(multiplier, changes) / changes) * 100)}%`
}

/** How the aggregate table links each repository to its own report (see report-link.ts). */
export interface AggregateTableOptions {
  /** The report's address, `{repository}`, `{owner}` and `{name}` replaced; none without. */
  reportLink?: string
}

/**
 * One table row per repository, its name linked to its report where the workflow says where
 * the reports are; a quiet one says "no activity" and has no trend.
 */
export function repositoryLine(
  row: AggregateRow,
  text: InlineText = POSTED,
  options: AggregateTableOptions = {}
): string {
  const index = row.index === null ? `_${NO_ACTIVITY}_` : `**${row.index}**`
  const link = options.reportLink
    ? safeUrl(reportLinkFor(row.repository, options.reportLink))
    : null
  const name = link ? `[${text(row.repository)}](${link})` : text(row.repository)
  return (
    `| ${name} | ${index} | ${row.index === null ? '—' : (row.confidence ?? '—')} ` +
    `| ${rowTrend(row)} | ` +
    CATEGORY_IDS.map(id => (row.index === null ? '—' : scoreText(row.categories[id]))).join(' | ') +
    ` | ${row.changes} | ${shareText(row.multiplier, row.changes)} |`
  )
}

/**
 * A repository's trend: from a report that says whether it is outside the noise (v2), an arrow
 * only then, "no clear change" otherwise; from an older report, the plain difference.
 */
function rowTrend(row: AggregateRow): string {
  if (row.index === null) return trendText(null)
  return row.direction ? directionText(row.trend, row.direction) : trendText(row.trend)
}

/** The per-repository table with the given rows (all of them, or the top and bottom). */
export function aggregateTable(aggregate: AggregateReport, lines: readonly string[]): string {
  const { totals } = aggregate
  const index = aggregate.index === null ? `_${NO_ACTIVITY}_` : `**${aggregate.index}**`
  const all =
    `| **All** | ${index} | — | ${trendText(aggregate.trend?.index ?? null)} | ` +
    CATEGORY_IDS.map(id =>
      aggregate.categories[id] === null ? '—' : `**${aggregate.categories[id]}**`
    ).join(' | ') +
    ` | **${totals.changes}** | ${shareText(totals.multiplier, totals.changes)} |`
  return ['### Repositories', '', ...TABLE_HEAD, ...lines, all].join('\n')
}

/** The row that stands for the repositories left out between the top and the bottom. */
export function omittedLine(count: number): string {
  return `| _… ${count} more: see the job summary or the JSON report_ | | | | | | | | |`
}

/**
 * The repositories that were expected and had no report, and those whose report failed, each
 * list cut after `limit` names with a count of the rest.
 */
export function problemsSection(
  aggregate: AggregateReport,
  limit = Infinity,
  text: InlineText = POSTED
): string {
  const { missing, failed } = aggregate
  if (missing.length === 0 && failed.length === 0) return ''
  const lines = ['### Missing and failed', '']
  if (missing.length > 0) {
    const shown = missing.slice(0, limit).map(name => inlineCode(name))
    const rest = missing.length - shown.length
    lines.push(
      `- **Missing** (${missing.length}: expected, no report and no failure record): ` +
        shown.join(', ') +
        (rest > 0 ? ` and ${rest} more` : '')
    )
  }
  if (failed.length > 0) {
    lines.push(`- **Failed** (${failed.length}):`)
    for (const item of failed.slice(0, limit)) {
      const who = item.repository ? `${inlineCode(item.repository)}: ` : ''
      const file = inlineCode(truncate(item.file, FILE_SHOWN))
      lines.push(`  - ${who}${text(truncate(item.problem, PROBLEM_SHOWN))} (${file})`)
    }
    if (failed.length > limit) lines.push(`  - … and ${failed.length - limit} more`)
  }
  return lines.join('\n')
}

/** A failure's problem and file as shown: the job summary and JSON have them whole. */
const PROBLEM_SHOWN = 300
const FILE_SHOWN = 200

/** The notes, the first `limit` of them, each cut to NOTE_SHOWN characters. */
export function notesSection(
  aggregate: AggregateReport,
  text: InlineText = POSTED,
  limit = Infinity
): string {
  const { notes } = aggregate
  if (notes.length === 0) return ''
  const shown = notes.slice(0, limit).map(note => `- ${text(truncate(note, NOTE_SHOWN))}`)
  const rest = notes.length - shown.length
  return ['### Notes', '', ...shown, ...(rest > 0 ? [`- … and ${rest} more`] : [])].join('\n')
}

const NOTE_SHOWN = 1000
