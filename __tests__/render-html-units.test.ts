// The HTML pages part by part, in memory: the page shell (escaping, safe links, tables), the
// report page's sections and their sentences, and the aggregate dashboard's rows, filters and
// problems, each condition on both sides.
import { describe, expect, it } from '@jest/globals'
import type { ReportChange } from '../src/model.js'
import { renderAggregateHtml } from '../src/render/html-dashboard.js'
import {
  escapeHtml,
  htmlPage,
  htmlTable,
  link,
  safeHref,
  textCell
} from '../src/render/html-page.js'
import { renderHtml } from '../src/render/html.js'
import type { AggregateReport, AggregateRow } from '../src/score/aggregate.js'
import { monthlyHistory as history, sampleReport } from './support/reports.js'

/** The text between a section's heading and the next heading (or the footer). */
function section(page: string, id: string): string {
  const start = page.indexOf(`<h2 id="${id}">`)
  if (start === -1) return ''
  const rest = page.slice(start + 1)
  const end = rest.search(/<h2 |<footer>/)
  return end === -1 ? rest : rest.slice(0, end)
}

function change(id: string, overrides: Partial<ReportChange> = {}): ReportChange {
  return {
    id,
    kind: 'pull_request',
    title: `Change ${id}`,
    author: 'ada',
    time: '2024-05-10T10:00:00.000Z',
    url: `https://github.com/octo/web/pull/${id}`,
    categories: ['documentation'],
    reasons: [
      {
        category: 'documentation',
        signal: 'path:docs-dir',
        detail: 'documentation folder',
        file: 'docs/a.md'
      }
    ],
    ...overrides
  }
}

describe('html-page: escaping and links', () => {
  it('escapes the five characters that open markup or end an attribute', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f')
    expect(escapeHtml('&&<<')).toBe('&amp;&amp;&lt;&lt;')
  })

  it('keeps http(s) and relative addresses and drops every other scheme', () => {
    expect(safeHref(undefined)).toBeUndefined()
    expect(safeHref('')).toBeUndefined()
    expect(safeHref('http://example.com/a')).toBe('http://example.com/a')
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a')
    expect(safeHref('report.html')).toBe('report.html')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref('JavaScript:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,x')).toBeUndefined()
    expect(safeHref('//evil.example/x')).toBeUndefined()
    // A scheme only at the start: a colon later in a relative path is no scheme.
    expect(safeHref('reports/a:b.html')).toBe('reports/a:b.html')
    // http:// must open the address, not sit inside another scheme's.
    expect(safeHref('javascript:x//http://y')).toBeUndefined()
    expect(safeHref('vbscript:https://y')).toBeUndefined()
  })

  it('links text only to a safe address, escaping both', () => {
    expect(link('a<b', 'https://x.example/?a=1&b="2"')).toBe(
      '<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">a&lt;b</a>'
    )
    expect(link('a<b', 'javascript:x')).toBe('a&lt;b')
    expect(link('a<b', undefined)).toBe('a&lt;b')
  })

  it('makes a text cell with a sort key only when given one', () => {
    expect(textCell('<x>')).toEqual({ html: '&lt;x&gt;' })
    expect(textCell('<x>', 3)).toEqual({ html: '&lt;x&gt;', sort: 3 })
    expect(textCell('x', '')).toEqual({ html: 'x', sort: '' })
  })
})

