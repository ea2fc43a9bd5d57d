// What every nudge kind shares: the Nudge shape, what a rule is given, and the path tests that
// tell product code from tests, fixtures, examples and docs. A nudge must agree with its own
// comment: it reads the same files and reasons the verdict was made from.
import type { ClassifiedChange, FileChange } from '../model.js'
import type { PublicApiFacts } from './public-api.js'

type NudgeId =
  | 'public-surface-without-docs'
  | 'exported-api-without-docs'
  | 'workflow-without-docs'
  | 'many-files-without-tests'
  | 'hotspot-without-docs'

/** A gentle hint on a pull request: something a reviewer would likely ask about. */
export interface Nudge {
  id: NudgeId
  /** Files the nudge is about (a few, for the reader to look at). */
  files: string[]
  /** For the public-API nudges: the names the PR makes public that were not before. */
  names?: string[]
}

export interface NudgeOptions {
  /** Source files changed at or above which a PR without test changes gets a nudge. */
  manyFiles: number
  /** The repository's docs-debt hotspots (area paths), where the run could read them. */
  hotspots?: readonly string[]
  /** What the repository offers its users (package entry points …), where it could be read. */
  publicApi?: PublicApiFacts
}

export const DEFAULT_NUDGE_OPTIONS: NudgeOptions = { manyFiles: 15 }

/** What a rule reads: the classified change, its counted files, and the run's facts. */
interface NudgeContext {
  change: ClassifiedChange
  /** The change's files without the generated and vendored ones (excluded from the verdict). */
  files: readonly FileChange[]
  /** Whether the PR touches any documentation (a docs file, a template, a guide …). */
  touchesDocs: boolean
  options: NudgeOptions
}

/** One nudge kind: its id and the pure rule that finds it (undefined: it does not fire). */
export interface NudgeRule {
  id: NudgeId
  find(context: NudgeContext): Nudge | undefined
}

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|go|rb|rs|java|kt|swift|cs|php|scala|ex|exs)$/i
export const TEST_FILE =
  /(?:^|\/)(?:__tests__|tests?|spec|specs)\/|[._-](?:test|spec)\.[^/]+$|_test\.go$|(?:^|\/)test_[^/]+\.py$/i

/**
 * Folders whose code nobody imports as the product: tests and their fixtures, playgrounds,
 * examples, samples, demos, benchmarks, scripts and tools, docs, CI.
 */
const NOT_PRODUCT =
  /(?:^|\/)(?:__tests__|__fixtures__|__mocks__|tests?|spec|specs|fixtures?|testdata|test-?data|playgrounds?|examples?|samples?|demos?|bench(?:mark)?s?|e2e|scripts?|tools?|bin|docs?|\.github)\//i

/** Product code: a source file outside tests, fixtures, examples, scripts and docs. */
export function isProductSource(path: string): boolean {
  return SOURCE_FILE.test(path) && !TEST_FILE.test(path) && !NOT_PRODUCT.test(path)
}

/**
 * A file a reader would count as documentation: markdown and other prose formats, a docs
 * folder, the PR and issue templates, the governance documents (CONTRIBUTING, SECURITY …).
 */
const DOCS_FILE =
  /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt)$|(?:^|\/)docs?\/|(?:^|\/)\.github\/(?:ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE)|(?:^|\/)(?:README|CONTRIBUTING|SECURITY|CODE_OF_CONDUCT|SUPPORT|GOVERNANCE)(?:\.[^/]*)?$/i

/** Whether the PR touches documentation: its verdict says so, or one of its files is docs. */
export function touchesDocs(change: ClassifiedChange, files: readonly FileChange[]): boolean {
  return (
    change.categories.includes('documentation') ||
    files.some(file => file.status !== 'deleted' && DOCS_FILE.test(file.path))
  )
}

/** The change's files without those its verdict excluded (generated, vendored). */
export function countedFiles(change: ClassifiedChange): FileChange[] {
  // The verdict's own list: its reasons name only the first few excluded files. A change built
  // without it (a test's) still has them in its reasons.
  const excluded = new Set<string | undefined>(change.excludedFiles)
  for (const reason of change.reasons)
    if (reason.category === 'excluded' && reason.file) excluded.add(reason.file)
  return change.files.filter(file => !excluded.has(file.path))
}
