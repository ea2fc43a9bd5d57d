import { initialState, strip } from './comment-lexer.js'
import type { DirectiveReading } from './comment-lexer.js'
import { parsePatch } from './patch.js'
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

/** A diff's shape, and whether a tool directive was read on the way to it. */
export interface ShapeReading {
  shape: DiffShape | undefined
  /**
   * False when no comment read was a tool directive: the shape is then the same whichever
   * way directives are read, and a caller asking both ways need not read the patch twice.
   */
  metDirective: boolean
}

/**
 * What a file's patch changes: only comments, only whitespace, or code. Undefined when unknown.
 * Tool directives (`// eslint-disable-next-line`, `# noqa`) are read as code by default: they
 * change what a tool does, not what a reader learns.
 */
export function diffShape(
  path: string,
  patch: string | Hunk[] | undefined,
  directives: DirectiveReading = 'code'
): DiffShape | undefined {
  return readDiffShape(path, patch, directives).shape
}

/** diffShape, saying whether the way directives are read could have mattered. */
export function readDiffShape(
  path: string,
  patch: string | readonly Hunk[] | undefined,
  directives: DirectiveReading = 'code'
): ShapeReading {
  const syntax = commentSyntaxOf(path)
  if (!syntax || patch === undefined) return { shape: undefined, metDirective: false }
  const hunks = typeof patch === 'string' ? parsePatch(patch) : patch
  if (!hunks.some(hunk => hunk.lines.some(line => line.kind !== ' ')))
    return { shape: undefined, metDirective: false }
  return shapeOfHunks(hunks, syntax, directives)
}

function shapeOfHunks(
  hunks: readonly Hunk[],
  syntax: CommentSyntax,
  directives: DirectiveReading
): ShapeReading {
  let commentsChanged = false
  let metDirective = false
  for (const hunk of hunks) {
    const start = initialState(hunk, syntax)
    const before = strip(hunk, 'old', syntax, start, directives)
    const after = strip(hunk, 'new', syntax, start, directives)
    metDirective ||= before.metDirective || after.metDirective
    // Code moved from one hunk to another is still a code change, so hunks are compared one
    // by one, and the first that changes code settles it.
    if (!sameWithoutWhitespace(before.code, after.code)) return { shape: 'code', metDirective }
    commentsChanged ||= !sameWithoutWhitespace(before.comments, after.comments)
  }
  return { shape: commentsChanged ? 'comment-only' : 'whitespace-only', metDirective }
}

/** Whether a UTF-16 code unit is whitespace as `/\s/` has it (all of which is in the BMP). */
function isWhitespace(unit: number): boolean {
  if (unit <= 32) return unit === 32 || (unit >= 9 && unit <= 13)
  if (unit < 0xa0) return false
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  )
}

/**
 * `a.replace(/\s+/g, '') === b.replace(/\s+/g, '')`, compared in place: both sides of every
 * hunk of every patch read are compared, and building the squashed copies was the largest
 * part of reading a diff's shape.
 */
function sameWithoutWhitespace(a: string, b: string): boolean {
  let i = 0
  let j = 0
  for (;;) {
    while (i < a.length && isWhitespace(a.charCodeAt(i))) i++
    while (j < b.length && isWhitespace(b.charCodeAt(j))) j++
    if (i === a.length || j === b.length) return i === a.length && j === b.length
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
    i++
    j++
  }
}