describe('html-page: tables', () => {
  const columns = [
    { label: 'Name' },
    { label: 'Count', numeric: true },
    { label: 'Day', nowrap: true }
  ]

  it('writes a caption, headings, a row heading and classed cells', () => {
    const table = htmlTable(
      'Caption <here>',
      columns,
      [
        [textCell('a&b', 'ab'), textCell('3', 3), textCell('2024-05-01')],
        [textCell('c'), textCell('no activity', ''), textCell('2024-05-02')]
      ],
      { id: 'the-table', rowAttributes: ['data-x="1"'] }
    )
    expect(table.split('\n')).toEqual([
      '<div class="table-box"><table class="sortable short" id="the-table">',
      '<caption>Caption &lt;here&gt;</caption>',
      '<thead><tr><th scope="col">Name</th><th scope="col" class="num">Count</th><th scope="col">Day</th></tr></thead>',
      '<tbody><tr data-x="1"><th scope="row" data-sort="ab">a&amp;b</th><td class="num" data-sort="3">3</td><td class="nowrap">2024-05-01</td></tr>',
      '<tr><th scope="row">c</th><td class="num" data-sort="">no activity</td><td class="nowrap">2024-05-02</td></tr></tbody>',
      '</table></div>'
    ])
  })

  it('wraps a table of sentences, has no id unless given, and escapes the sort key', () => {
    const table = htmlTable(
      'c',
      [{ label: 'A' }, { label: 'B' }],
      [[textCell('x'), textCell('y', '"q"')]],
      {
        wrap: true
      }
    )
    expect(table).toContain('<table class="sortable">\n')
    expect(table).toContain('<td data-sort="&quot;q&quot;">y</td>')
    expect(table).toContain('<tbody><tr><th scope="row">x</th>')
  })

  it('gives extra cells beyond the columns no class', () => {
    const table = htmlTable('c', [{ label: 'A' }], [[textCell('x'), textCell('y')]])
    expect(table).toContain('<th scope="row">x</th><td>y</td>')
  })
})

describe('html-page: the page shell', () => {
  it('is one document with its title escaped, its style, the sort script and the extra script after it', () => {
    const page = htmlPage('A <b> & c', '<p>body</p>', 'EXTRA_SCRIPT()')
    const lines = page.split('\n')
    expect(lines.slice(0, 6)).toEqual([
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="color-scheme" content="light dark">'
    ])
    expect(lines[6]).toBe('<title>A &lt;b&gt; &amp; c</title>')
    expect(page).toContain('</style>\n</head>\n<body>\n<main>\n<p>body</p>\n</main>\n<script>')
    expect(page.endsWith('EXTRA_SCRIPT()</script>\n</body>\n</html>\n')).toBe(true)
    // Both themes, and the numbers' alignment.
    expect(page).toContain('@media (prefers-color-scheme:dark)')
    expect(page).toContain('.num{text-align:right')
    // Sorting: the headings become buttons; sorting comes before the extra script.
    const script = page.slice(page.indexOf('<script>'))
    expect(script).toContain("document.querySelectorAll('table.sortable')")
    expect(script).toContain("th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending')")
    expect(script.indexOf('table.sortable')).toBeLessThan(script.indexOf('EXTRA_SCRIPT'))
    expect(htmlPage('t', 'b')).toContain('})\n}\n</script>')
  })
})

describe('renderHtml: the head', () => {
  it('gives the window, its days against the previous ones, the counts and the headline figures', () => {
    const report = sampleReport('octo/web', 60, 10, { previousIndex: 55 })
    Object.assign(report.categories.documentation, { score: 70, previous: 61 })
    const page = renderHtml(report)
    expect(page).toContain('<title>Multiplier report: octo/web</title>')
    expect(page).toContain('<h1>Multiplier report: octo/web</h1>')
    expect(page).toContain(
      '<p class="muted">2024-05-01 – 2024-05-30 · 30 days of git history, compared with the previous 30 ' +
        '(2024-04-01 – 2024-04-30) · 10 changes, 5 multiplier, 5 output, 2 people</p>'
    )
    expect(page).toContain(
      '<section class="headline" aria-label="Headline figures"><div class="figure index"><div class="label">Multiplier index</div>' +
        '<div class="value">60<span class="muted"> / 100</span></div>' +
        '<div class="label">likely 50–70 · medium confidence · trend +5</div></div>' +
        '<div class="figure"><div class="label">Documentation</div><div class="value">70</div>' +
        '<div class="label">likely 50–70 · medium confidence · trend +9</div></div>'
    )
  })

  it('says one day, pull requests, and leaves the range out when there is none', () => {
    const report = sampleReport('octo/web', 60, 10, {
      source: 'github',
      window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-02T00:00:00.000Z' },
      indexInterval: null
    })
    report.categories.automation.interval = null as never
    const page = renderHtml(report)
    expect(page).toContain(' · 1 day of merged pull requests, compared with the previous 1 (')
    expect(page).toContain(
      '<div class="value">60<span class="muted"> / 100</span></div><div class="label">medium confidence · trend —</div>'
    )
    expect(page).toContain('<div class="label">medium confidence · trend —</div>')
    expect(page).toContain(
      '<div class="label">Automation</div><div class="value">60</div><div class="label">medium confidence · trend —</div>'
    )
  })

  it('says no activity and why, for the index and each score, never a 0', () => {
    const page = renderHtml(sampleReport('octo/web', 0, 0))
    expect(page).toContain(
      '<div class="figure index"><div class="label">Multiplier index</div>' +
        '<div class="value"><span class="quiet">no activity</span></div>' +
        '<div class="label">no changes in this window</div></div>'
    )
    expect(page).toContain(
      '<div class="figure"><div class="label">Patterns</div><div class="value"><span class="quiet">no activity</span></div><div class="label"></div></div>'
    )
  })

  it('links the repository only to a safe address', () => {
    const report = sampleReport('octo/web', 60, 10, {
      repositoryUrl: 'https://github.com/octo/web'
    })
    expect(renderHtml(report)).toContain(
      '<h1>Multiplier report: <a href="https://github.com/octo/web">octo/web</a></h1>'
    )
  })

  it('closes with the time it was made, to the minute', () => {
    // Sections a report does not have leave no blank lines behind.
    expect(renderHtml(sampleReport('octo/web', 60, 10))).toContain(
      '</li></ul>\n<footer>Generated 2024-05-31 08:00 UTC by Multiplier. The index is the mean of the three scores;'
    )
  })
})

