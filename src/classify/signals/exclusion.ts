import type { FileSignal } from '../signal.js'
import { settle } from '../reading/reading.js'

/**
 * Lock files, bundles, vendored, minified, snapshot and generated files, and whatever
 * `.gitattributes` marks linguist-generated or linguist-vendored, count for nothing and do not
 * dilute the shares.
 */
export const exclusion: FileSignal = {
  id: 'exclusion',
  reads: ['path', 'attributes'],
  vote(reading) {
    if (reading.facts.excluded) settle(reading, 'excluded', reading.facts.excluded)
  }
}
