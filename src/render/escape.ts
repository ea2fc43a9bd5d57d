// The small pieces every renderer uses on text people wrote (titles, paths, logins, labels):
// one line without invisible characters, a code span, a cut that keeps words and references
// whole. How the text is escaped for each target is text-policy.ts.

/**
 * `text` as an inline code span (for paths): backticks inside are handled by a longer fence,
 * and nothing inside a code span is markup, a mention or HTML. Not for table cells, where a
 * `|` would still end the cell: `tableCode` is for those.
 */
export function inlineCode(text: string): string {
  const line = oneLine(text)
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const padded = line.startsWith('`') || line.endsWith('`') || line === '' ? ` ${line} ` : line
  return `${fence}${padded}${fence}`
}

/**
 * `text` as an inline code span inside a table cell. GitHub splits a row on every `|` that is
 * not backslash-escaped, even inside a code span, so each one is escaped; the table parser
 * drops the backslash before the span is read, and the cell shows the `|` as typed.
 */
export function tableCode(text: string): string {
  return inlineCode(text).replace(/\|/g, '\\|')
}

/**
 * Cuts `text` to at most `max` characters (counting code points), marking the cut with `…`:
 * at a word boundary (inside a long path, at one of its separators), never inside a `#123`
 * reference or a code span, and without a dangling opening bracket or separator.
 */
export function truncate(text: string, max: number): string {
  const characters = Array.from(text)
  if (characters.length <= max) return text
  let cut = characters.slice(0, Math.max(0, max - 1)).join('')
  const nextIsSpace = /\s/.test(characters[Math.max(0, max - 1)] ?? ' ')
  if (!nextIsSpace) {
    // The last space, else (in a long path or package name) the last `/`, `-`, `.` or `_`,
    // else any space at all: a word is cut only when the text is one long word.
    const space = cut.search(/\s\S*$/)
    const joint = cut.search(/[/\-._][^/\-._\s]*$/)
    if (space >= (max - 1) / 2) cut = cut.slice(0, space)
    else if (joint >= (max - 1) / 2) cut = cut.slice(0, joint + 1)
    else if (space > 0) cut = cut.slice(0, space)
  }
  // A word cut in its middle may still be a reference: drop the part of it that is left.
  cut = cut.replace(/(?:[\w.-]+\/[\w.-]+)?#\d*$/, '')
  // An odd number of backticks opens a code span the cut would leave open.
  if ((cut.match(/`/g) ?? []).length % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('`'))
  return `${cut.replace(/[\s([{,;:\-–—/]+$/u, '')}…`
}

// Control characters other than tab and line breaks (those become spaces below).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

// Invisible characters that change nothing a reader sees but travel with a copy: the zero-width
// space, direction marks, word joiner, byte-order mark, and the bidirectional controls that can
// make text read differently from what it is. The zero-width (non-)joiners stay: scripts and
// emoji sequences need them.
const INVISIBLE_CHARACTERS = /[\u200b\u200e\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/g

/** Collapses line breaks and runs of whitespace, and drops control and invisible characters. */
export function oneLine(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/\s+/g, ' ')
    .trim()
}
