// Text that people wrote (titles, paths, logins, labels) goes into markdown that GitHub renders
// and posts. It must show as typed and must not act: no markup, no HTML, no @mentions that
// notify someone each time a report is updated, no #123 references that add a cross-reference
// to an issue's timeline on every run.

/** A zero-width space: invisible, but it breaks GitHub's @mention and #reference detection. */
export const ZERO_WIDTH_SPACE = '\u200b'

/**
 * Makes `text` safe to place inline in GitHub markdown (paragraph, list item or table cell):
 * one line, HTML specials as entities, markdown specials backslash-escaped, @mentions and
 * issue references neutralised.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Every character here is an ASCII punctuation mark, which CommonMark lets a backslash
    // escape; `$` because GitHub renders $…$ as math, `|` because it ends a table cell.
    .replace(/[\\`*_{}[\]()#!|~$]/g, '\\$&')
    // At the start of a line these begin a list, heading or quote.
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
  return neutraliseReferences(escaped)
}

/**
 * Breaks `@login`, `@org/team` and `#123` / `owner/repo#123` / `GH-123` so GitHub neither
 * notifies nor cross-references; the text still reads the same.
 */
function neutraliseReferences(text: string): string {
  return neutraliseMentions(text)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
}

/** Breaks `@login` and `@org/team` mentions with a zero-width space after the `@`. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
}

/**
 * `text` as an inline code span (for paths): backticks inside are handled by a longer fence,
 * and nothing inside a code span is markup, a mention or HTML. Not for table cells, where a
 * `|` would still end the cell.
 */
export function inlineCode(text: string): string {
  const line = oneLine(text)
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const padded = line.startsWith('`') || line.endsWith('`') || line === '' ? ` ${line} ` : line
  return `${fence}${padded}${fence}`
}

/** Cuts `text` to at most `max` characters (counting code points), marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  const characters = Array.from(text)
  if (characters.length <= max) return text
  return `${characters
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`
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
