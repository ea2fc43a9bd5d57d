import type { FileSignal } from '../signal.js'

/**
 * The path rules of each category (the default ruleset and the config's), a file may match
 * several; generic fallbacks (any *.md) only where no specific rule matched; and
 * `.gitattributes` linguist-documentation.
 */
export const pathRules: FileSignal = {
  id: 'path-rules',
  reads: ['path', 'attributes'],
  vote(reading) {
    if (reading.facts.manifest) return
    for (const [id, { reason }] of reading.facts.categories) reading.categories.set(id, reason)
  }
}
