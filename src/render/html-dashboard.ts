// `multiplier aggregate --format html` (and the action's `html-path` in aggregate mode): the
// aggregate dashboard. Every repository with its index, scores, confidence, trend and a link to
// its report, a text filter and an activity filter, and quiet repositories marked "no activity"
// rather than ranked as 0. Self-contained like the report page (html-page.ts).
import { CATEGORY_IDS } from '../model.js'
import type { Confidence } from '../model.js'
import type { AggregateReport, AggregateRow } from '../score/aggregate.js'
import { CATEGORY_TEXT } from './categories.js'
import { reportLinkFor } from './report-link.js'
import { type Cell, escapeHtml, htmlPage, htmlTable, link, textCell } from './html-page.js'
import { windowText } from './window-text.js'
import { NO_ACTIVITY, scoreText } from './palette.js'
import { trendWords } from './report-view.js'

export interface DashboardOptions {
  /**
   * Where each repository's report is, by a template: `{repository}` (owner/name), `{owner}`
   * and `{name}` are replaced, e.g. `{repository}.html` for reports published beside the page.
   */
  reportLink?: string
}

/** A row as the dashboard reads it: the planned contract's null index and the optional extras. */
type DashboardRow = Omit<AggregateRow, 'index'> & {
  index: number | null
  confidence?: Confidence | null
  reportUrl?: string
  repositoryUrl?: string
  /** The planned contract's trend outside the noise: 'steady' is "no clear change". */
  direction?: 'up' | 'down' | 'steady' | null
}

/** A repository with nothing measured in its window: shown as "no activity", sorted last. */
function isQuiet(row: DashboardRow): boolean {
  return row.index === null || row.changes === 0
}

export function renderAggregateHtml(
  aggregate: AggregateReport,
  options: DashboardOptions = {}
): string {
  const rows = aggregate.repositories as readonly DashboardRow[]
  const quiet = rows.filter(isQuiet).length
  const body = [
    '<h1>Multiplier: organisation dashboard</h1>',
    `<p class="muted">${escapeHtml(aggregate.window.since ? windowText(aggregate.window) : 'no window')} · ` +
      `${rows.length} repositor${rows.length === 1 ? 'y' : 'ies'}` +
      (quiet > 0 ? ` (${quiet} with ${NO_ACTIVITY})` : '') +
      ` · ${aggregate.totals.changes} changes, ${aggregate.totals.multiplier} multiplier, ` +
      `${aggregate.totals.output} output</p>`,
    headline(aggregate),
    '<h2 id="repositories">Repositories</h2>',
    filters(rows.length),
    repositoryTable(rows, options),
    problems(aggregate),
    aggregate.notes.length > 0
      ? `<h2 id="notes">Notes</h2><ul>${aggregate.notes.map(note => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`
      : '',
    '<footer>Made by Multiplier from the repositories’ JSON reports. The org index is the ' +
      'repositories’ indexes weighted by their changes; a repository with no activity weighs nothing.</footer>'
  ]
  return htmlPage(
    'Multiplier: organisation dashboard',
    body.filter(Boolean).join('\n'),
    FILTER_SCRIPT
  )
}

function headline(aggregate: AggregateReport): string {
  const figures = [
    {
      label: 'Org multiplier index',
      value: aggregate.index,
      kind: ' index',
      trend: aggregate.trend?.index
    },
    ...CATEGORY_IDS.map(id => ({
      label: CATEGORY_TEXT[id].label,
      value: aggregate.categories[id] as number | null,
      kind: '',
      trend: aggregate.trend?.categories[id]
    }))
  ]
  const active = aggregate.totals.changes > 0
  return `<section class="headline" aria-label="Headline figures">${figures
    .map(
      item =>
        `<div class="figure${item.kind}"><div class="label">${escapeHtml(item.label)}</div>` +
        `<div class="value">${active ? escapeHtml(scoreText(item.value)) : `<span class="quiet">${NO_ACTIVITY}</span>`}</div>` +
        `<div class="label">${headlineTrend(item.value, item.trend, active)}</div></div>`
    )
    .join('')}</section>`
}

function headlineTrend(value: number | null, trend: number | undefined, active: boolean): string {
  if (!active) return ''
  if (trend === undefined) return 'no previous org report'
  const previous = value === null ? null : value - trend
  return `since the last org report: ${escapeHtml(trendWords(value, previous))}`
}

