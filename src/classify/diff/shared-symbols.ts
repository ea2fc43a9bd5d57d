import type { FileChange } from '../../model.js'
import type { Hunk } from './patch.js'
import { isExisting, parseFilePatch } from './shared-module.js'
import type { HunksOf, SharedModule } from './shared-module.js'

// Shared code by its names, for languages where code uses what its package defines without an
// import line (Go, Kotlin, Java, Rust inside a crate, Python within a module's namespace): a
// module of the change defines new names, and several existing files are made to use them in
// place of code they had (a hunk that removes lines and adds a use).

const DEFINITIONS: RegExp[] = [
  /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\*?\s+([A-Za-z_$][\w$]*)/,
  /^\s*(?:export\s+)?(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*=>/,
  /^\s*(?:export\s+)?(?:abstract\s+|open\s+|data\s+|sealed\s+|internal\s+|public\s+|private\s+|final\s+)*(?:class|interface|object|enum|record|trait|struct)\s+([A-Za-z_]\w*)/,
  /^\s*(?:export\s+)?(?:type|interface)\s+([A-Za-z_]\w*)/,
  /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/,
  /^func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)/,
  /^type\s+([A-Za-z_]\w*)/,
  /^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?(?:fn|struct|enum|trait|type)\s+([A-Za-z_]\w*)/,
  /^\s*macro_rules!\s+([A-Za-z_]\w*)/,
  /^\s*(?:(?:public|protected|private|internal|inline|suspend|override|open)\s+)*fun\s+(?:<[^>]*>\s*)?(?:[\w.]+\.)?([A-Za-z_]\w*)\s*\(/,
  /^\s*(?:(?:public|protected|private|static|final|synchronized|abstract)\s+)+(?:[\w<>[\],.?]+\s+)?([A-Za-z_]\w*)\s*\(/
]

/** Names too common to say that one module is reused. */
const COMMON_NAMES = new Set(
  'main init test setup teardown new default string value values apply build create close open read write run start stop get set update delete list next equals hashcode tostring clone call invoke handle parse format'.split(
    ' '
  )
)

export function definedNames(hunks: readonly Hunk[], kind: '+' | '-'): Set<string> {
  const names = new Set<string>()
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line.kind !== kind) continue
      for (const pattern of DEFINITIONS) {
        const name = pattern.exec(line.text)?.[1]
        if (name === undefined) continue
        if (name.length >= 4 && !COMMON_NAMES.has(name.toLowerCase()) && !/^test/i.test(name))
          names.add(name)
        break
      }
    }
  }
  return names
}

/** A line with its names and spacing taken out: a rename or a move keeps this shape. */
function shapeOf(line: string): string {
  return line.replace(/[A-Za-z_$][\w$]*/g, '_').replace(/\s+/g, '')
}

/**
 * Whether a hunk removes code and adds a use of one of `names` in its place. A use that only
 * renames what a removed line said (the same line with other names) is a rename, not reuse.
 */
function replacesWithUse(hunk: Hunk, names: readonly RegExp[]): boolean {
  const removed = hunk.lines.filter(line => line.kind === '-' && line.text.trim() !== '')
  if (removed.length === 0) return false
  const removedShapes = new Set(removed.map(line => shapeOf(line.text)))
  return hunk.lines.some(line => {
    if (line.kind !== '+') return false
    const inherited = inheritedPart(line.text)
    // A class made to extend the new base is reuse, though the line keeps its shape.
    if (inherited !== undefined) return names.some(name => name.test(inherited))
    return names.some(name => name.test(line.text)) && !removedShapes.has(shapeOf(line.text))
  })
}

/**
 * For a definition, what follows the name it defines (`class SyslogHandler extends
 * AbstractSyslogHandler` → ` extends AbstractSyslogHandler`), where it names what it builds on;
 * undefined for any other line.
 */
function inheritedPart(text: string): string | undefined {
  for (const definition of DEFINITIONS) {
    const match = definition.exec(text)
    if (match) return text.slice(match.index + match[0].length)
  }
  return undefined
}

interface Parsed {
  file: FileChange
  hunks: readonly Hunk[]
}

/** Modules that define new names which at least `minUsers` existing files are made to use. */
export function findSharedSymbols(
  files: readonly FileChange[],
  minUsers: number,
  hunksOf: HunksOf = parseFilePatch
): SharedModule[] {
  const parsed: Parsed[] = files
    .filter(file => file.patch !== undefined)
    .map(file => ({ file, hunks: hunksOf(file) }))
  if (parsed.length < minUsers + 1) return []
  // A name removed somewhere in the change was moved or renamed, not introduced.
  const removed = new Set(parsed.flatMap(entry => [...definedNames(entry.hunks, '-')]))
  const shared: SharedModule[] = []
  for (const module of parsed) {
    if (module.file.status === 'deleted') continue
    const names = [...definedNames(module.hunks, '+')].filter(name => !removed.has(name))
    if (names.length === 0) continue
    const patterns = names.map(name => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`))
    const users = parsed
      .filter(other => other !== module && isExisting(other.file))
      .filter(other => other.hunks.some(hunk => replacesWithUse(hunk, patterns)))
      .map(other => other.file.path)
    if (users.length >= minUsers) shared.push({ module: module.file.path, importers: users })
  }
  return shared
}
