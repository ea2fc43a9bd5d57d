// One change as a report line, which changes a report lists and in what order, and which URLs
// a line may link: the parts a reader clicks and reads.
import { describe, expect, it } from '@jest/globals'
import type { Reason, ReportChange } from '../src/model.js'
import {
  changeLine,
  countedReportChanges,
  safeUrl,
  topChanges
} from '../src/render/change-lines.js'
import { sampleReport } from './support/reports.js'

function change(overrides: Partial<ReportChange> = {}): ReportChange {
  return {
    id: 'abcdef0123456789abcdef0123456789abcdef01',
    kind: 'commit',
    title: 'Add the guide',
    author: 'ada',
    time: '2024-05-10T10:00:00.000Z',
    categories: ['documentation'],
    reasons: [],
    ...overrides
  } as ReportChange
}

const reason = (detail: string, extra: Partial<Reason> = {}): Reason =>
  ({ category: 'documentation', signal: 'path:docs-dir', detail, ...extra }) as Reason

describe('topChanges', () => {
  it('keeps the changes of the category, most evidence for it first', () => {
    const one = change({ id: 'a1', reasons: [reason('x')] })
    const three = change({
      id: 'a2',
      time: '2024-05-01T00:00:00.000Z',
      reasons: [reason('x'), reason('y'), reason('z')]
    })
    // Many reasons, but for another category: they are no evidence for documentation.
    const other = change({
      id: 'a3',
      reasons: [
        reason('p', { category: 'patterns' }),
        reason('q', { category: 'patterns' }),
        reason('r', { category: 'patterns' }),
        reason('s', { category: 'patterns' }),
        reason('x')
      ],
      time: '2024-05-02T00:00:00.000Z'
    })
    const elsewhere = change({ id: 'a4', categories: ['patterns'], reasons: [reason('x')] })
    const top = topChanges([one, other, elsewhere, three], 'documentation', 10)
    expect(top.map(c => c.id)).toEqual(['a2', 'a1', 'a3'])
  })

  it('breaks ties of evidence by the newest first, then by id ascending', () => {
    const older = change({ id: 'b', time: '2024-05-01T00:00:00.000Z' })
    const newer = change({ id: 'c', time: '2024-05-09T00:00:00.000Z' })
    const sameTimeHigh = change({ id: 'z', time: '2024-05-05T00:00:00.000Z' })
    const sameTimeLow = change({ id: 'a', time: '2024-05-05T00:00:00.000Z' })
    const order = (changes: ReportChange[]) =>
      topChanges(changes, 'documentation', 10).map(c => c.id)
    expect(order([older, sameTimeHigh, newer, sameTimeLow])).toEqual(['c', 'a', 'z', 'b'])
    expect(order([sameTimeLow, sameTimeHigh])).toEqual(['a', 'z'])
    expect(order([sameTimeHigh, sameTimeLow])).toEqual(['a', 'z'])
  })

  it('puts a change with an unreadable time after the dated ones', () => {
    const undated = change({ id: 'u', time: 'not a time' })
    const dated = change({ id: 'v', time: '2024-05-01T00:00:00.000Z' })
    expect(topChanges([undated, dated], 'documentation', 5).map(c => c.id)).toEqual(['v', 'u'])
    expect(topChanges([dated, undated], 'documentation', 5).map(c => c.id)).toEqual(['v', 'u'])
  })

  it('lists at most the limit, none for a negative one', () => {
    const changes = ['a', 'b', 'c'].map(id => change({ id }))
    expect(topChanges(changes, 'documentation', 2)).toHaveLength(2)
    expect(topChanges(changes, 'documentation', -1)).toEqual([])
  })
})

describe('countedReportChanges', () => {
  it('leaves bot changes out unless the report counts them', () => {
    const bot = change({ id: 'bot', bot: true })
    const human = change({ id: 'human' })
    const left = sampleReport('o/r', 50, 2, { changes: [bot, human] })
    expect(countedReportChanges(left).map(c => c.id)).toEqual(['human'])
    const counted = { ...left, bots: { counted: true, changes: 1, authors: [] } }
    expect(countedReportChanges(counted).map(c => c.id)).toEqual(['bot', 'human'])
  })
})

