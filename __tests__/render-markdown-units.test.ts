// The markdown report's sentences and layout, read as a lead reads them, from reports built in
// memory: every condition on both sides, what is left out when empty, the order of the parts.
import { describe, expect, it } from '@jest/globals'
import type { CategoryId, Report, ReportChange, TeamScore } from '../src/model.js'
import { renderMarkdown, type MarkdownOptions } from '../src/render/markdown.js'
import { sampleReport } from './support/reports.js'

function change(i: number, categories: CategoryId[]): ReportChange {
  return {
    id: String(i).padStart(40, 'c'),
    kind: 'commit',
    title: `Change ${i}`,
    author: 'ada',
    time: `2024-05-${String(10 + (i % 9)).padStart(2, '0')}T10:00:00.000Z`,
    categories,
    reasons: categories.map(category => ({
      category,
      signal: 'path:docs-dir',
      detail: `reason ${i}`
    }))
  } as ReportChange
}

/** A 30-day report of 10 changes by 2 people over 5 weeks, with each category's counts set. */
function report(
  overrides: Partial<Report> = {},
  counts: Partial<Record<CategoryId, number>> = {}
): Report {
  const base = sampleReport('octo/widgets', 50, 10, overrides)
  for (const [id, changes] of Object.entries(counts)) {
    base.categories[id as CategoryId] = { ...base.categories[id as CategoryId], changes }
  }
  return base
}

function md(overrides: Partial<Report> = {}, options: MarkdownOptions = {}): string {
  return renderMarkdown(report(overrides), options)
}

function lineOf(text: string, start: string): string {
  const line = text.split('\n').find(l => l.startsWith(start))
  if (line === undefined) throw new Error(`no line starting ${start}`)
  return line
}

describe('renderMarkdown: layout', () => {
  it('opens with the title, the window line and the headline, each followed by a blank line', () => {
    const lines = md().split('\n')
    expect(lines[0]).toBe('## Multiplier report: octo/widgets · 2024-05-01 – 2024-05-30')
    expect(lines[1]).toBe('')
    expect(lines[2]).toBe(
      '30 days of git history, compared with the previous 30 (2024-04-01 – 2024-04-30).'
    )
    expect(lines[3]).toBe('')
    expect(lines[4]).toMatch(/^\*\*Multiplier index: 50 \/ 100\*\*/)
    expect(lines[5]).toBe('')
    expect(lines[6]).toMatch(/^Confidence: \*\*medium\*\*/)
    expect(lines[7]).toBe('')
  })

  it('puts what moved the score under its own bold line, then the table after a blank line', () => {
    const text = md()
    expect(text).toMatch(/\n\n\*\*What moved the score\*\*\n\n[^\n]+\n\n\| Category \| Score/)
  })

  it('heads the report at the level asked for, its sections one deeper, never past six', () => {
    const options = { headingLevel: 1 } as const
    const one = md({ notes: ['n'] }, options)
    expect(one.startsWith('# Multiplier report: ')).toBe(true)
    expect(one).toContain('\n## Notes\n\n- n\n\n<sub>')
    const three = md({ notes: ['n'] }, { headingLevel: 3 })
    expect(three.startsWith('### Multiplier report: ')).toBe(true)
    expect(three).toContain('\n#### Notes\n')
    expect(md({ notes: ['n'] })).toContain('\n### Notes\n')
  })

  it('links the repository name when the report knows its page, and the scoring page always', () => {
    const linked = md({ repositoryUrl: 'https://github.com/octo/widgets' })
    expect(linked.split('\n')[0]).toBe(
      '## Multiplier report: [octo/widgets](https://github.com/octo/widgets) · 2024-05-01 – 2024-05-30'
    )
    expect(md()).toContain(
      '[how the scores work](https://github.com/multiplier/multiplier/blob/main/docs/scoring.md)</sub>\n'
    )
  })

  it('says a one-day window of pull requests in the singular', () => {
    const text = md({
      source: 'github',
      window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-02T00:00:00.000Z' },
      previousWindow: { since: '2024-04-30T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' }
    })
    expect(text.split('\n')[2]).toBe(
      '1 day of merged pull requests, compared with the previous 1 (2024-04-30).'
    )
  })

  it('leaves out the index block when there is nothing to score', () => {
    const text = md({ index: null, indexInterval: null })
    expect(text).not.toContain('What moved the score')
    expect(text).not.toContain('| Category |')
    expect(text).not.toContain('How to read this table')
  })
})

