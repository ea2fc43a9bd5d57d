import type { Hunk } from '../diff/patch.js'
import { side, tokenDifference } from '../diff/patch.js'
import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading/reading.js'
import { grant, hunksOf } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

// A command-line tool's help text is its reference manual, the one people read at the prompt:
// an edit that only rewrites or extends the prose of its `--help` strings documents the tool,
// as a man page would. It lives in string literals of code, so it is read only when the title
// speaks of help or usage text, and it counts only where the code around the strings stays as
// it was (a new flag with its help is a feature).

/** Titles that speak of the help or usage text. */
const HELP_TITLE =
  /(^|\s)--help\b|\b(help|usage)[ -](texts?|messages?|output|strings?|pages?|screens?)\b|\blong[ _-]?help\b/i
/** Beyond this many changed lines the edit is more than its help text. */
const MAX_READ_LINES = 200
/** A string literal: double-quoted or backquoted (spanning lines), or single-quoted on one line. */
const STRING = /"(?:\\[\s\S]|[^"\\])*"|`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'/g
/** Prose words the strings must gain or lose, at the least. */
const PROSE_WORDS = 3
/** Code names the edit may add or drop around them (`.long_help(`). */
const CODE_NAMES = 2

/** How many of each token one side of the hunks has: words of strings, or names in code. */
function tokens(hunks: readonly Hunk[], which: 'old' | 'new'): { prose: string[]; code: string[] } {
  const text = hunks.map(hunk => side(hunk, which).join('\n')).join('\n')
  const strings = text.match(STRING) ?? []
  const code = text.replace(STRING, ' ')
  return {
    prose: strings.flatMap(literal => literal.toLowerCase().match(/[a-z]{2,}/g) ?? []),
    code: code.match(/[A-Za-z_]\w*/g) ?? []
  }
}

/** Whether the edit changes the prose of strings and next to nothing of the code around them. */
function rewritesHelpProse(hunks: readonly Hunk[]): boolean {
  const before = tokens(hunks, 'old')
  const after = tokens(hunks, 'new')
  return (
    tokenDifference(before.prose, after.prose) >= PROSE_WORDS &&
    tokenDifference(before.code, after.code) <= CODE_NAMES
  )
}

function isCandidate(reading: FileReading, change: ChangeReading): boolean {
  return (
    reading.categories.size === 0 &&
    reading.facts.code &&
    !reading.facts.manifest &&
    reading.weight <= MAX_READ_LINES &&
    HELP_TITLE.test(change.change.title)
  )
}

export const helpText: FileSignal = {
  id: 'help-text',
  reads: ['path', 'lines', 'message', 'patch'],
  wantsPatch: isCandidate,
  vote(reading, change) {
    if (!isCandidate(reading, change)) return
    const hunks = hunksOf(reading)
    if (hunks === undefined || !rewritesHelpProse(hunks)) return
    grant(
      reading,
      'documentation',
      SIGNAL.helpText,
      "only the prose of the tool's help text changed: its reference at the prompt"
    )
  }
}
