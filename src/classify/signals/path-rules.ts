import type { FileSignal } from '../signal.js'

/**
 * The path rules of each category (the default ruleset and the config's), a file may match
 * several; generic fallbacks (any *.md) only where no specific rule matched; and
 * `.gitattributes` linguist-documentation. An example project's own lint, format or type-check
 * config teaches how to set the tool up for that example; it sets no standard for the team.
 */
export const pathRules: FileSignal = {
  id: 'path-rules',
  reads: ['path', 'attributes'],
  vote(reading) {
    if (reading.facts.manifest) return
    const example = reading.facts.categories.get('documentation')?.kind === 'examples'
    for (const [id, { reason }] of reading.facts.categories)
      if (!(example && id === 'patterns')) reading.categories.set(id, reason)
  }
}