describe('renderMarkdown: the score table', () => {
  it('has one column per score part with the right alignment', () => {
    const lines = md().split('\n')
    const head = lines.findIndex(l => l.startsWith('| Category |'))
    expect(lines[head]).toBe(
      '| Category | Score | Confidence | Trend | Share of changes | People | Steadiness |'
    )
    expect(lines[head + 1]).toBe('| --- | ---: | --- | :---: | --- | --- | --- |')
  })

  it('counts people and weeks only from two of each: one past the bound on both sides', () => {
    const row = (totals: Partial<Report['totals']>, confidence: 'medium' | null = 'medium') => {
      const r = report({}, { documentation: 3 })
      r.totals = { ...r.totals, ...totals }
      r.categories.documentation = {
        ...r.categories.documentation,
        confidence: confidence as never,
        people: 1,
        activeWeeks: 1,
        parts: { share: 0.25, people: 0.5, steadiness: 0.75 }
      }
      return lineOf(renderMarkdown(r), '| **Documentation**')
    }
    expect(row({ people: 2, weeks: 2 })).toContain(
      '| medium | — | 3 of 10 (30%) → 25% | 1 of 2 → 50% | 1 of 2 weeks → 75% |'
    )
    expect(row({ people: 1, weeks: 1 }, null)).toContain(
      '| — | — | 3 of 10 (30%) → 25% | 1 of 1 → not counted | 1 of 1 week → not counted |'
    )
    expect(row({ changes: 0 })).toContain('| 3 of 0 (0%) → 25% |')
  })

  it('explains every figure under the table, capitalised, with the weights and the prior', () => {
    const text = md()
    expect(text).toContain(
      'Each part reads "what was counted → its mark (0–100%)". Share: changes that fed the ' +
        'category, of all counted, marked against its target share (20% documentation, 10% ' +
        'automation, 10% patterns); people: who fed it, of those active (not counted below 2 ' +
        'people); steadiness: weeks with such a change (not counted below 2 weeks). Score = 50% ' +
        '/ 30% / 20% of the marks, pulled toward 50 on small samples (the pull weighs as much as ' +
        '10 changes); under each score, the range it lies in 90 % sure, from the counts behind ' +
        'each part. A trend is an arrow only outside that noise.'
    )
    expect(text).toContain('<details><summary>How to read this table</summary>\n\nEach part')
    expect(text).toContain('noise.\n\n</details>\n\n`')
  })
})

