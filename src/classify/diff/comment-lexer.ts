import type { CommentSyntax } from './comments.js'
import { side } from './patch.js'
import type { Hunk } from './patch.js'
import { isToolDirective } from './directives.js'

// Splits the lines of one side of a hunk into code and comment text, tracking string literals,
// block comments and docstrings, so that a patch can be read for "only comments changed".

export type LexState =
  { kind: 'code' } | { kind: 'block'; close: string } | { kind: 'docstring'; quote: string }

/** Whether tool directives (`eslint-disable`, `noqa`) count as code or as comment text. */
export type DirectiveReading = 'code' | 'comment'

/**
 * Where a hunk starts: a hunk cut out of the middle of a block comment or docstring shows a
 * closing delimiter before any opening one (or an odd number of triple quotes, the first alone).
 */
export function initialState(hunk: Hunk, syntax: CommentSyntax): LexState {
  const old = side(hunk, 'old')
  const text = old.join('\n')
  for (const [open, close] of syntax.block) {
    const closeAt = text.indexOf(close)
    const openAt = text.indexOf(open)
    if (closeAt >= 0 && (openAt < 0 || closeAt < openAt)) return { kind: 'block', close }
  }
  if (syntax.docstrings) {
    for (const quote of ['"""', "'''"]) {
      const lines = old.concat(side(hunk, 'new'))
      const occurrences = text.split(quote).length - 1
      const at = lines.findIndex(line => line.includes(quote))
      const first = lines[at]
      if (
        occurrences % 2 === 1 &&
        first !== undefined &&
        first.trim() === quote &&
        !opensAfterHeader(lines, at)
      )
        return { kind: 'docstring', quote }
    }
  }
  return { kind: 'code' }
}

/** A docstring opens right after a `def`/`class` header (a line ending with ':'). */
function opensAfterHeader(lines: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const text = (lines[i] ?? '').trim()
    if (text !== '') return text.endsWith(':')
  }
  return false
}

const specialPatterns = new WeakMap<CommentSyntax, RegExp>()

