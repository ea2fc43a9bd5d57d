// The report people read: index, the three scores with what they mean and what is behind
// them, the balance of output and multiplier work, the changes that counted and why, and the
// notes on coverage. Scannable in half a minute; every piece of user text goes through the
// target's text policy (text-policy.ts): inert when posted, plain and linked in a document.
import { CATEGORY_IDS, SCORE_PARTS } from '../model.js'
import type { CategoryScore, Report, ScorePart } from '../model.js'
import { CATEGORY_TEXT, directionText, percent, scoreCell } from './categories.js'
import { MIN_PEOPLE, MIN_WEEKS } from '../score/confidence.js'
import { type RenderTarget, type TextPolicy, textPolicy } from './text-policy.js'
import { confidenceLine, headline } from './headline.js'
import { changeLine, countedReportChanges, safeUrl, topChanges } from './change-lines.js'
import { percentileLines } from './percentile.js'
import { reachLines } from './reach.js'
import { historyLines } from './history-chart.js'
import { hotspotLines } from './hotspots.js'
import { teamLines } from './teams.js'
import { movedLines } from './moved.js'
import { utcMinute, windowText } from './window-text.js'

export interface MarkdownOptions {
  /** Changes listed per category (default 3). */
  topChanges?: number
  /** Heading level of the title (default 2), so the report can sit inside another document. */
  headingLevel?: 1 | 2 | 3
  /**
   * 'posted' (default): a body GitHub shows (job summary, issue), where nothing may mention or
   * cross-reference; 'document': stdout or a file, escaped only where needed, `#123` linked.
   */
  target?: RenderTarget
}

const DAY_MS = 24 * 60 * 60 * 1000
/** The one link to how scores work: the project's own page, wherever the report is read. */
const SCORING_URL = 'https://github.com/multiplier/multiplier/blob/main/docs/scoring.md'

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const level = options.headingLevel ?? 2
  const h = (depth: number): string => '#'.repeat(Math.min(6, level + depth))
  const policy = textPolicy(options.target ?? 'posted', report.repositoryUrl)
  const lines: string[] = []

  lines.push(
    `${h(0)} Multiplier report: ${repositoryName(report, policy)} · ${windowText(report.window)}`
  )
  lines.push('')
  lines.push(windowLine(report))
  lines.push('')
  lines.push(headline(report))
  lines.push('')
  // One screen first: the index, what moved it, the table and the balance; everything a reader
  // looks up rather than reads (the legend, the history's figures, the lists) is folded.
  if (report.index !== null) {
    lines.push(confidenceLine(report))
    lines.push('')
    lines.push(...percentileLines(report))
    lines.push('**What moved the score**', '', ...movedLines(report, policy), '')
    lines.push(...scoreTable(report))
    lines.push('')
    lines.push(...folded('How to read this table', [tableLegend(report)]))
    lines.push(balanceLine(report))
    lines.push('')
  }
  const bots = botLine(report, policy)
  if (bots) lines.push(bots, '')
  lines.push(...insightSections(report, h(1)))

  if (report.totals.changes > 0) {
    const top = topChangesSection(report, options.topChanges ?? 3, policy)
    if (top.length > 0) {
      lines.push(`${h(1)} What counted`)
      lines.push('')
      lines.push(...folded(countedSummary(report), top))
    }
  }

  lines.push(...reachLines(report, h(1)))
  const notes = allNotes(report)
  if (notes.length > 0) {
    lines.push(`${h(1)} Notes`)
    lines.push('')
    for (const note of notes) lines.push(`- ${policy.text(note)}`)
    lines.push('')
  }
  lines.push(footer(report))
  return `${lines.join('\n')}\n`
}

/** Lines folded under a summary (GitHub renders markdown inside once a blank line follows). */
function folded(summary: string, body: readonly string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>', '']
}

/** The teams' table under a fold that says how many teams it holds. */
function foldedTeams(lines: string[], report: Report): string[] {
  const teams = report.teams?.length ?? 0
  if (teams === 0 || lines.length < 3) return lines
  return folded(`Scores of ${teams} CODEOWNERS team${teams === 1 ? '' : 's'}, by name`, lines)
}

