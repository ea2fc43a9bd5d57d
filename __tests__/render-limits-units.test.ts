import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_BODY_LIMIT,
  SUMMARY_BYTE_LIMIT,
  fitSections,
  splitAtHeadings,
  truncateLines,
  utf8Bytes
} from '../src/render/limits.js'

describe('render/limits GitHub limits', () => {
  it('stay under what GitHub accepts (65,536 characters, 1 MiB of summary)', () => {
    expect(COMMENT_BODY_LIMIT).toBeLessThan(65_536)
    expect(SUMMARY_BYTE_LIMIT).toBeLessThan(1024 * 1024)
  })
})

describe('render/limits fitSections', () => {
  const section = (text: string, value: number): { text: string; value: number } => ({
    text,
    value
  })

  it('returns the whole text, without a note, when it fits exactly', () => {
    const sections = [section('aaa', 1), section('bbb', 1)]
    expect(fitSections(sections, 8, 'NOTE')).toBe('aaa\n\nbbb')
  })

  it('drops the lowest-value section one character past the limit and adds the note', () => {
    const sections = [section('aaa', 2), section('bbb', 1)]
    expect(fitSections(sections, 7, 'N')).toBe('aaa\n\nN')
  })

  it('drops the later of sections of equal value first', () => {
    const sections = [section('AAAA', 1), section('BBBB', 1), section('CCCC', 1)]
    const fitted = fitSections(sections, 15, 'NN')
    expect(fitted).toBe('AAAA\n\nBBBB\n\nNN')
  })

  it('keeps sections that fill the room left beside the note exactly, and never exceeds the limit', () => {
    const sections = [section('AAAA', 3), section('BBBB', 2), section('CCCC', 1)]
    const fitted = fitSections(sections, 14, 'NN')
    expect(fitted).toBe('AAAA\n\nBBBB\n\nNN')
    expect(fitted.length).toBeLessThanOrEqual(14)
  })

  it('never exceeds the limit with the note added, even one character over', () => {
    const sections = [section('AAAA', 2), section('BBBB', 1)]
    const fitted = fitSections(sections, 9, '')
    expect(fitted.length).toBeLessThanOrEqual(9)
    expect(fitted.startsWith('AAAA')).toBe(true)
  })

  it('cuts a single section still too long at a line boundary', () => {
    const fitted = fitSections([section('one\ntwo\nthree\nfour', 1)], 12, 'N')
    expect(fitted).toBe('one\ntwo\n\nN')
  })

  it('measures bytes when asked', () => {
    const sections = [section('ééé', 2), section('bbb', 1)]
    expect(fitSections(sections, 9, 'N', utf8Bytes)).toBe('ééé\n\nN')
    expect(fitSections(sections, 9, 'N')).toBe('ééé\n\nbbb')
  })
})

describe('render/limits truncateLines', () => {
  it('keeps text of exactly the limit', () => {
    expect(truncateLines('aa\nbb', 5)).toBe('aa\nbb')
  })

  it('keeps the lines whose text reaches the limit exactly, counting the line breaks', () => {
    expect(truncateLines('aa\nbb\ncc', 5)).toBe('aa\nbb')
    expect(truncateLines('aa\nbb\ncc', 4)).toBe('aa')
  })

  it('cuts one enormous line by whole characters into a non-empty prefix that fits', () => {
    const text = 'x'.repeat(100)
    const cut = truncateLines(text, 40)
    expect(cut.length).toBeGreaterThan(0)
    expect(cut.length).toBeLessThanOrEqual(40)
    expect(text.startsWith(cut)).toBe(true)
    const emoji = '😀'.repeat(50)
    const bytes = truncateLines(emoji, 40, utf8Bytes)
    expect(utf8Bytes(bytes)).toBeLessThanOrEqual(40)
    expect(bytes.length).toBeGreaterThan(0)
    expect(emoji.startsWith(bytes)).toBe(true)
    expect(bytes).toMatch(/^(😀)+$/u)
  })
})

describe('render/limits splitAtHeadings', () => {
  it('splits at second-level headings by default, trimmed, with nothing empty', () => {
    expect(splitAtHeadings('\n## A\nx\n\n## B\ny\n')).toEqual(['## A\nx', '## B\ny'])
    expect(splitAtHeadings('intro\n\n## A\ntext\n### sub')).toEqual([
      'intro',
      '## A\ntext\n### sub'
    ])
  })

  it('treats a prefix with regular-expression characters literally', () => {
    expect(splitAtHeadings('intro\nxx text\n.. B', '.. ')).toEqual(['intro\nxx text', '.. B'])
    expect(splitAtHeadings('a\n b\n+ c', '+ ')).toEqual(['a\n b', '+ c'])
  })
})
