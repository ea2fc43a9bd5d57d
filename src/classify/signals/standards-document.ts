import { changedLines, onlyDiffersIn, tokenDifference } from '../diff/patch.js'
import type { Hunk } from '../diff/patch.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { grant, hunksOf, revoke } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

// Contribution guides, codes of conduct, security and governance policies, style guides and
// pull-request or issue templates are standards only where an edit changes what they ask of
// people. A typo, a link, a badge or the list of maintainers is upkeep of the document:
// documentation, not patterns (for a template, neither: a fixed link in a form teaches nothing).

/** Added lines of new content it takes to change what a standards document asks. */
const SUBSTANTIVE_LINES = 3
/** Without the patch: this many added lines, mostly additions, are taken as new content. */
const UNREAD_ADDED_LINES = 10

const NORMATIVE =
  /\b(must|should|shall|required?|requires|please|do not|don't|never|always|need to|make sure|ensure|expected to|we ask|you agree|be sure|avoid|prefer)\b/i
/** A list item or table row: a roster entry when it names a handle or a link, or a few words. */
const LIST_ITEM = /^\s*([-*+]|\d+\.|\|)\s*/
const HANDLE_OR_LINK = /@[\w-]+|\[[^\]]*\]\([^)]*\)|<[^>]+@[^>]+>/

function isRosterLine(text: string): boolean {
  if (!LIST_ITEM.test(text)) return false
  return HANDLE_OR_LINK.test(text) || words(text).length <= 4
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? []
}

/** Whether an added line reworks a removed one (a typo, a link, a small rewording). */
function reworks(line: string, removed: readonly string[]): boolean {
  const mine = new Set(words(line))
  if (mine.size === 0) return true
  return removed.some(other => {
    const theirs = words(other)
    const shared = theirs.filter(word => mine.has(word)).length
    return shared >= Math.max(1, Math.min(mine.size, theirs.length) * 0.6)
  })
}

/** Added lines that bring new content: not blank, not a reworked line, not a roster entry. */
function substantiveLines(hunks: readonly Hunk[]): string[] {
  const lines = changedLines(hunks)
  const removed = lines.filter(line => line.kind === '-').map(line => line.text)
  return lines
    .filter(line => line.kind === '+')
    .map(line => line.text)
    .filter(text => words(text).length >= 4 && !isRosterLine(text) && !reworks(text, removed))
}

function isStandardsDocument(reading: FileReading): boolean {
  const kind = reading.facts.categories.get('patterns')?.kind
  return (
    (kind === 'standards-document' || kind === 'template') && reading.categories.has('patterns')
  )
}

/**
 * Changed lines from which a security policy is also a document people read (how to report,
 * which versions are supported), not only a pointer to a contact: a standard and documentation.
 */
const POLICY_PROSE_LINES = 10

function isSecurityPolicy(reading: FileReading): boolean {
  return /(^|\/)security(\.[a-z]+)?$/i.test(reading.file.path)
}

function isTemplate(reading: FileReading): boolean {
  return reading.facts.categories.get('patterns')?.kind === 'template'
}

/** A URL, or a Markdown link's target: what a moved page or a renamed repository changes. */
const LINK = /\]\([^)]*\)|<?https?:\/\/[^\s)>\]]+>?/g

/** Lines a template's in-place fix may rewrite: a typo, a command, a wording. */
const TEMPLATE_FIX_LINES = 2

/** Words a fix may change: a typo, a command's spelling, a word or two. */
const TEMPLATE_FIX_WORDS = 2

/** The words one side has that the other does not, counted with repeats. */
function wordsChanged(hunks: readonly Hunk[]): number {
  const lines = changedLines(hunks)
  const wordsOf = (kind: '-' | '+') =>
    lines.filter(line => line.kind === kind).flatMap(line => words(line.text))
  return tokenDifference(wordsOf('-'), wordsOf('+'))
}

/**
 * A fix in place: a line or two rewritten with a word or two changed. A clause dropped from a
 * checklist item ("... but didn't get an answer") changes what the template asks.
 */
function isSmallFix(file: FileReading['file'], hunks: readonly Hunk[]): boolean {
  return (
    file.additions === file.deletions &&
    (file.additions ?? 0) <= TEMPLATE_FIX_LINES &&
    wordsChanged(hunks) <= TEMPLATE_FIX_WORDS
  )
}

function changesTheStandard(reading: FileReading): boolean {
  const file = reading.file
  if (file.status === 'added' || file.status === 'deleted') return true
  const hunks = hunksOf(reading)
  if (hunks === undefined) {
    const added = file.additions ?? 0
    return added >= UNREAD_ADDED_LINES && added >= 2 * (file.deletions ?? 0)
  }
  // A template asks whatever its fields ask; a fixed link or a word or two corrected in place
  // leaves that as it was.
  if (isTemplate(reading)) return !onlyDiffersIn(hunks, LINK) && !isSmallFix(file, hunks)
  const fresh = substantiveLines(hunks)
  return fresh.length >= SUBSTANTIVE_LINES || fresh.some(line => NORMATIVE.test(line))
}

export const standardsDocument: FileSignal = {
  id: 'standards-document',
  reads: ['path', 'lines', 'patch'],
  wantsPatch(reading) {
    const file = reading.file
    return isStandardsDocument(reading) && file.status === 'modified' && (file.additions ?? 0) < 40
  },
  vote(reading) {
    if (!isStandardsDocument(reading)) return
    if (changesTheStandard(reading)) {
      if (isSecurityPolicy(reading) && reading.weight >= POLICY_PROSE_LINES)
        grant(
          reading,
          'documentation',
          SIGNAL.securityPolicyProse,
          'a security policy written out: people read it to learn how to report and what is supported'
        )
      return
    }
    revoke(
      reading,
      'patterns',
      SIGNAL.standardsUpkeep,
      'an edit that changes nothing the document asks of people'
    )
    // A template's wording or link fixed is neither a standard nor documentation people read.
    if (isTemplate(reading)) return
    if (!reading.categories.has('documentation'))
      grant(
        reading,
        'documentation',
        SIGNAL.standardsUpkeep,
        'upkeep of a project document (wording, links, names)'
      )
  }
}
