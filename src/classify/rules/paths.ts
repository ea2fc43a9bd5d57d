import picomatch from 'picomatch'
import type { PathRule } from './ruleset.js'

/** A path rule with its globs compiled once. */
export interface CompiledPathRule extends PathRule {
  /** Whether a file's path matches, as picomatch would (git and GitHub name files, not folders). */
  matches: (path: string) => boolean
  /** Its globs' tests, which the combined test of a list it is in is made of. */
  globTests: readonly GlobTest[]
}

// One glob, compiled. picomatch matches a path equal to a glob's text, so `glob` is checked as
// such first. A glob `**/NAME` (two thirds of the defaults) matches exactly the paths whose
// last segment matches NAME, so it is tested on that segment alone (`onName`) with NAME's far
// simpler expression: the `**` part costs a lookahead at every character of the path.
interface GlobTest {
  glob: string
  onName: boolean
  expression: RegExp
}

// Dotfiles are ordinary files in a repository (.github/, .eslintrc), and file names are
// written with varying case (README.md, Readme.rst, makefile), so both are matched leniently.
const GLOB_OPTIONS = { dot: true, nocase: true } as const

export function compilePathRules(rules: readonly PathRule[]): CompiledPathRule[] {
  return rules.map(rule => {
    const globTests = rule.globs.map(compileGlob)
    return { ...rule, globTests, matches: path => globTests.some(test => passes(test, path)) }
  })
}

function compileGlob(glob: string): GlobTest {
  const onName = isBasenameGlob(glob)
  const expression = picomatch.makeRe(onName ? glob.slice(3) : glob, GLOB_OPTIONS)
  return { glob, onName, expression }
}

function passes(test: GlobTest, path: string): boolean {
  return path === test.glob || test.expression.test(test.onName ? lastSegment(path) : path)
}

/** Whether any rule of a list could match a path: one regular expression for the whole list. */
type AnyMatch = (path: string) => boolean
const anyMatchCache = new WeakMap<readonly CompiledPathRule[], AnyMatch>()

// Most paths of a history match none of a list's rules; testing one combined expression first
// spares testing each of the list's globs (dozens) against every new path.
function anyMatchOf(rules: readonly CompiledPathRule[]): AnyMatch {
  let anyMatch = anyMatchCache.get(rules)
  if (anyMatch) return anyMatch
  const tests = rules.flatMap(rule => rule.globTests)
  const nameTest = combinedTest(tests.filter(test => test.onName))
  const pathTest = combinedTest(tests.filter(test => !test.onName))
  if (nameTest && pathTest) {
    const literals = new Set(tests.map(test => test.glob))
    anyMatch = path => literals.has(path) || nameTest(lastSegment(path)) || pathTest(path)
  } else {
    anyMatch = () => true
  }
  anyMatchCache.set(rules, anyMatch)
  return anyMatch
}

/** The last segment, without a trailing slash (which `**` globs let follow a name). */
function lastSegment(path: string): string {
  const end = path.endsWith('/') ? path.length - 1 : path.length
  return path.slice(path.lastIndexOf('/', end - 1) + 1, end)
}

function isBasenameGlob(glob: string): boolean {
  return glob.startsWith('**/') && !glob.slice(3).includes('/') && !glob.slice(3).includes('**')
}

/** One case-insensitive test for all of `tests`' expressions; undefined when one cannot be combined. */
function combinedTest(tests: readonly GlobTest[]): ((text: string) => boolean) | undefined {
  if (tests.length === 0) return () => false
  const expressions = tests.map(test => test.expression)
  if (!expressions.every(expression => expression.flags === 'i')) return undefined
  const combined = new RegExp(expressions.map(e => `(?:${e.source})`).join('|'), 'i')
  return text => combined.test(text)
}

/** The first rule whose globs match `path`, if any. */
export function firstMatch(
  rules: readonly CompiledPathRule[],
  path: string
): CompiledPathRule | undefined {
  if (rules.length === 0 || !anyMatchOf(rules)(path)) return undefined
  return rules.find(rule => rule.matches(path))
}