/** What the folded lists hold, in one line: "Documentation 33 · Automation 7 · Patterns 2". */
function countedSummary(report: Report): string {
  const counts = CATEGORY_IDS.filter(id => report.categories[id].changes > 0).map(
    id => `${CATEGORY_TEXT[id].label} ${report.categories[id].changes}`
  )
  return `The changes behind each score (${counts.join(' · ')})`
}

/** The repository's name, linked to its page where the report knows it. */
function repositoryName(report: Report, policy: TextPolicy): string {
  const name = policy.text(report.repository)
  const link = safeUrl(report.repositoryUrl)
  return link ? `[${name}](${link})` : name
}

/** History, docs-debt hotspots and teams, each a section of its own when it has something. */
function insightSections(report: Report, heading: string): string[] {
  const sections: [string, string[]][] = [
    ['History', historyLines(report.history)],
    ['Docs-debt hotspots', hotspotLines(report.hotspots)],
    ['Teams', foldedTeams(teamLines(report.teams, report.bots.counted), report)]
  ]
  return sections.flatMap(([title, body]) =>
    body.length === 0 ? [] : [`${heading} ${title}`, '', ...body, '']
  )
}

function windowLine(report: Report): string {
  const days = Math.round(
    (Date.parse(report.window.until) - Date.parse(report.window.since)) / DAY_MS
  )
  const source = report.source === 'git' ? 'git history' : 'merged pull requests'
  return (
    `${days} day${days === 1 ? '' : 's'} of ${source}, ` +
    `compared with the previous ${days} (${windowText(report.previousWindow)}).`
  )
}

/** Each score part's column: its heading, and what is behind it → the part's value. */
const PART_COLUMNS: Record<
  ScorePart,
  {
    heading: string
    cell(category: CategoryScore, totals: Report['totals']): string
    /** What the part reads, for the legend under the table. */
    legend(scoring: Report['scoring']): string
  }
> = {
  share: {
    heading: 'Share of changes',
    legend: ({ targets }) =>
      'changes that fed the category, of all counted, marked against its target share ' +
      `(${CATEGORY_IDS.map(id => `${percent(targets[id])} ${id}`).join(', ')})`,
    cell: (category, { changes }) =>
      `${category.changes} of ${changes} (${percent(changes === 0 ? 0 : category.changes / changes)}) → ${percent(category.parts.share)}`
  },
  people: {
    heading: 'People',
    legend: () => `who fed it, of those active (not counted below ${MIN_PEOPLE} people)`,
    cell: (category, { people }) =>
      `${category.people} of ${people} → ${people >= MIN_PEOPLE ? percent(category.parts.people) : 'not counted'}`
  },
  steadiness: {
    heading: 'Steadiness',
    legend: () => `weeks with such a change (not counted below ${MIN_WEEKS} weeks)`,
    cell: (category, { weeks }) =>
      `${category.activeWeeks} of ${weeks} week${weeks === 1 ? '' : 's'} → ` +
      (weeks >= MIN_WEEKS ? percent(category.parts.steadiness) : 'not counted')
  }
}

function scoreTable(report: Report): string[] {
  const rows = [
    `| Category | Score | Confidence | Trend | ${SCORE_PARTS.map(part => PART_COLUMNS[part].heading).join(' | ')} |`,
    `| --- | ---: | --- | :---: |${SCORE_PARTS.map(() => ' --- |').join('')}`
  ]
  for (const id of CATEGORY_IDS) {
    const category = report.categories[id]
    const parts = SCORE_PARTS.map(part => `| ${PART_COLUMNS[part].cell(category, report.totals)} `)
    rows.push(
      `| **${CATEGORY_TEXT[id].label}** | ${scoreCell(category.score, category.interval)} ` +
        `| ${category.confidence ?? '—'} ` +
        `| ${directionText(category.trend, category.direction)} ${parts.join('')}|`
    )
  }
  return rows
}

