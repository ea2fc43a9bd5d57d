import { changedLines, onlyDiffersIn, parsePatch, withoutCommaChurn } from './patch.js'
import { GATE_JSON_KEY, GATE_SECTION } from '../rules/quality-gates.js'
import type { Hunk } from './patch.js'

// Diff-shape readings of configuration files: version-pin-only edits of workflows and hook
// configs, and whether an edit of a mixed config file (pyproject.toml, setup.cfg, package.json)
// touches its lint/format/type-check sections.

/** A line that only names a versioned thing: `uses: owner/action@ref`, `rev: v1.2`, `image: x:tag`. */
const PIN_LINE =
  /^\s*(-\s+)?(uses:\s*['"]?[\w./-]+@[\w.-]+['"]?|rev:\s*['"]?[\w.-]+['"]?|image:\s*['"]?[\w./-]+:[\w.-]+['"]?|(node|python|go|java)-version:\s*['"]?[\w.x-]+['"]?)\s*(#.*)?$/

/** True when every changed non-blank line of the patch is a version pin (and something changed). */
export function isVersionPinOnly(patch: string | undefined): boolean {
  if (patch === undefined) return false
  const hunks = parsePatch(patch)
  const lines = changedLines(hunks).filter(line => line.text.trim() !== '')
  if (lines.length === 0) return false
  return lines.every(line => PIN_LINE.test(line.text)) || onlyVersionsDiffer(hunks)
}

const VERSION = /v?\d+(\.(\d+|[x*+]))+([-+][\w.]+)?/g

/**
 * Whether removed and added lines pair up, in order, differing only in version numbers
 * (`kotlinVersion = '1.5.21'` → `'1.5.30'`, `id("…ktlint") version "9.3.0"`).
 */
export function onlyVersionsDiffer(hunks: readonly Hunk[]): boolean {
  const versioned = changedLines(hunks).some(line => /\d+\.\d+/.test(line.text))
  return versioned && onlyDiffersIn(hunks, VERSION)
}

/** Changed lines without the pairs that differ only in a version: what a bump left unchanged. */
export function withoutVersionChanges<T extends { kind: string; text: string }>(
  lines: readonly T[]
): T[] {
  const removed = new Map<string, number>()
  for (const line of lines)
    if (line.kind === '-') {
      const key = line.text.replace(VERSION, '#').trim()
      removed.set(key, (removed.get(key) ?? 0) + 1)
    }
  const bumped = new Map<string, number>()
  for (const line of lines) {
    if (line.kind !== '+' || !VERSION.test(line.text)) continue
    VERSION.lastIndex = 0
    const key = line.text.replace(VERSION, '#').trim()
    if ((removed.get(key) ?? 0) > (bumped.get(key) ?? 0))
      bumped.set(key, (bumped.get(key) ?? 0) + 1)
  }
  VERSION.lastIndex = 0
  return lines.filter(line => {
    const key = line.text.replace(VERSION, '#').trim()
    return (bumped.get(key) ?? 0) === 0
  })
}

/** Scripts that run a check: `"lint": "eslint ."`, `"typecheck": "tsc --noEmit"`. */
const LINT_SCRIPT =
  /^"(lint|lint:(?![\w:-]*fix)[\w:-]+|typecheck|type-check|check-types|check:[\w:-]*(lint|types?)[\w:-]*|eslint|stylelint)"\s*:\s*"(?![\^~<>=*]|\d|workspace:|npm:|file:|link:|latest"|\.{0,2}\/|[^"]*\.d\.[cm]?ts")/
/**
 * A lint setting or rule code in a TOML/INI hunk whose section header is out of sight
 * (`ignore = [`, `"UP038",`, `max-line-length = 100`).
 */
const LINT_KEY_OR_CODE =
  /^\s*(["']?(fail_under|select|ignore|extend-select|extend-ignore|per-file-ignores|extend-per-file-ignores|fixable|unfixable|max-line-length|max-complexity|disallow_[\w]+|warn_[\w]+|check_untyped_defs|no_implicit_optional|strict_optional|ignore_missing_imports)["']?\s*=|["'][A-Z]{1,4}\d{2,4}["'])/
/** A coverage minimum that fails the build, in whichever section holds it. */
const COVERAGE_GATE = /^["']?(fail_under|fail-under|cov-fail-under)["']?\s*=/
/** A JSON value that is a version or range: the line names a dependency, not a setting. */
const VERSION_VALUE = /:\s*"([\^~<>=*]|\d|workspace:|npm:)/

/**
 * Changed non-blank, non-comment lines of a mixed config file that set lint/format/type-check
 * options (TOML/INI `[tool.ruff]`, `[flake8]`, `[lints]`; package.json `"eslintConfig"`,
 * `"prettier"` and check scripts), and all such changed lines. The section is the nearest header
 * above the line within the hunk, else the hunk's function context. A JSON line whose value is a
 * version is a dependency (`"prettier": "^3.2.0"`), whatever its key.
 */
export function lintSectionLines(patch: string): { lint: number; total: number } {
  let lint = 0
  let total = 0
  for (const hunk of parsePatch(patch).map(withoutCommaChurn)) {
    let section = sectionOf(hunk.header) ?? ''
    const jsonKeys: { indent: number; key: string }[] = []
    for (const line of hunk.lines) {
      const header = sectionOf(line.text)
      if (header !== undefined) section = header
      const indent = line.text.length - line.text.trimStart().length
      const trimmed = line.text.trim()
      while (
        jsonKeys.length > 0 &&
        (jsonKeys[jsonKeys.length - 1]?.indent ?? 0) >= indent &&
        trimmed !== ''
      )
        jsonKeys.pop()
      const key = /^"([^"]+)"\s*:/.exec(trimmed)
      if (line.kind === ' ') {
        if (key) jsonKeys.push({ indent, key: trimmed })
        continue
      }
      if (trimmed === '' || /^(#|;|\/\/)/.test(trimmed)) continue
      total += 1
      const lintLine =
        GATE_SECTION.test(section) ||
        COVERAGE_GATE.test(trimmed) ||
        (section === '' && LINT_KEY_OR_CODE.test(trimmed)) ||
        isLintJsonLine(trimmed, jsonKeys)
      if (lintLine) lint += 1
      if (key) jsonKeys.push({ indent, key: trimmed })
    }
  }
  return { lint, total }
}

function isLintJsonLine(trimmed: string, enclosing: readonly { key: string }[]): boolean {
  if (GATE_JSON_KEY.test(trimmed) || LINT_SCRIPT.test(trimmed)) return true
  if (VERSION_VALUE.test(trimmed)) return false
  return enclosing.some(entry => GATE_JSON_KEY.test(entry.key))
}

/**
 * Changed non-blank, non-comment lines of a TOML/INI patch whose section (the nearest header
 * above them in the hunk, else the hunk's context) matches `sections`, and all such lines.
 */
export function sectionLines(
  hunks: readonly Hunk[],
  sections: RegExp
): { matching: number; total: number } {
  let matching = 0
  let total = 0
  for (const hunk of hunks) {
    let section = sectionOf(hunk.header) ?? ''
    for (const line of hunk.lines) {
      const header = sectionOf(line.text)
      if (header !== undefined) section = header
      const trimmed = line.text.trim()
      if (line.kind === ' ' || trimmed === '' || /^(#|;)/.test(trimmed)) continue
      total += 1
      if (sections.test(section)) matching += 1
    }
  }
  return { matching, total }
}

function sectionOf(text: string): string | undefined {
  const header = /^\s*\[+\s*([^\]]+?)\s*\]+/.exec(text)
  return header?.[1]
}

/**
 * Whether an edit only moves settings: every changed line but section headers has an equal
 * line (trimmed) on the other side, as when a tool's upgrade renames `[tool.ruff]` to
 * `[tool.ruff.lint]` and the options move with it. No rule changes.
 */
export function onlyMovesSettings(hunks: readonly Hunk[]): boolean {
  const removed = new Map<string, number>()
  const added: string[] = []
  for (const { kind, text } of changedLines(hunks)) {
    const trimmed = text.trim().replace(/,$/, '')
    if (trimmed === '' || sectionOf(trimmed) !== undefined) continue
    if (kind === '-') removed.set(trimmed, (removed.get(trimmed) ?? 0) + 1)
    else added.push(trimmed)
  }
  if (added.length === 0 && removed.size === 0) return true
  for (const line of added) {
    const left = removed.get(line) ?? 0
    if (left === 0) return false
    removed.set(line, left - 1)
  }
  return [...removed.values()].every(count => count === 0)
}