describe('renderHtml: the score table', () => {
  it('has a row per category with sort keys, and says what each category means', () => {
    const report = sampleReport('octo/web', 60, 10)
    Object.assign(report.categories.documentation, {
      score: 70,
      previous: 61,
      changes: 4,
      people: 2,
      activeWeeks: 3
    })
    const scores = section(renderHtml(report), 'scores')
    expect(scores).toContain('<table class="sortable short" id="scores-table">')
    expect(scores).toContain(
      '<caption>Each score is 0–100; the previous window is the one of equal length before this one.</caption>'
    )
    expect(scores).toContain(
      '<th scope="col">Category</th><th scope="col" class="num">Score</th><th scope="col">Confidence</th>' +
        '<th scope="col" class="num">Previous</th><th scope="col">Trend</th><th scope="col" class="num">Changes</th>' +
        '<th scope="col" class="num">People</th><th scope="col" class="num">Active weeks</th>'
    )
    expect(scores).toContain(
      '<tr><th scope="row">Documentation</th><td class="num" data-sort="70">70</td><td>medium</td>' +
        '<td class="num" data-sort="61">61</td><td>+9</td><td class="num" data-sort="4">4</td>' +
        '<td class="num" data-sort="2">2</td><td class="num" data-sort="3">3 of 5</td></tr>'
    )
    expect(scores).toContain(
      '<tr><th scope="row">Automation</th><td class="num" data-sort="60">60</td><td>medium</td>' +
        '<td class="num" data-sort="">no activity</td><td>—</td>'
    )
    expect(scores).toContain(
      '<ul><li><strong>Documentation</strong>: Documentation reduces the time required to understand systems.</li>' +
        '<li><strong>Automation</strong>: '
    )
  })

  it('gives a quiet category no score and no confidence, sorted last', () => {
    const scores = section(renderHtml(sampleReport('octo/web', 0, 0)), 'scores')
    expect(scores).toContain(
      '<tr><th scope="row">Patterns</th><td class="num" data-sort="">no activity</td><td>—</td>'
    )
  })
})

