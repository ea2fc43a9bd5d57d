// Regular expressions from a config file run against every commit message of a history, in
// JavaScript's backtracking engine, with no way to stop one that runs away: `(a+)+$` on 24
// `a`s and a `!` takes 0.2 s, and every further `a` doubles it. So a pattern is checked
// before it is accepted, statically (no timing, the same answer on every machine), for the
// two shapes that make backtracking exponential:
//
//   - a repetition of something that itself repeats (`(a+)+`, `(\w*\s?)*`, `(.*,){20}`):
//     the text can be split between the inner and the outer loop in exponentially many ways,
//     unless each iteration must take a character the inner loop cannot (`(\.\d+)*`, `(ab?)+`),
//     which fixes where one iteration ends;
//   - a repetition of alternatives that can start with the same character (`(a|ab)*`,
//     `(\w|\d)+`): each character can be taken by either branch.
//
// Lookarounds are atomic in JavaScript (never re-entered once they matched), so what is
// inside one does not count as repetition of the pattern around it. Back-references are
// treated as possibly repeating text. The check is conservative: it may refuse a pattern
// that would in fact be fast (the message says how to write it), never the other way round
// for these two shapes. Polynomial cases (`\s+$` on a long line of spaces) are not refused:
// nearly every pattern with a loop has one, and they stay fast on messages of usual length.

/** What a piece of a pattern can do, as far as backtracking is concerned. */
interface Shape {
  /** It matches text of varying length through a repetition (`a+`, `x{2,9}`, `\1`). */
  repeats: boolean
  /** It can match the empty string. */
  nullable: boolean
  /** Characters (lower-cased char codes below 128, or NON_ASCII) it can start with. */
  first: Set<number>
  /** Characters its repetitions can take: where one iteration of a loop around it may end. */
  loopChars: Set<number>
}

const NON_ASCII = 128
/** A bounded repetition counts as one when it may run this many times or more. */
const REPETITION_LIMIT = 10

type Group = { kind: 'group'; branches: Node[][]; atomic: boolean }
type Node =
  | { kind: 'chars'; chars: Set<number>; repeats?: boolean }
  | { kind: 'empty' }
  | Group
  | { kind: 'repeat'; node: Node; min: number; max: number }

const NESTED =
  'repeats something that itself repeats (like `(a+)+`), which can take exponential time on ' +
  'a message that almost matches; repeat the inner part only (`(a+)+` → `a+`), or start each ' +
  'repetition with a character the inner part cannot take (`(\\.\\d+)*`)'
const OVERLAPPING =
  'repeats alternatives that can start with the same character (like `(a|ab)*`), which can ' +
  'take exponential time on a message that almost matches; make the alternatives start ' +
  'differently'

/**
 * Why `source` (a valid JavaScript regular expression, compiled with the `i` flag) could
 * backtrack for an exponential time on some message; undefined when it cannot.
 */
export function backtrackingRisk(source: string): string | undefined {
  const found: string[] = []
  shapeOfBranches(new PatternParser(source).alternatives(), found)
  return found[0]
}

function shapeOfBranches(branches: Node[][], found: string[]): Shape {
  const shapes = branches.map(sequence => shapeOfSequence(sequence, found))
  return {
    repeats: shapes.some(shape => shape.repeats),
    nullable: shapes.some(shape => shape.nullable),
    first: union(shapes.map(shape => shape.first)),
    loopChars: union(shapes.map(shape => shape.loopChars))
  }
}

function shapeOfSequence(sequence: Node[], found: string[]): Shape {
  const shape: Shape = { repeats: false, nullable: true, first: new Set(), loopChars: new Set() }
  for (const node of sequence) {
    const part = shapeOf(node, found)
    shape.repeats ||= part.repeats
    if (shape.nullable) shape.first = union([shape.first, part.first])
    shape.nullable &&= part.nullable
    shape.loopChars = union([shape.loopChars, part.loopChars])
  }
  return shape
}

function shapeOf(node: Node, found: string[]): Shape {
  switch (node.kind) {
    case 'empty':
      return { repeats: false, nullable: true, first: new Set(), loopChars: new Set() }
    case 'chars': {
      const repeats = node.repeats === true
      return {
        repeats,
        nullable: false,
        first: node.chars,
        loopChars: repeats ? node.chars : new Set()
      }
    }
    case 'group': {
      const shape = shapeOfBranches(node.branches, found)
      if (!node.atomic) return shape
      return { repeats: false, nullable: true, first: new Set(), loopChars: new Set() }
    }
    case 'repeat': {
      const inner = shapeOf(node.node, found)
      if (node.max >= REPETITION_LIMIT) {
        if (inner.repeats && !delimited(node.node, inner.loopChars)) found.push(NESTED)
        else if (!inner.repeats && node.node.kind === 'group' && overlapping(node.node)) {
          found.push(OVERLAPPING)
        }
      }
      const variable = node.max > node.min
      return {
        repeats: inner.repeats || variable,
        nullable: inner.nullable || node.min === 0,
        first: inner.first,
        loopChars: variable ? union([inner.loopChars, allChars(node.node)]) : inner.loopChars
      }
    }
  }
}

