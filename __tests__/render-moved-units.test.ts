import { describe, expect, it } from '@jest/globals'
import type { CategoryId, Report, ReportChange } from '../src/model.js'
import { movedLines } from '../src/render/moved.js'
import { textPolicy } from '../src/render/text-policy.js'
import { sampleReport } from './support/reports.js'

const posted = textPolicy('posted')

function change(
  id: string,
  title: string,
  categories: CategoryId[],
  extra: Partial<ReportChange> = {}
): ReportChange {
  return {
    id,
    kind: 'commit',
    title,
    author: 'ada',
    time: '2024-05-10T10:00:00.000Z',
    categories,
    reasons: [],
    ...extra
  }
}

type CategoryPatch = Partial<Report['categories'][CategoryId]>

function report(
  patches: Partial<Record<CategoryId, CategoryPatch>>,
  changes: ReportChange[] = [],
  overrides: Partial<Report> = {}
): Report {
  const base = sampleReport('octo/widgets', 50, 10, { changes, ...overrides })
  for (const [id, patch] of Object.entries(patches) as [CategoryId, CategoryPatch][]) {
    base.categories[id] = { ...base.categories[id], ...patch }
  }
  return base
}

describe('render/moved movedLines', () => {
  it('has no lines for a window with nothing to score', () => {
    expect(movedLines(report({}, [], { index: null }), posted)).toEqual([])
  })

  it('names a category that moved up with its changes now and before and two changes behind it', () => {
    const lines = movedLines(
      report(
        {
          documentation: {
            direction: 'up',
            previous: 40,
            score: 60,
            changes: 3,
            previousChanges: 1
          }
        },
        [
          change('a1', 'Write the guide', ['documentation'], {
            url: 'https://github.com/octo/widgets/commit/a1',
            time: '2024-05-12T10:00:00.000Z'
          }),
          change('a2', '', ['documentation'], { time: '2024-05-11T10:00:00.000Z' }),
          change('a3', 'Oldest doc change', ['documentation'], {
            time: '2024-05-01T10:00:00.000Z'
          }),
          change('a4', 'Unrelated', ['automation'])
        ]
      ),
      posted
    )
    expect(lines).toEqual([
      '- ▲ **Documentation** 40 → 60: fed by 3 changes (1 before) — ' +
        '[Write the guide](https://github.com/octo/widgets/commit/a1), (no title)'
    ])
  })

  it('names no work for a category that moved down, and says "1 change" without a count before', () => {
    const lines = movedLines(
      report(
        {
          automation: {
            direction: 'down',
            previous: 70,
            score: 50,
            changes: 1,
            previousChanges: null
          }
        },
        [change('b1', 'Add CI', ['automation'])]
      ),
      posted
    )
    expect(lines).toEqual(['- ▼ **Automation** 70 → 50: fed by 1 change'])
  })

  it('adds no dash when a category moved up with no counted change to name', () => {
    const lines = movedLines(
      report(
        { patterns: { direction: 'up', previous: 10, score: 30, changes: 0, previousChanges: 0 } },
        [change('c1', 'Bot pattern', ['patterns'], { bot: true })]
      ),
      posted
    )
    expect(lines).toEqual(['- ▲ **Patterns** 10 → 30: fed by 0 changes (0 before)'])
  })

  it('lists categories in their fixed order, each that moved', () => {
    const lines = movedLines(
      report({
        patterns: { direction: 'up', previous: 1, score: 2, changes: 2 },
        documentation: { direction: 'down', previous: 5, score: 4, changes: 2 }
      }),
      posted
    )
    expect(lines.map(line => line.slice(0, 22))).toEqual([
      '- ▼ **Documentation** ',
      '- ▲ **Patterns** 1 → 2'
    ])
  })

  it('escapes and shortens a hostile title in a posted body', () => {
    const title = '@eve *look* ' + 'word '.repeat(20)
    const [line] = movedLines(
      report({ documentation: { direction: 'up', previous: 1, score: 9, changes: 1 } }, [
        change('d1', title, ['documentation'])
      ]),
      posted
    )
    expect(line).toContain('— `@eve` \\*look\\* word')
    expect(line?.endsWith('…')).toBe(true)
    expect(line?.length).toBeLessThan(140)
  })

  it('without a clear move and without an earlier period, names the period work of each fed category', () => {
    const lines = movedLines(
      report(
        { documentation: { changes: 2 }, automation: { changes: 0 }, patterns: { changes: 1 } },
        [change('e1', 'Docs one', ['documentation']), change('e2', 'Pattern one', ['patterns'])],
        { previousIndex: null }
      ),
      posted
    )
    expect(lines).toEqual([
      "There is no earlier activity to compare with. This period's multiplier work:",
      '',
      '- **Documentation**: 2 changes — Docs one',
      '- **Patterns**: 1 change — Pattern one'
    ])
  })

  it('without a clear move and nothing fed, says so after the comparison', () => {
    const lines = movedLines(
      report(
        { documentation: { changes: 0 }, automation: { changes: 0 }, patterns: { changes: 0 } },
        [],
        {
          previousIndex: 40
        }
      ),
      posted
    )
    expect(lines).toEqual([
      'No score moved outside the noise since the window before. No change of this period fed a category.'
    ])
  })
})
