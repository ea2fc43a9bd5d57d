// The classifier object, classification's one entry point: what `wantsPatch` answers (from
// metadata alone, with the repository's .gitattributes) and what `classify` makes of a change
// with and without the patch it asked for.
import { describe, expect, it } from '@jest/globals'
import { createClassifier } from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { toChange } from '../src/eval/dataset.js'
import type { Change, FileChange } from '../src/model.js'
import { commitOf, sizedFile as file } from './support/commits.js'
import { labelledFixtures } from './support/labelled.js'

function change(files: FileChange[]): Change {
  return commitOf('x', files)
}

describe('classify wantsPatch', () => {
  const { wantsPatch } = createClassifier(DEFAULT_RULESET, {})
  it('asks for patches of small code edits whose title says they are about comments', () => {
    const edit = [file('src/app.py', 1, 1)]
    expect(wantsPatch({ ...change(edit), title: 'Clarify the retry comment' })).toBe(true)
    expect(wantsPatch({ ...change(edit), title: 'docs: explain backoff' })).toBe(true)
    expect(wantsPatch({ ...change(edit), labels: ['documentation'] })).toBe(true)
  })

  it('reads small code edits rewritten in place (doc-comment fixes rarely say so), no others', () => {
    const titled = (files: FileChange[]) => ({ ...change(files), title: 'Fix off-by-one in pager' })
    expect(wantsPatch(titled([file('src/app.py', 1, 1)]))).toBe(true)
    expect(wantsPatch(titled([file('src/app.py', 2, 1)]))).toBe(false)
    expect(wantsPatch(titled([file('src/app.py', 10, 10), file('src/b.py', 10, 10)]))).toBe(true)
    expect(wantsPatch(titled([file('src/app.py', 10, 10), file('src/b.py', 11, 11)]))).toBe(false)
  })

  it('asks for patches of workflow and lint config edits that might be pins or whitespace', () => {
    expect(wantsPatch(change([file('.github/workflows/ci.yml', 2, 2)]))).toBe(true)
    expect(wantsPatch(change([file('.eslintrc.json', 3, 3)]))).toBe(true)
  })

  it('does not ask when the patch cannot change the decision or is already there', () => {
    expect(wantsPatch(change([file('README.md', 10, 2)]))).toBe(false)
    expect(wantsPatch(change([file('package-lock.json', 300, 200)]))).toBe(false)
    expect(wantsPatch(change([file('src/big.ts', 400, 10)]))).toBe(false)
    expect(wantsPatch(change([file('src/big.ts', 400, 10), file('src/one.ts', 1, 1)]))).toBe(false)
    expect(wantsPatch(change([]))).toBe(false)
  })

  it('answers from metadata alone, whether or not the patch is already there', () => {
    const pin = file('.github/workflows/ci.yml', 1, 1)
    const patched = { ...pin, patch: '@@ -1 +1 @@\n-  - uses: a/b@v3\n+  - uses: a/b@v4' }
    expect(wantsPatch(change([pin]))).toBe(true)
    expect(wantsPatch(change([patched]))).toBe(true)
    const code = file('src/app.py', 2, 1)
    expect(wantsPatch(change([code]))).toBe(false)
    expect(wantsPatch(change([{ ...code, patch: '@@ -1 +1,2 @@\n-a\n+b\n+c' }]))).toBe(false)
  })

  it('asks when a new shared module, or a refactor, and several other code edits may show reuse', () => {
    const others = ['a', 'b', 'c', 'd'].map(name => file(`src/${name}/big.ts`, 100, 50))
    const helper = file('src/utils/x.ts', 200, 0, { status: 'added' })
    const feature = file('src/export/csv.ts', 200, 0, { status: 'added' })
    expect(wantsPatch(change([helper, ...others]))).toBe(true)
    expect(wantsPatch(change([feature, ...others]))).toBe(false)
    expect(wantsPatch({ ...change([feature, ...others]), title: 'Extract the CSV writer' })).toBe(
      true
    )
  })
})

