// The job summary's list of every change: its groups, its layout, and where it is cut to fit
// the byte limit, at the limit and one byte under it.
import { describe, expect, it } from '@jest/globals'
import type { CategoryId, Report, ReportChange } from '../src/model.js'
import { renderJobSummary } from '../src/render/job-summary.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { sampleReport } from './support/reports.js'

function change(id: string, categories: CategoryId[], bot = false): ReportChange {
  return {
    id: id.padEnd(40, '0'),
    kind: 'commit',
    title: `Change ${id}`,
    author: bot ? 'renovate[bot]' : 'ada',
    time: '2024-05-10T10:00:00.000Z',
    ...(bot ? { bot: true as const } : {}),
    categories,
    reasons: []
  }
}

const report = (changes: ReportChange[], overrides: Partial<Report> = {}): Report =>
  sampleReport('octo/widgets', 55, changes.length, { changes, ...overrides })

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

describe('renderJobSummary', () => {
  it('is the report alone when the window has no change', () => {
    const empty = report([])
    expect(renderJobSummary(empty)).toBe(renderMarkdown(empty))
  })

  it('lists every change folded per category, then output, then the bots left out', () => {
    const r = report([
      change('a1', ['documentation']),
      change('b2', ['patterns']),
      change('c3', ['documentation', 'patterns']),
      change('d4', []),
      change('e5', [], true)
    ])
    const text = renderJobSummary(r)
    const head = renderMarkdown(r)
    expect(text.startsWith(head)).toBe(true)
    expect(text.slice(head.length)).toBe(
      '\n### Every change\n\n' +
        '<details><summary>Documentation (2)</summary>\n\n' +
        '- Change a1 `a100000` by ada\n- Change c3 `c300000` by ada\n\n</details>\n\n' +
        '<details><summary>Patterns (2)</summary>\n\n' +
        '- Change b2 `b200000` by ada\n- Change c3 `c300000` by ada\n\n</details>\n\n' +
        '<details><summary>Output (1)</summary>\n\n- Change d4 `d400000` by ada\n\n</details>\n\n' +
        '<details><summary>Bots (left out of the scores) (1)</summary>\n\n' +
        '- Change e5 `e500000` by renovate\\[bot]\n\n</details>\n\n'
    )
    expect(text).not.toContain('Automation (')
  })

  it('puts counted bot changes with the others, with no group of their own', () => {
    const r = report([change('a1', []), change('e5', [], true)], {
      bots: { counted: true, changes: 1, authors: [] }
    })
    const text = renderJobSummary(r)
    expect(text).toContain('<summary>Output (2)</summary>')
    expect(text).not.toContain('Bots (left out')
  })

  describe('at the byte limit', () => {
    const one = report([change('a1', ['documentation'])])
    const where = 'the JSON report (the `report-path` output) has them all'
    const full = renderJobSummary(one)
    // The smallest limit that still lists the change: the text plus room for a cut note.
    const fits = bytes(full) + 396 + bytes(where)

    it('lists the change when it fits with room for the note', () => {
      expect(renderJobSummary(one, { byteLimit: fits })).toBe(full)
    })

    it('one byte less, says the change was left out and where all of them are', () => {
      const cut = renderJobSummary(one, { byteLimit: fits - 1 })
      expect(cut).not.toContain('<summary>Documentation')
      expect(
        cut.endsWith(
          "\n### Every change\n\n_1 change left out to fit GitHub's 1 MiB job-summary limit; " +
            'the JSON report (the `report-path` output) has them all._\n'
        )
      ).toBe(true)
      expect(bytes(cut)).toBeLessThanOrEqual(fits - 1)
    })

    it('counts the changes left out in the plural and names the JSON file, backticks made quotes', () => {
      const two = report([change('a1', ['documentation']), change('b2', ['documentation'])])
      const cut = renderJobSummary(two, {
        byteLimit: bytes(renderMarkdown(two)) + 100,
        jsonPath: 'out/`x`.json'
      })
      expect(cut).toContain(
        "_2 changes left out to fit GitHub's 1 MiB job-summary limit; the JSON report " +
          "(`out/'x'.json`, the `report-path` output) has them all._"
      )
    })

    it('keeps the lines that fit within a group and cuts the rest', () => {
      const two = report([change('a1', ['documentation']), change('b2', ['documentation'])])
      const whole = renderJobSummary(two)
      const line = '- Change b2 `b200000` by ada\n'
      const limit = bytes(whole) + 396 + bytes(where) - bytes(line)
      const cut = renderJobSummary(two, { byteLimit: limit })
      expect(cut).toContain(
        '<summary>Documentation (2)</summary>\n\n- Change a1 `a100000` by ada\n\n</details>'
      )
      expect(cut.slice(cut.indexOf('### Every change'))).not.toContain('Change b2')
      expect(cut).toContain('_1 change left out')
    })
  })
})
