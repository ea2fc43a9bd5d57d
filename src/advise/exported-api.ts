import { DEFAULT_PUBLIC_API, addedPublicNames, isPublicLocation } from './public-api.js'
import type { NudgeRule } from './nudge.js'

/**
 * Public API added to an existing file the repository offers its users (see public-api.ts)
 * and no docs touched. An `export` in an internal module is not public API.
 */
export const exportedApi: NudgeRule = {
  id: 'exported-api-without-docs',
  find({ files, touchesDocs, options }) {
    if (touchesDocs) return undefined
    const facts = options.publicApi ?? DEFAULT_PUBLIC_API
    const found = files
      .filter(file => file.status !== 'added' && file.status !== 'deleted')
      .filter(file => isPublicLocation(file.path, facts))
      .map(file => ({ path: file.path, names: addedPublicNames(file) }))
      .filter(entry => entry.names.length > 0)
    if (found.length === 0) return undefined
    return {
      id: this.id,
      files: found.map(entry => entry.path),
      names: found.flatMap(entry => entry.names)
    }
  }
}
