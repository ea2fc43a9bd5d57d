import { describe, expect, it } from '@jest/globals'
import { nudgesFor } from '../src/action/nudges.js'
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

describe('publish/render (PR comment, nudges, limits)', () => {
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
