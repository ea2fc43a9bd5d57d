import { describe, expect, it } from '@jest/globals'
import {
  escapeMarkdown,
  inlineCode,
  neutraliseMentions,
  truncate,
  ZERO_WIDTH_SPACE
} from '../src/render/escape.js'

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
})