describe('renderHtml: history', () => {
  it('is left out with fewer than two windows to show', () => {
    const page = renderHtml(
      sampleReport('octo/web', 60, 10, {
        history: history([
          [null, 0],
          [50, 4]
        ])
      })
    )
    expect(page).not.toContain('<h2 id="history">')
    expect(page).not.toContain('<svg')
  })

  it('is shown from exactly two windows', () => {
    const page = renderHtml(
      sampleReport('octo/web', 60, 10, {
        history: history([
          [50, 4],
          [61, 12]
        ])
      })
    )
    expect(page).toContain('<h2 id="history">History</h2>')
  })

  it('draws the chart and a table of the windows shown, a quiet one sorted last', () => {
    const page = renderHtml(
      sampleReport('octo/web', 60, 10, {
        history: history([
          [null, 0],
          [50, 4],
          [null, 0],
          [61, 12]
        ])
      })
    )
    const part = section(page, 'history')
    expect(part).toMatch(
      /^h2 id="history">History<\/h2>\n<figure class="chart"><svg [^]*<\/svg><figcaption>[^]+<\/figcaption><\/figure>\n/
    )
    expect(part).toContain(
      '<caption>The index and the scores of the last 3 windows, each scored as this report&#39;s window is.</caption>'
    )
    expect(part).toContain('<table class="sortable short" id="history-table">')
    expect(part).toContain(
      '<th scope="col">Window</th><th scope="col" class="num">Index</th><th scope="col" class="num">Documentation</th>' +
        '<th scope="col" class="num">Automation</th><th scope="col" class="num">Patterns</th><th scope="col" class="num">Changes</th>'
    )
    expect(part).toContain(
      '<tr><th scope="row" data-sort="2024-01-31T00:00:00.000Z">2024-01-31 – 2024-02-29</th><td class="num" data-sort="50">50</td>' +
        '<td class="num" data-sort="51">51</td><td class="num" data-sort="52">52</td><td class="num" data-sort="53">53</td>' +
        '<td class="num" data-sort="4">4</td></tr>'
    )
    expect(part).toContain(
      '<th scope="row" data-sort="2024-03-01T00:00:00.000Z">2024-03-01 – 2024-03-30</th><td class="num" data-sort="">no activity</td>'
    )
  })
})

describe('renderHtml: what counted', () => {
  it('is left out when no change fed a category', () => {
    const report = sampleReport('octo/web', 60, 10, {
      changes: [change('1', { categories: [], reasons: [] })]
    })
    expect(renderHtml(report)).not.toContain('What counted')
  })

  it('lists each counted change with its categories, first reason, author and day', () => {
    const report = sampleReport('octo/web', 60, 10, {
      changes: [
        change('1', {
          categories: ['documentation', 'automation'],
          reasons: [
            { category: 'output', signal: 'path:docs-dir', detail: 'code' },
            {
              category: 'automation',
              signal: 'path:docs-dir',
              detail: 'workflow',
              file: '.github/workflows/a.yml'
            },
            { category: 'documentation', signal: 'path:docs-dir', detail: 'docs' }
          ]
        }),
        change('2', {
          reasons: [
            { category: 'documentation', signal: 'path:docs-dir', detail: 'readme' },
            { category: 'documentation', signal: 'path:docs-dir', detail: 'guide' }
          ]
        }),
        change('3', {
          reasons: [{ category: 'excluded', signal: 'path:docs-dir', detail: 'generated' }]
        }),
        change('4', { bot: true, title: 'bot change' })
      ]
    })
    const part = section(renderHtml(report), 'changes')
    expect(part).toContain('<caption>The 3 changes that fed a category.</caption>')
    expect(part).toContain('<table class="sortable" id="changes-table">')
    expect(part).toContain(
      '<th scope="col">Change</th><th scope="col">Categories</th><th scope="col">Why</th>' +
        '<th scope="col">Author</th><th scope="col">Day</th>'
    )
    expect(part).toContain(
      '<tr><th scope="row"><a href="https://github.com/octo/web/pull/1">Change 1</a></th>' +
        '<td>Documentation, Automation</td><td>workflow (.github/workflows/a.yml); +2 more</td>' +
        '<td class="nowrap">ada</td><td class="nowrap" data-sort="2024-05-10T10:00:00.000Z">2024-05-10</td></tr>'
    )
    expect(part).toContain('<td>Documentation</td><td>readme; +1 more</td>')
    expect(part).toContain('<td>Documentation</td><td></td>')
    expect(part).not.toContain('bot change')
  })

  it('shows the first 500 and says the JSON report has the rest', () => {
    const many = (count: number) =>
      sampleReport('octo/web', 60, 10, {
        changes: Array.from({ length: count }, (_, i) => change(String(i + 1)))
      })
    const five = section(renderHtml(many(500)), 'changes')
    expect(five).toContain('<caption>The 500 changes that fed a category.</caption>')
    expect(five).toContain('>Change 500</a>')
    const more = section(renderHtml(many(501)), 'changes')
    expect(more).toContain(
      '<caption>The 501 changes that fed a category (the first 500; the JSON report has all).</caption>'
    )
    expect(more).toContain('>Change 500</a>')
    expect(more).not.toContain('>Change 501</a>')
  })
})