/**
 * Whether every way through a loop's body must take a character its repetitions cannot
 * (the `.` of `(\.\d+)*`): then each iteration starts and ends at a fixed place and the
 * text cannot be split between inner and outer loop in more than one way.
 */
function delimited(body: Node, loopChars: Set<number>): boolean {
  const branches = body.kind === 'group' && !body.atomic ? body.branches : [[body]]
  return branches.every(sequence =>
    sequence.some(
      node =>
        node.kind === 'chars' &&
        node.repeats !== true &&
        [...node.chars].every(code => !loopChars.has(code))
    )
  )
}

/** Every character a node can take (an over-estimate is safe: it only makes `delimited` stricter). */
function allChars(node: Node): Set<number> {
  switch (node.kind) {
    case 'empty':
      return new Set()
    case 'chars':
      return node.chars
    case 'group':
      return node.atomic ? new Set() : union(node.branches.flat().map(allChars))
    case 'repeat':
      return allChars(node.node)
  }
}

function overlapping(group: Group): boolean {
  const seen = new Set<number>()
  for (const sequence of group.branches) {
    const first = shapeOfSequence(sequence, []).first
    for (const code of first) if (seen.has(code)) return true
    for (const code of first) seen.add(code)
  }
  return false
}

function union(sets: Set<number>[]): Set<number> {
  const all = new Set<number>()
  for (const set of sets) for (const code of set) all.add(code)
  return all
}