describe('changeLine', () => {
  it('writes a commit with its short sha, its author and no reasons when it has none', () => {
    expect(changeLine(change(), 'documentation')).toBe('- Add the guide `abcdef0` by ada')
  })

  it('links a pull request to the pull request, not to the commit it was merged as', () => {
    const pr = change({
      id: '42',
      kind: 'pull_request',
      url: 'https://github.com/octo/widgets/commit/0123abcd'
    })
    expect(changeLine(pr, 'documentation')).toBe(
      '- [Add the guide](https://github.com/octo/widgets/pull/42) `#42` by ada'
    )
    const commit = change({ url: 'https://github.com/octo/widgets/commit/0123abcd' })
    expect(changeLine(commit, 'documentation')).toBe(
      '- [Add the guide](https://github.com/octo/widgets/commit/0123abcd) `abcdef0` by ada'
    )
  })

  it('keeps a URL that is not exactly a commit page, and a pull request id that is not a number', () => {
    const line = (id: string, url: string) =>
      changeLine(change({ id, kind: 'pull_request', url }), 'documentation')
    expect(line('42', 'https://github.com/octo/widgets/commit/0123abcd/extra')).toContain(
      '(https://github.com/octo/widgets/commit/0123abcd/extra)'
    )
    expect(line('42', 'see https://github.com/octo/widgets/commit/0123abcd')).not.toContain(
      'pull/42'
    )
    expect(line('42', 'ftp://github.com/octo/widgets/commit/0123abcd')).not.toContain('](')
    expect(line('42', 'http://ghe.local/octo/widgets/commit/0123ABCD')).toContain(
      '(http://ghe.local/octo/widgets/pull/42)'
    )
    expect(line('x42', 'https://github.com/octo/widgets/commit/0123abcd')).toContain(
      '(https://github.com/octo/widgets/commit/0123abcd)'
    )
    expect(line('42x', 'https://github.com/octo/widgets/commit/0123abcd')).toContain(
      '(https://github.com/octo/widgets/commit/0123abcd)'
    )
  })

  it('gives an untitled change a placeholder title', () => {
    expect(changeLine(change({ title: '' }), 'documentation')).toMatch(/^- \(no title\) `/)
  })

  it('shows two reasons for the category with their files, and how many more', () => {
    const reasons = [
      reason('docs folder', { file: 'docs/a.md' }),
      reason('readme'),
      reason('other category', { category: 'patterns' })
    ]
    expect(changeLine(change({ reasons }), 'documentation')).toBe(
      '- Add the guide `abcdef0` by ada — docs folder (`docs/a.md`); readme'
    )
    const three = [...reasons, reason('third')]
    expect(changeLine(change({ reasons: three }), 'documentation')).toBe(
      '- Add the guide `abcdef0` by ada — docs folder (`docs/a.md`); readme; +1 more'
    )
    const four = [...three, reason('fourth')]
    expect(changeLine(change({ reasons: four }), 'documentation')).toMatch(/; readme; \+2 more$/)
    expect(changeLine(change({ reasons }), 'patterns')).toBe(
      '- Add the guide `abcdef0` by ada — other category'
    )
    expect(changeLine(change({ reasons }), 'automation')).toBe('- Add the guide `abcdef0` by ada')
  })
})

describe('safeUrl', () => {
  it('takes http and https only, whole', () => {
    expect(safeUrl('https://github.com/o/r')).toBe('https://github.com/o/r')
    expect(safeUrl('HTTP://example.com/a')).toBe('HTTP://example.com/a')
    expect(safeUrl('javascript:alert(1)')).toBeNull()
    expect(safeUrl('x https://github.com/o/r')).toBeNull()
    expect(safeUrl('https://github.com/o/r trailing')).toBeNull()
    expect(safeUrl('')).toBeNull()
    expect(safeUrl(undefined)).toBeNull()
  })

  it('encodes what would end a markdown link, in upper-case hex', () => {
    expect(safeUrl('https://x.io/a(b)<c>"d\'e\\f`g')).toBe(
      'https://x.io/a%28b%29%3Cc%3E%22d%27e%5Cf%60g'
    )
  })
})