describe('renderHtml: hotspots, teams and notes', () => {
  it('leaves each out when the report has none', () => {
    const page = renderHtml(sampleReport('octo/web', 60, 10, { hotspots: [], teams: [] }))
    expect(page).not.toContain('<h2 id="hotspots">')
    expect(page).not.toContain('<h2 id="teams">')
    expect(page).not.toContain('<h2 id="notes">')
    const bare = renderHtml(sampleReport('octo/web', 60, 10))
    expect(bare).not.toContain('<h2 id="hotspots">')
    expect(bare).not.toContain('<h2 id="teams">')
  })

  it('lists the hotspots, saying where the docs were never changed', () => {
    const report = sampleReport('octo/web', 60, 10, {
      hotspots: [
        {
          path: 'src/<a>',
          churn: 120,
          changes: 5,
          people: 2,
          docsLastChanged: '2024-04-02T10:00:00.000Z'
        },
        { path: 'src/b', churn: 80, changes: 3, people: 1, docsLastChanged: null }
      ] as never
    })
    const part = section(renderHtml(report), 'hotspots')
    expect(part).toContain('h2 id="hotspots">Docs-debt hotspots</h2>')
    expect(part).toContain(
      '<caption>Code areas with the most changed lines and no documentation change touching them.</caption>'
    )
    expect(part).toContain(
      '<th scope="col">Area</th><th scope="col" class="num">Changed lines</th><th scope="col" class="num">Changes</th>' +
        '<th scope="col" class="num">People</th><th scope="col">Docs last changed</th>'
    )
    expect(part).toContain(
      '<tr><th scope="row">src/&lt;a&gt;</th><td class="num" data-sort="120">120</td><td class="num" data-sort="5">5</td>' +
        '<td class="num" data-sort="2">2</td><td data-sort="2024-04-02T10:00:00.000Z">2024-04-02</td></tr>'
    )
    expect(part).toContain('<td data-sort="">not in the history read</td>')
  })

  it('lists the teams, a quiet one with its reason and sorted last', () => {
    const report = sampleReport('octo/web', 60, 10, {
      teams: [
        {
          team: '@octo/docs',
          changes: 6,
          index: 58,
          documentation: 70,
          automation: 50,
          patterns: 54
        },
        {
          team: '@octo/ops',
          changes: 0,
          index: null,
          reason: 'no changes',
          documentation: null,
          automation: null,
          patterns: null
        },
        {
          team: '@octo/web',
          changes: 0,
          index: null,
          documentation: null,
          automation: null,
          patterns: null
        }
      ] as never
    })
    const part = section(renderHtml(report), 'teams')
    expect(part).toContain(
      '<caption>Scores of the changes touching what each CODEOWNERS team owns; never per person.</caption>'
    )
    expect(part).toContain(
      '<th scope="col">Team</th><th scope="col" class="num">Changes</th><th scope="col" class="num">Index</th>' +
        '<th scope="col" class="num">Documentation</th><th scope="col" class="num">Automation</th><th scope="col" class="num">Patterns</th>'
    )
    expect(part).toContain(
      '<tr><th scope="row">@octo/docs</th><td class="num" data-sort="6">6</td><td class="num" data-sort="58">58</td>' +
        '<td class="num" data-sort="70">70</td><td class="num" data-sort="50">50</td><td class="num" data-sort="54">54</td></tr>'
    )
    expect(part).toContain(
      '<tr><th scope="row">@octo/ops</th><td class="num" data-sort="0">0</td><td class="num" data-sort="">no changes</td>' +
        '<td class="num" data-sort="">no activity</td><td class="num" data-sort="">no activity</td><td class="num" data-sort="">no activity</td></tr>'
    )
    expect(part).toContain(
      '<th scope="row">@octo/web</th><td class="num" data-sort="0">0</td><td class="num" data-sort="">no activity</td>'
    )
  })

  it('lists the notes, escaped', () => {
    const page = renderHtml(sampleReport('octo/web', 60, 10, { notes: ['a <b>', 'c'] }))
    expect(page).toContain(
      '<h2 id="notes">Notes</h2>\n<ul><li>a &lt;b&gt;</li><li>c</li></ul>\n<footer>'
    )
  })
})

