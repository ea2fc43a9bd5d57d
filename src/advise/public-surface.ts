import { DEFAULT_PUBLIC_API, addedPublicNames, isPublicLocation } from './public-api.js'
import type { NudgeRule } from './nudge.js'

/**
 * A new module the repository offers its users (a new package entry point, a new Go file
 * with exported names, a new `pub mod` of a crate …) and no docs touched. Test fixtures,
 * playgrounds, examples and internal modules are not public surface.
 */
export const publicSurface: NudgeRule = {
  id: 'public-surface-without-docs',
  find({ files, touchesDocs, options }) {
    if (touchesDocs) return undefined
    const facts = options.publicApi ?? DEFAULT_PUBLIC_API
    const added = files.filter(
      file => file.status === 'added' && isPublicLocation(file.path, facts)
    )
    // A new entry file is public whatever it declares; a new file elsewhere in a public
    // place (a Go package, a Java module) only when it declares a public name.
    const found = added.filter(
      file => addedPublicNames(file).length > 0 || isEntry(file.path, facts)
    )
    if (found.length === 0) return undefined
    const names = found.flatMap(addedPublicNames)
    return {
      id: this.id,
      files: found.map(file => file.path),
      ...(names.length > 0 ? { names } : {})
    }
  }
}

/** A file that is a JS/TS entry point or a crate's lib.rs or `pub mod` (public by itself). */
function isEntry(path: string, facts: typeof DEFAULT_PUBLIC_API): boolean {
  return /\.(?:[cm]?[jt]sx?|rs)$/i.test(path) && isPublicLocation(path, facts)
}
