import { describe, expect, it } from '@jest/globals'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { createClassifier } from '../src/classify/classify.js'
import type { ClassifiedChange, FileChange } from '../src/model.js'
import { COMMENT_BODY_LIMIT, fitSections, truncateLines } from '../src/render/limits.js'
import {
  PR_COMMENT_MARKER,
  renderPullRequestComment,
  renderQuietComment
} from '../src/render/pr-comment.js'

function change(overrides: Partial<ClassifiedChange> = {}): ClassifiedChange {
  return {
    id: '12',
    kind: 'pull_request',
    title: 'Add widget',
    body: '',
    author: { name: 'ada', login: 'ada' },
    time: '2024-05-01T00:00:00Z',
    labels: [],
    files: [],
    categories: [],
    reasons: [],
    authorIsBot: false,
    ...overrides
  }
}

const file = (path: string, status: FileChange['status'] = 'modified'): FileChange => ({
  path,
  status,
  additions: 1,
  deletions: 0
})

describe('render/pr-comment (with the nudges it shows and the size limits it keeps)', () => {
  it('says which categories the PR feeds and why, under the hidden marker', () => {
    const body = renderPullRequestComment({
      change: change({
        categories: ['documentation', 'automation'],
        reasons: [
          {
            category: 'documentation',
            file: 'docs/guide.md',
            signal: 'path:docs-dir',
            detail: 'documentation folder'
          },
          {
            category: 'automation',
            file: '.github/workflows/ci.yml',
            signal: 'path:ci',
            detail: 'CI workflow'
          }
        ]
      }),
      nudges: [],
      headSha: 'abcdef1234567'
    })
    expect(body.startsWith(PR_COMMENT_MARKER)).toBe(true)
    expect(body).toContain('feeds **documentation** and **automation**')
    expect(body).toContain('- `docs/guide.md`: documentation folder')
    expect(body).toContain('abcdef1')
  })

  it('keeps user text from mentioning people, injecting HTML or breaking the list', () => {
    const body = renderPullRequestComment({
      change: change({
        categories: ['documentation'],
        reasons: [
          {
            category: 'documentation',
            file: 'docs/@team <img src=x>`.md',
            signal: 'path:s',
            detail: 'ping @octocat <script>\n# heading'
          }
        ]
      }),
      nudges: []
    })
    // A mention shows as code: GitHub notifies nobody, and no invisible character is added.
    expect(body).not.toMatch(/(?:^|[^`])@octocat/)
    expect(body).toContain('`@octocat`')
    expect(body).not.toMatch(/\u200b/)
    // A backslash keeps the tag from acting (GitHub shows it as typed).
    expect(body).not.toMatch(/(?:^|[^\\])<script>/)
    expect(body).not.toMatch(/\n# heading/)
    expect(body).toContain('``docs/@team <img src=x>`.md``')
  })

  it('gives a feature PR its reason and says why its label was overruled, with no recipe for the number', () => {
    const feature = createClassifier(DEFAULT_RULESET, {}).classify(
      change({
        title: 'Add the export button',
        labels: ['documentation'],
        files: [
          { ...file('src/export.ts'), additions: 120 },
          { ...file('README.md'), additions: 1 }
        ]
      })
    )
    expect(feature.categories).toEqual([])
    const body = renderPullRequestComment({ change: feature, nudges: [] })
    expect(body).toContain('this pull request is direct output')
    expect(body).toContain('**Why output**\n- product code, tests or other direct work')
    expect(body).toContain(
      "labelled 'documentation', but the diff does not support documentation: a label counts when documentation files carry at least 5% of the changed lines"
    )
    // No paragraph of thresholds that teaches how to game the number.
    expect(body).not.toMatch(/What would make it multiply|of the diff\)|30%/)
  })

  it('ends every nudge as one sentence, with one full stop', () => {
    const kinds = [
      'public-surface-without-docs',
      'exported-api-without-docs',
      'workflow-without-docs',
      'many-files-without-tests',
      'hotspot-without-docs'
    ] as const
    const body = renderPullRequestComment({
      change: change(),
      nudges: kinds.map(id => ({ id, files: [] }))
    })
    const lines = body.split('\n').filter(line => line.startsWith('- This pull request'))
    expect(lines).toHaveLength(kinds.length)
    for (const line of lines) expect(line).toMatch(/[^.?!]\.$/)
  })

  it('says what was weighed and not counted when a PR feeds another category', () => {
    const ci = createClassifier(DEFAULT_RULESET, {}).classify(
      change({
        title: 'Run the tests on Windows',
        labels: ['documentation'],
        files: [
          {
            ...file('.github/workflows/ci.yml'),
            additions: 40,
            patch: `@@ -1,0 +1,40 @@\n${'+      - run: npm test\n'.repeat(40)}`
          },
          { ...file('docs/ci.md'), additions: 1 }
        ]
      })
    )
    expect(ci.categories).toEqual(['automation'])
    const body = renderPullRequestComment({ change: ci, nudges: [] })
    expect(body).toMatch(
      /\*\*Not counted\*\*\n- documentation files carry only 2%.*\n- labelled 'documentation', but/
    )
    expect(body).not.toContain('What would make it multiply')
  })

  it('names where the rules came from in the footer, truthfully', () => {
    const footer = (ruleSources?: string[]): string =>
      renderPullRequestComment({
        change: change(),
        nudges: [],
        ...(ruleSources ? { ruleSources } : {})
      })
        .split('\n')
        .at(-1) ?? ''
    expect(footer()).toContain('rules: the built-in defaults · ')
    expect(footer(['defaults'])).not.toContain('multiplier.yml')
    expect(footer(['defaults', '.github/multiplier.yml'])).toContain(
      'rules: the built-in defaults and `.github/multiplier.yml` · '
    )
    expect(footer(['defaults', 'octo/policy/base.yml@main', '.github/multiplier.yml'])).toContain(
      'rules: the built-in defaults, `octo/policy/base.yml@main` and `.github/multiplier.yml` · '
    )
    // One line: how to silence or overrule the comment, and where the rules are explained.
    expect(footer()).toMatch(
      /^<sub>.*`multiplier:skip` label silences this comment.*\[how it works\]\(https:\/\/github\.com\/multiplier\/multiplier\/blob\/main\/docs\/classification\.md\)<\/sub>$/
    )
  })

  it('says in one line, under the marker, why an earlier comment has nothing to say any more', () => {
    for (const reason of ['skip-label', 'bot', 'nothing-to-say'] as const) {
      const body = renderQuietComment(reason, 'abcdef1234567')
      expect(body.split('\n')).toHaveLength(2)
      expect(body.startsWith(`${PR_COMMENT_MARKER}\n**Multiplier**: `)).toBe(true)
      expect(body).toContain('For abcdef1')
    }
    expect(renderQuietComment('skip-label')).toContain('`multiplier:skip`')
  })

  it('keeps a huge comment under GitHub’s limit and says where the rest is', () => {
    const reasons = Array.from({ length: 5000 }, (_, i) => ({
      category: 'documentation' as const,
      file: `docs/${'deep/'.repeat(30)}page-${i}.md`,
      signal: 'path:docs-dir' as const,
      detail: 'documentation folder'
    }))
    const body = renderPullRequestComment({
      change: change({ categories: ['documentation'], reasons }),
      nudges: [],
      runUrl: 'https://github.com/o/r/actions/runs/1',
      reasonsPerCategory: 5000
    })
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT)
    expect(body.startsWith(PR_COMMENT_MARKER)).toBe(true)
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/1)')
  })

  it('drops the lowest-value sections first, then cuts at a line', () => {
    const sections = [
      { text: 'head', value: 100 },
      { text: 'x'.repeat(50), value: 1 },
      { text: 'notes', value: 50 }
    ]
    expect(fitSections(sections, 1000, 'cut')).toBe(
      'head\n\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\nnotes'
    )
    expect(fitSections(sections, 30, 'cut')).toBe('head\n\nnotes\n\ncut')
    expect(truncateLines('a\nbb\nccc', 5)).toBe('a\nbb')
  })
})