function row(
  name: string,
  overrides: Partial<AggregateRow> & Record<string, unknown> = {}
): AggregateRow {
  return {
    repository: name,
    source: 'git',
    window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
    index: 60,
    trend: null,
    categories: { documentation: 61, automation: 62, patterns: 57 },
    confidence: 'high',
    changes: 8,
    multiplier: 3,
    output: 5,
    people: 2,
    ...overrides
  } as AggregateRow
}

function aggregate(
  rows: AggregateRow[],
  overrides: Partial<AggregateReport> = {}
): AggregateReport {
  const changes = rows.reduce((sum, item) => sum + item.changes, 0)
  return {
    schemaVersion: 1,
    kind: 'aggregate',
    window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
    index: 60,
    categories: { documentation: 61, automation: 62, patterns: 57 },
    previous: null,
    trend: null,
    totals: {
      repositories: rows.length,
      changes,
      multiplier: rows.reduce((sum, item) => sum + item.multiplier, 0),
      output: rows.reduce((sum, item) => sum + item.output, 0),
      people: 4
    },
    repositories: rows,
    missing: [],
    failed: [],
    notes: [],
    ...overrides
  }
}

describe('renderAggregateHtml: the head', () => {
  it('counts the repositories and the quiet ones, and the changes', () => {
    const page = renderAggregateHtml(
      aggregate([
        row('octo/a'),
        row('octo/b', { index: null, changes: 0, multiplier: 0, output: 0 })
      ])
    )
    expect(page).toContain('<title>Multiplier: organisation dashboard</title>')
    expect(page).toContain('<main>\n<h1>Multiplier: organisation dashboard</h1>\n')
    expect(page).toContain(
      '<p class="muted">2024-05-01 – 2024-05-30 · 2 repositories (1 with no activity) · 8 changes, 3 multiplier, 5 output</p>'
    )
    const one = renderAggregateHtml(aggregate([row('octo/a')]))
    expect(one).toContain(
      '<p class="muted">2024-05-01 – 2024-05-30 · 1 repository · 8 changes, 3 multiplier, 5 output</p>'
    )
    const none = renderAggregateHtml(aggregate([], { window: { since: '', until: '' } }))
    expect(none).toContain('<p class="muted">no window · 0 repositories · 0 changes')
  })

  it('gives the org index and each score with the change since the last org report', () => {
    const page = renderAggregateHtml(
      aggregate([row('octo/a')], {
        trend: { index: 4, categories: { documentation: -2, automation: 0, patterns: 3 } }
      })
    )
    expect(page).toContain(
      '<section class="headline" aria-label="Headline figures"><div class="figure index"><div class="label">Org multiplier index</div>' +
        '<div class="value">60</div><div class="label">since the last org report: +4</div></div>' +
        '<div class="figure"><div class="label">Documentation</div><div class="value">61</div>' +
        '<div class="label">since the last org report: −2</div></div>' +
        '<div class="figure"><div class="label">Automation</div><div class="value">62</div>' +
        '<div class="label">since the last org report: 0</div></div>'
    )
    const first = renderAggregateHtml(
      aggregate([row('octo/a')], {
        categories: { documentation: null, automation: 62, patterns: 57 }
      })
    )
    expect(first).toContain(
      '<div class="label">Org multiplier index</div><div class="value">60</div><div class="label">no previous org report</div>'
    )
    expect(first).toContain(
      '<div class="label">Documentation</div><div class="value">no activity</div>'
    )
  })

  it('marks the headline quiet when no repository changed anything', () => {
    const page = renderAggregateHtml(
      aggregate([row('octo/q', { index: null, changes: 0, multiplier: 0, output: 0 })], {
        index: null,
        trend: { index: 0, categories: { documentation: 0, automation: 0, patterns: 0 } }
      })
    )
    expect(page).toContain(
      '<div class="figure index"><div class="label">Org multiplier index</div><div class="value"><span class="quiet">no activity</span></div><div class="label"></div></div>'
    )
    expect(page).not.toContain('since the last org report')
  })
})

