// What a repository offers its users, as opposed to what its own modules share among
// themselves: a JS/TS package's entry points (package.json `main`/`module`/`types`/`exports`,
// jsr.json or deno.json `exports`), the `pub` items of a crate's lib.rs and the modules it
// declares `pub`, a top-level Python package's `__init__.py` and its `__all__`, Go's capitalised
// names outside `internal/` and `cmd/`, public Java/Kotlin types under `src/main`. An `export`
// in an internal module is not public API.
import type { FileChange } from '../model.js'
import { isProductSource } from './nudge.js'

export interface PublicApiFacts {
  /**
   * Entry points of the repository's JS/TS packages as path stems without extension
   * (`src/index`, `src/middleware/*`); `*` stands for any part of a path.
   */
  jsEntries: readonly string[]
  /** Stems of the modules a crate's lib.rs declares `pub mod` (`src/router`). */
  rustModules: readonly string[]
}

/** Where no manifest could be read: the usual entry files and a crate's lib.rs alone. */
export const DEFAULT_PUBLIC_API: PublicApiFacts = {
  jsEntries: ['index', 'mod', 'src/index', 'src/mod', 'lib/index'],
  rustModules: []
}

const JS_FILE = /\.(?:[cm]?[jt]sx?)$/i
const BUILD_DIR = /^(?:dist|build|out|esm|cjs|lib)\/(?:(?:types|esm|cjs|mjs|es|node|browser)\/)?/

/** The entry stems a package manifest (package.json, jsr.json, deno.json) names. */
export function manifestEntries(manifestPath: string, text: string): string[] {
  let manifest: unknown
  try {
    manifest = JSON.parse(text)
  } catch {
    return []
  }
  if (typeof manifest !== 'object' || manifest === null) return []
  const fields = manifest as Record<string, unknown>
  const targets: string[] = []
  for (const key of ['main', 'module', 'types', 'typings', 'exports']) collect(fields[key], targets)
  const folder = manifestPath.includes('/') ? manifestPath.replace(/\/[^/]*$/, '/') : ''
  // A published package.json without main or exports offers its index file (Node's default).
  if (targets.length === 0 && manifestPath.endsWith('package.json') && fields['private'] !== true)
    targets.push('index.js')
  const stems = new Set<string>()
  for (const target of targets) {
    const relative = target.replace(/^\.\//, '')
    if (relative.startsWith('../') || relative === '') continue
    const stem = relative.replace(/(?:\.d)?\.[cm]?[jt]sx?$/i, '')
    stems.add(folder + stem)
    // dist/node/index may come from src/node/index or (a build per target) src/index.
    if (BUILD_DIR.test(stem)) {
      stems.add(`${folder}src/${stem.replace(BUILD_DIR, '')}`)
      stems.add(`${folder}src/${stem.replace(/^[^/]+\//, '')}`)
    }
  }
  return [...stems]
}

function collect(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) collect(item, into)
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collect(item, into)
}

/** The stems of the modules lib.rs declares `pub mod name;`. */
export function rustPublicModules(libPath: string, text: string): string[] {
  const folder = libPath.replace(/[^/]*$/, '')
  return [...text.matchAll(/^\s*pub\s+mod\s+([A-Za-z_]\w*)\s*;/gm)].map(
    match => `${folder}${match[1] as string}`
  )
}

