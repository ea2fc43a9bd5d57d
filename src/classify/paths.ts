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

/** Whether any rule of a list could match a path: one regular expression for the whole list. */
type AnyMatch = (path: string) => boolean
const anyMatchCache = new WeakMap<readonly CompiledPathRule[], AnyMatch>()

/**
 * Most paths of a history match none of a list's rules; testing one combined expression first
 * spares testing each of the list's globs (dozens) against every new path. picomatch also
 * matches a path equal to a glob's text, so literal globs are checked as such.
 */
function anyMatchOf(rules: readonly CompiledPathRule[]): AnyMatch {
  let anyMatch = anyMatchCache.get(rules)
  if (anyMatch) return anyMatch
  const globs = rules.flatMap(rule => rule.globs)
  const expressions = globs.map(glob => picomatch.makeRe(glob, GLOB_OPTIONS))
  if (expressions.every(expression => expression.flags === 'i')) {
    const combined = new RegExp(expressions.map(e => `(?:${e.source})`).join('|'), 'i')
    const literals = new Set(globs)
    anyMatch = path => literals.has(path) || combined.test(path)
  } else {
    anyMatch = () => true
  }
  anyMatchCache.set(rules, anyMatch)
  return anyMatch
}

/** The first rule whose globs match `path`, if any. */
export function firstMatch(
  rules: readonly CompiledPathRule[],
  path: string
): CompiledPathRule | undefined {
  if (rules.length === 0 || !anyMatchOf(rules)(path)) return undefined
  return rules.find(rule => rule.matches(path))
}
