import { describe, expect, it } from '@jest/globals'
import { inlineCode, oneLine, tableCode, truncate } from '../src/render/escape.js'

describe('render/escape inlineCode', () => {
  it('fences a span one backtick longer than the longest run inside it', () => {
    expect(inlineCode('a``b')).toBe('```a``b```')
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('plain')).toBe('`plain`')
  })

  it('pads a span that starts or ends with a backtick, or is empty, and nothing else', () => {
    expect(inlineCode('`x')).toBe('`` `x ``')
    expect(inlineCode('x`')).toBe('`` x` ``')
    expect(inlineCode('')).toBe('`  `')
    expect(inlineCode('x y')).toBe('`x y`')
  })

  it('escapes every pipe in a table cell span', () => {
    expect(tableCode('a|b|c')).toBe('`a\\|b\\|c`')
  })
})

describe('render/escape truncate', () => {
  it('keeps text of exactly the limit and cuts one character past it', () => {
    expect(truncate('abcde', 5)).toBe('abcde')
    expect(truncate('abcdef', 5).endsWith('…')).toBe(true)
  })

  it('keeps the last word whole when the cut falls just before a space', () => {
    expect(truncate('ab cd efgh', 6)).toBe('ab cd…')
  })

  it('cuts at the last space when it lies in the second half, at the halfway mark exactly', () => {
    // max 7: half of the 6 kept characters is 3; the space is at 3.
    expect(truncate('abc d-efgh', 7)).toBe('abc…')
  })

  it('cuts at a path separator in the second half when the last space is in the first half', () => {
    expect(truncate('ab cd-efgh', 7)).toBe('ab cd…')
    // The separator exactly at the halfway mark still counts.
    expect(truncate('a b-cdefg', 7)).toBe('a b…')
  })

  it('falls back to any space, but not one at the very start', () => {
    expect(truncate('a bcdefghij', 7)).toBe('a…')
    expect(truncate(' abcdefgh', 5)).toBe(' abc…')
  })

  it('drops a reference left at the cut, owner and repository included', () => {
    expect(truncate('see ab/cd#12 more', 13)).toBe('see…')
    expect(truncate('fix #12 now', 8)).toBe('fix…')
  })

  it('keeps a reference earlier in the text', () => {
    expect(truncate('fix #1 and some more words', 20)).toBe('fix #1 and some…')
  })

  it('strips a whole run of dangling punctuation and brackets before the mark', () => {
    expect(truncate('alpha, ( beta', 9)).toBe('alpha…')
  })

  it('never leaves a code span open', () => {
    expect(truncate('run `npm test` then `lint fix` now', 26)).toBe('run `npm test` then…')
  })
})

describe('render/escape oneLine', () => {
  it('drops control and invisible characters, collapses whitespace and trims', () => {
    expect(oneLine('a\u0000b\u007f')).toBe('ab')
    expect(oneLine('x\u200by\u202e')).toBe('xy')
    expect(oneLine('  a\n\t b  ')).toBe('a b')
  })
})