/** The character codes `test` accepts, lower-cased (the patterns run with `i`). */
function charsWhere(test: (char: string) => boolean, nonAscii: boolean): Set<number> {
  const chars = new Set<number>()
  for (let code = 0; code < 128; code++) {
    if (test(String.fromCharCode(code))) chars.add(lower(code))
  }
  if (nonAscii) chars.add(NON_ASCII)
  return chars
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

const CLASS_ESCAPES: Record<string, () => Set<number>> = {
  d: () => charsWhere(c => /\d/.test(c), false),
  D: () => charsWhere(c => /\D/.test(c), true),
  w: () => charsWhere(c => /\w/.test(c), false),
  W: () => charsWhere(c => /\W/.test(c), true),
  s: () => charsWhere(c => /\s/.test(c), true),
  S: () => charsWhere(c => /\S/.test(c), true)
}
const ANY = (): Set<number> => charsWhere(c => c !== '\n' && c !== '\r', true)
const ALL = (): Set<number> => charsWhere(() => true, true)

/** A recursive-descent reader of a regular expression's source, into the nodes above. */
class PatternParser {
  private at = 0

  constructor(private readonly source: string) {}

  alternatives(): Node[][] {
    const branches: Node[][] = [this.sequence()]
    while (this.source[this.at] === '|') {
      this.at++
      branches.push(this.sequence())
    }
    return branches
  }

  private sequence(): Node[] {
    const nodes: Node[] = []
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at] ?? '')) {
      nodes.push(this.quantified(this.atom()))
    }
    return nodes
  }

  private atom(): Node {
    const char = this.source[this.at++] ?? ''
    if (char === '(') return this.group()
    if (char === '[') return { kind: 'chars', chars: this.charClass() }
    if (char === '\\') return this.escape()
    if (char === '.') return { kind: 'chars', chars: ANY() }
    if (char === '^' || char === '$') return { kind: 'empty' }
    return { kind: 'chars', chars: new Set([lower(char.charCodeAt(0))]) }
  }

  private group(): Node {
    let atomic = false
    if (this.source.startsWith('?:', this.at)) this.at += 2
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      atomic = true
      this.at += this.source[this.at + 1] === '<' ? 3 : 2
    } else if (this.source.startsWith('?<', this.at)) {
      this.at = this.skipName()
    }
    const branches = this.alternatives()
    this.at++ // ')'
    return { kind: 'group', branches, atomic }
  }

  /** Past the `>` of a group name (`(?<name>`, `\\k<name>`); the end when there is none. */
  private skipName(): number {
    const close = this.source.indexOf('>', this.at)
    return close === -1 ? this.source.length : close + 1
  }

  private escape(): Node {
    const char = this.source[this.at++] ?? ''
    const named = CLASS_ESCAPES[char]
    if (named) return { kind: 'chars', chars: named() }
    if (char === 'b' || char === 'B') return { kind: 'empty' }
    // A back-reference matches whatever its group did: text of any length.
    if (/[1-9]/.test(char)) {
      while (/\d/.test(this.source[this.at] ?? '')) this.at++
      return { kind: 'chars', chars: ALL(), repeats: true }
    }
    if (char === 'k' && this.source[this.at] === '<') {
      this.at = this.skipName()
      return { kind: 'chars', chars: ALL(), repeats: true }
    }
    return { kind: 'chars', chars: this.escapedChar(char) }
  }

  /** `\x41`, `\u0041`, `\n`, `\.`: one character (or, for the rarer forms, any). */
  private escapedChar(char: string): Set<number> {
    const hex = char === 'x' ? 2 : char === 'u' ? 4 : 0
    const digits = this.source.slice(this.at, this.at + hex)
    if (hex > 0 && /^[0-9a-f]+$/i.test(digits) && digits.length === hex) {
      this.at += hex
      const code = parseInt(digits, 16)
      return new Set([code < 128 ? lower(code) : NON_ASCII])
    }
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 }
    const control = controls[char]
    if (control !== undefined) return new Set([control])
    if (/[a-z]/i.test(char)) return ALL() // \c., \p{...} without u: rare, assume anything
    return new Set([lower(char.charCodeAt(0))])
  }

  /** `[...]` after its `[`: the characters it accepts (a negated class: all but those). */
  private charClass(): Set<number> {
    const negated = this.source[this.at] === '^'
    if (negated) this.at++
    const members = new Set<number>()
    let previous: number | undefined
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const char = this.source[this.at++] ?? ''
      if (char === '-' && previous !== undefined && this.source[this.at] !== ']') {
        const end = this.classChar()
        for (const code of rangeCodes(previous, end)) members.add(code)
        previous = undefined
        continue
      }
      this.at--
      const start = this.classChar()
      for (const code of start.chars) members.add(code)
      previous = start.code
    }
    this.at++ // ']'
    if (!negated) return members
    return charsWhere(c => !members.has(lower(c.charCodeAt(0))), true)
  }

  /** One member of a class: a character (with its code, for ranges) or an escape's set. */
  private classChar(): { chars: Set<number>; code?: number } {
    const char = this.source[this.at++] ?? ''
    if (char !== '\\')
      return { chars: new Set([lower(char.charCodeAt(0))]), code: char.charCodeAt(0) }
    const escaped = this.source[this.at++] ?? ''
    const named = CLASS_ESCAPES[escaped]
    if (named) return { chars: named() }
    if (escaped === 'b') return { chars: new Set([8]), code: 8 }
    const chars = this.escapedChar(escaped)
    const [only] = chars
    return chars.size === 1 && only !== undefined && only !== NON_ASCII
      ? { chars, code: only }
      : { chars }
  }

  private quantified(node: Node): Node {
    const char = this.source[this.at]
    let bounds: { min: number; max: number } | undefined
    if (char === '*') bounds = { min: 0, max: Infinity }
    else if (char === '+') bounds = { min: 1, max: Infinity }
    else if (char === '?') bounds = { min: 0, max: 1 }
    if (bounds) this.at++
    else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at))
      if (!braces) return node // a literal `{` outside unicode mode
      this.at += braces[0].length
      const min = Number(braces[1])
      bounds = {
        min,
        max: braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity
      }
    }
    if (!bounds) return node
    if (this.source[this.at] === '?') this.at++ // lazy: the same backtracking, in another order
    return { kind: 'repeat', node, ...bounds }
  }
}

/** The lower-cased codes of a class range; past ASCII, one NON_ASCII stands for them all. */
function rangeCodes(
  start: number | undefined,
  end: { chars: Set<number>; code?: number }
): number[] {
  const to = end.code
  if (start === undefined || to === undefined) return [...end.chars]
  const codes: number[] = []
  for (let code = start; code <= Math.min(to, 127); code++) codes.push(lower(code))
  // With `i`, a range of capitals also takes the small letters, and the other way round.
  for (let code = start; code <= Math.min(to, 127); code++) {
    if (code >= 97 && code <= 122) codes.push(code)
  }
  if (to >= 128) codes.push(NON_ASCII)
  return codes
}
