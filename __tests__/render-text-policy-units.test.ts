import { describe, expect, it } from '@jest/globals'
import { documentText, escapeMarkdown, textPolicy } from '../src/render/text-policy.js'

const REPO = 'https://github.com/o/r'
const linked = (value: string): string => documentText(value, REPO)

describe('render/text-policy code spans', () => {
  it('keeps balanced code spans of any fence length as typed', () => {
    expect(escapeMarkdown('run ``npm test`` now')).toBe('run ``npm test`` now')
    expect(escapeMarkdown('a `b` c')).toBe('a `b` c')
  })

  it('escapes unbalanced, empty or pipe-holding spans as text', () => {
    expect(escapeMarkdown('a `b`` c')).toBe('a \\`b\\`\\` c')
    expect(escapeMarkdown('`a')).toBe('\\`a')
    expect(escapeMarkdown('x `` y')).toBe('x \\`\\` y')
    expect(escapeMarkdown('x `a|b` y')).toBe('x \\`a\\|b\\` y')
  })
})

describe('render/text-policy paths and names that read as emphasis', () => {
  it('shows paths, globs and dunder names with emphasis-prone characters as code', () => {
    expect(escapeMarkdown('src/_x.ts')).toBe('`src/_x.ts`')
    expect(escapeMarkdown('_x/y')).toBe('`_x/y`')
    expect(escapeMarkdown('x/y_')).toBe('`x/y_`')
    expect(escapeMarkdown('a._b')).toBe('`a._b`')
    expect(escapeMarkdown('__init__')).toBe('`__init__`')
    expect(escapeMarkdown('*.md')).toBe('`*.md`')
  })

  it('leaves intraword underscores alone and escapes emphasis in words that are not paths', () => {
    expect(escapeMarkdown('snake_case')).toBe('snake_case')
    expect(escapeMarkdown('src/my_file.ts')).toBe('src/my_file.ts')
    expect(escapeMarkdown('_lead')).toBe('\\_lead')
    expect(escapeMarkdown('__init')).toBe('\\_\\_init')
    expect(escapeMarkdown('x__init__')).toBe('x\\_\\_init\\_\\_')
    expect(escapeMarkdown('__init__x')).toBe('\\_\\_init\\_\\_x')
    expect(escapeMarkdown('=src/_x.ts')).toBe('=src/\\_x.ts')
    expect(escapeMarkdown('src/_x.ts=')).toBe('src/\\_x.ts=')
  })
})

describe('render/text-policy mentions and references', () => {
  it('makes mentions and references inert code in a posted body, punctuation outside', () => {
    expect(escapeMarkdown('@eve')).toBe('`@eve`')
    expect(escapeMarkdown('@eve/team')).toBe('`@eve/team`')
    expect(escapeMarkdown('(@eve).')).toBe('(`@eve`).')
    expect(escapeMarkdown('#12')).toBe('`#12`')
    expect(escapeMarkdown('o/r#12')).toBe('`o/r#12`')
    expect(escapeMarkdown('GH-12')).toBe('`GH-12`')
    expect(escapeMarkdown('GH-1234x')).toBe('GH-1234x')
    expect(escapeMarkdown('o/r#12x')).toBe('o/r#12x')
  })

  it('ends a mention where the login or team ends', () => {
    expect(escapeMarkdown('@eve|x')).toBe('`@eve`\\|x')
    expect(escapeMarkdown('@eve/te|am')).toBe('`@eve/te`\\|am')
  })

  it('leaves mentions as text in a document and links whole references to the repository', () => {
    expect(linked('@eve')).toBe('@eve')
    expect(linked('#12')).toBe('[#12](https://github.com/o/r/issues/12)')
    expect(linked('o/r#12')).toBe('[o/r#12](https://github.com/o/r/issues/12)')
    expect(linked('x#12')).toBe('x#12')
    expect(linked('#12x')).toBe('#12x')
    expect(documentText('#12')).toBe('#12')
  })

  it('links only for a whole http(s) repository address without brackets or spaces', () => {
    const text = (url: string): string => textPolicy('document', url).text('#12 a/b#3')
    expect(text('http://ghe.local/o/r')).toBe(
      '[#12](http://ghe.local/o/r/issues/12) [a/b#3](http://ghe.local/a/b/issues/3)'
    )
    expect(text('xhttps://github.com/o/r')).toBe('#12 a/b#3')
    expect(text('https://github.com/o/r x')).toBe('#12 a/b#3')
    expect(text('https://github.com/o/r(')).toBe('#12 a/b#3')
    expect(textPolicy('posted', REPO).text('#12')).toBe('`#12`')
  })
})

describe('render/text-policy characters that act', () => {
  it('escapes an entity but not a bare ampersand', () => {
    expect(escapeMarkdown('&amp;')).toBe('\\&amp;')
    expect(escapeMarkdown('a&amp;')).toBe('a\\&amp;')
    expect(escapeMarkdown('x&b&amp;')).toBe('x&b\\&amp;')
    expect(escapeMarkdown('a & b')).toBe('a & b')
  })

  it('escapes a backslash only before punctuation', () => {
    expect(escapeMarkdown('\\*')).toBe('\\\\\\*')
    expect(escapeMarkdown('\\a')).toBe('\\a')
  })

  it('escapes brackets, tildes, dollars and stars only where they pair or open', () => {
    expect(escapeMarkdown('[a]')).toBe('\\[a]')
    expect(escapeMarkdown('[a')).toBe('[a')
    expect(escapeMarkdown('~a~')).toBe('\\~a\\~')
    expect(escapeMarkdown('~a')).toBe('~a')
    expect(escapeMarkdown('$a$')).toBe('\\$a\\$')
    expect(escapeMarkdown('$a')).toBe('$a')
    expect(escapeMarkdown('a * b')).toBe('a * b')
    expect(escapeMarkdown('a *b')).toBe('a \\*b')
    expect(escapeMarkdown('<b>')).toBe('\\<b>')
    expect(escapeMarkdown('< 3')).toBe('< 3')
  })

  it('escapes what would open a heading, list or quote at the start of the line only', () => {
    expect(escapeMarkdown('# x')).toBe('\\# x')
    expect(escapeMarkdown('###### x')).toBe('\\###### x')
    expect(escapeMarkdown('####### x')).toBe('####### x')
    expect(escapeMarkdown('#')).toBe('\\#')
    expect(escapeMarkdown('#x')).toBe('#x')
    expect(escapeMarkdown('- x')).toBe('\\- x')
    expect(escapeMarkdown('-')).toBe('\\-')
    expect(escapeMarkdown('-x')).toBe('-x')
    expect(escapeMarkdown('>x')).toBe('\\>x')
    expect(escapeMarkdown('1. x')).toBe('1\\. x')
    expect(escapeMarkdown('12) x')).toBe('12\\) x')
    expect(escapeMarkdown('1.')).toBe('1\\.')
    expect(escapeMarkdown('1.x')).toBe('1.x')
  })
})