describe('renderAggregateHtml: the repositories', () => {
  it('has hidden filters, counting every row', () => {
    const page = renderAggregateHtml(aggregate([row('octo/a'), row('octo/b')]))
    expect(page).toContain(
      '<h2 id="repositories">Repositories</h2>\n<div class="filters" id="filters" hidden>\n' +
        '<label>Repository name contains <input type="search" id="filter" autocomplete="off"></label>\n' +
        '<label>Show <select id="activity"><option value="all">all repositories</option><option value="active">only active ones</option>' +
        '<option value="quiet">only those with no activity</option></select></label>\n' +
        '<span id="shown" class="muted" aria-live="polite">2 of 2 repositories shown</span>\n</div>\n<div class="table-box">'
    )
    expect(page).toContain(
      "const rows = [...document.querySelectorAll('#repositories-table tbody tr')]"
    )
    expect(page).toContain('box.hidden = false')
  })

  it('writes a row per repository: link, index, confidence, trend, scores, changes and share', () => {
    const page = renderAggregateHtml(
      aggregate([
        row('Octo/Web', { trend: 5, direction: 'up', repositoryUrl: 'https://github.com/Octo/Web' })
      ])
    )
    expect(page).toContain('<table class="sortable short" id="repositories-table">')
    expect(page).toContain(
      '<th scope="col">Repository</th><th scope="col" class="num">Index</th><th scope="col">Confidence</th><th scope="col">Trend</th>' +
        '<th scope="col" class="num">Documentation</th><th scope="col" class="num">Automation</th><th scope="col" class="num">Patterns</th>' +
        '<th scope="col" class="num">Changes</th><th scope="col" class="num">Multiplier share</th>'
    )
    expect(page).toContain(
      '<tr data-name="octo/web" data-quiet="false"><th scope="row" data-sort="octo/web"><a href="https://github.com/Octo/Web">Octo/Web</a></th>' +
        '<td class="num" data-sort="60">60</td><td>high</td><td>up +5</td><td class="num" data-sort="61">61</td>' +
        '<td class="num" data-sort="62">62</td><td class="num" data-sort="57">57</td><td class="num" data-sort="8">8</td>' +
        '<td class="num" data-sort="0.375">38%</td></tr>'
    )
    expect(page).toContain(
      '<caption>Every repository, highest index first; a click on a heading sorts by it. Trend: against the repository’s previous window.</caption>'
    )
  })

  it('shows a dash where a row has no confidence or no previous window', () => {
    const page = renderAggregateHtml(
      aggregate([row('octo/a', { confidence: undefined, trend: null })])
    )
    expect(page).toContain('<td class="num" data-sort="60">60</td><td>—</td><td>—</td>')
  })

  it('marks a quiet repository no activity everywhere and sorts it last', () => {
    for (const quiet of [
      row('octo/q', { index: null, changes: 0, multiplier: 0, output: 0 }),
      row('octo/q', { changes: 0, multiplier: 0, output: 0, index: 0 }),
      row('octo/q', { index: null, changes: 3, multiplier: 1, output: 2 })
    ]) {
      const page = renderAggregateHtml(aggregate([quiet]))
      const cell = '<td class="num" data-sort=""><span class="quiet">no activity</span></td>'
      expect(page).toContain(
        `<tr data-name="octo/q" data-quiet="true"><th scope="row" data-sort="octo/q">octo/q</th>${cell}<td>—</td><td>no activity</td>${cell}${cell}${cell}`
      )
    }
    const empty = renderAggregateHtml(
      aggregate([row('octo/q', { changes: 0, multiplier: 0, output: 0, index: 0 })])
    )
    expect(empty).toContain(
      '<td class="num" data-sort="0">0</td><td class="num" data-sort="">—</td></tr>'
    )
  })

  it('links a report by the template first, then the report address, then the repository', () => {
    const both = row('octo/a', {
      reportUrl: 'reports/a.html',
      repositoryUrl: 'https://github.com/octo/a'
    })
    expect(renderAggregateHtml(aggregate([both]), { reportLink: '{name}.html' })).toContain(
      '<a href="a.html">octo/a</a>'
    )
    expect(renderAggregateHtml(aggregate([both]))).toContain('<a href="reports/a.html">octo/a</a>')
    expect(renderAggregateHtml(aggregate([both]), { reportLink: '' })).toContain(
      '<a href="reports/a.html">octo/a</a>'
    )
    const repository = row('octo/a', { repositoryUrl: 'https://github.com/octo/a' })
    expect(renderAggregateHtml(aggregate([repository]))).toContain(
      '<a href="https://github.com/octo/a">octo/a</a>'
    )
    expect(renderAggregateHtml(aggregate([row('octo/a')]))).toContain(
      '<th scope="row" data-sort="octo/a">octo/a</th>'
    )
  })
})

