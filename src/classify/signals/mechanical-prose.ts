import { onlyDiffersIn } from '../diff/patch.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { hunksOf, isBalanced, isSmall, revoke, settle } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

// Prose touched mechanically teaches nothing new: a guide moved to another folder unchanged, or
// a copyright line whose year rolled over. Neither is documentation work.

const YEAR = /\b(19|20)\d{2}\b/g
const YEAR_TITLE = /\b(copyright|year|licen[cs]e|(19|20)\d{2})\b/i

function isProse(reading: FileReading): boolean {
  return reading.categories.has('documentation') && !reading.facts.code
}

function movedUnchanged(reading: FileReading): boolean {
  const file = reading.file
  return file.status === 'renamed' && (file.additions ?? 0) === 0 && (file.deletions ?? 0) === 0
}

export const mechanicalProse: FileSignal = {
  id: 'mechanical-prose',
  reads: ['path', 'lines', 'message', 'patch'],
  wantsPatch(reading, change) {
    // Most small balanced prose edits are wording: only a title about the year or the licence
    // is worth a patch read (reading them all cost a third of a report on the bench history).
    return (
      isProse(reading) &&
      isSmall(reading, change) &&
      isBalanced(reading.file) &&
      YEAR_TITLE.test(change.change.title)
    )
  },
  vote(reading) {
    if (!isProse(reading)) return
    if (movedUnchanged(reading)) {
      // A standards document moved unchanged changes no standard either.
      for (const id of ['documentation', 'patterns'] as const)
        if (reading.categories.has(id))
          revoke(reading, id, SIGNAL.docsMoved, 'moved without a change: nothing new to read')
      return
    }
    const hunks = hunksOf(reading)
    if (hunks === undefined || !onlyDiffersIn(hunks, YEAR)) return
    settle(reading, 'neutral', {
      category: 'output',
      file: reading.file.path,
      signal: SIGNAL.yearsOnly,
      detail: 'only years changed (a copyright line): upkeep, not documentation'
    })
  }
}
