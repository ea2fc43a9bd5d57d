import { describe, expect, it } from '@jest/globals'
import { nudgesFor } from '../src/classify/nudges.js'
import { DEFAULT_RULESET } from '../src/classify/defaults.js'
import { classifyChange } from '../src/classify/classify.js'
import type { ClassifiedChange, FileChange } from '../src/model.js'
import { COMMENT_BODY_LIMIT, fitSections, truncateLines } from '../src/render/limits.js'
import { PR_COMMENT_MARKER, renderPullRequestComment } from '../src/render/pr-comment.js'

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
            signal: 's',
            detail: 'ping @octocat <script>\n# heading'
          }
        ]
      }),
      nudges: []
    })
    expect(body).not.toMatch(/@octocat/)
    expect(body).not.toContain('<script>')
    expect(body).not.toMatch(/\n# heading/)
    expect(body).toContain('``docs/@team <img src=x>`.md``')
  })

  it('nudges about new public modules and workflows without docs, and big PRs without tests', () => {
    const files = [file('src/widget.ts', 'added'), file('.github/workflows/release.yml', 'added')]
    for (let i = 0; i < 15; i++) files.push(file(`src/parts/p${i}.ts`))
    const nudges = nudgesFor(change({ files, categories: ['automation'] }))
    expect(nudges.map(nudge => nudge.id)).toEqual([
      'public-surface-without-docs',
      'workflow-without-docs',
      'many-files-without-tests'
    ])
    expect(nudges[0]?.files).toEqual(['src/widget.ts'])
  })

  it('stays quiet when docs and tests are touched', () => {
    const files = [
      file('src/widget.ts', 'added'),
      file('docs/widget.md', 'added'),
      file('__tests__/widget.test.ts', 'added')
    ]
    expect(nudgesFor(change({ files, categories: ['documentation'] }))).toEqual([])
  })

  it('nudges when a PR adds exported API to an existing file without docs, not for moved exports', () => {
    const patched = (path: string, patch: string): FileChange => ({
      ...file(path),
      additions: 2,
      deletions: 1,
      patch
    })
    const files = [
      patched(
        'src/parse.ts',
        '@@ -1,2 +1,3 @@\n-export function parse(a) {\n+export function parse(a, b) {\n+export const format = 1\n'
      ),
      patched('src/lib.rs', '@@ -1 +1,2 @@\n+pub fn render() {}\n'),
      patched('pkg/api.go', '@@ -1 +1,2 @@\n+func Serve() {}\n+func helper() {}\n'),
      patched('app/util.py', '@@ -1 +1,2 @@\n+def load(path):\n+def _private():\n'),
      patched('src/parse.test.ts', '@@ -1 +1 @@\n+export function fixture() {}\n')
    ]
    const [nudge] = nudgesFor(change({ files }))
    expect(nudge).toEqual({
      id: 'exported-api-without-docs',
      files: ['src/parse.ts', 'src/lib.rs', 'pkg/api.go', 'app/util.py'],
      names: ['format', 'render', 'Serve', 'load']
    })
    const body = renderPullRequestComment({ change: change({ files }), nudges: [nudge!] })
    expect(body).toContain(
      '- This pull request adds exported API to existing files without touching docs; a line in the README or the reference helps whoever calls it next (`format`, `render`, `Serve`, `load` in `src/parse.ts`, `src/lib.rs`, `pkg/api.go` and 1 more).'
    )
    const withDocs = change({ files, categories: ['documentation'] })
    expect(nudgesFor(withDocs).map(found => found.id)).not.toContain('exported-api-without-docs')
  })

  it('gives a feature PR its reason, what would make it multiply, and says why its label was overruled', () => {
    const feature = classifyChange(
      change({
        title: 'Add the export button',
        labels: ['documentation'],
        files: [
          { ...file('src/export.ts'), additions: 120 },
          { ...file('README.md'), additions: 1 }
        ]
      }),
      DEFAULT_RULESET,
      {}
    )
    expect(feature.categories).toEqual([])
    const body = renderPullRequestComment({ change: feature, nudges: [] })
    expect(body).toContain('this pull request is direct output')
    expect(body).toContain('**Why output**\n- product code, tests or other direct work')
    expect(body).toContain(
      "labelled 'documentation', but the diff does not support documentation: a label counts when documentation files carry at least 5% of the changed lines"
    )
    expect(body).toContain(
      '_What would make it multiply: docs for what it adds (15 or more added lines in a README or docs/, at least 5% of the diff)'
    )
  })

  it('says what was weighed and not counted when a PR feeds another category', () => {
    const ci = classifyChange(
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
      }),
      DEFAULT_RULESET,
      {}
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
    expect(footer()).toContain('rules: the built-in defaults.</sub>')
    expect(footer(['defaults'])).not.toContain('multiplier.yml')
    expect(footer(['defaults', '.github/multiplier.yml'])).toContain(
      'rules: the built-in defaults and `.github/multiplier.yml`.</sub>'
    )
    expect(footer(['defaults', 'octo/policy/base.yml@main', '.github/multiplier.yml'])).toContain(
      'rules: the built-in defaults, `octo/policy/base.yml@main` and `.github/multiplier.yml`.</sub>'
    )
  })

  it('keeps a huge comment under GitHub’s limit and says where the rest is', () => {
    const reasons = Array.from({ length: 5000 }, (_, i) => ({
      category: 'documentation' as const,
      file: `docs/${'deep/'.repeat(30)}page-${i}.md`,
      signal: 'path:docs-dir',
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
