import { describe, expect, it } from '@jest/globals'
import { inlineCode, truncate } from '../src/render/escape.js'
import { documentText, escapeMarkdown, textPolicy } from '../src/render/text-policy.js'

/** Characters that show nothing but travel with a copy (and break search). */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/

describe('render/escape', () => {
  it('escapes only what would act in a posted body, and keeps code spans', () => {
    expect(escapeMarkdown('fix *all* the [links](x) _now_ | `code` ~~old~~ $x$')).toBe(
      'fix \\*all\\* the \\[links](x) \\_now\\_ \\| `code` \\~\\~old\\~\\~ \\$x\\$'
    )
    // Nothing needless: no `\(`, no `\#`, no `\!` (they show in the raw view and in e-mails).
    expect(escapeMarkdown('Fix the parser (3 of 3) for C# and 100% of cases!')).toBe(
      'Fix the parser (3 of 3) for C# and 100% of cases!'
    )
    expect(escapeMarkdown('refactor: use `URLSearchParams` in `getQuery()`')).toBe(
      'refactor: use `URLSearchParams` in `getQuery()`'
    )
  })

  it('keeps HTML from acting', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> & <b> &amp;')).toBe(
      '\\<img src=x onerror=alert(1)> & \\<b> \\&amp;'
    )
  })

  it('shows @mentions and team mentions as code, so nobody is notified, without invisible characters', () => {
    expect(escapeMarkdown('thanks @octocat and @github/docs, mail a@b.c')).toBe(
      'thanks `@octocat` and `@github/docs`, mail a@b.c'
    )
  })

  it('shows issue references as code so posted bodies do not cross-reference issues', () => {
    const text = escapeMarkdown('fixes #12 and octo/app#3, GH-4 (#15)')
    expect(text).toBe('fixes `#12` and `octo/app#3`, `GH-4` (`#15`)')
    expect(text).not.toMatch(INVISIBLE)
  })

  it('keeps everything on one line and escapes what would start a list or heading', () => {
    expect(escapeMarkdown('- item\n# heading\r\n> quote')).toBe('\\- item # heading > quote')
    expect(escapeMarkdown('# heading')).toBe('\\# heading')
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

  it('cuts on a word boundary, never inside #N or a code span', () => {
    expect(truncate('fix(deps): bump golang.org/x/net to v0.55.0 (#4678)', 48)).toBe(
      'fix(deps): bump golang.org/x/net to v0.55.0…'
    )
    expect(truncate('refactor the parser (#23012)', 24)).toBe('refactor the parser…')
    // One long word: cut by characters, but a reference is never left half.
    expect(truncate('aaaaaaaaaaaaaaaaaa#12345', 22)).toBe('aaaaaaaaaaaaaaaaaa…')
    expect(truncate('docs: explain `some long code span here` and more', 30)).toBe('docs: explain…')
    expect(truncate('one two three', 9)).toBe('one two…')
    // In a long package name, at one of its separators rather than mid-name.
    expect(truncate('chore(deps): bump goreleaser/goreleaser-action from 5 to 6', 45)).toBe(
      'chore(deps): bump goreleaser/goreleaser…'
    )
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
    expect(posted.text('fix (#12) @octocat')).toBe('fix (`#12`) `@octocat`')
    expect(textPolicy('document', 'javascript:alert(1)').text('#1')).toBe('#1')
  })
})