describe('renderMarkdown: balance and bots', () => {
  function balance(totals: Partial<Report['totals']>, bots: Partial<Report['bots']> = {}): string {
    const r = report()
    r.totals = { ...r.totals, ...totals }
    r.bots = { ...r.bots, ...bots }
    return lineOf(renderMarkdown(r), '`')
  }

  it('writes the bar, the counts in the singular at one and the people', () => {
    expect(balance({ changes: 4, multiplier: 1, output: 3, people: 1 })).toBe(
      '`███░░░░░░░` **1** multiplier change (25%) · **3** output changes (75%) · by 1 person'
    )
    expect(balance({ changes: 4, multiplier: 3, output: 1, people: 2 })).toBe(
      '`████████░░` **3** multiplier changes (75%) · **1** output change (25%) · by 2 people'
    )
    expect(balance({ changes: 0, multiplier: 0, output: 0, people: 0 })).toBe(
      '`░░░░░░░░░░` **0** multiplier changes (0%) · **0** output changes (0%) · by 0 people'
    )
  })

  it('names the bots among the authors only when they are counted', () => {
    const totals = { changes: 4, multiplier: 2, output: 2, people: 2 }
    expect(balance({ ...totals, bots: 1 }, { counted: true })).toMatch(/by 2 people and 1 bot$/)
    expect(balance({ ...totals, bots: 2 }, { counted: true })).toMatch(/by 2 people and 2 bots$/)
    expect(balance({ ...totals, bots: 2 }, { counted: false })).toMatch(/by 2 people$/)
    expect(balance({ ...totals, bots: 0 }, { counted: true })).toMatch(/by 2 people$/)
  })

  function botLine(bots: Report['bots']): string | undefined {
    return md({ bots })
      .split('\n')
      .find(l => l.startsWith('Automation at work'))
  }

  it('says who the bots are as people call them, and whether they were counted', () => {
    expect(botLine({ counted: false, changes: 0, authors: [] })).toBeUndefined()
    expect(botLine({ counted: false, changes: 1, authors: [] })).toBe(
      'Automation at work: Bots made 1 change, left out of the scores (`score.bots: include` counts them).'
    )
    expect(
      botLine({ counted: true, changes: 2, authors: [{ name: 'github-actions[bot]', changes: 2 }] })
    ).toBe(
      'Automation at work: GitHub Actions made 2 changes, counted in the shares and steadiness (`score.bots: include`).'
    )
    expect(
      botLine({
        counted: false,
        changes: 4,
        authors: [
          { name: 'pre-commit-ci[bot]', changes: 1 },
          { name: 'Renovate[BOT]', changes: 1 },
          { name: 'dependabot', changes: 2 }
        ]
      })
    ).toMatch(/^Automation at work: pre-commit\.ci, Renovate and Dependabot made 4 changes, left/)
    expect(
      botLine({
        counted: false,
        changes: 2,
        authors: [
          { name: 'my[bot]-helper', changes: 1 },
          { name: 'release-bot', changes: 1 }
        ]
      })
    ).toMatch(/^Automation at work: my\\\[bot\]-helper and release-bot made 2 changes/)
  })

  it('follows the bot line with a blank line', () => {
    const text = md({ bots: { counted: false, changes: 1, authors: [] } })
    expect(text).toMatch(/counts them\)\.\n\n/)
  })
})

describe('renderMarkdown: what counted', () => {
  it('lists each category with changes, says how many are shown of how many, folded', () => {
    const changes = [
      change(1, ['documentation']),
      change(2, ['documentation']),
      change(3, ['documentation']),
      change(4, ['documentation']),
      change(5, ['patterns'])
    ]
    const r = report({ changes }, { documentation: 4, patterns: 1 })
    const text = renderMarkdown(r, { topChanges: 3 })
    expect(text).toContain(
      '\n### What counted\n\n<details><summary>The changes behind each score ' +
        '(Documentation 4 · Patterns 1)</summary>\n\n**Documentation** (top 3 of 4)\n\n- '
    )
    expect(text).toMatch(/\n\n\*\*Patterns\*\*\n\n- Change 5 [^\n]*\n\n\n<\/details>\n\n/)
    expect(text).not.toContain('\n**Automation**')
    expect(text).not.toContain('Automation 0')
  })

  it('says no "top" when every change of the category is listed', () => {
    const changes = [change(1, ['automation']), change(2, ['automation'])]
    const text = renderMarkdown(report({ changes }, { automation: 2 }), { topChanges: 2 })
    expect(text).toContain('\n**Automation**\n\n- ')
    expect(text).not.toContain('(top')
  })

  it('has no such section with no counted change, or with changes but none that fed a category', () => {
    const withNone = report({ changes: [change(1, [])] })
    expect(renderMarkdown(withNone)).not.toContain('What counted')
    const zero = report({ changes: [change(1, ['documentation'])] }, { documentation: 1 })
    zero.totals = { ...zero.totals, changes: 0 }
    expect(renderMarkdown(zero)).not.toContain('What counted')
  })
})

