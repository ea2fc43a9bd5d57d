import { describe, expect, it } from '@jest/globals'
import { createClassifier } from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import type { Change } from '../src/model.js'

function pull(labels: string[], files: Change['files']): Change {
  return {
    id: '12',
    kind: 'pull_request',
    title: 'Rework the parser',
    body: '',
    author: { name: 'Ada', login: 'ada' },
    time: '2026-10-02T10:00:00Z',
    labels,
    files
  }
}

const docs: Change['files'] = [
  { path: 'docs/guide.md', status: 'modified', additions: 80, deletions: 10 }
]
const code: Change['files'] = [
  { path: 'src/parser.ts', status: 'modified', additions: 120, deletions: 40 }
]

describe('classify/team-verdict', () => {
  it("takes a team's multiplier:<category> label over what the files say", () => {
    expect(createClassifier(DEFAULT_RULESET, {}).classify(pull([], code)).categories).toEqual([])
    const labelled = createClassifier(DEFAULT_RULESET, {}).classify(
      pull(['Multiplier:Patterns'], code)
    )
    expect(labelled.categories).toEqual(['patterns'])
    expect(labelled.reasons[0]).toMatchObject({
      category: 'patterns',
      signal: 'label:team-verdict'
    })
  })

  it('makes a change output with multiplier:output, keeping what the files said as a note', () => {
    expect(createClassifier(DEFAULT_RULESET, {}).classify(pull([], docs)).categories).toEqual([
      'documentation'
    ])
    const overruled = createClassifier(DEFAULT_RULESET, {}).classify(
      pull(['multiplier:output'], docs)
    )
    expect(overruled.categories).toEqual([])
    expect(overruled.reasons[0]?.detail).toMatch(/multiplier:output label overrules the files/)
    expect(overruled.reasons.every(reason => reason.category === 'output')).toBe(true)
    expect(overruled.reasons.some(reason => reason.detail.startsWith('overruled: '))).toBe(true)
  })

  it('leaves the verdict alone for any other label, a category word included', () => {
    for (const labels of [['documentation'], ['multiplier:skip'], ['multiplier:docs']]) {
      expect(createClassifier(DEFAULT_RULESET, {}).classify(pull(labels, code)).categories).toEqual(
        []
      )
    }
  })
})
