import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import type { Ruleset } from '../src/classify/rules/ruleset.js'
import { scoringBehaviour, scoringFingerprint } from '../scripts/calibration-fingerprint.js'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const DEFAULTS = { rules: DEFAULT_CONFIG.rules, score: DEFAULT_CONFIG.score }
const behaviour = scoringBehaviour(root)
const fingerprint = scoringFingerprint(root)

/** The default rules with one change made to a copy. */
function rulesWith(change: (rules: Ruleset) => void): Ruleset {
  const rules = structuredClone(DEFAULT_CONFIG.rules)
  change(rules)
  return rules
}

const copies: string[] = []
afterAll(() => {
  for (const copy of copies) fs.rmSync(copy, { recursive: true, force: true })
})

describe('scripts/calibration-fingerprint', () => {
  it('reads behaviour, not source text: a folder holding only the fixtures gives the same digest', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'))
    copies.push(copy)
    for (const folder of ['labelled', 'real', 'real-double-labelled', 'histories'])
      fs.cpSync(
        path.join(root, '__tests__', 'fixtures', folder),
        path.join(copy, '__tests__', 'fixtures', folder),
        { recursive: true }
      )
    expect(scoringFingerprint(copy)).toBe(fingerprint)
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it("records a decision for every corpus commit and the formula's scores of each real window", () => {
    expect(behaviour.classified.length).toBeGreaterThanOrEqual(500)
    for (const decision of ['documentation', 'automation', 'patterns', 'output'])
      expect(behaviour.classified.some(line => line.split(' ')[2]?.includes(decision))).toBe(true)
    // Each history scored as a month, its last two weeks and its last week, as commits and as pulls.
    expect(behaviour.scores).toHaveLength(3 * 3 * 2)
    expect(behaviour.scores.filter(line => / 7d: /.test(line))).toHaveLength(6)
    expect(behaviour.scores.filter(line => / 14d: /.test(line))).toHaveLength(6)
    for (const line of behaviour.scores) expect(line).toMatch(/: \d+ changes, index \d+, /)
  })

  it('probes each threshold with a change exactly on it and one just below, which it decides apart', () => {
    const decisions = new Map(
      behaviour.probes.map(line => {
        const [, id = '', categories = ''] = line.split(' ')
        return [id.replace(/^probe:/, ''), categories]
      })
    )
    const pairs = [
      ['share-30', 'share-29'],
      ['block-15', 'block-14'],
      ['block-share-285', 'block-share-286'],
      ['hint-10', 'hint-9'],
      ['label-5', 'label-4'],
      ['rule-18', 'rule-19'],
      ['feature-docs-60', 'feature-docs-59']
    ]
    for (const [at, below] of pairs) {
      expect(decisions.get(at ?? '')).not.toBe('output')
      expect(decisions.get(below ?? '')).toBe('output')
    }
    expect(decisions.get('rule-hinted')).toBe('patterns')
  })

  it('changes when a threshold changes, with the decisions it moves', () => {
    const stricter = rulesWith(rules => {
      rules.thresholds = { minShare: 0.5 }
    })
    const moved = scoringBehaviour(root, { ...DEFAULTS, rules: stricter })
    expect(moved.classified).not.toEqual(behaviour.classified)
    expect(scoringFingerprint(root, { ...DEFAULTS, rules: stricter })).not.toBe(fingerprint)
    const slightly = rulesWith(rules => {
      rules.thresholds = { minShare: 0.31 }
    })
    expect(scoringFingerprint(root, { ...DEFAULTS, rules: slightly })).not.toBe(fingerprint)
  })

  it('changes when a rule or the formula changes, and not when a rule is only renamed', () => {
    const noWorkflows = rulesWith(rules => {
      rules.categories.automation.paths = rules.categories.automation.paths.filter(
        rule => rule.id !== 'ci-workflows'
      )
    })
    const moved = scoringBehaviour(root, { ...DEFAULTS, rules: noWorkflows })
    expect(moved.classified).not.toEqual(behaviour.classified)
    expect(moved.scores).not.toEqual(behaviour.scores)
    const shareOnly = { ...DEFAULTS.score, weights: { share: 1, people: 0, steadiness: 0 } }
    expect(scoringBehaviour(root, { ...DEFAULTS, score: shareOnly }).scores).not.toEqual(
      behaviour.scores
    )
    const renamed = rulesWith(rules => {
      for (const rule of rules.categories.documentation.paths) {
        rule.id = `renamed-${rule.id}`
        rule.detail = `reworded: ${rule.detail}`
      }
    })
    expect(scoringFingerprint(root, { ...DEFAULTS, rules: renamed })).toBe(fingerprint)
  })
})
