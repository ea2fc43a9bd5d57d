import { changedLines, parsePatch } from './patch.js'

// Diff-shape readings of configuration files: version-pin-only edits of workflows and hook
// configs, and whether an edit of a mixed config file (pyproject.toml, setup.cfg, package.json)
// touches its lint/format/type-check sections.

/** A line that only names a versioned thing: `uses: owner/action@ref`, `rev: v1.2`, `image: x:tag`. */
const PIN_LINE =
  /^\s*(-\s+)?(uses:\s*['"]?[\w./-]+@[\w.-]+['"]?|rev:\s*['"]?[\w.-]+['"]?|image:\s*['"]?[\w./-]+:[\w.-]+['"]?|(node|python|go|java)-version:\s*['"]?[\w.x-]+['"]?)\s*(#.*)?$/

/** True when every changed non-blank line of the patch is a version pin (and something changed). */
export function isVersionPinOnly(patch: string | undefined): boolean {
  if (patch === undefined) return false
  const lines = changedLines(parsePatch(patch)).filter(line => line.text.trim() !== '')
  return lines.length > 0 && lines.every(line => PIN_LINE.test(line.text))
}

const LINT_SECTION =
  /^(tool\.)?(ruff|black|isort|mypy|pylint|pyright|basedpyright|flake8|pydocstyle|pycodestyle|autopep8|yapf|codespell|pyflakes|bandit)\b|^(workspace\.)?lints\b|^(mypy|flake8|pycodestyle|pydocstyle|isort|pylint)(-|\.|:|$)/i
const LINT_JSON_KEY = /^"(eslintConfig|eslintIgnore|prettier|stylelint|biome)"\s*:/

/**
 * Changed non-blank, non-comment lines of a mixed config file that fall in a lint/format/type-check
 * section (TOML/INI `[tool.ruff]`, `[flake8]`, `[lints]`; JSON `"eslintConfig"`, `"prettier"`),
 * and all such changed lines. The section is the nearest header above the line within the hunk,
 * else the hunk's function context.
 */
export function lintSectionLines(patch: string): { lint: number; total: number } {
  let lint = 0
  let total = 0
  for (const hunk of parsePatch(patch)) {
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
      const inLintJson =
        LINT_JSON_KEY.test(trimmed) || jsonKeys.some(entry => LINT_JSON_KEY.test(entry.key))
      if (LINT_SECTION.test(section) || inLintJson) lint += 1
      if (key) jsonKeys.push({ indent, key: trimmed })
    }
  }
  return { lint, total }
}

function sectionOf(text: string): string | undefined {
  const header = /^\s*\[+\s*([^\]]+?)\s*\]+/.exec(text)
  return header?.[1]
}