describe('html pages: one part a line', () => {
  it('puts each part of the report page on its own line and says what the scores weigh', () => {
    const page = renderHtml(
      sampleReport('octo/web', 60, 10, {
        changes: [change('1')],
        hotspots: [
          { path: 'src/a', churn: 1, changes: 1, people: 1, docsLastChanged: null }
        ] as never,
        teams: [
          { team: '@t', changes: 1, index: 50, documentation: 50, automation: 50, patterns: 50 }
        ] as never
      })
    )
    expect(page).toContain('</h1>\n<p class="muted">')
    expect(page).toContain('</p>\n<section class="headline"')
    expect(page).toContain('<h2 id="scores">Scores</h2>\n<div class="table-box">')
    expect(page).toContain('</table></div>\n<ul><li>')
    expect(page).toContain('<h2 id="changes">What counted</h2>\n<div class="table-box">')
    expect(page).toContain('<h2 id="hotspots">Docs-debt hotspots</h2>\n<div class="table-box">')
    expect(page).toContain('<h2 id="teams">Teams</h2>\n<div class="table-box">')
    expect(page).toContain(
      'The index is the mean of the three scores; each score weighs the share of changes, the people ' +
        'and the steady weeks behind it (docs/scoring.md in Multiplier).</footer>'
    )
  })

  it('says no activity for a score a repository with changes has none of', () => {
    const page = renderAggregateHtml(
      aggregate([
        row('octo/a', { categories: { documentation: null, automation: 62, patterns: 57 } })
      ])
    )
    expect(page).toContain(
      '<td>—</td><td class="num" data-sort="">no activity</td><td class="num" data-sort="62">62</td>'
    )
  })
})

describe('renderAggregateHtml: problems and notes', () => {
  it('has no problems section when nothing is missing or failed', () => {
    expect(renderAggregateHtml(aggregate([row('octo/a')]))).not.toContain('id="problems"')
  })

  it('lists what is missing, what failed, and counts both', () => {
    const failed = { repository: 'octo/x', file: 'reports/x.json', problem: 'clone <failed>' }
    const page = renderAggregateHtml(
      aggregate([row('octo/a')], {
        missing: ['octo/m'],
        failed: [failed, { file: 'reports/y.json', problem: 'unreadable' }]
      })
    )
    expect(page).toContain(
      '<h2 id="problems">Missing and failed (3)</h2><ul><li>octo/m: expected, no report</li>' +
        '<li>octo/x: the report failed: clone &lt;failed&gt;</li><li>reports/y.json: the report failed: unreadable</li></ul>'
    )
    expect(renderAggregateHtml(aggregate([row('octo/a')], { missing: ['octo/m'] }))).toContain(
      '<h2 id="problems">Missing and failed (1)</h2><ul><li>octo/m: expected, no report</li></ul>'
    )
    expect(renderAggregateHtml(aggregate([row('octo/a')], { failed: [failed] }))).toContain(
      '<h2 id="problems">Missing and failed (1)</h2><ul><li>octo/x: the report failed'
    )
  })

  it('lists the notes only when there are some, and closes with how the org index is made', () => {
    const page = renderAggregateHtml(aggregate([row('octo/a')], { notes: ['n <1>', 'n2'] }))
    expect(page).toContain(
      '<h2 id="notes">Notes</h2><ul><li>n &lt;1&gt;</li><li>n2</li></ul>\n<footer>'
    )
    const bare = renderAggregateHtml(aggregate([row('octo/a')]))
    expect(bare).not.toContain('id="notes"')
    expect(bare).toContain(
      '</table></div>\n<footer>Made by Multiplier from the repositories’ JSON reports. The org index is the '
    )
    expect(bare).toContain('a repository with no activity weighs nothing.</footer>\n</main>')
  })
})
