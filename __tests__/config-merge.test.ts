import { describe, expect, it } from '@jest/globals'
import type { Config } from '../src/config/types.js'
import { ConfigError } from '../src/config/errors.js'
import { mergeLayers } from '../src/config/merge.js'
import { parseConfigLayer } from '../src/config/parse.js'

const FILE = '.github/multiplier.yml'

/** A base with something in every list, so extending and replacing can be told apart. */
function baseConfig(): Config {
  const rule = (id: string, glob: string) => ({ id, globs: [glob], detail: `default ${id}` })
  return {
    rules: {
      categories: {
        documentation: {
          paths: [rule('docs-dir', 'docs/**')],
          labels: ['documentation'],
          messages: ['^docs:']
        },
        automation: {
          paths: [rule('ci', '.github/workflows/**')],
          labels: ['ci'],
          messages: ['^ci:']
        },
        patterns: { paths: [rule('lint', '.eslintrc*')], labels: ['lint'], messages: ['^style:'] }
      },
      exclude: [rule('lockfiles', '**/package-lock.json')],
      release: {
        paths: [rule('changelog', 'CHANGELOG.md')],
        messages: ['^release'],
        labels: ['dependencies']
      },
      bots: ['dependabot']
    },
    score: {
      weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
      targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 }
    },
    since: '30d',
    history: 6,
    teams: false,
    sources: ['defaults']
  }
}

function merge(...texts: string[]): Config {
  return mergeLayers(
    baseConfig(),
    texts.map((text, index) =>
      parseConfigLayer(text, index === texts.length - 1 ? FILE : `layer${index}.yml`)
    )
  )
}

describe('config merge', () => {
  it('adds a category’s paths, labels and messages to the defaults', () => {
    const config = merge(
      [
        'categories:',
        '  documentation:',
        "    paths: ['handbook/**', 'wiki/**']",
        '    labels: [docs, Documentation]',
        "    messages: ['^docs(\\(.+\\))?!?:']"
      ].join('\n')
    )
    const documentation = config.rules.categories.documentation
    expect(documentation.paths).toEqual([
      { id: 'docs-dir', globs: ['docs/**'], detail: 'default docs-dir' },
      {
        id: 'config:documentation',
        globs: ['handbook/**'],
        detail: `matches \`handbook/**\` in ${FILE}`
      },
      { id: 'config:documentation', globs: ['wiki/**'], detail: `matches \`wiki/**\` in ${FILE}` }
    ])
    // Labels compare case-insensitively, so 'Documentation' repeats the default.
    expect(documentation.labels).toEqual(['documentation', 'docs'])
    expect(documentation.messages).toEqual(['^docs:', '^docs(\\(.+\\))?!?:'])
    expect(config.rules.categories.automation).toEqual(baseConfig().rules.categories.automation)
  })

  it('replaces a category’s rules when the file says replace: true', () => {
    const config = merge(
      ['categories:', '  patterns:', '    replace: true', "    paths: ['.prettierrc*']"].join('\n')
    )
    expect(config.rules.categories.patterns).toEqual({
      paths: [
        {
          id: 'config:patterns',
          globs: ['.prettierrc*'],
          detail: `matches \`.prettierrc*\` in ${FILE}`
        }
      ],
      labels: [],
      messages: []
    })
  })

  it('extends exclusions and bots from a list and replaces them from the mapping form', () => {
    const extended = merge("exclude: ['gen/**', '*.pb.go']\nbots: [release-butler, Dependabot]")
    expect(extended.rules.exclude.map(rule => rule.globs[0])).toEqual([
      '**/package-lock.json',
      'gen/**',
      '*.pb.go'
    ])
    expect(extended.rules.exclude[1]).toEqual({
      id: 'config:exclude',
      globs: ['gen/**'],
      detail: `excluded by \`gen/**\` in ${FILE}`
    })
    expect(extended.rules.bots).toEqual(['dependabot', 'release-butler'])

    const replaced = merge(
      "exclude: { replace: true, paths: ['gen/**'] }\nbots: { replace: true, names: [release-butler] }"
    )
    expect(replaced.rules.exclude.map(rule => rule.globs[0])).toEqual(['gen/**'])
    expect(replaced.rules.bots).toEqual(['release-butler'])
  })

  it('overrides weights and targets key by key, and the window', () => {
    const config = merge(
      'since: 12w\nscore:\n  weights: { people: 0 }\n  targets: { patterns: 0.3 }'
    )
    expect(config.score).toEqual({
      weights: { share: 0.5, people: 0, steadiness: 0.2 },
      targets: { documentation: 0.2, automation: 0.1, patterns: 0.3 },
      bots: 'exclude'
    })
    expect(config.since).toBe('12w')
  })

  it('leaves bots out of the scores by default and counts them with score.bots: include', () => {
    expect(merge('since: 30d').score.bots).toBe('exclude')
    expect(merge('score:\n  bots: include').score.bots).toBe('include')
    // A later layer that says nothing keeps the choice below it.
    expect(merge('score:\n  bots: include', 'since: 12w').score.bots).toBe('include')
    expect(() => merge('score:\n  bots: yes')).toThrow(
      `${FILE}:2:9: score.bots: must be exclude or include (got 'yes')`
    )
  })

  it('rejects weights that end up all zero, pointing at score.weights', () => {
    expect(() => merge('score:\n  weights: { share: 0, people: 0, steadiness: 0 }')).toThrow(
      `${FILE}:2:12: score.weights: must not all be zero`
    )
    expect(() =>
      merge('score:\n  weights: { share: 0, people: 0 }', 'score:\n  weights: { steadiness: 0 }')
    ).toThrow(ConfigError)
  })

  it('applies layers in order, each naming its source', () => {
    const config = merge(
      "since: 6m\ncategories:\n  automation: { paths: ['tools/**'] }\nbots: [deploy-robot]",
      "categories:\n  automation: { replace: true, paths: ['ops/**'] }"
    )
    expect(config.sources).toEqual(['defaults', 'layer0.yml', FILE])
    expect(config.since).toBe('6m')
    expect(config.rules.categories.automation.paths).toEqual([
      { id: 'config:automation', globs: ['ops/**'], detail: `matches \`ops/**\` in ${FILE}` }
    ])
    expect(config.rules.bots).toEqual(['dependabot', 'deploy-robot'])
  })

  it('extends release rules like a category', () => {
    const config = merge(
      "release:\n  paths: ['RELEASES.md']\n  messages: ['^chore\\(release\\)']\n  labels: [deps]"
    )
    expect(config.rules.release.paths.map(rule => rule.id)).toEqual(['changelog', 'config:release'])
    expect(config.rules.release.messages).toEqual(['^release', '^chore\\(release\\)'])
    expect(config.rules.release.labels).toEqual(['dependencies', 'deps'])
  })

  it('leaves the base it merges over untouched', () => {
    const base = baseConfig()
    mergeLayers(base, [
      parseConfigLayer("exclude: ['x/**']\ncategories:\n  patterns: { replace: true }", FILE)
    ])
    expect(base).toEqual(baseConfig())
  })
})
