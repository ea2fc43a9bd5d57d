import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { main } from '../src/cli/main.js'
import { ConfigError, formatProblem } from '../src/config/errors.js'
import { loadConfig } from '../src/config/load.js'
import { backtrackingRisk } from '../src/config/regex-safety.js'
import { cleanupGitRepos, GitRepo } from './support/git-repo.js'

const FILE = '.github/multiplier.yml'

// Nine aliases of nine aliases, six levels deep: 9⁶ values from ten lines, and every further
// line multiplies by nine (the "billion laughs").
const ALIAS_BOMB = [
  '# a billion laughs',
  'since: 30d',
  'categories:',
  '  documentation:',
  '    paths: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  '    labels: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  '    messages: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'exclude: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'bots: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'release: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  ''
].join('\n')

describe('config from hostile files', () => {
  let root: string

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'multiplier-config-hostile-'))
    mkdirSync(path.join(root, '.github'))
  })
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    cleanupGitRepos()
  })

  /** Writes the config file and returns the problems loading it gives, formatted. */
  async function problemsOf(text: string): Promise<string[]> {
    writeFileSync(path.join(root, FILE), text)
    try {
      await loadConfig({ file: FILE, root, required: true })
      return []
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      return error.problems.map(formatProblem)
    }
  }

  it('refuses a YAML alias bomb at once, with the file, the line and the key', async () => {
    const started = performance.now()
    const problems = await problemsOf(ALIAS_BOMB)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(problems).toEqual([
      `${FILE}:7:19: categories.documentation.messages[0]: expands aliases more than 100 times ` +
        '(through *b): aliases of aliases multiply a small file into billions of values, so it is refused'
    ])
  })

  it('places an alias without an anchor on its line', async () => {
    expect(await problemsOf('since: 30d\nbots:\n  - renovate\n  - *helpers\n')).toEqual([
      `${FILE}:4:5: bots[1]: invalid YAML: the alias *helpers has no anchor &helpers before it`
    ])
  })

  it('rejects message patterns with catastrophic backtracking wherever they are written', async () => {
    const text = [
      'categories:',
      '  documentation:',
      "    messages: ['^docs:', '(a+)+$']",
      '  automation:',
      '    messages:',
      "      - '(\\w|\\d)+ bot$'",
      'release:',
      "  messages: ['^(\\s*\\w+\\s?)*:$']"
    ].join('\n')
    const problems = await problemsOf(text)
    expect(problems.map(problem => problem.split(': is refused: ')[0])).toEqual([
      `${FILE}:3:26: categories.documentation.messages[1]`,
      `${FILE}:6:9: categories.automation.messages[0]`,
      `${FILE}:8:14: release.messages[0]`
    ])
    expect(problems[0]).toContain('repeats something that itself repeats')
    expect(problems[1]).toContain('alternatives that can start with the same character')
  })

  it('rejects globs that cannot be compiled in paths, exclude and release paths', async () => {
    const text = [
      'categories:',
      '  patterns:',
      "    paths: ['lint/**', '[z-a]/**']",
      'exclude:',
      "  - 'vendor/[z-a]*'",
      'release:',
      '  paths:',
      "    - 'CHANGELOG[z-a].md'"
    ].join('\n')
    expect(await problemsOf(text)).toEqual([
      `${FILE}:3:24: categories.patterns.paths[1]: is not a valid glob: Range out of order in character class`,
      `${FILE}:5:5: exclude[0]: is not a valid glob: Range out of order in character class`,
      `${FILE}:8:7: release.paths[0]: is not a valid glob: Range out of order in character class`
    ])
  })

  it('still accepts the patterns a config usually holds', async () => {
    const text = [
      'categories:',
      '  documentation:',
      "    paths: ['handbook/**', '**/*.{md,rst}', 'docs/[a-z]*/**']",
      "    messages: ['^docs(\\(.+\\))?!?:', 'v\\d+(\\.\\d+)*', '(ab?)+', '\\b(ci|build)\\b']",
      'release:',
      "  messages: ['^(chore|build)\\(release\\)']"
    ].join('\n')
    expect(await problemsOf(text)).toEqual([])
  })

  it('prints each config problem on its own line in the CLI', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'Initial', files: { 'a.txt': 'a\n' } })
    repo.write(
      FILE,
      ['categories:', '  documentation:', "    messages: ['(a+)+$']", "    paths: ['[z-a]']"].join(
        '\n'
      )
    )
    let stderr = ''
    const code = await main(['report', '--repo', repo.path], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: repo.path,
      env: {},
      now: () => new Date('2024-01-10T00:00:00Z')
    })
    expect(code).toBe(1)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe('multiplier: invalid configuration (2 problems):')
    expect(lines[1]).toMatch(
      /^multiplier: \.github\/multiplier\.yml:3:16: categories\.documentation\.messages\[0\]: is refused: /
    )
    expect(lines[2]).toBe(
      'multiplier: .github/multiplier.yml:4:13: categories.documentation.paths[0]: is not a valid glob: Range out of order in character class'
    )
  })
})

describe('config/regex-safety', () => {
  it('finds no risk in any default message pattern or in the expression of any default glob', () => {
    const rules = DEFAULT_RULESET
    const globs = [
      ...Object.values(rules.categories).flatMap(category => category.paths),
      ...rules.exclude,
      ...rules.release.paths
    ].flatMap(rule => rule.globs)
    const messages = [
      ...Object.values(rules.categories).flatMap(category => category.messages),
      ...rules.release.messages
    ]
    const expressions = globs.map(glob => picomatch.makeRe(glob, { dot: true, nocase: true }))
    expect(globs.length).toBeGreaterThan(100)
    expect(
      [...messages, ...expressions.map(expression => expression.source)].filter(source =>
        backtrackingRisk(source)
      )
    ).toEqual([])
  })

  it('refuses nested and ambiguous repetitions, and what only looks like them', () => {
    const risky = [
      '(a+)+$',
      '(a*)*b',
      '(\\w+\\s?)+$',
      '(.*,){20}x',
      '([a-z]+)*=',
      '(?<word>a+)+!',
      '(x+x+)+y',
      '(a|ab)*c',
      '(\\w|\\d)+$',
      '(?:a|[abc])+$'
    ]
    const safe = [
      '^(feat|fix)(\\(.+\\))?!?:',
      '(a|b)*c',
      '(a+){2}',
      '(?:(?=a+)a)*',
      '([^,]+,)*x',
      '(\\.\\d+)*',
      '(ab?)+',
      '(.|\\n)*',
      '[(a+)+]',
      '\\(a+\\)+'
    ]
    expect(risky.filter(source => backtrackingRisk(source) === undefined)).toEqual([])
    expect(safe.filter(source => backtrackingRisk(source) !== undefined)).toEqual([])
  })
})