describe('renderMarkdown: insight sections, notes and footer', () => {
  const team = (name: string): TeamScore =>
    ({
      team: name,
      changes: 30,
      botChanges: 0,
      index: 60,
      documentation: 50,
      automation: 60,
      patterns: 70,
      previousIndex: null
    }) as TeamScore

  it('folds the teams table under how many teams it holds', () => {
    const one = md({ teams: [team('@octo/web')] })
    expect(one).toContain(
      '\n### Teams\n\n<details><summary>Scores of 1 CODEOWNERS team, by name</summary>\n\n'
    )
    const two = md({ teams: [team('@octo/web'), team('@octo/api')] })
    expect(two).toContain('<summary>Scores of 2 CODEOWNERS teams, by name</summary>')
  })

  it('writes the no-team sentence unfolded, and no section when teams were not asked for', () => {
    const none = md({ teams: [] })
    expect(none).toContain(
      '\n### Teams\n\n_No change in this window touched files that CODEOWNERS gives to a team._\n\n'
    )
    expect(none).not.toContain('CODEOWNERS team,')
    expect(md()).not.toContain('### Teams')
    expect(md()).not.toContain('### History')
    expect(md()).not.toContain('### Docs-debt hotspots')
  })

  it('gives a history of two windows or more a section of its own, before the hotspots', () => {
    const entry = (since: string, until: string, index: number) => ({
      window: { since: `${since}T00:00:00.000Z`, until: `${until}T00:00:00.000Z` },
      index,
      interval: null,
      confidence: 'medium' as const,
      changes: 10,
      botChanges: 0,
      documentation: index,
      automation: index,
      patterns: index,
      direction: null
    })
    const text = md({
      history: [entry('2024-04-01', '2024-05-01', 40), entry('2024-05-01', '2024-05-31', 55)],
      hotspots: [
        {
          path: 'src/api',
          churn: 400,
          changes: 5,
          people: 2,
          docsLastChanged: null,
          docsReadSince: '2024-01-01T00:00:00.000Z'
        }
      ]
    })
    expect(text).toMatch(/\n### History\n\n\S/)
    expect(text.indexOf('### History')).toBeLessThan(text.indexOf('### Docs-debt hotspots'))
    expect(text).toContain('\n### History\n\n```mermaid\n')
    expect(text).toContain('\n</details>\n\n### Docs-debt hotspots\n')
  })

  it('gives the hotspots a section of their own', () => {
    const text = md({
      hotspots: [
        {
          path: 'src/api',
          churn: 400,
          changes: 5,
          people: 2,
          docsLastChanged: null,
          docsReadSince: '2024-01-01T00:00:00.000Z'
        }
      ]
    })
    expect(text).toContain('\n### Docs-debt hotspots\n\nCode areas with the most changed lines')
  })

  it('lists the notes and adds the API coverage once', () => {
    const text = md({
      notes: ['First note.'],
      api: { requests: 2, cost: 5, rateLimitRemaining: 100, coverage: 'Covered 2 weeks of 4.' }
    })
    expect(text).toContain('\n### Notes\n\n- First note.\n- Covered 2 weeks of 4.\n\n<sub>')
    const noted = md({
      notes: ['Other note.', 'Budget spent. Covered 2 weeks of 4.'],
      api: { requests: 2, cost: 5, coverage: 'Covered 2 weeks of 4.' }
    })
    expect(noted.match(/Covered 2 weeks of 4\./g)).toHaveLength(1)
    const coverageOnly = md({ api: { requests: 2, cost: 5, coverage: 'Covered 1 week.' } })
    expect(coverageOnly).toContain('\n### Notes\n\n- Covered 1 week.\n')
    expect(md()).not.toContain('Notes')
  })

  it('says what the GitHub API cost in the footer, leaving out what is zero or unknown', () => {
    const footer = (api?: Report['api']) => lineOf(md(api ? { api } : {}), '<sub>Generated')
    expect(footer({ requests: 2, cost: 5, rateLimitRemaining: 100 })).toBe(
      '<sub>Generated 2024-05-31 08:00 UTC · GitHub API: 2 requests, 5 GraphQL points, 100 left · ' +
        'the index is the mean of the three scores · [how the scores work](https://github.com/' +
        'multiplier/multiplier/blob/main/docs/scoring.md)</sub>'
    )
    expect(footer({ requests: 1, cost: 0 })).toContain(' · GitHub API: 1 request · the index')
    expect(footer({ requests: 3, cost: 0, rateLimitRemaining: 0 })).toContain(
      'GitHub API: 3 requests, 0 left · '
    )
    expect(footer()).toMatch(/^<sub>Generated 2024-05-31 08:00 UTC · the index is the mean/)
  })
})
