import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { compilePathRules, firstMatch } from '../src/classify/rules/paths.js'

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

  it('answers as picomatch does rule by rule, on every default list and many path shapes', () => {
    const lists = [
      DEFAULT_RULESET.exclude,
      DEFAULT_RULESET.release.paths,
      ...Object.values(DEFAULT_RULESET.categories).map(category => category.paths)
    ].map(compilePathRules)
    // The reference: each rule's globs as picomatch itself matches them, on every OS alike.
    const matchers = new Map(
      lists
        .flat()
        .map(rule => [rule, picomatch(rule.globs, { dot: true, nocase: true, windows: false })])
    )
    const names = lists.flatMap(list =>
      list.flatMap(rule => rule.globs.map(glob => glob.replace(/\*\*\/|\*|[{}[\]]/g, '')))
    )
    const folders = ['', 'src/', '.github/', 'a b/Vendor/']
    const paths = folders.flatMap(folder =>
      names.flatMap(name => [
        `${folder}${name}`,
        `${folder}${name.toUpperCase()}`,
        `${folder}x${name}`
      ])
    )
    expect(paths.length).toBeGreaterThan(3000)
    let matched = 0
    // Collected rather than asserted one by one: every disagreement shows at once, and 15,000
    // `expect` calls would cost more than the matching they check.
    const disagreements: { path: string; id?: string; own?: string; expected?: string }[] = []
    for (const list of lists) {
      for (const path of paths) {
        const expected = list.find(rule => matchers.get(rule)?.(path))?.id
        const id = firstMatch(list, path)?.id
        const own = list.find(rule => rule.matches(path))?.id
        if (id !== expected || own !== expected) disagreements.push({ path, id, own, expected })
        if (expected) matched += 1
      }
    }
    expect(disagreements).toEqual([])
    expect(matched).toBeGreaterThan(1000)
  })
})
