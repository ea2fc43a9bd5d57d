import picomatch from 'picomatch'
import type { PathRule } from './ruleset.js'

/** A path rule with its globs compiled once. */
export interface CompiledPathRule extends PathRule {
  matches: (path: string) => boolean
}

// Dotfiles are ordinary files in a repository (.github/, .eslintrc), and file names are
// written with varying case (README.md, Readme.rst, makefile), so both are matched leniently.
const GLOB_OPTIONS = { dot: true, nocase: true } as const

export function compilePathRules(rules: readonly PathRule[]): CompiledPathRule[] {
  return rules.map(rule => ({ ...rule, matches: picomatch(rule.globs, GLOB_OPTIONS) }))
}

/** The first rule whose globs match `path`, if any. */
export function firstMatch(
  rules: readonly CompiledPathRule[],
  path: string
): CompiledPathRule | undefined {
  return rules.find(rule => rule.matches(path))
}