function stemMatches(stem: string, entry: string): boolean {
  if (!entry.includes('*')) return stem === entry || stem === `${entry}/index`
  const pattern = entry.split('*').map(escapeRegExp).join('.+')
  return new RegExp(`^${pattern}(?:/index)?$`).test(stem)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whether `path` is where public API lives (its language's rule), before reading its lines. */
export function isPublicLocation(path: string, facts: PublicApiFacts): boolean {
  if (!isProductSource(path)) return false
  const stem = path.replace(/(?:\.d)?\.[^/.]+$/, '')
  if (JS_FILE.test(path)) return facts.jsEntries.some(entry => stemMatches(stem, entry))
  if (path.endsWith('.rs')) {
    if (/(?:^|\/)src\/lib\.rs$/.test(path)) return true
    const module = stem.replace(/\/mod$/, '')
    return facts.rustModules.includes(module)
  }
  if (path.endsWith('.py')) return /^(?:src\/)?[A-Za-z_]\w*\/__init__\.py$/.test(path)
  if (path.endsWith('.go')) return !/(?:^|\/)(?:internal|cmd|vendor)\//.test(path)
  if (/\.(?:java|kt)$/.test(path))
    return /(?:^|\/)src\/main\/(?:java|kotlin)\//.test(path) && !/\/internal\//.test(path)
  return false
}

// One declaration pattern per language; the first group is the public name.
const DECLARATIONS: { file: RegExp; patterns: RegExp[] }[] = [
  {
    file: JS_FILE,
    patterns: [
      /^export\s+(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/
    ]
  },
  {
    file: /\.rs$/,
    patterns: [
      /^pub\s+(?:async\s+)?(?:fn|struct|enum|trait|mod|const|static|type|union)\s+([A-Za-z_]\w*)/
    ]
  },
  {
    file: /\.py$/,
    patterns: [/^(?:async\s+)?def\s+([A-Za-z]\w*)/, /^class\s+([A-Za-z]\w*)/]
  },
  {
    file: /\.go$/,
    patterns: [
      /^func\s+(?:\([^)]*\)\s*)?([A-Z]\w*)/,
      /^type\s+([A-Z]\w*)/,
      /^(?:var|const)\s+([A-Z]\w*)/
    ]
  },
  {
    file: /\.java$/,
    patterns: [
      /^\s*public\s+(?:(?:static|final|abstract|sealed|non-sealed)\s+)*(?:class|interface|enum|record|@interface)\s+([A-Za-z_]\w*)/
    ]
  },
  {
    file: /\.kt$/,
    patterns: [
      /^(?:public\s+)?(?:(?:data|sealed|abstract|open|enum|annotation|value|fun)\s+)*(?:class|interface|object)\s+([A-Za-z_]\w*)/
    ]
  }
]

/** Re-exports from an entry file (`export { a, b as c } from './x'`): their public names. */
function reExportedNames(line: string): string[] {
  const match = /^export\s+(?:type\s+)?\{([^}]*)\}/.exec(line)
  if (!match) return []
  return exportListNames(match[1] as string)
}

/** The public names one line of `path` declares (its language's rule). */
function declaredNames(path: string, line: string): string[] {
  const names: string[] = []
  for (const { file, patterns } of DECLARATIONS) {
    if (!file.test(path)) continue
    for (const pattern of patterns) {
      const name = pattern.exec(line)?.[1]
      if (name !== undefined) names.push(name)
    }
  }
  if (JS_FILE.test(path)) names.push(...reExportedNames(line))
  if (path.endsWith('.py')) names.push(...allEntries(line))
  return [...new Set(names)]
}

/** Names in a one-line `__all__ = [...]` or on an `"name",` line of a multi-line one. */
function allEntries(line: string): string[] {
  const list =
    /^__all__\s*(?:\+?=)\s*[[(](.*)[\])]/.exec(line)?.[1] ??
    /^\s+(["'][^"']+["']\s*,?\s*)+$/.exec(line)?.[0]
  if (list === undefined) return []
  return [...list.matchAll(/["']([A-Za-z_]\w*)["']/g)].map(match => match[1] as string)
}

/**
 * The public names `file` adds: declared on an added line of the patch and on no removed one
 * (a moved or reformatted declaration is not new API). Empty without a patch.
 */
export function addedPublicNames(file: FileChange): string[] {
  if (file.patch === undefined) return []
  const added = new Set<string>()
  const removed = new Set<string>()
  // Inside a multi-line `export { … }` of a JS/TS file, as far as the hunk shows it.
  let inExportList = false
  for (const line of file.patch.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('@@')) {
      if (line.startsWith('@@')) inExportList = false
      continue
    }
    const sign = line[0]
    const body = line.slice(1)
    const names = inExportList ? listedNames(body) : declaredNames(file.path, body)
    if (JS_FILE.test(file.path)) {
      if (inExportList && body.includes('}')) inExportList = false
      else if (/^export\s+(?:type\s+)?\{[^}]*$/.test(body)) inExportList = true
    }
    if (sign !== '+' && sign !== '-') continue
    for (const name of names) {
      if (name.startsWith('_')) continue
      ;(sign === '+' ? added : removed).add(name)
    }
  }
  return [...added].filter(name => !removed.has(name))
}

/** The names on one line of a multi-line export list (`  a,`, `  type B as C,`). */
function listedNames(line: string): string[] {
  return exportListNames(line.replace(/\}.*$/, ''))
}

/** The public names of an export list's entries (`a, type B as C`): what each is exported as. */
function exportListNames(list: string): string[] {
  return list
    .split(',')
    .map(
      part =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.replace(/^type\s+/, '') ?? ''
    )
    .filter(name => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')
}
