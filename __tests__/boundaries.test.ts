// Both sides of the boundaries a one-line slip would move unseen: each case sits exactly on a
// threshold and just off it, through the public API of its stage.
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_THRESHOLDS } from '../src/classify/classify.js'
import { DEFAULT_SCORE_OPTIONS } from '../src/config/defaults.js'
import type { ClassifiedChange, FileChange, Window } from '../src/model.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { documentText, escapeMarkdown } from '../src/render/text-policy.js'
import { MIN_WEEKS } from '../src/score/confidence.js'
import { scoreReport, scoreWindow } from '../src/score/score.js'
import { classifyCommit } from './support/commits.js'
import { classified, person } from './support/fake-source.js'

const signalsOf = (result: ClassifiedChange): string[] =>
  result.reasons.map(reason => reason.signal)

describe('classify: the minimum share', () => {
  // Deleted script lines weigh as changed lines but add no block of new text, so only the
  // share rule can count them.
  const withScriptShare = (percent: number): ClassifiedChange =>
    classifyCommit('Rework the parser', [
      { path: 'scripts/release.sh', status: 'modified', additions: 0, deletions: percent },
      { path: 'src/parser.ts', status: 'modified', additions: 100 - percent, deletions: 0 }
    ])

  it('counts a category whose files carry exactly the minimum share of the changed lines', () => {
    expect(DEFAULT_THRESHOLDS.minShare).toBe(0.3)
    const result = withScriptShare(30)
    expect(result.categories).toEqual(['automation'])
    expect(result.reasons[0]).toMatchObject({
      category: 'automation',
      signal: 'rule:substantial-share',
      detail: 'automation files carry 30% of the counted changed lines (30 of 100)'
    })
  })

  it('leaves a category just below the minimum share as incidental output', () => {
    const result = withScriptShare(29)
    expect(result.categories).toEqual([])
    expect(result.reasons).toContainEqual({
      category: 'output',
      signal: 'rule:incidental',
      detail:
        'automation files carry only 29% of the counted changed lines (29 of 100): incidental to the change'
    })
  })
})

describe('classify: a changed rule of a standard', () => {
  // One rule of the lint config changes (2 changed lines); the code edits beside it follow it.
  const eslintRule: FileChange = {
    path: '.eslintrc.json',
    status: 'modified',
    additions: 1,
    deletions: 1,
    patch: '@@ -3,3 +3,3 @@\n   "rules": {\n-    "semi": "off"\n+    "semi": "error"\n   }'
  }
  const withCode = (title: string, codeLines: number): ClassifiedChange =>
    classifyCommit(title, [
      eslintRule,
      { path: 'src/parser.ts', status: 'modified', additions: codeLines, deletions: 0 }
    ])
  // 2 of 20 changed lines is the hint share (10 %); 2 of 21 is just below it.
  const AT_HINT_SHARE = 18
  const BELOW_HINT_SHARE = 19

  it('counts the change as patterns, without a hint, when the rule carries the hint share', () => {
    expect(DEFAULT_THRESHOLDS.hintShare).toBe(0.1)
    const result = withCode('Update the parser', AT_HINT_SHARE)
    expect(result.categories).toEqual(['patterns'])
    expect(result.reasons[0]).toMatchObject({
      category: 'patterns',
      signal: 'rule:standard-changed',
      detail:
        'A rule of the standard changed (.eslintrc.json); the rest of the change follows it (10% of the counted changed lines (2 of 20))'
    })
  })

  it('leaves it output, without a hint, just below the hint share', () => {
    const result = withCode('Update the parser', BELOW_HINT_SHARE)
    expect(result.categories).toEqual([])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ category: 'output', signal: 'rule:incidental' })
    )
    expect(signalsOf(result)).not.toContain('rule:standard-changed')
  })

  it('counts it through the hint at the hint share, and as a changed rule below it', () => {
    const title = 'Turn on the eslint semi rule'
    const at = withCode(title, AT_HINT_SHARE)
    expect(at.categories).toEqual(['patterns'])
    expect(at.reasons[0]?.signal).toMatch(/^message:/)
    expect(signalsOf(at)).not.toContain('rule:standard-changed')
    // Below the share a hint alone would not count, but the changed rule is a hint of its own.
    const below = withCode(title, 200)
    expect(below.categories).toEqual(['patterns'])
    expect(below.reasons[0]).toMatchObject({
      category: 'patterns',
      signal: 'rule:standard-changed',
      detail: expect.stringMatching(
        /, and a rule of the standard changed \(\.eslintrc\.json\); the rest of the change follows it \(1% of the counted changed lines \(2 of 202\)\)$/
      )
    })
  })

  it('does not let a hint carry code edits beside a lint config edit that changes no rule', () => {
    const whitespace = {
      ...eslintRule,
      patch: '@@ -3,3 +3,3 @@\n   "rules": {\n-    "semi": "off" \n+    "semi": "off"\n   }'
    }
    const result = classifyCommit('Turn on the eslint semi rule', [
      whitespace,
      { path: 'src/parser.ts', status: 'modified', additions: 200, deletions: 0 }
    ])
    expect(result.categories).toEqual([])
    expect(signalsOf(result)).not.toContain('rule:standard-changed')
  })
})

