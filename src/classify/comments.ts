import { parsePatch, side } from './patch.js'
import type { Hunk } from './patch.js'

// Comment syntax per language family, so a patch can be read for "only comments changed".
// The reading strips comments (and Python docstrings) from both sides of every hunk, outside
// string literals, and compares what is left with whitespace removed: equal code and different
// comment text is a comment-only edit (documentation); equal code and equal comments is a
// whitespace-only edit (formatting).

export interface CommentSyntax {
  family: string
  line: string[]
  block: [open: string, close: string][]
  /** Quote characters of string literals; a backtick string may span lines. */
  quotes: string[]
  /** Python: a triple-quoted string that starts a line is a docstring, i.e. a comment. */
  docstrings?: boolean
  /** Shell/YAML style: a line comment starts only at line start or after whitespace. */
  lineCommentNeedsSpace?: boolean
  /** C style: lines starting with `*` inside a doc block are comment continuations. */
  starContinuation?: boolean
}

const C_LIKE: CommentSyntax = {
  family: 'c-like',
  line: ['//'],
  block: [['/*', '*/']],
  quotes: ['"', "'", '`'],
  starContinuation: true
}
const HASH: CommentSyntax = {
  family: 'hash',
  line: ['#'],
  block: [],
  quotes: ['"', "'"],
  lineCommentNeedsSpace: true
}

const SYNTAX_BY_EXTENSION: Record<string, CommentSyntax> = {}
function register(extensions: string, syntax: CommentSyntax): void {
  for (const extension of extensions.split(' ')) SYNTAX_BY_EXTENSION[extension] = syntax
}
register(
  'js jsx mjs cjs ts tsx mts cts java kt kts scala groovy gradle c h cc cpp cxx hpp hh m mm cs swift dart go proto json jsonc json5',
  C_LIKE
)
register('rs', { ...C_LIKE, family: 'rust', quotes: ['"'] })
register('php', { ...C_LIKE, family: 'php', line: ['//', '#'] })
register('css', { ...C_LIKE, family: 'css', line: [] })
register('scss less styl', { ...C_LIKE, family: 'scss' })
register('py pyi', { ...HASH, family: 'python', docstrings: true, lineCommentNeedsSpace: false })
register(
  'sh bash zsh fish ksh rb pl pm r yml yaml toml tf hcl nix ps1 cmake ex exs cr jl nim coffee mk dockerfile',
  HASH
)
register('ini cfg conf properties', { ...HASH, family: 'ini', line: ['#', ';'] })
register('sql', { family: 'sql', line: ['--'], block: [['/*', '*/']], quotes: ["'", '"'] })
register('lua', { family: 'lua', line: ['--'], block: [['--[[', ']]']], quotes: ["'", '"'] })
register('hs elm', { family: 'haskell', line: ['--'], block: [['{-', '-}']], quotes: ['"'] })
register('clj cljs cljc edn lisp el scm rkt', {
  family: 'lisp',
  line: [';'],
  block: [],
  quotes: ['"']
})
register('erl hrl tex sty', { family: 'percent', line: ['%'], block: [], quotes: ['"'] })
register('html htm xml svg vue svelte xhtml', {
  family: 'markup',
  line: [],
  block: [['<!--', '-->']],
  quotes: []
})

const SYNTAX_BY_NAME: Record<string, CommentSyntax> = {
  makefile: HASH,
  gnumakefile: HASH,
  dockerfile: HASH,
  rakefile: HASH,
  gemfile: HASH,
  justfile: HASH,
  jenkinsfile: C_LIKE,
  vagrantfile: HASH,
  codeowners: HASH,
  '.editorconfig': { ...HASH, family: 'ini', line: ['#', ';'] },
  '.gitattributes': HASH,
  '.gitignore': HASH
}

/** The comment syntax of `path`'s language, or undefined when it is not known. */
export function commentSyntaxOf(path: string): CommentSyntax | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  const byName = SYNTAX_BY_NAME[name]
  if (byName) return byName
  if (name.startsWith('dockerfile') || name.endsWith('.dockerfile')) return HASH
  const dot = name.lastIndexOf('.')
  if (dot < 0) return undefined
  return SYNTAX_BY_EXTENSION[name.slice(dot + 1)]
}

export type DiffShape = 'comment-only' | 'whitespace-only' | 'code'

/** What a file's patch changes: only comments, only whitespace, or code. Undefined when unknown. */
export function diffShape(path: string, patch: string | undefined): DiffShape | undefined {
  const syntax = commentSyntaxOf(path)
  if (!syntax || patch === undefined) return undefined
  const hunks = parsePatch(patch)
  if (!hunks.some(hunk => hunk.lines.some(line => line.kind !== ' '))) return undefined
  return shapeOfHunks(hunks, syntax)
}

