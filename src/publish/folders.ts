import { mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Creates `folder` and its missing parents one at a time, for the CLI's --output and the
 * action's report file. Node's `mkdir(..., { recursive: true })` loops forever where mkdir
 * answers ENOENT though the parent exists (under /proc); this walks up to the nearest folder
 * that exists and fails on the first mkdir that does not work. A file in the way fails with
 * ENOTDIR.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = []
  for (let current = folder; !isFolder(current); current = dirname(current)) {
    missing.unshift(current)
    if (dirname(current) === current) break
  }
  for (const path of missing) {
    try {
      mkdirSync(path)
    } catch (error) {
      // A concurrent run may have made it meanwhile.
      if ((error as { code?: string }).code !== 'EEXIST' || !isFolder(path)) throw error
    }
  }
}

function isFolder(path: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false })
  if (stats === undefined) return false
  if (!stats.isDirectory())
    throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' })
  return true
}
