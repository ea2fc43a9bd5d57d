// JSON reports as the matrix jobs of the fan-out leave them: a factory with defaults for one
// report, and many written to a folder (each with real-looking changes, so a thousand of them
// weigh what a thousand real ones would).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CategoryId, HistoryEntry, Report, ReportChange } from '../../src/model.js'
import { renderJson } from '../../src/render/json.js'

const WINDOW = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }

export function sampleReport(
  repository: string,
  index: number,
  changes: number,
  overrides: Partial<Report> = {}
): Report {
  const category = (score: number) => ({
    score,
    rawScore: score,
    interval: { low: Math.max(0, score - 10), high: Math.min(100, score + 10) },
    confidence: 'medium' as const,
    changes: 0,
    people: 0,
    activeWeeks: 0,
    parts: { share: 0, people: 0, steadiness: 0 },
    previous: null,
    previousChanges: null,
    trend: null,
    direction: null
  })
  return {
    schemaVersion: 2,
    repository,
    source: 'git',
    generatedAt: '2024-05-31T08:00:00.000Z',
    window: WINDOW,
    previousWindow: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' },
    activity: { state: 'active' },
    index,
    indexInterval: { low: Math.max(0, index - 10), high: Math.min(100, index + 10) },
    confidence: 'medium',
    previousIndex: null,
    trend: null,
    direction: null,
    categories: {
      documentation: category(index),
      automation: category(index),
      patterns: category(index)
    } as Record<CategoryId, ReturnType<typeof category>>,
    totals: {
      changes,
      output: changes - Math.floor(changes / 2),
      multiplier: Math.floor(changes / 2),
      people: 2,
      bots: 0,
      botChanges: 0,
      weeks: 5
    },
    scoring: {
      weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
      targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 },
      prior: { score: 50, changes: 10 }
    },
    bots: { counted: false, changes: 0, authors: [] },
    changes: [],
    notes: [],
    ...overrides
  }
}

/** `count` changes with a reason each: the bulk of a real report's JSON. */
function sampleChanges(count: number, seed: number): ReportChange[] {
  return Array.from({ length: count }, (_, i) => ({
    id: (seed * 100_003 + i).toString(16).padStart(40, 'a'),
    kind: 'commit' as const,
    title: `Change ${i} of repository ${seed}: update the handbook and the release workflow`,
    author: `person-${i % 7}`,
    time: '2024-05-10T10:00:00.000Z',
    url: `https://github.com/octo/repo-${seed}/commit/${i}`,
    categories: i % 3 === 0 ? ['documentation' as const] : [],
    reasons:
      i % 3 === 0
        ? [
            {
              category: 'documentation' as const,
              file: `docs/guide-${i}.md`,
              signal: 'path:docs-dir',
              detail: 'documentation folder'
            }
          ]
        : []
  }))
}

/**
 * Writes `count` reports of `owner/repo-NNNN` to `folder`, indexes spread over 0–100, each
 * with `changesPerReport` changes; returns their names in order.
 */
export function writeReportFiles(
  folder: string,
  count: number,
  options: { owner?: string; changesPerReport?: number; window?: Report['window'] } = {}
): string[] {
  mkdirSync(folder, { recursive: true })
  const owner = options.owner ?? 'octo'
  const perReport = options.changesPerReport ?? 0
  return Array.from({ length: count }, (_, i) => {
    const repository = `${owner}/repo-${String(i).padStart(4, '0')}`
    const report = sampleReport(repository, (i * 37) % 101, 10 + (i % 13), {
      changes: sampleChanges(perReport, i),
      ...(options.window ? { window: options.window } : {})
    })
    writeFileSync(join(folder, `report-${i}.json`), renderJson(report))
    return repository
  })
}

/**
 * History entries of consecutive 30-day windows from 1 January 2024, one per `[index, changes]`
 * row; each category reads a point or two above the index (none where the window is quiet).
 */
export function monthlyHistory(rows: [number | null, number][]): HistoryEntry[] {
  const day = 86_400_000
  const start = Date.UTC(2024, 0, 1)
  return rows.map(
    ([index, changes], order) =>
      ({
        window: {
          since: new Date(start + order * 30 * day).toISOString(),
          until: new Date(start + (order + 1) * 30 * day).toISOString()
        },
        index,
        changes,
        documentation: index === null ? null : index + 1,
        automation: index === null ? null : index + 2,
        patterns: index === null ? null : index + 3
      }) as unknown as HistoryEntry
  )
}
