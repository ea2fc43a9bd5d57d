import type { FileSignal } from '../signal.js'
import { hunksOf, shapeOf } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

/**
 * Explains an edit that only adds, removes or changes tool directives: it reads as a
 * comment-only edit when directives are taken for comments, and as code otherwise.
 */
export const toolDirectives: FileSignal = {
  id: 'tool-directives',
  reads: ['path', 'patch'],
  vote(reading) {
    const hunks = hunksOf(reading)
    if (hunks === undefined || reading.categories.has('documentation')) return
    const path = reading.file.path
    if (shapeOf(reading, 'comment') !== 'comment-only') return
    if (shapeOf(reading, 'code') !== 'code') return
    reading.notes.push({
      category: 'output',
      file: path,
      signal: SIGNAL.toolDirective,
      detail:
        'only tool directives changed (lint, type-check or format instructions), not documentation'
    })
  }
}