export function shapeOfHunks(hunks: readonly Hunk[], syntax: CommentSyntax): DiffShape {
  let commentsChanged = false
  for (const hunk of hunks) {
    const start = initialState(hunk, syntax)
    const before = strip(side(hunk, 'old'), syntax, start)
    const after = strip(side(hunk, 'new'), syntax, start)
    // Code moved from one hunk to another is still a code change, so hunks are compared one
    // by one, and the first that changes code settles it.
    if (squash(before.code) !== squash(after.code)) return 'code'
    commentsChanged ||= squash(before.comments) !== squash(after.comments)
  }
  return commentsChanged ? 'comment-only' : 'whitespace-only'
}

function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

type LexState =
  { kind: 'code' } | { kind: 'block'; close: string } | { kind: 'docstring'; quote: string }

/**
 * Where a hunk starts: a hunk cut out of the middle of a block comment or docstring shows a
 * closing delimiter before any opening one (or an odd number of triple quotes, the first alone).
 */
function initialState(hunk: Hunk, syntax: CommentSyntax): LexState {
  const text = side(hunk, 'old').join('\n')
  for (const [open, close] of syntax.block) {
    const closeAt = text.indexOf(close)
    const openAt = text.indexOf(open)
    if (closeAt >= 0 && (openAt < 0 || closeAt < openAt)) return { kind: 'block', close }
  }
  if (syntax.docstrings) {
    for (const quote of ['"""', "'''"]) {
      const lines = side(hunk, 'old').concat(side(hunk, 'new'))
      const occurrences = text.split(quote).length - 1
      const first = lines.find(line => line.includes(quote))
      if (occurrences % 2 === 1 && first !== undefined && first.trim() === quote)
        return { kind: 'docstring', quote }
    }
  }
  return { kind: 'code' }
}

/** Where in `line`, from `from`, a string, comment or block comment may next start. */
function nextSpecial(line: string, from: number, syntax: CommentSyntax): number {
  const pattern = specialsOf(syntax)
  pattern.lastIndex = from
  return pattern.exec(line)?.index ?? line.length
}

const specialPatterns = new WeakMap<CommentSyntax, RegExp>()

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

/** Splits lines into code and comment text, tracking strings, block comments and docstrings. */
export function strip(
  lines: readonly string[],
  syntax: CommentSyntax,
  start: LexState = { kind: 'code' }
): { code: string; comments: string } {
  let code = ''
  let comments = ''
  let state: LexState = start
  let quote: string | undefined
  for (const line of lines) {
    if (
      state.kind === 'code' &&
      quote === undefined &&
      syntax.starContinuation &&
      /^\s*\*(\s|\/|$)/.test(line)
    ) {
      comments += line + '\n'
      continue
    }
    // Index-based scanning (startsWith/indexOf from `index`) keeps this linear in the line's
    // length: patches of a whole history go through here.
    let index = 0
    while (index < line.length) {
      if (state.kind === 'block' || state.kind === 'docstring') {
        const close = state.kind === 'block' ? state.close : state.quote
        const end = line.indexOf(close, index)
        if (end < 0) {
          comments += line.slice(index)
          index = line.length
        } else {
          comments += line.slice(index, end)
          index = end + close.length
          state = { kind: 'code' }
        }
        continue
      }
      if (quote !== undefined) {
        const end = stringEnd(line, index, quote)
        code += line.slice(index, end < 0 ? line.length : end)
        index = end < 0 ? line.length : end
        if (end >= 0) quote = undefined
        continue
      }
      // Plain code up to the next character that may start a string or comment, in one piece.
      const special = nextSpecial(line, index, syntax)
      if (special > index) {
        code += line.slice(index, special)
        index = special
        continue
      }
      if (syntax.docstrings) {
        const triple = line.startsWith('"""', index)
          ? '"""'
          : line.startsWith("'''", index)
            ? "'''"
            : undefined
        if (triple) {
          if (/^\s*[rRuUbB]?$/.test(line.slice(0, index))) {
            state = { kind: 'docstring', quote: triple }
          } else {
            quote = triple
            code += triple
          }
          index += 3
          continue
        }
      }
      const block = syntax.block.find(([open]) => line.startsWith(open, index))
      if (block) {
        state = { kind: 'block', close: block[1] }
        index += block[0].length
        continue
      }
      const lineComment = syntax.line.find(marker => line.startsWith(marker, index))
      if (
        lineComment &&
        (!syntax.lineCommentNeedsSpace || index === 0 || /\s/.test(line[index - 1] ?? ''))
      ) {
        comments += line.slice(index)
        index = line.length
        continue
      }
      const char = line[index] ?? ''
      if (syntax.quotes.includes(char)) quote = char
      code += char
      index += 1
    }
    // Only backtick and triple-quoted strings span lines; an apostrophe in prose must not
    // swallow the rest of the hunk.
    if (quote !== undefined && quote !== '`' && quote.length === 1) quote = undefined
    code += '\n'
    comments += '\n'
  }
  return { code, comments }
}
