import { changedLines } from '../patch.js'
import type { Hunk } from '../patch.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading.js'
import { grant, hunksOf, revoke } from '../reading.js'

// Contribution guides, codes of conduct, security and governance policies and style guides
// are standards only where an edit changes what they ask of people. A typo, a link, a badge or
// the list of maintainers is upkeep of the document: documentation, not patterns.

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
  return (
    reading.facts.categories.get('patterns')?.kind === 'standards-document' &&
    reading.categories.has('patterns')
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
    if (!isStandardsDocument(reading) || changesTheStandard(reading)) return
    revoke(
      reading,
      'patterns',
      'standards:upkeep',
      'an edit that changes nothing the document asks of people'
    )
    if (!reading.categories.has('documentation'))
      grant(
        reading,
        'documentation',
        'standards:upkeep',
        'upkeep of a project document (wording, links, names)'
      )
  }
}
