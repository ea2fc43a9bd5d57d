// One report, two renderings, one way of placing user text in either. Both escape only what
// would really act as markup (no `\(` in a posted body: it shows in the raw view, in `gh` and
// in e-mail notifications), keep a title's code spans, show paths that would read as emphasis
// as code, and carry no invisible characters. A body that is posted to GitHub (PR comment,
// report issue, job summary) must not act: an @mention or a #123 would notify someone or add a
// cross-reference on every run, so posted text shows them as code spans, which GitHub leaves
// alone and a reader still copies as typed. The markdown written to a terminal or a file links
// `#123` to the repository's issues where the host is known.
import { inlineCode, oneLine } from './escape.js'

/** 'posted': a body GitHub renders and shows to others; 'document': stdout or a file. */
export type RenderTarget = 'posted' | 'document'

/** How user text is placed inline (paragraph, list item or table cell) for one target. */
export interface TextPolicy {
  readonly target: RenderTarget
  text(value: string): string
}

/**
 * The policy of `target`. `repositoryUrl` (`https://github.com/owner/name`) is where a
 * document's `#123` and `owner/name#123` references link; without it they stay plain text.
 */
export function textPolicy(target: RenderTarget, repositoryUrl?: string): TextPolicy {
  if (target === 'posted') return { target, text: escapeMarkdown }
  const base =
    repositoryUrl && /^https?:\/\/[^\s()<>]+$/i.test(repositoryUrl) ? repositoryUrl : undefined
  return { target, text: value => documentText(value, base) }
}

/**
 * Text for a document: code spans (balanced backticks) kept as they are — nothing inside one
 * acts — and the rest escaped only where a character would start markup.
 */
export function documentText(value: string, repositoryUrl?: string): string {
  return inlineText(value, repositoryUrl ? { link: repositoryUrl } : 'plain')
}

/**
 * User text placed inline in a body GitHub posts and shows to others (paragraph, list item or
 * table cell): one line, escaped only where markdown or HTML would act, and `@login`,
 * `#123`, `owner/name#123` and `GH-123` as code spans so that nobody is notified and no issue
 * is cross-referenced on every run.
 */
export function escapeMarkdown(value: string): string {
  return inlineText(value, 'inert')
}

/** How references and mentions come out: as text, as code (inert) or linked. */
type References = 'plain' | 'inert' | { link: string }

function inlineText(value: string, references: References): string {
  const line = oneLine(value)
  const parts = line.split(/(`+[^`]*?`+)/)
  const out = parts.map((part, index) => {
    // A code span with a `|` would still end a table cell: it is escaped as text instead.
    if (index % 2 === 1 && balancedCodeSpan(part) && !part.includes('|')) return part
    return escapeSegment(part, line, references)
  })
  return escapeLineStart(out.join(''))
}

function balancedCodeSpan(part: string): boolean {
  const open = /^`+/.exec(part)?.[0].length ?? 0
  const close = /`+$/.exec(part)?.[0].length ?? 0
  return open === close && part.length > open + close
}

/** A word whose `_` or `*` would read as emphasis. */
const CODE_LIKE = /^[\w./@+*~-]+$/
const EMPHASIS_PRONE = /\*|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])/

/** A path or glob (it has a `/` or `.`) or a dunder name, that escapes would clutter. */
function codeLike(core: string): boolean {
  return (
    CODE_LIKE.test(core) &&
    EMPHASIS_PRONE.test(core) &&
    (/[A-Za-z0-9][./]|[./][A-Za-z0-9*]/.test(core) || /^__\w+__$/.test(core))
  )
}

function escapeSegment(segment: string, line: string, references: References): string {
  return segment
    .split(/(\s+)/)
    .map((word, index) => (index % 2 === 1 ? word : escapeWord(word, line, references)))
    .join('')
}

/** `@login`, `@org/team`, `#123`, `owner/name#123`, `GH-123`: what GitHub would act on. */
const REFERENCE = /^(?:@[A-Za-z0-9][\w/.-]*|(?:[A-Za-z0-9][\w.-]*\/[\w.-]+)?#\d+|GH-\d+)$/i

function escapeWord(word: string, line: string, references: References): string {
  if (word === '') return word
  const [, before = '', core = '', after = ''] = /^([("'[]*)(.*?)([)"',.;:!?\]]*)$/.exec(word) ?? []
  const around = (middle: string): string =>
    escapeCharacters(before, line) + middle + escapeCharacters(after, line)
  if (codeLike(core)) return around(inlineCode(core))
  if (references === 'inert') {
    if (REFERENCE.test(core)) return around(inlineCode(core))
    // A mention ends where a login does (`@eve|x` still mentions eve).
    const mention = /^(@[A-Za-z0-9][\w-]*(?:\/[\w.-]+)?)(.*)$/.exec(core)
    if (mention)
      return around(inlineCode(mention[1] as string) + escapeCharacters(mention[2] as string, line))
  }
  const reference =
    typeof references === 'object' ? linkReference(core, references.link) : undefined
  if (reference !== undefined) return around(reference)
  return escapeCharacters(word, line)
}

/** `#123` → a link to the repository's issue (GitHub sends a PR's number on to the PR). */
function linkReference(core: string, repositoryUrl: string): string | undefined {
  const match = /^(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)$/.exec(core)
  if (!match) return undefined
  const [, other, number] = match
  const server = repositoryUrl.replace(/\/[^/]+\/[^/]+\/?$/, '')
  const url = other ? `${server}/${other}` : repositoryUrl
  return `[${core}](${url}/issues/${number})`
}

/** Backslash-escapes only the characters that would act here. */
function escapeCharacters(text: string, line: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const character = text[i] as string
    const previous = text[i - 1] ?? ' '
    const next = text[i + 1] ?? ' '
    const acts =
      character === '&'
        ? /^&#?[A-Za-z0-9]+;/.test(text.slice(i))
        : actsAsMarkup(character, previous, next, line)
    out += acts ? `\\${character}` : character
  }
  return out
}

const ALPHANUMERIC = /[A-Za-z0-9]/

function actsAsMarkup(character: string, previous: string, next: string, line: string): boolean {
  switch (character) {
    case '\\':
      return /[!-/:-@[-`{-~]/.test(next)
    case '`':
    case '|':
      return true
    case '*':
      return !(/\s/.test(previous) && /\s/.test(next))
    case '_':
      return !(ALPHANUMERIC.test(previous) && ALPHANUMERIC.test(next))
    case '<':
      return /[A-Za-z/!?]/.test(next)
    case '[':
      return line.includes(']')
    case '~':
    case '$':
      return line.split(character).length > 2
    default:
      return false
  }
}

/** What would begin a heading, list or quote at the start of a line. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+*>])(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
}
