import type { FileChange, Reason } from '../../model.js'
import type { Hunk } from '../diff/patch.js'
import type { ChangeSignal } from '../signal.js'
import { hunksOf } from '../reading/reading.js'
import type { ChangeReading, FileReading } from '../reading/reading.js'
import { findSharedModules, isExisting } from '../diff/shared-module.js'
import type { SharedModule } from '../diff/shared-module.js'
import { definedNames, findSharedSymbols } from '../diff/shared-symbols.js'
import { SIGNAL } from '../signal-ids.js'

/** Paths where shared code lives: helpers, utilities, test support, base classes. */
const SHARED_PATH =
  /(^|\/)(\w*utils?|\w*helpers?|common|shared|support|testing|test-?utils?|test-?support|fixtures?|mocks?|fakes?)(\/|[._-])|(util|utils|helpers?|common|shared|support|fixtures?|testing|base)\.[a-z]+$|(^|\/)(Base|Abstract)[A-Z]\w*\.[a-z]+$/i

/**
 * Whether a module used by several files is offered as shared code: the title says the change
 * extracts or shares it, or it lives where shared code lives. A new domain type (an enum that
 * a feature threads through several files) is used in many places but is not that.
 */
function offeredAsShared(shared: SharedModule, change: ChangeReading): boolean {
  return change.hints.refactor !== undefined || SHARED_PATH.test(shared.module)
}

