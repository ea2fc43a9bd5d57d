// A report and an aggregate with every part the HTML pages draw (history with a quiet window,
// changes in every category, hotspots, teams, notes; active, quiet and failed repositories):
// what the browser tests open and `npm run screenshots` photographs for the README.
import type { CategoryId, HistoryEntry, Report, ReportChange } from '../../src/model.js'
import { aggregateReports, type AggregateReport } from '../../src/score/aggregate.js'
import { sampleReport } from './reports.js'

const DAY = 86_400_000
const END = Date.UTC(2026, 10, 30)

function window(ago: number): { since: string; until: string } {
  const until = END - ago * 30 * DAY
  return {
    since: new Date(until - 30 * DAY).toISOString(),
    until: new Date(until).toISOString()
  }
}

/** Eight windows of 30 days, the fourth from the end with no activity (null scores). */
function sampleHistory(): HistoryEntry[] {
  const rows: [number | null, number | null, number | null, number | null, number][] = [
    [38, 45, 52, 18, 41],
    [44, 51, 58, 22, 37],
    [41, 47, 49, 27, 29],
    [null, null, null, null, 0],
    [52, 61, 55, 40, 33],
    [57, 66, 60, 45, 46],
    [55, 58, 67, 41, 39],
    [63, 72, 69, 48, 52]
  ]
  return rows.map(
    ([index, documentation, automation, patterns, changes], order) =>
      // The planned contract's null scores, cast until model.ts has them.
      ({
        window: window(rows.length - 1 - order),
        index,
        changes,
        documentation,
        automation,
        patterns
      }) as unknown as HistoryEntry
  )
}

const TITLES: [string, CategoryId[], string, string][] = [
  [
    'Runbook for the payments outage drill',
    ['documentation'],
    'docs/runbooks/payments.md',
    'documentation folder'
  ],
  [
    'Nightly job that checks every link in the handbook',
    ['automation', 'documentation'],
    '.github/workflows/links.yml',
    'GitHub Actions workflow'
  ],
  [
    'Shared retry helper used by the three API clients',
    ['patterns'],
    'src/shared/retry.ts',
    'shared module reused by 3 places'
  ],
  [
    'ESLint rule against direct database access in handlers',
    ['patterns'],
    'eslint.config.js',
    'lint configuration'
  ],
  [
    'Release notes drafted from merged pull requests',
    ['automation'],
    '.github/release-drafter.yml',
    'release tooling'
  ],
  [
    'ADR 12: one queue per bounded context',
    ['documentation', 'patterns'],
    'docs/adr/0012-queues.md',
    'architecture decision record'
  ],
  ['Pre-commit hook that formats staged files', ['automation'], '.husky/pre-commit', 'git hook'],
  [
    'Explain the cache invalidation rules <and> their "edge" cases',
    ['documentation'],
    'docs/cache.md',
    'documentation folder'
  ]
]

function sampleChanges(): ReportChange[] {
  return TITLES.map(([title, categories, file, detail], order) => ({
    id: String(1200 + order * 7),
    kind: 'pull_request' as const,
    title,
    author: ['ada', 'grace', 'linus', 'margaret'][order % 4] ?? 'ada',
    time: new Date(END - (order * 3 + 1) * DAY).toISOString(),
    url: `https://github.com/octo/payments/pull/${1200 + order * 7}`,
    categories,
    reasons: categories.map(category => ({ category, file, signal: 'path:sample', detail }))
  }))
}

export function sampleReportForPages(): Report {
  const report = sampleReport('octo/payments', 63, 52, {
    repositoryUrl: 'https://github.com/octo/payments',
    window: window(0),
    previousWindow: window(1),
    generatedAt: new Date(END + 3_600_000).toISOString(),
    previousIndex: 55,
    history: sampleHistory(),
    changes: sampleChanges(),
    hotspots: [
      {
        path: 'src/billing',
        churn: 1840,
        changes: 14,
        people: 4,
        docsLastChanged: '2026-06-02T10:00:00.000Z',
        docsReadSince: '2026-02-01T00:00:00.000Z'
      },
      {
        path: 'src/ledger',
        churn: 920,
        changes: 9,
        people: 2,
        docsLastChanged: null,
        docsReadSince: '2026-02-01T00:00:00.000Z'
      }
    ],
    notes: ['Bots made 11 changes in this window; they are set apart from the scores.']
  })
  const scores: Record<CategoryId, [number, number]> = {
    documentation: [72, 58],
    automation: [69, 67],
    patterns: [48, 41]
  }
  for (const [id, [score, previous]] of Object.entries(scores) as [
    CategoryId,
    [number, number]
  ][]) {
    Object.assign(report.categories[id], {
      score,
      rawScore: score,
      previous,
      trend: score - previous,
      changes: id === 'patterns' ? 6 : 14,
      people: 3,
      activeWeeks: 4
    })
  }
  return report
}

/** Twelve repositories, two of them quiet, one failed and one expected without a report. */
export function sampleAggregateForPages(): AggregateReport {
  const names = [
    'payments',
    'web',
    'mobile-app',
    'handbook',
    'infra',
    'search',
    'ledger',
    'auth',
    'design-system',
    'billing-jobs'
  ]
  const reports = names.map((name, order) =>
    sampleReport(
      `octo/${name}`,
      [63, 71, 44, 82, 58, 36, 49, 67, 75, 29][order] ?? 50,
      12 + ((order * 17) % 40),
      {
        window: window(0),
        previousIndex: [55, 70, 51, 74, 58, 40, 41, 66, 60, null][order] ?? null,
        confidence: (['high', 'medium', 'low'] as const)[order % 3] ?? 'medium'
      }
    )
  )
  // Scores that differ by category, as real ones do, with the index still their mean.
  reports.forEach((report, order) => {
    const documentation = ((order * 7) % 13) - 3
    const automation = ((order * 5) % 11) - 6
    const offsets = { documentation, automation, patterns: -(documentation + automation) }
    for (const [id, offset] of Object.entries(offsets) as [CategoryId, number][]) {
      report.categories[id].score = Math.max(0, Math.min(100, (report.index ?? 0) + offset))
    }
  })
  const quiet = ['old-prototype', 'status-page'].map(name =>
    sampleReport(`octo/${name}`, 0, 0, { window: window(0), confidence: 'low' })
  )
  return aggregateReports([...reports, ...quiet], {
    expected: [...names, 'old-prototype', 'status-page', 'data-pipeline'].map(
      name => `octo/${name}`
    ),
    failed: [
      {
        repository: 'octo/warehouse',
        file: 'reports/warehouse.json',
        problem: 'the clone step failed: repository not found'
      }
    ]
  })
}