/** One line under the table that says what every figure in it is. */
function tableLegend(report: Report): string {
  const { weights, prior } = report.scoring
  const weighed = SCORE_PARTS.map(part => percent(weights[part])).join(' / ')
  const parts = SCORE_PARTS.map(part => `${part}: ${PART_COLUMNS[part].legend(report.scoring)}`)
  const legend = parts.join('; ')
  return (
    'Each part reads "what was counted → its mark (0–100%)". ' +
    `${legend.charAt(0).toUpperCase()}${legend.slice(1)}. ` +
    `Score = ${weighed} of the marks, pulled toward ${prior.score} on small samples ` +
    `(the pull weighs as much as ${prior.changes} changes); under each score, the range it lies in ` +
    '90 % sure, from the counts behind each part. A trend is an arrow only outside that noise.'
  )
}

function balanceLine(report: Report): string {
  const { changes, output, multiplier, people } = report.totals
  const bots = report.bots.counted ? report.totals.bots : 0
  const multiplierShare = changes === 0 ? 0 : multiplier / changes
  const filled = Math.round(multiplierShare * 10)
  const bar = `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`
  const who =
    `${people} ${people === 1 ? 'person' : 'people'}` +
    (bots > 0 ? ` and ${bots} bot${bots === 1 ? '' : 's'}` : '')
  return (
    `\`${bar}\` **${multiplier}** multiplier change${multiplier === 1 ? '' : 's'} ` +
    `(${percent(multiplierShare)}) · **${output}** output change${output === 1 ? '' : 's'} ` +
    `(${percent(changes === 0 ? 0 : output / changes)}) · by ${who}`
  )
}

/** Bots' work on its own line: automation at work, counted or not. */
function botLine(report: Report, policy: TextPolicy = textPolicy('posted')): string | undefined {
  const { changes, authors, counted } = report.bots
  if (changes === 0) return undefined
  const names = authors.map(author => policy.text(botName(author.name)))
  const who =
    names.length <= 1
      ? (names[0] ?? 'Bots')
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  const made = `${who} made ${changes} change${changes === 1 ? '' : 's'}`
  return counted
    ? `Automation at work: ${made}, counted in the shares and steadiness (\`score.bots: include\`).`
    : `Automation at work: ${made}, left out of the scores (\`score.bots: include\` counts them).`
}

const BOT_NAMES: Readonly<Record<string, string>> = {
  dependabot: 'Dependabot',
  renovate: 'Renovate',
  'github-actions': 'GitHub Actions',
  'pre-commit-ci': 'pre-commit.ci'
}

/** `renovate[bot]` → Renovate: a bot as people call it. */
function botName(name: string): string {
  const bare = name.replace(/\[bot\]$/i, '').trim()
  return BOT_NAMES[bare.toLowerCase()] ?? bare
}

function topChangesSection(report: Report, perCategory: number, policy: TextPolicy): string[] {
  const lines: string[] = []
  const counted = countedReportChanges(report)
  for (const id of CATEGORY_IDS) {
    const top = topChanges(counted, id, perCategory)

    if (top.length === 0) continue
    const more = report.categories[id].changes - top.length
    lines.push(
      `**${CATEGORY_TEXT[id].label}**${more > 0 ? ` (top ${top.length} of ${top.length + more})` : ''}`
    )
    lines.push('')
    for (const change of top) lines.push(changeLine(change, id, policy))
    lines.push('')
  }
  return lines
}

function allNotes(report: Report): string[] {
  const notes = [...report.notes]
  const coverage = report.api?.coverage
  if (coverage && !notes.some(note => note.includes(coverage))) notes.push(coverage)
  return notes
}

function footer(report: Report): string {
  const parts = [`Generated ${utcMinute(Date.parse(report.generatedAt))} UTC`]
  if (report.api) {
    parts.push(
      `GitHub API: ${report.api.requests} request${report.api.requests === 1 ? '' : 's'}` +
        (report.api.cost > 0 ? `, ${report.api.cost} GraphQL points` : '') +
        (report.api.rateLimitRemaining !== undefined
          ? `, ${report.api.rateLimitRemaining} left`
          : '')
    )
  }
  parts.push(`the index is the mean of the three scores · [how the scores work](${SCORING_URL})`)
  return `<sub>${parts.join(' · ')}</sub>`
}
