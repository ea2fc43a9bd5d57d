// The org roll-up as markdown (the job summary, `multiplier aggregate`) and JSON. The maths is
// in score/aggregate.ts; this only lays it out. The pieces (head, table, problems, notes) are
// exported for the org report issue, which fits them into GitHub's body limit.
import { CATEGORY_IDS } from '../model.js'
import type { AggregateReport, AggregateRow } from '../score/aggregate.js'
import { CATEGORY_TEXT, trendText } from './categories.js'
import { inlineCode } from './escape.js'
import { type RenderTarget, textPolicy } from './text-policy.js'
import { windowText } from './markdown.js'

const AGGREGATE_TITLE = '## Multiplier: organisation roll-up'

const TABLE_HEAD = [
  '| Repository | Index | Trend | Documentation | Automation | Patterns | Changes | Multiplier share |',
  '| --- | ---: | :---: | ---: | ---: | ---: | ---: | ---: |'
]

/** The roll-up as markdown; `target` as for renderMarkdown ('posted' unless said). */
export function renderAggregateMarkdown(
  aggregate: AggregateReport,
  target: RenderTarget = 'posted'
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
      aggregate.repositories.map(row => repositoryLine(row, text))
    ),
    problemsSection(aggregate, Infinity, text),
    notesSection(aggregate, text)
  ].filter(Boolean)
  return `${sections.join('\n\n')}\n`
}

export function renderAggregateJson(aggregate: AggregateReport): string {
  return `${JSON.stringify(aggregate, null, 2)}\n`
}

/** The title, the window and totals, the org index with its trend and the category scores. */
export function aggregateHead(aggregate: AggregateReport): string {
  const { totals, trend, previous } = aggregate
  const plural = totals.repositories === 1 ? 'y' : 'ies'
  const versus = previous
    ? ` ${trendText(trend?.index ?? null)} (was ${previous.index} over ${previous.repositories} repositor${previous.repositories === 1 ? 'y' : 'ies'}, ${windowText(previous.window)})`
    : ''
  const categories = CATEGORY_IDS.map(id => {
    const change = trend ? ` (${trendText(trend.categories[id])})` : ''
    return `${CATEGORY_TEXT[id].label} ${aggregate.categories[id]}${change}`
  }).join(' · ')
  return [
    AGGREGATE_TITLE,
    '',
    `${windowText(aggregate.window)} · ${totals.repositories} repositor${plural} · ` +
      `${totals.changes} changes, ${totals.multiplier} multiplier, ${totals.output} output`,
    '',
    `**Org multiplier index: ${aggregate.index} / 100**${versus} (weighted by changes) · ${categories}`
  ].join('\n')
}

/** How user text is placed inline: the render target's policy (escaped for posted bodies). */
type InlineText = (value: string) => string
const POSTED: InlineText = textPolicy('posted').text

/** One table row per repository. */
export function repositoryLine(row: AggregateRow, text: InlineText = POSTED): string {
  const share = row.changes === 0 ? '—' : `${Math.round((row.multiplier / row.changes) * 100)}%`
  return (
    `| ${text(row.repository)} | **${row.index}** | ${trendText(row.trend)} | ` +
    CATEGORY_IDS.map(id => row.categories[id]).join(' | ') +
    ` | ${row.changes} | ${share} |`
  )
}

/** The per-repository table with the given rows (all of them, or the top and bottom). */
export function aggregateTable(aggregate: AggregateReport, lines: readonly string[]): string {
  const { totals } = aggregate
  const share =
    totals.changes === 0 ? '—' : `${Math.round((totals.multiplier / totals.changes) * 100)}%`
  const all =
    `| **All** | **${aggregate.index}** | ${trendText(aggregate.trend?.index ?? null)} | ` +
    CATEGORY_IDS.map(id => `**${aggregate.categories[id]}**`).join(' | ') +
    ` | **${totals.changes}** | ${share} |`
  return ['### Repositories', '', ...TABLE_HEAD, ...lines, all].join('\n')
}

/** The row that stands for the repositories left out between the top and the bottom. */
export function omittedLine(count: number): string {
  return `| _… ${count} more: see the job summary or the JSON report_ | | | | | | | |`
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
      lines.push(`  - ${who}${text(item.problem)} (${inlineCode(item.file)})`)
    }
    if (failed.length > limit) lines.push(`  - … and ${failed.length - limit} more`)
  }
  return lines.join('\n')
}

export function notesSection(aggregate: AggregateReport, text: InlineText = POSTED): string {
  if (aggregate.notes.length === 0) return ''
  return ['### Notes', '', ...aggregate.notes.map(note => `- ${text(note)}`)].join('\n')
}