/** One expression for every character sequence that may start a string or a comment. */
function specialsOf(syntax: CommentSyntax): RegExp {
  let pattern = specialPatterns.get(syntax)
  if (pattern === undefined) {
    const starts = [...syntax.quotes, ...syntax.line, ...syntax.block.map(([open]) => open)]
    const escaped = starts.map(start => start.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    // Docstrings open with a quote character, which is always among the quotes.
    pattern = escaped.length === 0 ? /$^/g : new RegExp(escaped.join('|'), 'g')
    specialPatterns.set(syntax, pattern)
  }
  return pattern
}

/** Where the string opened by `quote` closes in `line` (past its closing quote), or -1. */
function stringEnd(line: string, from: number, quote: string): number {
  let index = from
  for (;;) {
    const close = line.indexOf(quote, index)
    const escape = line.indexOf('\\', index)
    if (escape >= 0 && (close < 0 || escape < close)) {
      index = escape + 2
      continue
    }
    return close < 0 ? -1 : close + quote.length
  }
}

/** A lexer over one side of a hunk. Index-based scanning keeps it linear in the text's length. */
class CommentLexer {
  code = ''
  comments = ''
  /** A comment was a tool directive: the other DirectiveReading would have read it otherwise. */
  metDirective = false
  private quote: string | undefined
  private line = ''
  private index = 0

  constructor(
    private readonly syntax: CommentSyntax,
    private state: LexState,
    private readonly directives: DirectiveReading
  ) {}

  read(line: string): void {
    if (this.isStarContinuation(line)) {
      this.comments += `${line}\n`
      return
    }
    this.line = line
    this.index = 0
    while (this.index < line.length) this.step()
    // Only backtick and triple-quoted strings span lines; an apostrophe in prose must not
    // swallow the rest of the hunk.
    if (this.quote !== undefined && this.quote !== '`' && this.quote.length === 1)
      this.quote = undefined
    this.code += '\n'
    this.comments += '\n'
  }

  private isStarContinuation(line: string): boolean {
    return (
      this.state.kind === 'code' &&
      this.quote === undefined &&
      this.syntax.starContinuation === true &&
      /^\s*\*(\s|\/|$)/.test(line)
    )
  }

  private step(): void {
    const { line } = this
    if (this.state.kind !== 'code') return this.insideComment()
    if (this.quote !== undefined) return this.insideString()
    const special = this.nextSpecial()
    if (special > this.index) {
      this.code += line.slice(this.index, special)
      this.index = special
      return
    }
    if (this.docstringOrTriple()) return
    if (this.blockComment()) return
    if (this.lineComment()) return
    const char = line[this.index] ?? ''
    if (this.syntax.quotes.includes(char)) this.quote = char
    this.code += char
    this.index += 1
  }

  private nextSpecial(): number {
    const pattern = specialsOf(this.syntax)
    pattern.lastIndex = this.index
    return pattern.exec(this.line)?.index ?? this.line.length
  }

  private insideComment(): void {
    const state = this.state as Exclude<LexState, { kind: 'code' }>
    const close = state.kind === 'block' ? state.close : state.quote
    const end = this.line.indexOf(close, this.index)
    const stop = end < 0 ? this.line.length : end
    this.comments += this.line.slice(this.index, stop)
    this.index = end < 0 ? stop : end + close.length
    if (end >= 0) this.state = { kind: 'code' }
  }

  private insideString(): void {
    const end = stringEnd(this.line, this.index, this.quote as string)
    this.code += this.line.slice(this.index, end < 0 ? this.line.length : end)
    this.index = end < 0 ? this.line.length : end
    if (end >= 0) this.quote = undefined
  }

  private docstringOrTriple(): boolean {
    if (!this.syntax.docstrings) return false
    const { line, index } = this
    const triple = line.startsWith('"""', index)
      ? '"""'
      : line.startsWith("'''", index)
        ? "'''"
        : undefined
    if (!triple) return false
    if (/^\s*[rRuUbB]?$/.test(line.slice(0, index))) {
      this.state = { kind: 'docstring', quote: triple }
    } else {
      this.quote = triple
      this.code += triple
    }
    this.index += 3
    return true
  }

  private blockComment(): boolean {
    const { line, index } = this
    const block = this.syntax.block.find(([open]) => line.startsWith(open, index))
    if (!block) return false
    const close = line.indexOf(block[1], index + block[0].length)
    // A directive in a block comment closed on the same line (`/* eslint-disable */`).
    if (close >= 0 && this.isDirective(line.slice(index, close)) && this.directives === 'code') {
      this.code += line.slice(index, close + block[1].length)
      this.index = close + block[1].length
      return true
    }
    this.state = { kind: 'block', close: block[1] }
    this.index += block[0].length
    return true
  }

  /** Whether a comment is a tool directive, noted whichever way directives are read. */
  private isDirective(comment: string): boolean {
    const directive = isToolDirective(comment)
    this.metDirective ||= directive
    return directive
  }

  private lineComment(): boolean {
    const { line, index, syntax } = this
    const marker = syntax.line.find(start => line.startsWith(start, index))
    if (!marker) return false
    if (syntax.lineCommentNeedsSpace && index > 0 && !/\s/.test(line[index - 1] ?? '')) return false
    const text = line.slice(index)
    if (this.isDirective(text) && this.directives === 'code') this.code += text
    else this.comments += text
    this.index = line.length
    return true
  }
}

/**
 * One side of a hunk as code text and comment text, and whether a comment was a tool
 * directive (without one, both ways of reading directives give the same texts).
 */
export function strip(
  hunk: Hunk,
  which: 'old' | 'new',
  syntax: CommentSyntax,
  start: LexState = { kind: 'code' },
  directives: DirectiveReading = 'code'
): { code: string; comments: string; metDirective: boolean } {
  const lexer = new CommentLexer(syntax, start, directives)
  for (const line of side(hunk, which)) lexer.read(line)
  return { code: lexer.code, comments: lexer.comments, metDirective: lexer.metDirective }
}
