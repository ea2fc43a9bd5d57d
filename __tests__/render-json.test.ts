import { describe, expect, it } from '@jest/globals'
import type { ClassifiedChange, Report } from '../src/model.js'
import { badge, badgeColor, renderBadge } from '../src/render/badge.js'
import { orderReport, renderJson } from '../src/render/json.js'
import { parseReportJson } from '../src/report/read-report.js'
import { scoreReport } from '../src/score/score.js'
import { classified } from './support/fake-source.js'

function report(changes: ClassifiedChange[]): Report {
  return scoreReport({
    repository: 'octo/widgets',
    source: 'github',
    window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
    previousWindow: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' },
    changes,
    previousChanges: [],
    options: {
      weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
      targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 }
    },
    generatedAt: '2024-05-31T08:00:00.000Z'
  })
}

const pr = classified(['documentation', 'patterns'], {
  id: '42',
  kind: 'pull_request',
  title: 'Add ADR template',
  author: { name: 'Ada', login: 'ada' },
  time: '2024-05-03T10:00:00.000Z',
  url: 'https://github.com/octo/widgets/pull/42'
})

describe('render/json', () => {
  it('writes the contract fields', () => {
    const json = JSON.parse(
      renderJson(report([pr, classified([], { time: '2024-05-04T10:00:00.000Z' })]))
    )
    expect(json).toMatchObject({
      schemaVersion: 2,
      activity: { state: 'active' },
      repository: 'octo/widgets',
      source: 'github',
      window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
    })
    expect(typeof json.index).toBe('number')
    expect(json.indexInterval.low).toBeLessThanOrEqual(json.index)
    expect(json.indexInterval.high).toBeGreaterThanOrEqual(json.index)
    for (const id of ['documentation', 'automation', 'patterns']) {
      expect(Object.keys(json.categories[id])).toEqual(
        expect.arrayContaining([
          'score',
          'interval',
          'confidence',
          'direction',
          'changes',
          'people',
          'activeWeeks'
        ])
      )
    }
    const change = json.changes.find((c: { id: string }) => c.id === '42')
    expect(change).toEqual({
      id: '42',
      kind: 'pull_request',
      title: 'Add ADR template',
      author: 'ada',
      time: '2024-05-03T10:00:00.000Z',
      url: 'https://github.com/octo/widgets/pull/42',
      categories: ['documentation', 'patterns'],
      reasons: [
        {
          category: 'documentation',
          file: 'documentation/file.md',
          signal: 'path:documentation',
          detail: 'documentation file'
        },
        {
          category: 'patterns',
          file: 'patterns/file.md',
          signal: 'path:patterns',
          detail: 'patterns file'
        }
      ]
    })
  })

  it('writes keys in one stable order with a 2-space indent', () => {
    const built = report([pr])
    const shuffled = Object.fromEntries(Object.entries(built).reverse()) as unknown as Report
    const text = renderJson(shuffled)
    expect(text).toBe(renderJson(built))
    expect(Object.keys(JSON.parse(text)).slice(0, 8)).toEqual([
      'schemaVersion',
      'repository',
      'source',
      'generatedAt',
      'window',
      'previousWindow',
      'activity',
      'index'
    ])
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,')
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('writes exactly what JSON.stringify of the ordered report would, empty or not', () => {
    const quoted = classified(['automation'], {
      id: 'c0ffee',
      title: 'Quote "this"\nand a new line, a tab\t and 💥',
      time: '2024-05-05T10:00:00.000Z'
    })
    const withApi = { ...report([pr, quoted]), api: { requests: 3, cost: 1 }, notes: ['a', 'b'] }
    for (const built of [report([]), report([pr]), withApi]) {
      expect(renderJson(built)).toBe(`${JSON.stringify(orderReport(built), null, 2)}\n`)
    }
  })

  it('reads back what it writes', () => {
    const built = report([pr])
    expect(parseReportJson(renderJson(built), 'octo.json')).toEqual(built)
  })

  it('names the file and field when a report cannot be read', () => {
    expect(() => parseReportJson('nope', 'a.json')).toThrow(/^a.json: not JSON/)
    expect(() => parseReportJson('{"schemaVersion":1,"repository":"x"}', 'b.json')).toThrow(
      /^b.json: source is missing; is this a multiplier JSON report\?$/
    )
  })
})

describe('render/badge', () => {
  it('writes a shields.io endpoint with the index', () => {
    const built = report([pr])
    expect(JSON.parse(renderBadge(built))).toEqual({
      schemaVersion: 1,
      label: 'multiplier',
      message: `${built.index}/100`,
      color: badgeColor(built.index ?? NaN)
    })
  })

  it('colours the index by band', () => {
    expect([100, 70, 69, 50, 49, 30, 29, 15, 14, 0].map(badgeColor)).toEqual([
      'brightgreen',
      'brightgreen',
      'green',
      'green',
      'yellow',
      'yellow',
      'orange',
      'orange',
      'red',
      'red'
    ])
  })

  it('shows an empty window as grey "no activity" rather than a red 0', () => {
    expect(badge(report([]))).toEqual({
      schemaVersion: 1,
      label: 'multiplier',
      message: 'no activity',
      color: 'lightgrey'
    })
  })
})
