import { describe, expect, it } from '@jest/globals'
import {
  escapeMarkdown,
  inlineCode,
  neutraliseMentions,
  truncate,
  ZERO_WIDTH_SPACE
} from '../src/render/escape.js'
import { documentText, textPolicy } from '../src/render/text-policy.js'

const ZW = ZERO_WIDTH_SPACE

describe('render/escape', () => {
  it('escapes markdown specials so they show as typed', () => {
    expect(escapeMarkdown('fix *all* the [links](x) _now_ | `code` ~~old~~ $x$')).toBe(
      'fix \\*all\\* the \\[links\\]\\(x\\) \\_now\\_ \\| \\`code\\` \\~\\~old\\~\\~ \\$x\\$'
    )
  })

  it('turns HTML into entities', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> & <b>')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; &amp; &lt;b&gt;'
    )
  })

  it('neutralises @mentions and team mentions with a zero-width space', () => {
    expect(escapeMarkdown('thanks @octocat and @github/docs, mail a@b.c')).toBe(
      `thanks @${ZW}octocat and @${ZW}github/docs, mail a@${ZW}b.c`
    )
    expect(neutraliseMentions('@x')).toBe(`@${ZW}x`)
  })

  it('neutralises issue references so reports do not cross-reference issues', () => {
    expect(escapeMarkdown('fixes #12 and octo/app#3, GH-4')).toBe(
      `fixes \\#${ZW}12 and octo/app\\#${ZW}3, GH-${ZW}4`
    )
  })

  it('keeps everything on one line and escapes what would start a list or heading', () => {
    expect(escapeMarkdown('- item\n# heading\r\n> quote')).toBe('\\- item \\# heading &gt; quote')
    expect(escapeMarkdown('1. first')).toBe('1\\. first')
  })

  it('wraps text in a code span with a fence longer than any backtick run inside', () => {
    expect(inlineCode('docs/a.md')).toBe('`docs/a.md`')
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('`x`')).toBe('`` `x` ``')
  })

  it('truncates long text with an ellipsis, counting characters not bytes', () => {
    expect(truncate('short', 10)).toBe('short')
    expect(truncate('a long title here', 8)).toBe('a long…')
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…')
  })

  it('drops invisible characters from user text for every target', () => {
    const sneaky = `a\u200bb \u202eevil\u202c c\ufeff`
    expect(escapeMarkdown(sneaky)).toBe('ab evil c')
    expect(documentText(sneaky)).toBe('ab evil c')
  })
})

describe('render/text-policy', () => {
  it('leaves a document free of needless escapes', () => {
    expect(documentText('Fix the parser (3 of 3) for C# and 100% of cases!')).toBe(
      'Fix the parser (3 of 3) for C# and 100% of cases!'
    )
    expect(documentText('snake_case names, a - b, 2 * 3, price $5, ~/home')).toBe(
      'snake_case names, a - b, 2 * 3, price $5, ~/home'
    )
  })

  it('shows paths and globs that would read as emphasis as code, not as escapes', () => {
    expect(documentText('moves tests to __tests__/a.test.ts and src/**/*.ts')).toBe(
      'moves tests to `__tests__/a.test.ts` and `src/**/*.ts`'
    )
    expect(documentText('files (__init__.py, b.py)')).toBe('files (`__init__.py`, b.py)')
  })

  it('still escapes what would act as markup or HTML in a document', () => {
    expect(documentText('*bold* and _it_ with <script>x</script> [a](b) `code` ~~s~~')).toBe(
      '\\*bold\\* and \\_it\\_ with \\<script>x\\</script> \\[a](b) `code` \\~\\~s\\~\\~'
    )
    expect(documentText('&amp; stays & shows')).toBe('\\&amp; stays & shows')
    expect(documentText('# not a heading')).toBe('\\# not a heading')
    expect(documentText('- not a list')).toBe('\\- not a list')
    expect(documentText('1. not a list')).toBe('1\\. not a list')
    expect(documentText('a | b')).toBe('a \\| b')
    expect(documentText('one ` tick')).toBe('one \\` tick')
  })

  it('links #123 and owner/name#123 to issues where the repository is known, with no zero-width space', () => {
    const url = 'https://github.com/octo/widgets'
    expect(documentText('Fix the crash (#14918), see octo/other#2', url)).toBe(
      'Fix the crash ([#14918](https://github.com/octo/widgets/issues/14918)), see ' +
        '[octo/other#2](https://github.com/octo/other/issues/2)'
    )
    expect(documentText('Fix the crash (#14918)')).toBe('Fix the crash (#14918)')
    expect(documentText('thanks @octocat')).toBe('thanks @octocat')
  })

  it('keeps posted text inert: the posted policy is escapeMarkdown', () => {
    const posted = textPolicy('posted', 'https://github.com/octo/widgets')
    expect(posted.text('fix (#12) @octocat')).toBe(`fix \\(\\#${ZW}12\\) @${ZW}octocat`)
    expect(textPolicy('document', 'javascript:alert(1)').text('#1')).toBe('#1')
  })
})
