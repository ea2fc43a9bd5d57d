import { describe, expect, it } from '@jest/globals'
import { ConfigError, formatProblem } from '../src/config/errors.js'
import { parseConfigLayer } from '../src/config/parse.js'

const FILE = '.github/multiplier.yml'

/** The formatted problems a config text produces, or [] when it is valid. */
function problemsOf(text: string): string[] {
  try {
    parseConfigLayer(text, FILE)
    return []
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return error.problems.map(formatProblem)
  }
}

describe('config errors', () => {
  it('names the file, line, column and key of a value of the wrong type', () => {
    const text = [
      'since: 30d',
      'categories:',
      '  documentation:',
      '    labels: [docs]',
      '    paths:',
      "      - 'handbook/**'",
      '      - 3'
    ].join('\n')
    expect(problemsOf(text)).toEqual([
      `${FILE}:7:9: categories.documentation.paths[1]: must be a string (got 3)`
    ])
  })

  it('points at an unknown key and suggests the closest valid one', () => {
    const text = ['categories:', '  documentation:', '    lables: [docs]', '  docs: {}'].join('\n')
    expect(problemsOf(text)).toEqual([
      `${FILE}:3:5: categories.documentation.lables: unknown key (did you mean 'labels'?)`,
      `${FILE}:4:3: categories.docs: unknown key (did you mean 'documentation'?)`
    ])
  })

  it('lists the valid keys when no key is close to an unknown one', () => {
    expect(problemsOf('colour: blue')).toEqual([
      `${FILE}:1:1: colour: unknown key (valid keys: extends, since, history, teams, unit, categories, exclude, bots, release, score)`
    ])
  })

  it('reports a message pattern that is not a regular expression', () => {
    const text = ['categories:', '  patterns:', "    messages: ['^style:', '(unclosed']"].join('\n')
    const [problem, ...rest] = problemsOf(text)
    expect(rest).toEqual([])
    expect(problem).toMatch(
      new RegExp(
        `^${FILE}:3:27: categories\\.patterns\\.messages\\[1\\]: is not a valid regular expression: .*Unterminated group`
      )
    )
  })

  it('rejects a since that is neither a length nor a real date', () => {
    expect(problemsOf('since: 30 days')).toEqual([
      `${FILE}:1:8: since: must be a length like 30d, 12w, 6m or 1y, or a date YYYY-MM-DD (got '30 days')`
    ])
    expect(problemsOf('since: 2024-02-30')).toEqual([
      `${FILE}:1:8: since: is not a calendar date (got '2024-02-30')`
    ])
    for (const since of ['30d', '12w', '6m', '1y', '2024-02-29']) {
      expect(problemsOf(`since: ${since}`)).toEqual([])
    }
  })

  it('rejects negative weights and targets outside (0, 1]', () => {
    const text = [
      'score:',
      '  weights: { share: -0.5 }',
      '  targets:',
      '    documentation: 0',
      '    patterns: 1.5'
    ].join('\n')
    expect(problemsOf(text)).toEqual([
      `${FILE}:2:21: score.weights.share: must be at least 0 (got -0.5)`,
      `${FILE}:4:20: score.targets.documentation: must be greater than 0 (got 0)`,
      `${FILE}:5:15: score.targets.patterns: must be at most 1 (got 1.5)`
    ])
  })

  it('gives the line and column of a YAML syntax error', () => {
    const text = ['categories:', '  documentation:', "    paths: ['docs/**'", 'bots: [x]'].join(
      '\n'
    )
    const problems = problemsOf(text)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: invalid YAML: `))
  })

  it('reports a key written twice as a YAML error on its line', () => {
    expect(problemsOf('since: 30d\nsince: 12w')).toEqual([
      `${FILE}:2:1: invalid YAML: Map keys must be unique`
    ])
  })

  it('says what a list-or-mapping key accepts when given neither', () => {
    expect(problemsOf('exclude: gen/**\nbots: 3')).toEqual([
      `${FILE}:1:10: exclude: must be a list or a mapping (got 'gen/**')`,
      `${FILE}:2:7: bots: must be a list or a mapping (got 3)`
    ])
  })

  it('checks the mapping form of exclude and bots like the list form', () => {
    const text = [
      'exclude: { replace: true, paths: [./gen/**] }',
      'bots: { replace: yes, name: [x] }'
    ].join('\n')
    expect(problemsOf(text)).toEqual([
      `${FILE}:1:35: exclude.paths[0]: must be relative to the repository root without a leading './': write 'gen/**'`,
      `${FILE}:2:18: bots.replace: must be true or false (got 'yes')`,
      `${FILE}:2:23: bots.name: unknown key (did you mean 'names'?)`
    ])
  })

  it('rejects blank globs and an extends that is neither a path nor owner/repo/path', () => {
    const text = ['extends: base.yml', 'categories:', "  automation: { paths: ['', ' '] }"].join(
      '\n'
    )
    expect(problemsOf(text)).toEqual([
      `${FILE}:1:10: extends: must be a path in this repository starting with './', '../' or '/', or another repository's file as 'owner/repo/path@ref' (got 'base.yml')`,
      `${FILE}:3:25: categories.automation.paths[0]: must not be empty`,
      `${FILE}:3:29: categories.automation.paths[1]: must not be blank`
    ])
  })

  it('lists every problem in one error, in file order', () => {
    const text = [
      'since: soon',
      'categories:',
      '  documentation: { paths: [1], labels: docs }',
      'score: { weights: { share: -1 } }'
    ].join('\n')
    let thrown: unknown
    try {
      parseConfigLayer(text, FILE)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ConfigError)
    const error = thrown as ConfigError
    expect(error.problems.map(problem => problem.key)).toEqual([
      'since',
      'categories.documentation.paths[0]',
      'categories.documentation.labels',
      'score.weights.share'
    ])
    expect(error.message.split('\n')[0]).toBe('Invalid Multiplier configuration (4 problems):')
    expect(error.message).toContain(
      `${FILE}:3:28: categories.documentation.paths[0]: must be a string (got 1)`
    )
  })

  it('requires the file to be a mapping', () => {
    expect(problemsOf('- documentation')).toEqual([
      `${FILE}:1:1: must be a mapping of settings (got a list)`
    ])
  })

  it('accepts an empty file and a file of comments', () => {
    expect(problemsOf('')).toEqual([])
    expect(problemsOf('# nothing to change yet\n')).toEqual([])
  })
})
