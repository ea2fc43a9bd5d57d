import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import {
  DEFAULT_PUBLIC_API,
  manifestEntries,
  rustPublicModules,
  type PublicApiFacts
} from '../advise/public-api.js'

const MANIFESTS = ['package.json', 'jsr.json', 'deno.json']
/** Folders whose subfolders are a monorepo's packages or a workspace's crates. */
const PACKAGE_FOLDERS = ['packages', 'crates']

/**
 * What the checkout offers its users, read from its manifests: the JS/TS packages' entry
 * points (the root's and those under packages/) and the modules lib.rs declares `pub`. A file
 * that is missing or unreadable counts as absent; with no manifest at all, the usual entry
 * files stand in.
 */
export async function readPublicApi(root: string): Promise<PublicApiFacts> {
  const folders = ['', ...(await subfolders(root, PACKAGE_FOLDERS))]
  const jsEntries: string[] = []
  const rustModules: string[] = []
  let manifests = 0
  for (const folder of folders) {
    for (const name of MANIFESTS) {
      const text = await readText(root, path.posix.join(folder, name))
      if (text === undefined) continue
      manifests += 1
      jsEntries.push(...manifestEntries(path.posix.join(folder, name), text))
    }
    const libPath = path.posix.join(folder, 'src/lib.rs')
    const lib = await readText(root, libPath)
    if (lib !== undefined) rustModules.push(...rustPublicModules(libPath, lib))
  }
  return {
    jsEntries: manifests > 0 ? [...new Set(jsEntries)] : DEFAULT_PUBLIC_API.jsEntries,
    rustModules
  }
}

async function subfolders(root: string, parents: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const parent of parents) {
    try {
      const entries = await readdir(path.join(root, parent), { withFileTypes: true })
      for (const entry of entries)
        if (entry.isDirectory()) found.push(path.posix.join(parent, entry.name))
    } catch {
      // No such folder: not a monorepo of this kind.
    }
  }
  return found.slice(0, 200)
}

async function readText(root: string, relative: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(root, relative), 'utf8')
  } catch {
    return undefined
  }
}
