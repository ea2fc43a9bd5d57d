// `--format text` line by line: the sentences a terminal reader sees for a given report, both
// sides of every condition, the columns' alignment, and control characters kept out.
import { describe, expect, it } from '@jest/globals'
import type { Report, ReportChange } from '../src/model.js'
import { renderText } from '../src/render/text.js'
import { monthlyHistory as history, sampleReport } from './support/reports.js'

function change(id: string, overrides: Partial<ReportChange> = {}): ReportChange {
  return {
    id,
    kind: 'pull_request',
    title: `Change ${id}`,
    author: 'ada',
    time: '2024-05-10T10:00:00.000Z',
    categories: ['documentation'],
    reasons: [
      { category: 'documentation', signal: 'path:docs-dir', detail: 'documentation folder' }
    ],
    ...overrides
  }
}

function lines(text: string): string[] {
  return text.split('\n')
}

describe('renderText: the head', () => {
  it('names the repository, the window, its days, the source and the counts', () => {
    const text = renderText(sampleReport('octo/web', 60, 10))
    const [title, summary, blank] = lines(text)
    expect(title).toBe('Multiplier report: octo/web')
    expect(summary).toBe(
      '2024-05-01 – 2024-05-30 · 30 days of git history · 10 changes (5 multiplier, 5 output) · 2 people'
    )
    expect(blank).toBe('')
    expect(text).not.toContain('by bots')
  })

  it('says one day, one person, pull requests and the bots set apart', () => {
    const report = sampleReport('octo/web', 60, 3, {
      source: 'github',
      window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-02T00:00:00.000Z' }
    })
    report.totals.people = 1
    report.totals.botChanges = 1
    expect(lines(renderText(report))[1]).toBe(
      '2024-05-01 · 1 day of merged pull requests · 3 changes (1 multiplier, 2 output) · 1 person · 1 by bots, set apart'
    )
    report.window = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-03T00:00:00.000Z' }
    report.totals.people = 0
    expect(lines(renderText(report))[1]).toMatch(/ · 2 days of merged .* · 0 people · 1 by bots/)
  })

  it('takes control characters out of the repository name and the notes', () => {
    const report = sampleReport('octo/\u001b[31mweb\u0007', 60, 10, {
      notes: ['first\nsecond\u009b line ']
    })
    const text = renderText(report)
    expect(lines(text)[0]).toBe('Multiplier report: octo/ [31mweb')
    expect(text).toContain('\n  - first second  line\n')
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })
})

describe('renderText: the index line', () => {
  it('gives the index, its range, confidence and the trend against the previous window', () => {
    const report = sampleReport('octo/web', 60, 10, { previousIndex: 55 })
    expect(renderText(report)).toContain(
      '\nIndex: 60 / 100 (likely 50–70)   medium confidence   trend +5 (previous window: 55)\n'
    )
  })

  it('leaves the range out when the report has none and says when there was no previous window', () => {
    const report = sampleReport('octo/web', 60, 10, { indexInterval: null } as Partial<Report>)
    expect(renderText(report)).toContain(
      '\nIndex: 60 / 100   medium confidence   trend — (previous window: no activity)\n'
    )
  })

  it('says no activity with the reason when nothing was measured', () => {
    const text = renderText(sampleReport('octo/web', 0, 0))
    expect(text).toContain('\nIndex: no activity (no changes in this window)\n')
    expect(text).not.toContain('/ 100')
  })
})

describe('renderText: the score table', () => {
  it('aligns the columns: words left, numbers right, two spaces between, no trailing blanks', () => {
    const report = sampleReport('octo/web', 60, 10)
    Object.assign(report.categories.documentation, {
      score: 7,
      previous: 100,
      changes: 12,
      people: 3,
      activeWeeks: 4
    })
    const text = lines(renderText(report))
    const at = text.indexOf(
      'Category       Score  Confidence     Previous  Trend  Changes  People  Weeks'
    )
    expect(at).toBeGreaterThan(0)
    expect(text.slice(at + 1, at + 4)).toEqual([
      'Documentation      7  medium              100  −93         12       3    4/5',
      'Automation        60  medium      no activity  —            0       0    0/5',
      'Patterns          60  medium      no activity  —            0       0    0/5'
    ])
  })

  it('shows a dash for the confidence of a category with no activity', () => {
    const text = lines(renderText(sampleReport('octo/web', 0, 0)))
    const row = text.find(line => line.startsWith('Documentation'))
    expect(row).toBe(
      'Documentation  no activity  —           no activity  no activity        0       0    0/5'
    )
  })
})

describe('renderText: history', () => {
  it('is left out with fewer than two windows to show', () => {
    const report = sampleReport('octo/web', 60, 10, { history: history([[50, 4]]) })
    expect(renderText(report)).not.toContain('History')
    // A quiet first window is not shown, so one active window after it is still too few.
    report.history = history([
      [null, 0],
      [50, 4]
    ])
    expect(renderText(report)).not.toContain('History')
  })

  it('lists every window from the first active one, numbers right-aligned', () => {
    const report = sampleReport('octo/web', 60, 10, {
      history: history([
        [null, 0],
        [50, 4],
        [null, 0],
        [61, 12]
      ])
    })
    const text = lines(renderText(report))
    const at = text.indexOf('History')
    expect(text[at - 1]).toBe('')
    expect(text.slice(at + 1, at + 5)).toEqual([
      'Window                         Index  Documentation   Automation     Patterns  Changes',
      '2024-01-31 – 2024-02-29           50             51           52           53        4',
      '2024-03-01 – 2024-03-30  no activity    no activity  no activity  no activity        0',
      '2024-03-31 – 2024-04-29           61             62           63           64       12'
    ])
  })
})