describe('score: the weeks a steadiness part needs', () => {
  const DAY_MS = 86_400_000
  const since = Date.parse('2024-05-01T00:00:00.000Z')
  const windowOf = (days: number): Window => ({
    since: new Date(since).toISOString(),
    until: new Date(since + days * DAY_MS).toISOString()
  })
  const dayAt = (day: number): string => new Date(since + day * DAY_MS + 36e5).toISOString()
  // Two people; documentation on days 0 and 8, the rest feature work on days 1–6.
  const changes = [
    classified(['documentation'], { time: dayAt(0), author: person('Ana') }),
    classified(['documentation'], { time: dayAt(8), author: person('Ana') }),
    ...[1, 2, 3, 4, 5, 6].map(day => classified([], { time: dayAt(day), author: person('Bo') }))
  ]
  const steadinessOnly = {
    ...DEFAULT_SCORE_OPTIONS,
    weights: { share: 0, people: 0, steadiness: 1 }
  }
  const withoutSteadiness = {
    ...DEFAULT_SCORE_OPTIONS,
    weights: { ...DEFAULT_SCORE_OPTIONS.weights, steadiness: 0 }
  }

  it('does not count steadiness in a one-week window: its weight goes to the other parts', () => {
    expect(MIN_WEEKS).toBe(2)
    const week = windowOf(7)
    // As the only weighted part it stands at the neutral 0.5, whatever the weeks say.
    const alone = scoreWindow(changes, week, steadinessOnly)
    expect(alone.categories.documentation.rawScore).toBe(50)
    expect(alone.categories.automation.rawScore).toBe(50)
    const scored = scoreWindow(changes, week, DEFAULT_SCORE_OPTIONS)
    const without = scoreWindow(changes, week, withoutSteadiness)
    expect(scored.categories).toEqual(without.categories)
  })

  it('counts steadiness from two weeks on', () => {
    const twoWeeks = windowOf(14)
    const alone = scoreWindow(changes, twoWeeks, steadinessOnly)
    // Documentation in both weeks, automation in neither.
    expect(alone.categories.documentation.activeWeeks).toBe(2)
    expect(alone.categories.documentation.rawScore).toBe(100)
    expect(alone.categories.automation.rawScore).toBe(0)
    const scored = scoreWindow(changes, twoWeeks, DEFAULT_SCORE_OPTIONS)
    const without = scoreWindow(changes, twoWeeks, withoutSteadiness)
    expect(scored.categories.documentation.score).not.toBe(without.categories.documentation.score)
  })
})

describe('render: mentions in posted text', () => {
  it('shows a mention as a code span whatever the case of its login', () => {
    expect(escapeMarkdown('thanks @Octocat')).toBe('thanks `@Octocat`')
    expect(escapeMarkdown('@MONA and @OctoOrg/Docs-Team')).toBe('`@MONA` and `@OctoOrg/Docs-Team`')
    expect(escapeMarkdown('(@Mona)')).toBe('(`@Mona`)')
    // A dotted login-like word is one reference; a mention followed by other text ends at its login.
    expect(escapeMarkdown('@Octo.cat')).toBe('`@Octo.cat`')
    expect(escapeMarkdown('@Eve|x')).toBe('`@Eve`\\|x')
    // Written to a file or a terminal, it is text.
    expect(documentText('thanks @Octocat')).toBe('thanks @Octocat')
  })

  it('leaves no live mention of any case in a posted report', () => {
    const window = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
    const report = scoreReport({
      repository: 'octo/widgets',
      source: 'git',
      window,
      previousWindow: { since: '2024-04-01T00:00:00.000Z', until: window.since },
      changes: [
        classified(['documentation'], {
          title: 'Docs for @Octocat and @eve',
          time: '2024-05-02T10:00:00.000Z',
          author: person('Mona', 'MonaLisa')
        })
      ],
      previousChanges: [],
      options: DEFAULT_SCORE_OPTIONS,
      generatedAt: '2024-05-31T00:00:00.000Z'
    })
    const text = renderMarkdown(report)
    expect(text).toContain('Docs for `@Octocat` and `@eve`')
    expect(text).not.toMatch(/(?:^|[^`\w])@[A-Za-z]/m)
  })
})

describe('render: URLs in links', () => {
  it('encodes ( and ) in a link destination, which would otherwise end it', () => {
    const window = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
    const url = 'https://github.com/octo/widgets/commit/abc1234?view=(split)'
    const report = scoreReport({
      repository: 'octo/widgets',
      source: 'git',
      window,
      previousWindow: { since: '2024-04-01T00:00:00.000Z', until: window.since },
      changes: [
        classified(['documentation'], { title: 'Guide', time: '2024-05-02T10:00:00.000Z', url })
      ],
      previousChanges: [],
      options: DEFAULT_SCORE_OPTIONS,
      generatedAt: '2024-05-31T00:00:00.000Z'
    })
    const text = renderMarkdown(report)
    expect(text).toContain(
      '[Guide](https://github.com/octo/widgets/commit/abc1234?view=%28split%29)'
    )
    expect(text).not.toContain('(split)')
  })
})
