// `multiplier report --format html` (and the action's `html-path`): the report as one
// self-contained page. The headline figures, the score table, the history as an inline SVG
// chart with its data table beside it, the changes that counted, hotspots, teams and notes.
import type { Report, ReportChange } from '../model.js'
import { CATEGORY_TEXT } from './categories.js'
import { shownHistory, windowLabel } from './history-chart.js'
import { type Cell, escapeHtml, htmlPage, htmlTable, link, textCell } from './html-page.js'
import { countedReportChanges } from './change-lines.js'
import { windowText } from './window-text.js'
import { NO_ACTIVITY, scoreText } from './palette.js'
import { type ReportView, reportView } from './report-view.js'
import { historyLegend, historySvg } from './svg-chart.js'

/** Changes listed in the page; a long window's JSON report has the rest. */
const CHANGES_SHOWN = 500

export function renderHtml(report: Report): string {
  const view = reportView(report)
  const sections = [
    headSection(report, view),
    scoresSection(view, report.totals.weeks),
    historySection(report),
    changesSection(report),
    hotspotsSection(report),
    teamsSection(report),
    notesSection(report),
    `<footer>Generated ${escapeHtml(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC by ` +
      'Multiplier. The index is the mean of the three scores; each score weighs the share of ' +
      'changes, the people and the steady weeks behind it (docs/scoring.md in Multiplier).</footer>'
  ]
  return htmlPage(`Multiplier report: ${report.repository}`, sections.filter(Boolean).join('\n'))
}

function headSection(report: Report, view: ReportView): string {
  const days = Math.round(
    (Date.parse(report.window.until) - Date.parse(report.window.since)) / 86_400_000
  )
  const source = report.source === 'git' ? 'git history' : 'merged pull requests'
  const index =
    view.index === null
      ? figure(
          'Multiplier index',
          `<span class="quiet">${NO_ACTIVITY}</span>`,
          view.quiet ?? '',
          'index'
        )
      : figure(
          'Multiplier index',
          `${view.index}<span class="muted"> / 100</span>`,
          `${view.range ? `likely ${view.range} · ` : ''}${view.confidence ?? ''} confidence · trend ${view.trend}`,
          'index'
        )
  const categories = view.categories.map(category =>
    figure(
      category.label,
      category.score === null
        ? `<span class="quiet">${NO_ACTIVITY}</span>`
        : String(category.score),
      category.score === null
        ? ''
        : `${category.range ? `likely ${category.range} · ` : ''}${category.confidence} confidence · trend ${category.trend}`
    )
  )
  return [
    `<h1>Multiplier report: ${link(report.repository, report.repositoryUrl)}</h1>`,
    `<p class="muted">${escapeHtml(windowText(report.window))} · ${days} day${days === 1 ? '' : 's'} ` +
      `of ${source}, compared with the previous ${days} (${escapeHtml(windowText(report.previousWindow))}) · ` +
      `${report.totals.changes} changes, ${report.totals.multiplier} multiplier, ` +
      `${report.totals.output} output, ${report.totals.people} people</p>`,
    `<section class="headline" aria-label="Headline figures">${[index, ...categories].join('')}</section>`
  ].join('\n')
}

function figure(label: string, value: string, detail: string, kind = ''): string {
  return (
    `<div class="figure${kind ? ` ${kind}` : ''}"><div class="label">${escapeHtml(label)}</div>` +
    `<div class="value">${value}</div><div class="label">${escapeHtml(detail)}</div></div>`
  )
}

function scoresSection(view: ReportView, weeks: number): string {
  const rows = view.categories.map(category => [
    textCell(category.label),
    textCell(scoreText(category.score), category.score ?? ''),
    textCell(category.confidence ?? '—'),
    textCell(scoreText(category.previous), category.previous ?? ''),
    textCell(category.trend),
    textCell(String(category.changes), category.changes),
    textCell(String(category.people), category.people),
    textCell(`${category.activeWeeks} of ${weeks}`, category.activeWeeks)
  ])
  const meanings = view.categories
    .map(
      category =>
        `<li><strong>${category.label}</strong>: ${escapeHtml(CATEGORY_TEXT[category.id].meaning)}</li>`
    )
    .join('')
  return [
    '<h2 id="scores">Scores</h2>',
    htmlTable(
      'Each score is 0–100; the previous window is the one of equal length before this one.',
      [
        { label: 'Category' },
        { label: 'Score', numeric: true },
        { label: 'Confidence' },
        { label: 'Previous', numeric: true },
        { label: 'Trend' },
        { label: 'Changes', numeric: true },
        { label: 'People', numeric: true },
        { label: 'Active weeks', numeric: true }
      ],
      rows,
      { id: 'scores-table' }
    ),
    `<ul>${meanings}</ul>`
  ].join('\n')
}

