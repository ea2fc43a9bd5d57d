import { lintSectionLines, onlyMovesSettings, withoutVersionChanges } from '../diff/config-diff.js'
import { buildCheck } from '../rules/quality-gates.js'
import { changedLines } from '../diff/patch.js'
import { changedLinesInBlocks } from '../diff/build-blocks.js'
import type { Hunk } from '../diff/patch.js'
import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading/reading.js'
import { grant, hunksOf, isSmall, revoke, shareOf } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'
import { looksLikeSweep, plainCode } from '../verdict/sweep.js'

// Lint, format and type-check settings that live in files with other duties: the lint sections
// of mixed configs, check options of tsconfig files, the check plugins and flags of Gradle,
// Maven, CMake, MSBuild and Cargo config (their words are the quality-gate catalogue's), and a
// Rust crate's lint levels. An edit that sets them is patterns.

interface SettingsFile {
  id: string
  files: RegExp
  /** Settings lines among the changed lines, and all changed lines. */
  read(hunks: readonly Hunk[], patch: string): { lint: number; total: number }
  /** Whether settings lines must be at least half the edit (in a file mostly about other things). */
  mostly: boolean
  /** Whether, without a hint, a small edit is worth reading for settings. */
  readUnhinted: boolean
}

const TS_CHECK_OPTION =
  /"(strict\w*|noImplicit\w+|noUnused\w+|noUnchecked\w+|noFallthroughCasesInSwitch|noPropertyAccessFromIndexSignature|exactOptionalPropertyTypes|isolatedDeclarations|isolatedModules|verbatimModuleSyntax|erasableSyntaxOnly|forceConsistentCasingInFileNames|useUnknownInCatchVariables|alwaysStrict|allowUnreachableCode|allowUnusedLabels|noEmitOnError|checkJs|skipLibCheck|allowJs)"\s*:/
const RUST_LINT_LEVEL = /^\s*#!\[(deny|warn|forbid|allow)\(/

/** A line of settings inside a check's block (not a lone brace). */
const SETTING = /\w/

function linesMatching(pattern: RegExp, blocks = false): SettingsFile['read'] {
  return hunks => {
    let lint = 0
    let total = 0
    // A check plugin's version bumped is a dependency bump, not a changed check; a setting
    // removed here and written again there (a reordered file) changed nothing either.
    const lines = withoutVersionChanges(
      blocks
        ? changedLinesInBlocks(hunks, pattern)
        : changedLines(hunks).map(line => ({ ...line, inCheckBlock: false }))
    )
    const sides = { '+': new Set<string>(), '-': new Set<string>() }
    for (const line of lines) sides[line.kind === '+' ? '+' : '-'].add(line.text.trim())
    for (const line of lines) {
      const { kind, text } = line
      if (text.trim() === '') continue
      total += 1
      const other = kind === '+' ? sides['-'] : sides['+']
      const setsCheck = pattern.test(text) || (line.inCheckBlock && SETTING.test(text))
      if (setsCheck && !other.has(text.trim().replace(/,$/, '')) && !other.has(text.trim()))
        lint += 1
    }
    return { lint, total }
  }
}

const SETTINGS_FILES: SettingsFile[] = [
  {
    id: 'mixed-config',
    files: /(^|\/)(pyproject\.toml|setup\.cfg|package\.json|Cargo\.toml|tox\.ini)$/i,
    read: (_hunks, patch) => lintSectionLines(patch),
    mostly: true,
    readUnhinted: true
  },
  {
    id: 'tsconfig',
    files: /(^|\/)[jt]sconfig[^/]*\.json$/i,
    read: linesMatching(TS_CHECK_OPTION),
    mostly: false,
    readUnhinted: true
  },
  {
    id: 'gradle',
    files: /\.gradle(\.kts)?$/i,
    read: linesMatching(buildCheck('gradle'), true),
    mostly: false,
    readUnhinted: true
  },
  {
    id: 'maven',
    files: /(^|\/)pom\.xml$/i,
    read: linesMatching(buildCheck('maven')),
    mostly: false,
    readUnhinted: true
  },
  {
    id: 'cmake',
    files: /(^|\/)(CMakeLists\.txt|[^/]+\.cmake|CMakePresets\.json)$/i,
    read: linesMatching(buildCheck('cmake')),
    mostly: true,
    readUnhinted: true
  },
  {
    id: 'msbuild',
    files: /(^|\/)(Directory\.Build\.(props|targets)|[^/]+\.(props|csproj|fsproj|vbproj))$/i,
    read: linesMatching(buildCheck('msbuild')),
    mostly: true,
    readUnhinted: true
  },
  {
    id: 'cargo-config',
    files: /(^|\/)\.cargo\/config(\.toml)?$/,
    read: linesMatching(buildCheck('cargo-config')),
    mostly: false,
    readUnhinted: true
  },
  {
    id: 'rust-crate-root',
    files: /(^|\/)(lib|main)\.rs$/,
    read: linesMatching(RUST_LINT_LEVEL),
    mostly: false,
    readUnhinted: false
  }
]

function settingsFileOf(reading: FileReading): SettingsFile | undefined {
  if (reading.categories.get('patterns')?.signal === SIGNAL.lintRules) return undefined
  // An example project's own tsconfig or build file teaches a setup; it sets no team standard.
  if (reading.facts.categories.get('documentation')?.kind === 'examples') return undefined
  const path = reading.file.path
  return SETTINGS_FILES.find(file => file.files.test(path))
}

function pathTsconfig(reading: FileReading): boolean {
  return (
    reading.facts.categories.get('patterns')?.kind === 'typescript-config' &&
    reading.categories.has('patterns')
  )
}

function detail(file: SettingsFile, lint: number, total: number): string {
  return `the edit changes lint/format/type-check settings (${file.id}: ${lint} of ${total} lines)`
}

function readWithoutPatch(reading: FileReading, change: ChangeReading): void {
  const hint = change.hints.categories.patterns
  if (!hint || !isSmall(reading, change) || reading.categories.has('patterns')) return
  grant(
    reading,
    'patterns',
    hint.signal,
    `${hint.detail}; taken as a lint settings edit (patch not read)`
  )
}

export const lintSettings: FileSignal = {
  id: 'lint-settings',
  reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
  wantsPatch(reading, change) {
    const file = settingsFileOf(reading)
    if (!file || change.bump || !isSmall(reading, change)) return false
    if (change.hints.categories.patterns !== undefined) return true
    // A changed rule counts from the hint share on, or beside a sweep of code that complies
    // with it (decide.ts): a smaller part beside other work cannot tip.
    return (
      file.readUnhinted &&
      (shareOf(reading, change) >= change.compiled.thresholds.hintShare ||
        looksLikeSweep(plainCode(change)))
    )
  },
  vote(reading, change) {
    const file = settingsFileOf(reading)
    if (!file) return
    const hunks = hunksOf(reading)
    if (hunks === undefined || reading.patch === undefined) return readWithoutPatch(reading, change)
    const { lint, total } = file.read(hunks, reading.patch)
    const sets = lint > 0 && (!file.mostly || lint * 2 >= total) && !onlyMovesSettings(hunks)
    if (sets) {
      grant(reading, 'patterns', SIGNAL.lintRules, detail(file, lint, total))
    } else if (pathTsconfig(reading)) {
      revoke(
        reading,
        'patterns',
        SIGNAL.noCheckOption,
        'compiler options changed, none that checks code'
      )
    }
  }
}
