import type { FileChange } from '../../model.js'
import { commentSyntaxOf } from './comments.js'
import { parsePatch } from './patch.js'
import type { Hunk } from './patch.js'

// Shared modules by their imports: a change adds or extends a module and makes several *other*,
// existing files import it in the same change (their patches add import/require/from/use/include lines that
// resolve to the module). That is the diff showing reuse, which the RUBRIC asks for; a new
// module used in one place is an ordinary feature.

export interface SharedModule {
  module: string
  importers: string[]
}

const IMPORT_PATTERNS: RegExp[] = [
  /\bfrom\s+['"]([^'"]+)['"]/, // JS/TS import/export ... from 'x'
  /^\s*import\s+['"]([^'"]+)['"]/, // JS side-effect import, Go single import
  /\b(?:require|require_relative|import)\s*\(?\s*['"]([^'"]+)['"]/, // require('x'), import('x'), Ruby
  /^\s*from\s+(\.*[\w.]*)\s+import\s+([\w\s,()*]+)/, // Python from-import (group 2: names)
  /^\s*import\s+([\w.]+)(?:\s+as\s+\w+)?\s*$/, // Python/Java-ish `import a.b`
  /^\s*import\s+(?:static\s+)?([\w.]+)(?:\.\*)?\s*;/, // Java/Kotlin/Scala
  /^\s*use\s+((?:crate|super|self)::[\w:]+)/, // Rust
  /^\s*#\s*include\s+["<]([^">]+\.(?:h|hh|hpp|hxx|inc))[">]/, // C/C++ include of a header
  /^\s*(?:\w+\s+)?"([\w./-]+)"\s*$/ // Go import block entry
]

/** The hunks of a file's patch: a classification passes the ones its readings parsed once. */
export type HunksOf = (file: FileChange) => readonly Hunk[]

/** A file's hunks parsed from its patch, for a caller with no readings at hand. */
export const parseFilePatch: HunksOf = file => parsePatch(file.patch ?? '')

/** Module specifiers that the patch's added lines (or, with `kind` '-', removed lines) import. */
export function addedImports(patch: string | readonly Hunk[], kind: '+' | '-' = '+'): string[] {
  const specifiers: string[] = []
  for (const hunk of typeof patch === 'string' ? parsePatch(patch) : patch) {
    for (const line of hunk.lines) {
      if (line.kind !== kind) continue
      for (const pattern of IMPORT_PATTERNS) {
        const match = pattern.exec(line.text)
        if (!match?.[1]) continue
        specifiers.push(match[1])
        // `from . import a, b` names modules, not symbols, when the source is only dots.
        if (/^\.+$/.test(match[1]) && match[2]) {
          for (const name of match[2].replace(/[()]/g, '').split(','))
            specifiers.push(`${match[1]}${name.trim()}`)
        }
        break
      }
    }
  }
  return specifiers
}

function withoutExtension(path: string): string {
  const stripped = path.replace(/\.[^./]+$/, '')
  return stripped.replace(/\/(index|__init__|mod)$/, '')
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

function normalize(path: string): string {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}

/** Where a specifier written in `importer` points, as a repository path without extension. */
export function resolveSpecifier(
  specifier: string,
  importer: string
): { path: string; relative: boolean } {
  const pythonRelative = /^(\.+)([\w.]*)$/.exec(specifier)
  if (
    pythonRelative &&
    !specifier.startsWith('./') &&
    !specifier.startsWith('../') &&
    importer.endsWith('.py')
  ) {
    const ups = (pythonRelative[1]?.length ?? 1) - 1
    let base = dirname(importer)
    for (let i = 0; i < ups; i += 1) base = dirname(base)
    return {
      path: normalize(`${base}/${(pythonRelative[2] ?? '').replace(/\./g, '/')}`),
      relative: true
    }
  }
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    return {
      path: withoutExtension(normalize(`${dirname(importer)}/${specifier}`)),
      relative: true
    }
  }
  const rust = /^(crate|super|self)::(.*)$/.exec(specifier)
  if (rust) return { path: (rust[2] ?? '').split('::').slice(0, -1).join('/'), relative: false }
  let path = specifier.replace(/^[@~]\//, '')
  if (!path.includes('/') && /^[\w]+(\.[\w]+)+$/.test(path) && !/\.(h|hpp|js|ts)$/.test(path))
    path = path.replace(/\./g, '/')
  return { path: withoutExtension(path), relative: false }
}

/** Whether a resolved specifier names `module` (a repository path). */
export function pointsTo(resolved: { path: string; relative: boolean }, module: string): boolean {
  const key = withoutExtension(module)
  if (resolved.path === '') return false
  if (resolved.path === key) return true
  if (resolved.relative) return false
  // Non-relative specifiers (package aliases, dotted names, Go import paths) are matched on
  // their trailing path segments, at a segment boundary; a Go import names the directory.
  // Go import paths carry the module path before the repository directory, so they end with it.
  const dir = dirname(module)
  return (
    key.endsWith(`/${resolved.path}`) ||
    dir === resolved.path ||
    dir.endsWith(`/${resolved.path}`) ||
    (dir !== '' && resolved.path.endsWith(`/${dir}`))
  )
}

/** A file that existed before the change and still does. */
export function isExisting(file: FileChange): boolean {
  return file.status !== 'added' && file.status !== 'deleted' && file.status !== 'copied'
}

/** Modules of the change that at least `minImporters` other files of the change newly import. */
export function findSharedModules(
  files: readonly FileChange[],
  minImporters: number,
  hunksOf: HunksOf = parseFilePatch
): SharedModule[] {
  // Importers are read from patches: without enough of them no module can qualify.
  if (files.filter(file => file.patch !== undefined).length < minImporters) return []
  const modules = files.filter(
    file =>
      file.status !== 'deleted' &&
      (file.additions ?? 0) > 0 &&
      commentSyntaxOf(file.path) !== undefined &&
      !/\.(ya?ml|toml|ini|cfg|json5?)$/.test(file.path)
  )
  // Reuse means existing code is made to use the module: a new file importing it (the module's
  // own new tests, a new feature beside it) is not reuse.
  const imports = files
    .filter(file => file.patch !== undefined && isExisting(file))
    .map(file => {
      const resolve = (spec: string) => resolveSpecifier(spec, file.path)
      const hunks = hunksOf(file)
      return {
        file: file.path,
        specifiers: addedImports(hunks).map(resolve),
        // What the file imported before: rewriting an import (require → import, a new
        // extension) is not a new use.
        before: addedImports(hunks, '-').map(resolve)
      }
    })
  // Files of the change that give up code: an import moved from one of them to a new module
  // follows code split out of it (a file split to break an import cycle), not new reuse.
  const shrinking = files.filter(file => (file.deletions ?? 0) > 0)
  const shared: SharedModule[] = []
  for (const module of modules) {
    const sources = shrinking.filter(file => file !== module).map(file => file.path)
    const repointed = (before: readonly { path: string; relative: boolean }[]): boolean =>
      module.status === 'added' &&
      before.some(spec => sources.some(source => pointsTo(spec, source)))
    const importers = imports
      .filter(
        entry =>
          entry.file !== module.path &&
          entry.specifiers.some(spec => pointsTo(spec, module.path)) &&
          !entry.before.some(spec => pointsTo(spec, module.path)) &&
          !repointed(entry.before)
      )
      .map(entry => entry.file)
    if (importers.length >= minImporters) shared.push({ module: module.path, importers })
  }
  return shared
}