function historySection(report: Report): string {
  const history = shownHistory(report.history)
  if (history.length < 2) return ''
  const number = (value: number | null): Cell => textCell(scoreText(value), value ?? '')
  const rows = history.map(entry => [
    textCell(windowLabel(entry), entry.window.since),
    number(entry.index),
    number(entry.documentation),
    number(entry.automation),
    number(entry.patterns),
    textCell(String(entry.changes), entry.changes)
  ])
  return [
    '<h2 id="history">History</h2>',
    `<figure class="chart">${historySvg(history)}<figcaption>${historyLegend()}</figcaption></figure>`,
    htmlTable(
      `The index and the scores of the last ${history.length} windows, each scored as this report's window is.`,
      [
        { label: 'Window' },
        { label: 'Index', numeric: true },
        { label: 'Documentation', numeric: true },
        { label: 'Automation', numeric: true },
        { label: 'Patterns', numeric: true },
        { label: 'Changes', numeric: true }
      ],
      rows,
      { id: 'history-table' }
    )
  ].join('\n')
}

function changesSection(report: Report): string {
  const counted = countedReportChanges(report).filter(change => change.categories.length > 0)
  if (counted.length === 0) return ''
  const shown = counted.slice(0, CHANGES_SHOWN)
  const rows = shown.map(change => [
    { html: link(change.title, change.url) },
    textCell(change.categories.map(id => CATEGORY_TEXT[id].label).join(', ')),
    textCell(reasonText(change)),
    textCell(change.author),
    textCell(change.time.slice(0, 10), change.time)
  ])
  const more = counted.length - shown.length
  return [
    '<h2 id="changes">What counted</h2>',
    htmlTable(
      `The ${counted.length} changes that fed a category` +
        (more > 0 ? ` (the first ${shown.length}; the JSON report has all)` : '') +
        '.',
      [
        { label: 'Change' },
        { label: 'Categories' },
        { label: 'Why' },
        { label: 'Author', nowrap: true },
        { label: 'Day', nowrap: true }
      ],
      rows,
      { id: 'changes-table', wrap: true }
    )
  ].join('\n')
}

/** The first reason for a category, with the file it was read from. */
function reasonText(change: ReportChange): string {
  const reason = change.reasons.find(
    item => item.category !== 'output' && item.category !== 'excluded'
  )
  if (!reason) return ''
  const more = change.reasons.length - 1
  return `${reason.detail}${reason.file ? ` (${reason.file})` : ''}${more > 0 ? `; +${more} more` : ''}`
}

function hotspotsSection(report: Report): string {
  if (!report.hotspots || report.hotspots.length === 0) return ''
  const rows = report.hotspots.map(hotspot => [
    textCell(hotspot.path),
    textCell(String(hotspot.churn), hotspot.churn),
    textCell(String(hotspot.changes), hotspot.changes),
    textCell(String(hotspot.people), hotspot.people),
    textCell(
      hotspot.docsLastChanged?.slice(0, 10) ?? 'not in the history read',
      hotspot.docsLastChanged ?? ''
    )
  ])
  return [
    '<h2 id="hotspots">Docs-debt hotspots</h2>',
    htmlTable(
      'Code areas with the most changed lines and no documentation change touching them.',
      [
        { label: 'Area' },
        { label: 'Changed lines', numeric: true },
        { label: 'Changes', numeric: true },
        { label: 'People', numeric: true },
        { label: 'Docs last changed' }
      ],
      rows
    )
  ].join('\n')
}

function teamsSection(report: Report): string {
  if (!report.teams || report.teams.length === 0) return ''
  const rows = report.teams.map(team => [
    textCell(team.team),
    textCell(String(team.changes), team.changes),
    textCell(
      team.index === null ? (team.reason ?? NO_ACTIVITY) : String(team.index),
      team.index ?? ''
    ),
    textCell(scoreText(team.documentation), team.documentation ?? ''),
    textCell(scoreText(team.automation), team.automation ?? ''),
    textCell(scoreText(team.patterns), team.patterns ?? '')
  ])
  return [
    '<h2 id="teams">Teams</h2>',
    htmlTable(
      'Scores of the changes touching what each CODEOWNERS team owns; never per person.',
      [
        { label: 'Team' },
        { label: 'Changes', numeric: true },
        { label: 'Index', numeric: true },
        { label: 'Documentation', numeric: true },
        { label: 'Automation', numeric: true },
        { label: 'Patterns', numeric: true }
      ],
      rows
    )
  ].join('\n')
}

function notesSection(report: Report): string {
  if (report.notes.length === 0) return ''
  return `<h2 id="notes">Notes</h2>\n<ul>${report.notes.map(note => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`
}
