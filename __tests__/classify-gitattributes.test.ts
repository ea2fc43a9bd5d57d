import { describe, expect, it } from '@jest/globals'
import { parseGitAttributes, toGlob } from '../src/classify/rules/gitattributes.js'

describe('classify gitattributes', () => {
  it('converts gitattributes patterns to root-relative globs', () => {
    expect(toGlob('*.pb.go')).toBe('**/*.pb.go')
    expect(toGlob('/dist/**')).toBe('dist/**')
    expect(toGlob('src/gen/*.ts')).toBe('src/gen/*.ts')
  })

  it('matches name patterns at any depth and slash patterns from the root only', () => {
    const attributes = parseGitAttributes(
      '*.pb.go linguist-generated\nsrc/gen/** linguist-generated\n'
    )
    expect(attributes.get('api/v1/report.pb.go', 'linguist-generated')).toBe(true)
    expect(attributes.get('src/gen/a/b.ts', 'linguist-generated')).toBe(true)
    expect(attributes.get('lib/src/gen/b.ts', 'linguist-generated')).toBeUndefined()
  })

  it('lets the last matching line win, with -attr, attr=false and !attr', () => {
    const text = [
      'dist/** linguist-generated=true',
      'dist/keep.js -linguist-generated',
      'dist/other.js linguist-generated=false',
      'dist/reset.js !linguist-generated',
      'dist/again.js -linguist-generated',
      'dist/again.js linguist-generated'
    ].join('\n')
    const attributes = parseGitAttributes(text)
    expect(attributes.get('dist/index.js', 'linguist-generated')).toBe(true)
    expect(attributes.get('dist/keep.js', 'linguist-generated')).toBe(false)
    expect(attributes.get('dist/other.js', 'linguist-generated')).toBe(false)
    expect(attributes.get('dist/reset.js', 'linguist-generated')).toBeUndefined()
    expect(attributes.get('dist/again.js', 'linguist-generated')).toBe(true)
  })

  it('skips comments, macros, negative patterns and directory-only patterns', () => {
    const text =
      '# comment\n[attr]gen linguist-generated\n!x.js linguist-generated\nvendor/ linguist-vendored\n\n'
    const attributes = parseGitAttributes(text)
    expect(attributes.get('x.js', 'linguist-generated')).toBeUndefined()
    expect(attributes.get('vendor/a.js', 'linguist-vendored')).toBeUndefined()
  })

  it('reads quoted patterns and several attributes on a line', () => {
    const attributes = parseGitAttributes(
      '"docs/my file.md" linguist-documentation -diff\n*.js text eol=lf\n'
    )
    expect(attributes.get('docs/my file.md', 'linguist-documentation')).toBe(true)
    expect(attributes.get('docs/my file.md', 'diff')).toBe(false)
    expect(attributes.get('a/b.js', 'text')).toBe(true)
  })

  it('treats a missing file as no attributes', () => {
    expect(parseGitAttributes(undefined).get('a', 'linguist-generated')).toBeUndefined()
  })
})
