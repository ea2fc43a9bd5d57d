import type { ClassifiedChange, FileChange } from '../model.js'

/** A gentle hint on a pull request: something a reviewer would likely ask about. */
export interface Nudge {
  id: 'public-surface-without-docs' | 'workflow-without-docs' | 'many-files-without-tests'
  /** Files the nudge is about (a few, for the reader to look at). */
  files: string[]
}

export interface NudgeOptions {
  /** Source files changed at or above which a PR without test changes gets a nudge. */
  manyFiles: number
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

  const workflows = files.filter(file => WORKFLOW.test(file.path) && file.status !== 'deleted')
  if (workflows.length > 0 && !touchesDocs) {
    nudges.push({ id: 'workflow-without-docs', files: workflows.map(file => file.path) })
  }

  const sources = files.filter(file => SOURCE_FILE.test(file.path) && !TEST_FILE.test(file.path))
  const tests = files.filter(file => TEST_FILE.test(file.path))
  if (sources.length >= options.manyFiles && tests.length === 0) {
    nudges.push({ id: 'many-files-without-tests', files: [] })
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
