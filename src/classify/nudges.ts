import { codeArea } from '../insight/areas.js'
import type { ClassifiedChange, FileChange } from '../model.js'

/** A gentle hint on a pull request: something a reviewer would likely ask about. */
export interface Nudge {
  id:
    | 'public-surface-without-docs'
    | 'exported-api-without-docs'
    | 'workflow-without-docs'
    | 'many-files-without-tests'
    | 'hotspot-without-docs'
  /** Files the nudge is about (a few, for the reader to look at). */
  files: string[]
  /** For exported-api-without-docs: the names the PR exports that were not exported before. */
  names?: string[]
}

export interface NudgeOptions {
  /** Source files changed at or above which a PR without test changes gets a nudge. */
  manyFiles: number
  /** The repository's docs-debt hotspots (area paths), where the run could read them. */
  hotspots?: readonly string[]
}

export const DEFAULT_NUDGE_OPTIONS: NudgeOptions = { manyFiles: 15 }

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|go|rb|rs|java|kt|swift|cs|php|scala|ex|exs)$/i
const TEST_FILE =
  /(?:^|\/)(?:__tests__|tests?|spec|specs)\/|[._-](?:test|spec)\.[^/]+$|_test\.go$|(?:^|\/)test_[^/]+\.py$/i
const MODULE_ENTRY = /(?:^|\/)(?:index|mod|__init__)\.[^/]+$|(?:^|\/)mod\.rs$/
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/

/**
 * Nudges for one classified pull request. Pure and quiet on purpose: each fires only on a
 * pattern a reviewer would agree with, and excluded (generated/vendored) files never count.
 */
export function nudgesFor(
  change: ClassifiedChange,
  options: NudgeOptions = DEFAULT_NUDGE_OPTIONS
): Nudge[] {
  const excluded = new Set(
    change.reasons
      .filter(reason => reason.category === 'excluded' && reason.file)
      .map(reason => reason.file)
  )
  const files = change.files.filter(file => !excluded.has(file.path))
  const touchesDocs = change.categories.includes('documentation')
  const nudges: Nudge[] = []

  const publicSurface = files.filter(isNewPublicSurface)
  if (publicSurface.length > 0 && !touchesDocs) {
    nudges.push({ id: 'public-surface-without-docs', files: publicSurface.map(file => file.path) })
  }

  const exported = touchesDocs
    ? []
    : newExports(files.filter(file => !publicSurface.includes(file)))
  if (exported.length > 0) {
    nudges.push({
      id: 'exported-api-without-docs',
      files: exported.map(entry => entry.path),
      names: exported.flatMap(entry => entry.names)
    })
  }

  const workflows = files.filter(file => WORKFLOW.test(file.path) && file.status !== 'deleted')
  if (workflows.length > 0 && !touchesDocs) {
    nudges.push({ id: 'workflow-without-docs', files: workflows.map(file => file.path) })
  }

  const sources = files.filter(file => SOURCE_FILE.test(file.path) && !TEST_FILE.test(file.path))
  const tests = files.filter(file => TEST_FILE.test(file.path))
  if (sources.length >= options.manyFiles && tests.length === 0) {
    nudges.push({ id: 'many-files-without-tests', files: [] })
  }

  const hotspots = new Set(options.hotspots ?? [])
  const inHotspots = sources.filter(
    file => hotspots.has(codeArea(file.path)) && file.status !== 'deleted'
  )
  if (inHotspots.length > 0 && !touchesDocs) {
    nudges.push({ id: 'hotspot-without-docs', files: inHotspots.map(file => file.path) })
  }
  return nudges
}

/** A new module others may import: a new entry file, or a new top-level file of src/ or lib/. */
function isNewPublicSurface(file: FileChange): boolean {
  if (file.status !== 'added' || !SOURCE_FILE.test(file.path) || TEST_FILE.test(file.path))
    return false
  if (/(?:^|\/)(?:scripts?|\.github|examples?|docs?)\//.test(file.path)) return false
  return MODULE_ENTRY.test(file.path) || /^(?:src|lib)\/[^/]+$/.test(file.path)
}

// Declarations that make a name part of a module's public API, per language family: JS/TS
// `export`, Rust `pub`, Java/Kotlin/C#/Swift/PHP/Scala `public`, Go's capitalised top-level
// names, Python's top-level names without a leading underscore.
const EXPORT_DECLARATIONS: readonly RegExp[] = [
  /^\s*export\s+(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/,
  /^\s*pub\s+(?:async\s+)?(?:fn|struct|enum|trait|mod|const|static|type)\s+([A-Za-z_]\w*)/,
  /^\s*public\s+(?:static\s+)?(?:final\s+)?(?:abstract\s+)?(?:class|interface|enum|record|fun|function|[A-Za-z_<>[\],\s]+?)\s+([A-Za-z_]\w*)\s*[({<]/,
  /^func\s+(?:\([^)]*\)\s*)?([A-Z]\w*)/,
  /^type\s+([A-Z]\w*)/,
  /^(?:async\s+)?def\s+([A-Za-z]\w*)/,
  /^class\s+([A-Za-z]\w*)/
]

function exportedName(line: string): string | undefined {
  for (const pattern of EXPORT_DECLARATIONS) {
    const name = pattern.exec(line)?.[1]
    if (name !== undefined) return name
  }
  return undefined
}

/**
 * Names an existing source file exports after the PR and did not before: read from the patch,
 * an added declaration whose name no removed declaration had (a moved or reformatted export
 * is not new API).
 */
function newExports(files: readonly FileChange[]): { path: string; names: string[] }[] {
  const found: { path: string; names: string[] }[] = []
  for (const file of files) {
    if (file.patch === undefined || file.status === 'deleted' || !isLibrarySource(file.path))
      continue
    const added = new Set<string>()
    const removed = new Set<string>()
    for (const line of file.patch.split('\n')) {
      if (line.startsWith('+++') || line.startsWith('---')) continue
      const name = exportedName(line.slice(1))
      if (name === undefined) continue
      if (line.startsWith('+')) added.add(name)
      else if (line.startsWith('-')) removed.add(name)
    }
    const names = [...added].filter(name => !removed.has(name))
    if (names.length > 0) found.push({ path: file.path, names })
  }
  return found
}

/** Source that others may call: not a test, script, example or docs file. */
function isLibrarySource(path: string): boolean {
  return (
    SOURCE_FILE.test(path) &&
    !TEST_FILE.test(path) &&
    !/(?:^|\/)(?:scripts?|\.github|examples?|docs?|tools?|bin)\//.test(path)
  )
}
