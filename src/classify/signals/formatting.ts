import type { CategoryId } from '../../model.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { hunksOf, revoke, shapeOf } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

/** Titles of formatting sweeps: their patches are read to see whether only whitespace moved. */
const FORMAT_TITLE =
  /\b(fmt|gofmt|rustfmt|ktlint|spotless|reformat\w*|format(ting|ted)?|prettier|black|whitespace|indent\w*|code style)\b/i

function formattableCategories(reading: FileReading): CategoryId[] {
  if (!reading.facts.code && !reading.categories.has('automation')) return []
  return [...reading.categories.keys()].filter(id => id !== 'patterns')
}

/**
 * A code, example or CI file whose edit only changes whitespace (a formatter's sweep) teaches
 * and automates nothing new: it keeps no category. Prose is left alone: reflowing a guide is
 * still upkeep of the guide.
 */
export const formatting: FileSignal = {
  id: 'formatting',
  reads: ['path', 'message', 'patch'],
  wantsPatch(reading, change) {
    return formattableCategories(reading).length > 0 && FORMAT_TITLE.test(change.change.title)
  },
  vote(reading) {
    const categories = formattableCategories(reading)
    const hunks = hunksOf(reading)
    if (categories.length === 0 || hunks === undefined) return
    if (shapeOf(reading) !== 'whitespace-only') return
    for (const id of categories)
      revoke(reading, id, SIGNAL.whitespaceOnly, 'only whitespace changed: a formatting sweep')
  }
}
