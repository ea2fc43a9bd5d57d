import { describe, expect, it } from '@jest/globals'
import { compilePathRules, firstMatch } from '../src/classify/paths.js'

const rules = compilePathRules([
  { id: 'docs-dir', globs: ['docs/**'], detail: 'documentation folder' },
  { id: 'draft', globs: ['notes/[draft].md'], detail: 'a literal file name with brackets' },
  { id: 'readme', globs: ['**/README*'], detail: 'readme' }
])

describe('classify paths', () => {
  it('returns the first rule whose globs match, ignoring case and including dotfiles', () => {
    expect(firstMatch(rules, 'docs/guide/.intro.md')?.id).toBe('docs-dir')
    expect(firstMatch(rules, 'pkg/readme.rst')?.id).toBe('readme')
  })

  it('returns nothing for a path no rule matches', () => {
    expect(firstMatch(rules, 'src/app.ts')).toBeUndefined()
    expect(firstMatch([], 'docs/a.md')).toBeUndefined()
  })

  it('matches a path equal to a glob written literally, as picomatch does', () => {
    expect(firstMatch(rules, 'notes/[draft].md')?.id).toBe('draft')
    expect(firstMatch(rules, 'notes/d.md')?.id).toBe('draft')
  })
})