describe('renderText: the changes that counted', () => {
  const four = (): ReportChange[] => [
    change('1', { time: '2024-05-04T00:00:00.000Z' }),
    change('2', { time: '2024-05-03T00:00:00.000Z' }),
    change('3', { time: '2024-05-02T00:00:00.000Z' }),
    change('4', { time: '2024-05-01T00:00:00.000Z' })
  ]

  it('lists the top three of a category and says how many there were', () => {
    const report = sampleReport('octo/web', 60, 10, { changes: four() })
    report.categories.documentation.changes = 4
    const text = lines(renderText(report))
    const at = text.indexOf('Documentation (top 3 of 4)')
    expect(at).toBeGreaterThan(0)
    expect(text[at - 1]).toBe('')
    expect(text.slice(at + 1, at + 4)).toEqual([
      '  #1       Change 1  ada, 2024-05-04',
      '  #2       Change 2  ada, 2024-05-03',
      '  #3       Change 3  ada, 2024-05-02'
    ])
    expect(text.join('\n')).not.toContain('Change 4')
  })

  it('gives the plain label when every change of the category is listed', () => {
    const report = sampleReport('octo/web', 60, 10, { changes: four() })
    report.categories.documentation.changes = 4
    const text = lines(renderText(report, { topChanges: 4 }))
    expect(text).toContain('Documentation')
    expect(text.join('\n')).not.toContain('(top')
    expect(text).toContain('  #4       Change 4  ada, 2024-05-01')
    // A category without counted changes has no block.
    expect(text).not.toContain('Automation')
  })

  it('shows a commit as its short sha and cuts a long title at 64 characters', () => {
    const long = `${'x'.repeat(62)} yz`
    const report = sampleReport('octo/web', 60, 10, {
      changes: [
        change('0123456789abcdef', { kind: 'commit', title: long, author: 'grace' }),
        change('1', { title: 'y'.repeat(64), time: '2024-05-01T00:00:00.000Z' })
      ]
    })
    const text = lines(renderText(report))
    expect(text).toContain(`  0123456  ${'x'.repeat(62)}…  grace, 2024-05-10`)
    expect(text).toContain(`  #1       ${'y'.repeat(64)}  ada, 2024-05-01`)
  })

  it('keeps bot changes out unless the report counts them', () => {
    const report = sampleReport('octo/web', 60, 10, {
      changes: [change('7', { bot: true, author: 'renovate[bot]' })]
    })
    expect(renderText(report)).not.toContain('renovate')
    report.bots.counted = true
    expect(renderText(report)).toContain('  #7       Change 7  renovate[bot], 2024-05-10')
  })
})

describe('renderText: notes, closing line and colour', () => {
  it('has a notes block only when there are notes, and closes with the scale', () => {
    const plain = renderText(sampleReport('octo/web', 60, 10))
    expect(plain).not.toContain('Notes')
    expect(
      plain.endsWith(
        '\n\nScores are 0–100; the index is the mean of the three. More: --format html or json.\n'
      )
    ).toBe(true)
    const noted = lines(renderText(sampleReport('octo/web', 60, 10, { notes: ['a', 'b'] })))
    const at = noted.indexOf('Notes')
    expect(noted.slice(at - 1, at + 3)).toEqual(['', 'Notes', '  - a', '  - b'])
  })

  it('paints with ANSI codes only when asked', () => {
    const report = sampleReport('octo/web', 60, 10, { notes: ['n'], changes: [change('1')] })
    expect(renderText(report)).not.toContain('\u001b')
    expect(renderText(report, { colour: false })).not.toContain('\u001b')
    const text = renderText(report, { colour: true })
    expect(
      text.startsWith('\u001b[1mMultiplier report: octo/web\u001b[22m\n\u001b[2m2024-05-01')
    ).toBe(true)
    expect(text).toContain('Index: \u001b[1;34m60 / 100\u001b[0m (likely')
    expect(text).toContain('\n\u001b[1mNotes\u001b[22m\n')
    expect(text).toContain('\n\u001b[1mDocumentation\u001b[22m\n')
    expect(text).toContain('Change 1  \u001b[2mada, 2024-05-10\u001b[22m')
    expect(text).toContain('\u001b[2mScores are 0–100;')
    const quiet = renderText(sampleReport('octo/web', 0, 0), { colour: true })
    expect(quiet).toContain('Index: \u001b[33mno activity\u001b[39m (no changes in this window)')
  })
})

describe('renderText: what sits between the blocks', () => {
  it('shows history from exactly two windows, and nothing at all for less', () => {
    const two = sampleReport('octo/web', 60, 10, {
      history: history([
        [50, 4],
        [61, 12]
      ])
    })
    expect(lines(renderText(two))).toContain('History')
    const one = sampleReport('octo/web', 60, 10, { history: history([[50, 4]]) })
    expect(renderText(one)).toBe(renderText(sampleReport('octo/web', 60, 10)))
  })

  it('puts one blank line after the index and nothing between the table and the closing line', () => {
    const text = lines(renderText(sampleReport('octo/web', 60, 10)))
    const index = text.findIndex(line => line.startsWith('Index: '))
    expect(text[index + 1]).toBe('')
    expect(text[index + 2]).toMatch(/^Category /)
    expect(text.slice(-4)).toEqual([
      'Patterns          60  medium      no activity  —            0       0    0/5',
      '',
      'Scores are 0–100; the index is the mean of the three. More: --format html or json.',
      ''
    ])
  })

  it('turns a run of control characters into one space', () => {
    const text = renderText(sampleReport('octo/web', 60, 10, { notes: ['a\r\nb'] }))
    expect(text).toContain('\n  - a b\n')
  })
})