/** The filters; hidden until the script shows them, since they do nothing without it. */
function filters(count: number): string {
  return [
    '<div class="filters" id="filters" hidden>',
    '<label>Repository name contains <input type="search" id="filter" autocomplete="off"></label>',
    '<label>Show <select id="activity"><option value="all">all repositories</option>' +
      `<option value="active">only active ones</option><option value="quiet">only those with ${NO_ACTIVITY}</option></select></label>`,
    `<span id="shown" class="muted" aria-live="polite">${count} of ${count} repositories shown</span>`,
    '</div>'
  ].join('\n')
}

function repositoryTable(rows: readonly DashboardRow[], options: DashboardOptions): string {
  const score = (value: number | null, quiet: boolean): Cell =>
    quiet
      ? { html: `<span class="quiet">${NO_ACTIVITY}</span>`, sort: '' }
      : textCell(scoreText(value), value ?? '')
  const cells = rows.map(row => {
    const quiet = isQuiet(row)
    const share = row.changes === 0 ? '—' : `${Math.round((row.multiplier / row.changes) * 100)}%`
    return [
      {
        html: link(row.repository, reportLinkOf(row, options)),
        sort: row.repository.toLowerCase()
      },
      score(row.index, quiet),
      textCell(quiet ? '—' : (row.confidence ?? '—')),
      textCell(
        quiet
          ? NO_ACTIVITY
          : trendWords(
              row.index,
              row.trend === null || row.index === null ? null : row.index - row.trend,
              row.direction ?? undefined
            )
      ),
      ...CATEGORY_IDS.map(id => score(row.categories[id], quiet)),
      textCell(String(row.changes), row.changes),
      textCell(share, row.changes === 0 ? '' : row.multiplier / row.changes)
    ]
  })
  const attributes = rows.map(
    row => `data-name="${escapeHtml(row.repository.toLowerCase())}" data-quiet="${isQuiet(row)}"`
  )
  return htmlTable(
    'Every repository, highest index first; a click on a heading sorts by it. Trend: against the repository’s previous window.',
    [
      { label: 'Repository' },
      { label: 'Index', numeric: true },
      { label: 'Confidence' },
      { label: 'Trend' },
      ...CATEGORY_IDS.map(id => ({ label: CATEGORY_TEXT[id].label, numeric: true })),
      { label: 'Changes', numeric: true },
      { label: 'Multiplier share', numeric: true }
    ],
    cells,
    { id: 'repositories-table', rowAttributes: attributes }
  )
}

/** The row's report: the template's address, else the one the row carries, else none. */
function reportLinkOf(row: DashboardRow, options: DashboardOptions): string | undefined {
  if (options.reportLink) return reportLinkFor(row.repository, options.reportLink)
  return row.reportUrl ?? row.repositoryUrl
}

function problems(aggregate: AggregateReport): string {
  const { missing, failed } = aggregate
  if (missing.length === 0 && failed.length === 0) return ''
  const items = [
    ...missing.map(name => `<li>${escapeHtml(name)}: expected, no report</li>`),
    ...failed.map(
      item =>
        `<li>${escapeHtml(item.repository ?? item.file)}: the report failed: ${escapeHtml(item.problem)}</li>`
    )
  ]
  return `<h2 id="problems">Missing and failed (${missing.length + failed.length})</h2><ul>${items.join('')}</ul>`
}

const FILTER_SCRIPT = `
{
  const box = document.getElementById('filters')
  const text = document.getElementById('filter')
  const activity = document.getElementById('activity')
  const shown = document.getElementById('shown')
  const rows = [...document.querySelectorAll('#repositories-table tbody tr')]
  const apply = () => {
    const wanted = text.value.trim().toLowerCase()
    let count = 0
    for (const row of rows) {
      const quiet = row.dataset.quiet === 'true'
      const show = row.dataset.name.includes(wanted) &&
        (activity.value === 'all' || (activity.value === 'quiet') === quiet)
      row.hidden = !show
      if (show) count++
    }
    shown.textContent = count + ' of ' + rows.length + ' repositories shown'
  }
  text.addEventListener('input', apply)
  activity.addEventListener('change', apply)
  box.hidden = false
}
`
