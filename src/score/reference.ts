// The reference set as data bundled with the code: read at build time, never from the network.
import data from './reference-set.json' with { type: 'json' }
import type { ReferenceSet } from './percentile.js'

export const REFERENCE_SET: ReferenceSet = data as ReferenceSet