describe('classify createClassifier', () => {
  const labelled = labelledFixtures().map(toChange)
  const withoutPatches = (change: Change): Change => ({
    ...change,
    files: change.files.map(({ patch: _patch, ...rest }) => rest)
  })
  // As a source first sees them (no patches), as the fixtures hold them, and with the hints
  // that let a title or label stand in for a missing patch.
  const variants = labelled.flatMap(change => [
    withoutPatches(change),
    change,
    { ...withoutPatches(change), title: `docs: ${change.title}` },
    { ...withoutPatches(change), title: `chore(deps): bump ${change.title}` },
    { ...withoutPatches(change), labels: ['lint'] },
    { ...withoutPatches(change), title: 'Add the export button', labels: [] },
    { ...change, files: [] }
  ])
  const fresh = (change: Change) => createClassifier(DEFAULT_RULESET, {}).classify(change)

  it('classifies a change alike whether or not wantsPatch was asked first, on every labelled commit and its variants', () => {
    expect(variants.length).toBeGreaterThan(250)
    const classifier = createClassifier(DEFAULT_RULESET, {})
    let wanted = 0
    for (const change of variants) {
      if (classifier.wantsPatch(change)) wanted += 1
      expect(classifier.classify(change)).toEqual(fresh(change))
    }
    // Both answers are exercised.
    expect(wanted).toBeGreaterThan(10)
    expect(wanted).toBeLessThan(variants.length - 100)
  })

  it('reads a patch attached after wantsPatch said true, and ignores one it did not want', () => {
    let wanted = 0
    let unwanted = 0
    for (const change of labelled.filter(c => c.files.some(file => file.patch !== undefined))) {
      // As a source does: asked without the patch, which arrives before classify.
      const classifier = createClassifier(DEFAULT_RULESET, {})
      const read = withoutPatches(change)
      const wants = classifier.wantsPatch(read)
      read.files.forEach((file, index) => {
        const patch = change.files[index]?.patch
        if (patch !== undefined) file.patch = patch
      })
      const verdict = classifier.classify(read)
      if (wants) wanted += 1
      else unwanted += 1
      const expected = fresh(wants ? change : withoutPatches(change))
      expect([verdict.categories, verdict.reasons]).toEqual([expected.categories, expected.reasons])
    }
    expect(wanted).toBeGreaterThan(10)
    expect(unwanted).toBeGreaterThan(10)
  })

  it('classifies a workflow edit by its patch where it wants one, and by its path without', () => {
    const classifier = createClassifier(DEFAULT_RULESET, {})
    const pin = change([file('.github/workflows/ci.yml', 1, 1)])
    expect(classifier.wantsPatch(pin)).toBe(true)
    expect(classifier.classify(pin).categories).toEqual(['automation'])
    const bump =
      '@@ -5 +5 @@\n-      - uses: actions/checkout@v3\n+      - uses: actions/checkout@v4'
    const patched = change([{ ...file('.github/workflows/ci.yml', 1, 1), patch: bump }])
    expect(classifier.wantsPatch(patched)).toBe(true)
    const verdict = classifier.classify(patched)
    expect(verdict.categories).toEqual([])
    expect(verdict.reasons.some(reason => reason.signal === 'diff:version-pin-only')).toBe(true)
  })

  it('does not read the patch of an edit that does not want it, though the patch is there', () => {
    const classifier = createClassifier(DEFAULT_RULESET, {})
    const comment = '@@ -1 +1,2 @@\n-# retry twice\n+# retry three times,\n+# as the API asks'
    const edit = [{ ...file('src/app.py', 2, 1), patch: comment }]
    const fix = { ...change(edit), title: 'Fix off-by-one in pager' }
    expect(classifier.wantsPatch(fix)).toBe(false)
    expect(classifier.classify(fix).categories).toEqual([])
    // The same edit titled as a comment change wants its patch, and reads it as documentation.
    const clarify = { ...change(edit), title: 'Clarify the retry comment' }
    expect(classifier.wantsPatch(clarify)).toBe(true)
    const verdict = classifier.classify(clarify)
    expect(verdict.categories).toEqual(['documentation'])
    expect(verdict.reasons.some(reason => reason.signal === 'diff:comment-only')).toBe(true)
  })

  it("answers with the repository's .gitattributes: a generated workflow wants no patch", () => {
    const pin = change([file('.github/workflows/ci.yml', 1, 1)])
    const generated = createClassifier(DEFAULT_RULESET, {
      gitattributes: '.github/workflows/* linguist-generated\n'
    })
    expect(generated.wantsPatch(pin)).toBe(false)
    expect(generated.classify(pin).categories).toEqual([])
    expect(createClassifier(DEFAULT_RULESET, {}).wantsPatch(pin)).toBe(true)
  })
})
