import { describe, expect, it } from '@jest/globals'
import type { CategoryId, ClassifiedChange, Report } from '../src/model.js'
import { renderJobSummary } from '../src/render/job-summary.js'
import { SUMMARY_BYTE_LIMIT } from '../src/render/limits.js'
import { topChanges } from '../src/render/change-lines.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { windowText } from '../src/render/window-text.js'
import { issueBody, periodRow, readPeriodRows } from '../src/render/report-issue.js'
import { scoreReport } from '../src/score/score.js'
import { SCORING_MAY_2024, classified, person } from './support/fake-source.js'

const { window, previousWindow, options } = SCORING_MAY_2024

function report(
  changes: ClassifiedChange[],
  previousChanges: ClassifiedChange[] = [],
  extra: Partial<Report> = {}
): Report {
  return {
    ...scoreReport({
      repository: 'octo/widgets',
      source: 'git',
      window,
      previousWindow,
      changes,
      previousChanges,
      options,
      generatedAt: '2024-05-31T08:00:00.000Z'
    }),
    ...extra
  }
}

const at = (day: number): string => `2024-05-${String(day).padStart(2, '0')}T10:00:00.000Z`

describe('render/markdown', () => {
  it('shows the repository, the window, the index and each score with its meaning', () => {
    const text = renderMarkdown(
      report([classified(['documentation'], { time: at(2) }), classified([], { time: at(3) })])
    )
    expect(text).toContain('## Multiplier report: octo/widgets · 2024-05-01 – 2024-05-30\n')
    expect(text).toContain(
      '30 days of git history, compared with the previous 30 (2024-04-01 – 2024-04-30).'
    )
    expect(text).toMatch(/\*\*Multiplier index: \d+ \/ 100\*\*/)
    expect(text).toContain('| **Documentation** | **')
    // One screen: what moved the score comes before the table, and no slogan is repeated.
    expect(text.indexOf('**What moved the score**')).toBeLessThan(text.indexOf('| Category |'))
    expect(text).not.toContain('Documentation reduces the time required to understand systems.')
    expect(text).toContain('[how the scores work](')
  })

  it('says what moved the score: the categories outside the noise, with the work that moved them', () => {
    const team = Array.from({ length: 30 }, (_, i) => person(`P${i}`))
    const many = (count: number, categories: CategoryId[], day: (i: number) => string) =>
      Array.from({ length: count }, (_, i) =>
        classified(categories, {
          time: day(i),
          title: `change ${i}`,
          author: team[i % team.length] ?? person('Ada')
        })
      )
    const april = (i: number) => `2024-04-${String(1 + (i % 29)).padStart(2, '0')}T10:00:00.000Z`
    const may = (i: number) => at(1 + (i % 29))
    const moved = renderMarkdown(
      report([...many(60, ['automation'], may), ...many(140, [], may)], many(200, [], april))
    )
    expect(moved).toMatch(
      /- ▲ \*\*Automation\*\* \d+ → \d+: fed by 60 changes \(0 before\) — \[?change/
    )
    // One change against one: nothing is outside the noise, and it says so.
    const earlier = [classified([], { time: '2024-04-10T00:00:00.000Z' })]
    const still = renderMarkdown(report([classified(['automation'], { time: at(2) })], earlier))
    expect(still).toContain(
      "No score moved outside the noise since the window before. This period's multiplier work:"
    )
    expect(still).toMatch(/- \*\*Automation\*\*: 1 change — /)
  })

  it('shows the parts behind each score', () => {
    const text = renderMarkdown(
      report([classified(['documentation'], { time: at(2) }), classified([], { time: at(3) })])
    )
    // share: 1 of 2 changes = 50% against a 20% target → 100%; 1 of 1 people (one person is
    // not counted); 1 of 5 weeks → 20%. Every figure says what it is.
    expect(text).toContain(
      '| low | — | 1 of 2 (50%) → 100% | 1 of 1 → not counted | 1 of 5 weeks → 20% |'
    )
    const table = text.slice(text.indexOf('| Category |'))
    const legend = table.split('\n').find(line => line.startsWith('Each part'))
    expect(legend).toContain('what was counted → its mark (0–100%)')
    expect(legend).toContain('target share (20% documentation, 10% automation, 10% patterns)')
    expect(legend).toContain('Score = 50% / 30% / 20% of the marks, pulled toward 50')
    // The legend sits right under the table, folded.
    expect(table.split('\n\n')[1]).toBe('<details><summary>How to read this table</summary>')
    expect(table.split('\n\n')[2]).toBe(legend)
  })

  it('says how sure the index is, in words, with the sample behind it', () => {
    const small = renderMarkdown(report([classified(['documentation'], { time: at(2) })]))
    expect(small).toContain(
      'Confidence: **low** — 1 change by 1 person over 5 weeks; the index could lie anywhere in a wide range'
    )
    expect(small).toMatch(/\*\*Multiplier index: \d+ \/ 100\*\* \(90 % interval \d+–\d+\)/)
    const team = Array.from({ length: 30 }, (_, i) => person(`P${i}`))
    const many = Array.from({ length: 600 }, (_, i) =>
      classified(i % 3 === 0 ? ['documentation', 'automation', 'patterns'] : [], {
        time: at(1 + (i % 29)),
        author: team[i % 30] ?? person('Ada')
      })
    )
    expect(renderMarkdown(report(many))).toContain(
      'Confidence: **high** — 600 changes by 30 people over 5 weeks; the index is known to within a few points.'
    )
  })

  it('shows bot changes on their own line and keeps them out of what counted', () => {
    const bot = (login: string, day: number) =>
      classified(['automation'], {
        title: `Update dependency ${login}`,
        time: at(day),
        author: { name: login, login },
        authorIsBot: true
      })
    const changes = [
      bot('renovate[bot]', 2),
      bot('renovate[bot]', 3),
      bot('dependabot[bot]', 4),
      classified(['documentation'], { time: at(5), author: person('Ada') })
    ]
    const text = renderMarkdown(report(changes))
    expect(text).toContain(
      'Automation at work: Renovate and Dependabot made 3 changes, left out of the scores (`score.bots: include` counts them).'
    )
    expect(text).not.toContain('Update dependency')
    expect(text).toContain('by 1 person\n')
    const included = renderMarkdown(
      report(changes, [], {
        bots: {
          counted: true,
          changes: 3,
          authors: [
            { name: 'renovate[bot]', changes: 2 },
            { name: 'dependabot[bot]', changes: 1 }
          ]
        }
      })
    )
    expect(included).toContain('Renovate and Dependabot made 3 changes, counted in the shares')
    expect(included).toContain('Update dependency')
  })

  it('shows an arrow only for a move outside the noise, "no clear change" otherwise', () => {
    const team = Array.from({ length: 30 }, (_, i) => person(`P${i}`))
    const window = (count: number, categories: CategoryId[], day: (i: number) => string) =>
      Array.from({ length: count }, (_, i) =>
        classified(categories, { time: day(i), author: team[i % team.length] ?? person('Ada') })
      )
    const april = (i: number) => `2024-04-${String(1 + (i % 29)).padStart(2, '0')}T10:00:00.000Z`
    const may = (i: number) => at(1 + (i % 29))
    // 200 changes, all automation now and none before: far outside the noise.
    const up = renderMarkdown(report(window(200, ['automation'], may), window(200, [], april)))
    expect(up).toMatch(
      /\| \*\*Automation\*\* \| \*\*\d+\*\*<br><sub>\d+–\d+<\/sub> \| \w+ \| ▲\u00a0\+\d+ \|/
    )
    const down = renderMarkdown(report(window(200, [], may), window(200, ['patterns'], april)))
    expect(down).toMatch(
      /\| \*\*Patterns\*\* \| \*\*\d+\*\*<br><sub>\d+–\d+<\/sub> \| \w+ \| ▼\u00a0−\d+ \|/
    )
    // One change against one: whatever the difference, it is inside the noise.
    const earlier = [classified([], { time: '2024-04-10T00:00:00.000Z' })]
    const small = renderMarkdown(report([classified(['automation'], { time: at(2) })], earlier))
    expect(small).toMatch(
      /\| \*\*Automation\*\* \| \*\*\d+\*\*<br><sub>\d+–\d+<\/sub> \| low \| no clear change \(\+\d+\) \|/
    )
    expect(small).not.toMatch(/▲|▼/)
    const none = renderMarkdown(report([classified([], { time: at(2) })]))
    expect(none).toMatch(/\| \*\*Patterns\*\* \| \*\*\d+\*\*<br><sub>\d+–\d+<\/sub> \| low \| — \|/)
    expect(none).toContain('no earlier activity to compare with')
  })

  it('shows the balance of output and multiplier changes', () => {
    const text = renderMarkdown(
      report([
        classified(['documentation'], { time: at(2) }),
        classified([], { time: at(3) }),
        classified([], { time: at(4) }),
        classified([], { time: at(5) })
      ])
    )
    expect(text).toContain(
      '`███░░░░░░░` **1** multiplier change (25%) · **3** output changes (75%) · by 1 person'
    )
  })

  it('lists the top changes of each category with why they count', () => {
    const text = renderMarkdown(
      report([
        classified(['documentation'], {
          title: 'Write the runbook',
          time: at(4),
          url: 'https://github.com/octo/widgets/commit/abc',
          author: person('Bo', 'bo')
        })
      ])
    )
    expect(text).toContain('### What counted')
    expect(text).toMatch(
      /- \[Write the runbook\]\(https:\/\/github.com\/octo\/widgets\/commit\/abc\) `\w{7}` by bo — documentation file \(`documentation\/file.md`\)/
    )
  })

  it('escapes titles, logins and paths and neutralises @mentions', () => {
    const text = renderMarkdown(
      report([
        classified(['documentation'], {
          title: 'docs: thank @octocat <script>alert(1)</script> **bold**',
          author: { name: 'Eve', login: '@eve|x' },
          time: at(2),
          reasons: [
            {
              category: 'documentation',
              file: 'docs/`odd`.md',
              signal: 'path:docs',
              detail: 'docs for @team'
            }
          ]
        })
      ])
    )
    // Mentions show as code (no notification, no invisible character); tags do not act.
    expect(text).not.toMatch(/(?:^|[^\\])<script>/)
    expect(text).not.toMatch(/(?:^|[^`])@(?:octocat|team|eve)/)
    expect(text).toContain('`@octocat` \\<script>alert(1)\\</script> \\*\\*bold\\*\\*')
    expect(text).toContain('by `@eve`\\|x')
    expect(text).toContain('(``docs/`odd`.md``)')
  })

  it('links only http(s) URLs', () => {
    const text = renderMarkdown(
      report([
        classified(['documentation'], { title: 'x', time: at(2), url: 'javascript:alert(1)' })
      ])
    )
    expect(text).not.toContain('javascript:')
  })

  it('says plainly when the window had no changes', () => {
    const text = renderMarkdown(report([]))
    expect(text).toContain('No activity in this window')
    expect(text).not.toContain('### What counted')
    expect(text).toContain('**Multiplier index: no activity**')
    // No 0s, no balance of zero changes: nothing was measured.
    expect(text).not.toMatch(/\*\*0\*\*|0 \/ 100|Builder vs multiplier/)
  })

  it('shows notes and API usage', () => {
    const text = renderMarkdown(
      report([classified([], { time: at(2) })], [], {
        notes: ['Shallow clone: history before 2024-05-10 is missing.'],
        api: {
          requests: 12,
          cost: 3,
          rateLimitRemaining: 4990,
          coverage: 'Covered PRs merged after 2024-05-12.'
        }
      })
    )
    expect(text).toContain('### Notes')
    expect(text).toContain('- Shallow clone: history before 2024-05-10 is missing.')
    expect(text).toContain('- Covered PRs merged after 2024-05-12.')
    expect(text).toContain('GitHub API: 12 requests, 3 GraphQL points, 4990 left')
  })

  it('shows the API coverage once when a note already carries it', () => {
    const coverage = 'collected 100 PRs merged since 2024-05-01'
    const text = renderMarkdown(
      report([classified([], { time: at(2) })], [], {
        notes: [`The API request budget ran out: ${coverage}; older PRs were not listed.`],
        api: { requests: 2, cost: 2, budgetExhausted: true, coverage }
      })
    )
    expect(text.split(coverage).length - 1).toBe(1)
  })

  it('ranks top changes by evidence, then recency, then id', () => {
    const twoReasons = classified(['patterns'], { id: 'b', time: at(1) })
    twoReasons.reasons.push({ category: 'patterns', signal: 'label:x', detail: 'label' })
    const newer = classified(['patterns'], { id: 'c', time: at(9) })
    const tieA = classified(['patterns'], { id: 'a', time: at(5) })
    const tieD = classified(['patterns'], { id: 'd', time: at(5) })
    const r = report([tieD, newer, tieA, twoReasons])
    expect(topChanges(r.changes, 'patterns', 3).map(c => c.id)).toEqual(['b', 'c', 'a'])
  })

  it('shows whole-day windows inclusive and other windows with times', () => {
    expect(windowText(window)).toBe('2024-05-01 – 2024-05-30')
    expect(
      windowText({ since: '2024-05-01T00:00:00.000Z', until: '2024-05-02T00:00:00.000Z' })
    ).toBe('2024-05-01')
    expect(
      windowText({ since: '2024-05-01T10:30:00.000Z', until: '2024-05-31T10:30:00.000Z' })
    ).toBe('2024-05-01 10:30 – 2024-05-31 10:30 UTC')
  })

  it('lists every change in the job summary, collapsed per category, bots apart', () => {
    const changes = [
      ...Array.from({ length: 7 }, (_, i) =>
        classified(['documentation'], { title: `Doc page ${i}`, time: at(1 + i) })
      ),
      classified([], { title: 'Ship the feature', time: at(9) }),
      classified(['automation'], {
        title: 'Update lodash',
        time: at(10),
        author: { name: 'renovate[bot]' },
        authorIsBot: true
      })
    ]
    const summary = renderJobSummary(report(changes))
    expect(summary.startsWith(renderMarkdown(report(changes)))).toBe(true)
    expect(summary).toContain('<details><summary>Documentation (7)</summary>')
    expect(summary).toContain('<details><summary>Output (1)</summary>')
    expect(summary).toContain('<details><summary>Bots (left out of the scores) (1)</summary>')
    for (let i = 0; i < 7; i++) expect(summary).toContain(`Doc page ${i}`)
    expect(summary).toContain('Ship the feature')
    expect(summary.split('<details>').length).toBe(summary.split('</details>').length)
  })

  it('cuts the job summary to its byte limit and says how many changes were left out and where they are', () => {
    const changes = Array.from({ length: 3000 }, (_, i) =>
      classified(i % 2 === 0 ? ['documentation'] : [], {
        title: `Change ${i} ${'ü'.repeat(60)}`,
        time: at(1 + (i % 29))
      })
    )
    const built = report(changes)
    const limit = 200_000
    const summary = renderJobSummary(built, {
      byteLimit: limit,
      jsonPath: '/runner/temp/report.json'
    })
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(limit)
    const listed = summary
      .slice(summary.indexOf('### Every change'))
      .split('\n')
      .filter(line => /^- Change \d+ /.test(line)).length
    const left = Number(
      /_(\d+) changes left out to fit GitHub's 1 MiB job-summary limit; the JSON report \(`\/runner\/temp\/report.json`/.exec(
        summary
      )?.[1]
    )
    expect(listed).toBeGreaterThan(100)
    expect(listed + left).toBe(3000)
    expect(summary.split('<details>').length).toBe(summary.split('</details>').length)
    // At GitHub's real limit the same report fits whole.
    const whole = renderJobSummary(built)
    expect(Buffer.byteLength(whole, 'utf8')).toBeLessThanOrEqual(SUMMARY_BYTE_LIMIT)
    expect(whole).not.toContain('left out to fit')
  })

  it("carries the issue's table of periods forward, replacing a rerun's row and keeping the newest first", () => {
    const may = report([classified(['documentation'], { time: at(2) })])
    const first = issueBody(may, 'https://github.com/o/r/actions/runs/1', '', null)
    expect(readPeriodRows(first)).toEqual([periodRow(may, 'https://github.com/o/r/actions/runs/1')])
    const june = {
      ...may,
      window: { since: '2024-06-01T00:00:00.000Z', until: '2024-07-01T00:00:00.000Z' },
      index: 61
    }
    const second = issueBody(june, 'https://github.com/o/r/actions/runs/2', '', first)
    const rerun = issueBody(
      { ...june, index: 62 },
      'https://github.com/o/r/actions/runs/3',
      '',
      second
    )
    const rows = readPeriodRows(rerun)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(/^\| 2024-06-01 – 2024-06-30 \| \*\*62\*\* \|.*runs\/3\) \|$/)
    expect(rows[1]).toMatch(/^\| 2024-05-01 – 2024-05-30 \|.*runs\/1\) \|$/)
    // Text outside the markers is never read as a row.
    expect(readPeriodRows('| 2024-01-01 | **1** |')).toEqual([])
  })

  describe('targets', () => {
    const noisy = (): Report =>
      report(
        [
          classified(['patterns'], {
            id: 'f0e4923aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
            title: 'Tests: one harness (runner files) for #14918, thanks @octocat',
            time: at(2),
            reasons: [
              {
                category: 'patterns',
                file: '__tests__/support/harness.ts',
                signal: 'shared-module',
                detail: '2 existing files import it (__tests__/a.test.ts, __tests__/b.test.ts)'
              }
            ]
          })
        ],
        [],
        { repositoryUrl: 'https://github.com/octo/widgets' }
      )

    it('writes a document with no needless escapes or invisible characters, #123 linked', () => {
      const text = renderMarkdown(noisy(), { target: 'document' })
      expect(text).not.toContain('\u200b')
      expect(text).not.toMatch(/\\[()_#]/)
      expect(text).toContain(
        '- Tests: one harness (runner files) for [#14918](https://github.com/octo/widgets/issues/14918), thanks @octocat `f0e4923`'
      )
      expect(text).toContain(
        '— 2 existing files import it (`__tests__/a.test.ts`, `__tests__/b.test.ts`) (`__tests__/support/harness.ts`)'
      )
      expect(text).toContain(
        '## Multiplier report: [octo/widgets](https://github.com/octo/widgets) · 2024-05-01 – 2024-05-30'
      )
    })

    it('keeps a posted body inert: mentions and references as code, no needless escapes', () => {
      const text = renderMarkdown(noisy())
      expect(text).toContain('`#14918`')
      expect(text).toContain('`@octocat`')
      expect(text).not.toContain('/issues/14918')
      expect(text).toContain('(runner files)')
      expect(text).not.toMatch(/\\[()]|\u200b/)
    })

    it('leaves a linked title without links of its own', () => {
      const linked = noisy()
      linked.changes = linked.changes.map(change => ({ ...change, url: 'https://x.test/c/1' }))
      const text = renderMarkdown(linked, { target: 'document' })
      expect(text).toContain(
        '- [Tests: one harness (runner files) for #14918, thanks @octocat](https://x.test/c/1)'
      )
    })
  })
})