const LICENCE_FILE = /(^|\/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$/i

/** A module whose folder gains a licence in the same change: third-party code copied in. */
function isVendoredCopy(shared: SharedModule, change: ChangeReading): boolean {
  const folder = shared.module.slice(0, shared.module.lastIndexOf('/') + 1)
  return change.change.files.some(
    file => file.status === 'added' && file.path.startsWith(folder) && LICENCE_FILE.test(file.path)
  )
}

/**
 * A module whose definitions were all removed from other files of the change was moved there
 * (a file split to break an import cycle, a package reorganised): its importers already used
 * that code.
 */
function isMovedHere(
  shared: SharedModule,
  files: readonly FileChange[],
  hunks: (file: FileChange) => readonly Hunk[]
): boolean {
  const module = files.find(file => file.path === shared.module)
  if (!module) return false
  const defined = definedNames(hunks(module), '+')
  if (defined.size === 0) return false
  const removed = new Set(
    files.filter(file => file !== module).flatMap(file => [...definedNames(hunks(file), '-')])
  )
  return [...defined].every(name => removed.has(name))
}

/** Test code: a test that calls a module exercises it; it is not a place made to reuse it. */
const TEST_PATH =
  /(^|\/)(tests?|__tests__|specs?|testing|androidTest|testFixtures)\/|[._-](test|spec)s?\.[a-z]+$|(Test|Tests|Spec|IT)\.[a-z]+$/

/** Where test support lives outside test folders (`internal/testutils`, `testing/`, fakes). */
const TEST_SUPPORT = /(^|\/)(\w*test\w*|fixtures?|mocks?|fakes?|stubs?)(\/|[._-])|Test\w*\.[a-z]+$/i

function isTest(path: string): boolean {
  return TEST_PATH.test(path)
}

/**
 * The module with only the users that count: test files reuse test support, but a product
 * module used from tests (an API exercised, a new enum asserted on) is not reused by them.
 */
function countedUsers(shared: SharedModule): SharedModule {
  if (isTest(shared.module) || TEST_SUPPORT.test(shared.module)) return shared
  return { module: shared.module, importers: shared.importers.filter(path => !isTest(path)) }
}

/**
 * Whether two users are enough: a new module whose users gave up code of their own for it (a
 * helper extracted from the two places that had it: together they remove at least half as many
 * lines as it has). New code that two files start to call is a feature's module; a module that
 * only gains importers needs `min` of them.
 */
function isExtraction(shared: SharedModule, files: readonly FileChange[]): boolean {
  const module = files.find(file => file.path === shared.module)
  if (module?.status !== 'added') return false
  let removed = 0
  for (const path of shared.importers) {
    const deletions = files.find(file => file.path === path)?.deletions ?? 0
    if (deletions === 0) return false
    removed += deletions
  }
  return removed * 2 >= (module.additions ?? 0)
}

/** A module that defines only enumerations: a new domain type threaded through a feature. */
function definesOnlyEnums(
  shared: SharedModule,
  hunks: (file: FileChange) => readonly Hunk[],
  files: readonly FileChange[]
): boolean {
  const module = files.find(file => file.path === shared.module)
  if (!module) return false
  const lines = hunks(module).flatMap(hunk => hunk.lines.filter(line => line.kind === '+'))
  const types = lines.filter(line =>
    /^\s*(export\s+)?((public|internal|private)\s+)?(enum|(abstract\s+|open\s+|data\s+|sealed\s+)*class|interface|object|record|struct|trait|type)\s+\w/.test(
      line.text
    )
  )
  return types.length > 0 && types.every(line => /\benum\b/.test(line.text))
}

function codeFiles(readings: readonly FileReading[]): FileReading[] {
  return readings.filter(reading => reading.role === 'counted' && reading.facts.code)
}

/** Users enough for a module extracted from the places that had its code (isExtraction). */
const EXTRACTED_USERS = 2

function reasonOf(shared: SharedModule, how: string): Reason {
  const named = shared.importers.slice(0, 3).join(', ')
  const more = shared.importers.length > 3 ? ', ...' : ''
  return {
    category: 'patterns',
    file: shared.module,
    signal: SIGNAL.sharedModule,
    detail: `${shared.importers.length} existing files are made to ${how} (${named}${more})`
  }
}

/**
 * Patterns: a module of the change that several existing files of the change are made to use —
 * by new import lines that resolve to it, or by replacing code of theirs with names the module
 * newly defines — when the module is offered as shared code (the title says so, or its path). A
 * new module used in one place, or only by new files (its own tests), is an ordinary feature; a
 * definition moved from one file to another is a move, not a new module.
 */
export const sharedAbstraction: ChangeSignal = {
  id: 'shared-abstraction',
  reads: ['path', 'lines', 'message', 'patch'],
  wantsPatch(readings: readonly FileReading[], change: ChangeReading) {
    const code = codeFiles(readings)
    const fewest = Math.min(change.compiled.thresholds.sharedModuleImporters, EXTRACTED_USERS)
    const existing = code.filter(reading => isExisting(reading.file)).length
    if (code.length <= fewest || existing < fewest) return false
    return (
      change.hints.refactor !== undefined ||
      code.some(reading => reading.file.status === 'added' && SHARED_PATH.test(reading.file.path))
    )
  },
  vote(readings, change) {
    const min = change.compiled.thresholds.sharedModuleImporters
    const patched = codeFiles(readings).filter(reading => reading.patch !== undefined)
    // A module needs importers with patches besides itself: most changes have none.
    if (patched.length < Math.min(min, EXTRACTED_USERS)) return undefined
    const files = patched.map(reading => reading.file)
    // The hunks the file signals parsed, not a parse of each patch per search.
    const parsed = new Map(patched.map(reading => [reading.file, hunksOf(reading) ?? []]))
    const hunks = (file: FileChange): readonly Hunk[] => parsed.get(file) ?? []
    const offered = (shared: SharedModule): boolean =>
      offeredAsShared(shared, change) &&
      !isVendoredCopy(shared, change) &&
      !isMovedHere(shared, files, hunks) &&
      !definesOnlyEnums(shared, hunks, files)
    const fewest = Math.min(min, EXTRACTED_USERS)
    const enough = (found: SharedModule[]): SharedModule | undefined =>
      found
        .map(countedUsers)
        .find(
          shared =>
            (shared.importers.length >= min ||
              (shared.importers.length >= fewest && isExtraction(shared, files))) &&
            offered(shared)
        )
    const imported = enough(findSharedModules(files, fewest, hunks))
    if (imported) return reasonOf(imported, 'import it')
    const used = enough(findSharedSymbols(files, fewest, hunks))
    return used ? reasonOf(used, 'use what it defines in place of their own code') : undefined
  }
}
