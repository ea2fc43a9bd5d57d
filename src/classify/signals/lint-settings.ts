import { lintSectionLines, onlyMovesSettings } from '../config-diff.js'
import { changedLines } from '../patch.js'
import type { Hunk } from '../patch.js'
import type { FileSignal } from '../signal.js'
import type { ChangeReading, FileReading } from '../reading.js'
import { grant, hunksOf, isSmall, revoke, shareOf } from '../reading.js'

// Lint, format and type-check settings that live in files with other duties: the lint sections
// of mixed configs, check options of tsconfig files, Gradle/Maven check plugins and compiler
// flags, and a Rust crate's lint levels. An edit that sets them is patterns.

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
  /"(strict\w*|noImplicit\w+|noUnused\w+|noUnchecked\w+|noFallthroughCasesInSwitch|noPropertyAccessFromIndexSignature|exactOptionalPropertyTypes|isolatedDeclarations|isolatedModules|verbatimModuleSyntax|erasableSyntaxOnly|forceConsistentCasingInFileNames|useUnknownInCatchVariables|alwaysStrict|allowUnreachableCode|allowUnusedLabels|noEmitOnError|checkJs|skipLibCheck|useDefineForClassFields|allowJs)"\s*:/
const GRADLE_CHECK =
  /\b(explicitApi(Warning)?\s*\(|explicitApi\s*=|allWarningsAsErrors|warningsAsErrors|-Werror|-Xlint|-Xexplicit-api|ktlint|detekt|spotless|checkstyle|errorprone|errorProne|nullaway|apiValidation|binary-compatibility-validator|kotlinter|lintOptions|lint\s*\{|abortOnError|warningsAsErrors)/
const MAVEN_CHECK =
  /(checkstyle|spotbugs|errorprone|error_prone|maven-pmd|spotless|-Xlint|-Werror|failOnWarning|failsOnError|animal-sniffer|enforcer)/
const RUST_LINT_LEVEL = /^\s*#!\[(deny|warn|forbid|allow)\(/

function linesMatching(pattern: RegExp): SettingsFile['read'] {
  return hunks => {
    let lint = 0
    let total = 0
    for (const { text } of changedLines(hunks)) {
      if (text.trim() === '') continue
      total += 1
      if (pattern.test(text)) lint += 1
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
    read: linesMatching(GRADLE_CHECK),
    mostly: false,
    readUnhinted: true
  },
  {
    id: 'maven',
    files: /(^|\/)pom\.xml$/i,
    read: linesMatching(MAVEN_CHECK),
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
  if (reading.categories.get('patterns')?.signal === 'config:lint-rules') return undefined
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
    // A changed rule counts from the hint share on (decide.ts): a smaller part cannot tip.
    return file.readUnhinted && shareOf(reading, change) >= change.compiled.thresholds.hintShare
  },
  vote(reading, change) {
    const file = settingsFileOf(reading)
    if (!file) return
    const hunks = hunksOf(reading)
    if (hunks === undefined || reading.patch === undefined) return readWithoutPatch(reading, change)
    const { lint, total } = file.read(hunks, reading.patch)
    const sets = lint > 0 && (!file.mostly || lint * 2 >= total) && !onlyMovesSettings(hunks)
    if (sets) {
      grant(reading, 'patterns', 'config:lint-rules', detail(file, lint, total))
    } else if (pathTsconfig(reading)) {
      revoke(
        reading,
        'patterns',
        'diff:no-check-option',
        'compiler options changed, none that checks code'
      )
    }
  }
}
