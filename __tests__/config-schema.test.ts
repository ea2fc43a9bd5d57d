import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { parseConfigLayer } from '../src/config/parse.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { CATEGORY_IDS, SCORE_PARTS } from '../src/model.js'
import { CONFIG_SCHEMA, validatorSource } from '../scripts/validator-source.js'

const root = path.resolve(import.meta.dirname, '..')
const schema = JSON.parse(readFileSync(path.join(root, CONFIG_SCHEMA.schema), 'utf8')) as {
  properties: Record<string, unknown>
}
const docs = readFileSync(path.join(root, 'docs/configuration.md'), 'utf8')

/** The fenced ```yaml blocks of the configuration reference, each with the block after it. */
function fencedExamples(): { yaml: string; next: string }[] {
  const blocks = [...docs.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(match => ({
    language: match[1] ?? '',
    text: match[2] ?? ''
  }))
  return blocks.flatMap((block, index) =>
    block.language === 'yaml' ? [{ yaml: block.text, next: blocks[index + 1]?.text ?? '' }] : []
  )
}

/** The examples a reader may copy; the one that shows mistakes is marked as such. */
function yamlExamples(): string[] {
  return fencedExamples()
    .map(example => example.yaml)
    .filter(yaml => !yaml.startsWith('# three mistakes'))
}

describe('config schema', () => {
  it('is checked by the code Ajv compiles from it today (npm run validator writes it)', () => {
    expect(readFileSync(path.join(root, CONFIG_SCHEMA.module), 'utf8')).toBe(
      validatorSource(CONFIG_SCHEMA, schema)
    )
  })

  it('names exactly the score parts and categories the code names, for weights and targets', () => {
    const score = (
      schema.properties['score'] as {
        properties: Record<string, { properties: Record<string, unknown> }>
      }
    ).properties
    expect(Object.keys(score['weights']?.properties ?? {})).toEqual([...SCORE_PARTS])
    expect(Object.keys(score['targets']?.properties ?? {})).toEqual([...CATEGORY_IDS])
    expect(Object.keys(DEFAULT_CONFIG.score.weights)).toEqual([...SCORE_PARTS])
  })

  it('accepts every YAML example of docs/configuration.md', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)
    const examples = yamlExamples()
    expect(examples.length).toBeGreaterThanOrEqual(2)
    for (const example of examples) {
      expect({ example, valid: validate(parse(example)), errors: validate.errors ?? [] }).toEqual({
        example,
        valid: true,
        errors: []
      })
      expect(() => parseConfigLayer(example, 'docs/configuration.md')).not.toThrow()
    }
  })

  it('prints exactly the errors the reference shows for its example with mistakes', () => {
    const example = fencedExamples().find(({ yaml }) => yaml.startsWith('# three mistakes'))
    expect(example).toBeDefined()
    expect(() => parseConfigLayer(example?.yaml ?? '', '.github/multiplier.yml')).toThrow(
      example?.next.trimEnd()
    )
  })

  it('points editors at itself in the documented example', () => {
    expect(yamlExamples()[0]).toMatch(
      /^# yaml-language-server: \$schema=\S+\/schema\/multiplier\.schema\.json/
    )
  })

  it('documents every top-level key in the reference table', () => {
    for (const key of Object.keys(schema.properties)) {
      expect(docs).toContain(`| \`${key}`)
    }
  })

  it('rejects unknown keys, so editors flag typos too', () => {
    const validate = new Ajv({ strict: true }).compile(schema)
    expect(validate({ categories: { documentation: { lables: ['docs'] } } })).toBe(false)
    expect(validate({ exclude: { replace: true, globs: ['x'] } })).toBe(false)
  })
})
