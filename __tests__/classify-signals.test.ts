import { describe, expect, it } from '@jest/globals'
import { isVersionPinOnly, lintSectionLines } from '../src/classify/config-diff.js'
import { addedImports, findSharedModules, resolveSpecifier } from '../src/classify/shared-module.js'
import {
  classifyChange,
  classifyUnlessPatchNeeded,
  classifyWithPatch,
  needsPatch
} from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/defaults.js'
import { toChange } from '../src/eval/dataset.js'
import type { Change, FileChange } from '../src/model.js'
import { labelledFixtures } from './support/labelled.js'

function file(
  path: string,
  additions: number,
  deletions = 0,
  extra: Partial<FileChange> = {}
): FileChange {
  return { path, status: 'modified', additions, deletions, ...extra }
}

function change(files: FileChange[]): Change {
  return {
    id: '1',
    kind: 'commit',
    title: 'x',
    body: '',
    author: { name: 'a' },
    time: '2026-01-01T00:00:00Z',
    labels: [],
    files
  }
}

function imports(...lines: string[]): string {
  return `@@ -1,0 +1,${lines.length} @@\n${lines.map(line => `+${line}`).join('\n')}`
}

describe('classify version pins', () => {
  it('accepts uses@ref, SHA pins with comments, pre-commit revs and image tags', () => {
    expect(
      isVersionPinOnly(
        '@@ -1 +1 @@\n-      - uses: actions/checkout@v3\n+      - uses: actions/checkout@v4'
      )
    ).toBe(true)
    expect(
      isVersionPinOnly(
        '@@ -1 +1 @@\n-    - uses: a/b@0a5c61591373683505ea898e09a3ea4f39ef2b9c # v4.7.0\n+    - uses: a/b@61a6322f88396a6271a6ee3565807d608ecaddd1 # v5.0.0'
      )
    ).toBe(true)
    expect(isVersionPinOnly('@@ -1 +1 @@\n-    rev: v0.4.4\n+    rev: v0.5.0')).toBe(true)
    expect(isVersionPinOnly('@@ -1 +1 @@\n-    image: postgres:15\n+    image: postgres:16')).toBe(
      true
    )
  })

  it('rejects edits that change anything besides pins', () => {
    expect(
      isVersionPinOnly(
        '@@ -1,2 +1,3 @@\n-      - uses: actions/checkout@v3\n+      - uses: actions/checkout@v4\n+        with: { fetch-depth: 0 }'
      )
    ).toBe(false)
    expect(
      isVersionPinOnly('@@ -1 +1 @@\n-    runs-on: macos-latest\n+    runs-on: ubuntu-latest')
    ).toBe(false)
    expect(isVersionPinOnly(undefined)).toBe(false)
  })
})

describe('classify lint sections', () => {
  it('finds changed lines under lint tool sections of TOML and INI files', () => {
    expect(
      lintSectionLines(
        '@@ -60,2 +60,2 @@\n [tool.ruff.lint]\n-select = ["E"]\n+select = ["E", "B"]'
      )
    ).toEqual({ lint: 2, total: 2 })
    expect(
      lintSectionLines('@@ -1,2 +1,2 @@ [flake8]\n-max-line-length = 88\n+max-line-length = 100')
    ).toEqual({ lint: 2, total: 2 })
    expect(
      lintSectionLines('@@ -1,2 +1,3 @@\n [tool.pytest.ini_options]\n+addopts = "-q"')
    ).toEqual({ lint: 0, total: 1 })
  })

  it('finds changed lines inside eslintConfig of package.json', () => {
    const patch =
      '@@ -30,4 +30,4 @@\n   "eslintConfig": {\n     "rules": {\n-      "no-console": "warn"\n+      "no-console": "error"\n     }'
    expect(lintSectionLines(patch)).toEqual({ lint: 2, total: 2 })
    expect(
      lintSectionLines('@@ -1 +1 @@\n   "dependencies": {\n-    "a": "1"\n+    "a": "2"')
    ).toEqual({ lint: 0, total: 2 })
  })
})

describe('classify shared module', () => {
  it('reads added import lines across languages', () => {
    expect(
      addedImports(
        imports(
          "import { a } from '../lib/retry.js'",
          "const b = require('./b')",
          'from .helpers import make_user',
          'import "fmt"'
        )
      )
    ).toEqual(['../lib/retry.js', './b', '.helpers', 'fmt'])
    expect(addedImports(imports('from . import base, util'))).toEqual(['.', '.base', '.util'])
    expect(addedImports('@@ -1 +1 @@\n-import { a } from "./a"\n+const x = 1')).toEqual([])
  })

  it('resolves relative, dotted and Python-relative specifiers', () => {
    expect(resolveSpecifier('../lib/retry.js', 'src/collect/git.ts')).toEqual({
      path: 'src/lib/retry',
      relative: true
    })
    expect(resolveSpecifier('.helpers.factories', 'tests/test_a.py')).toEqual({
      path: 'tests/helpers/factories',
      relative: true
    })
    expect(resolveSpecifier('tests.helpers.factories', 'tests/test_a.py')).toEqual({
      path: 'tests/helpers/factories',
      relative: false
    })
  })

  it('finds a module that several other files of the change are made to import', () => {
    const files = [
      file('src/lib/retry.ts', 20, 0, { status: 'added' }),
      file('src/a.ts', 2, 1, { patch: imports("import { withRetry } from './lib/retry.js'") }),
      file('src/b/b.ts', 2, 1, { patch: imports("import { withRetry } from '../lib/retry.js'") }),
      file('src/c/c.ts', 2, 1, { patch: imports("import { withRetry } from '../lib/retry'") })
    ]
    expect(findSharedModules(files, 3)).toEqual([
      { module: 'src/lib/retry.ts', importers: ['src/a.ts', 'src/b/b.ts', 'src/c/c.ts'] }
    ])
    expect(findSharedModules(files.slice(0, 3), 3)).toEqual([])
  })

  it('matches Go import paths by the package directory', () => {
    const go = (path: string): FileChange =>
      file(path, 1, 0, { patch: imports('\t"github.com/acme/svc/internal/httputil"') })
    const files = [
      file('internal/httputil/json.go', 10, 0, { status: 'added' }),
      go('cmd/api/main.go'),
      go('internal/a/h.go'),
      go('internal/b/h.go')
    ]
    expect(findSharedModules(files, 3)[0]?.module).toBe('internal/httputil/json.go')
  })
})

describe('classify needsPatch', () => {
  it('asks for patches of small code edits whose title says they are about comments', () => {
    const edit = [file('src/app.py', 1, 1)]
    expect(
      needsPatch({ ...change(edit), title: 'Clarify the retry comment' }, DEFAULT_RULESET)
    ).toBe(true)
    expect(needsPatch({ ...change(edit), title: 'docs: explain backoff' }, DEFAULT_RULESET)).toBe(
      true
    )
    expect(needsPatch({ ...change(edit), labels: ['documentation'] }, DEFAULT_RULESET)).toBe(true)
  })

  it('does not fetch patches of ordinary small code edits, which are nearly always code', () => {
    const edit = [file('src/app.py', 1, 1)]
    expect(needsPatch({ ...change(edit), title: 'Fix off-by-one in pager' }, DEFAULT_RULESET)).toBe(
      false
    )
  })

  it('asks for patches of workflow and lint config edits that might be pins or whitespace', () => {
    expect(needsPatch(change([file('.github/workflows/ci.yml', 2, 2)]), DEFAULT_RULESET)).toBe(true)
    expect(needsPatch(change([file('.eslintrc.json', 3, 3)]), DEFAULT_RULESET)).toBe(true)
  })

  it('does not ask when the patch cannot change the decision or is already there', () => {
    expect(needsPatch(change([file('README.md', 10, 2)]), DEFAULT_RULESET)).toBe(false)
    expect(needsPatch(change([file('package-lock.json', 300, 200)]), DEFAULT_RULESET)).toBe(false)
    expect(needsPatch(change([file('src/big.ts', 400, 10)]), DEFAULT_RULESET)).toBe(false)
    expect(
      needsPatch(change([file('src/big.ts', 400, 10), file('src/one.ts', 1, 1)]), DEFAULT_RULESET)
    ).toBe(false)
    expect(needsPatch(change([]), DEFAULT_RULESET)).toBe(false)
  })

  it('answers from metadata alone, whether or not the patch is already there', () => {
    const pin = file('.github/workflows/ci.yml', 1, 1)
    const patched = { ...pin, patch: '@@ -1 +1 @@\n-  - uses: a/b@v3\n+  - uses: a/b@v4' }
    expect(needsPatch(change([pin]), DEFAULT_RULESET)).toBe(true)
    expect(needsPatch(change([patched]), DEFAULT_RULESET)).toBe(true)
    const code = file('src/app.py', 1, 1)
    expect(needsPatch(change([code]), DEFAULT_RULESET)).toBe(false)
    expect(needsPatch(change([{ ...code, patch: '@@ -1 +1 @@\n-a\n+b' }]), DEFAULT_RULESET)).toBe(
      false
    )
  })

  it('asks when a new shared module, or a refactor, and several other code edits may show reuse', () => {
    const others = ['a', 'b', 'c', 'd'].map(name => file(`src/${name}/big.ts`, 100, 50))
    const helper = file('src/utils/x.ts', 200, 0, { status: 'added' })
    const feature = file('src/export/csv.ts', 200, 0, { status: 'added' })
    expect(needsPatch(change([helper, ...others]), DEFAULT_RULESET)).toBe(true)
    expect(needsPatch(change([feature, ...others]), DEFAULT_RULESET)).toBe(false)
    expect(
      needsPatch(
        { ...change([feature, ...others]), title: 'Extract the CSV writer' },
        DEFAULT_RULESET
      )
    ).toBe(true)
  })
})

describe('classify classifyUnlessPatchNeeded', () => {
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

  it('answers as needsPatch and classifyChange do, on every labelled commit and its variants', () => {
    expect(variants.length).toBeGreaterThan(250)
    let asked = 0
    for (const change of variants) {
      const classified = classifyUnlessPatchNeeded(change, DEFAULT_RULESET)
      const hasPatch = change.files.some(file => file.patch !== undefined)
      expect({ id: change.id, waits: classified === undefined }).toEqual({
        id: change.id,
        waits: needsPatch(change, DEFAULT_RULESET) && !hasPatch
      })
      if (classified === undefined) asked += 1
      else expect(classified).toEqual(classifyChange(change, DEFAULT_RULESET, {}))
    }
    // Both answers are exercised.
    expect(asked).toBeGreaterThan(10)
    expect(asked).toBeLessThan(variants.length - 100)
  })

  it('is followed by classifyWithPatch, which gives what classifyChange gives once the patch is there', () => {
    let patched = 0
    for (const change of labelled) {
      for (const variant of [
        change,
        { ...change, title: `docs: ${change.title}` },
        { ...change, title: `chore(deps): bump ${change.title}` },
        { ...change, labels: ['lint'] }
      ]) {
        if (classifyUnlessPatchNeeded(withoutPatches(variant), DEFAULT_RULESET) !== undefined)
          continue
        patched += 1
        expect(classifyWithPatch(variant, DEFAULT_RULESET)).toEqual(
          classifyChange(variant, DEFAULT_RULESET, {})
        )
      }
    }
    expect(patched).toBeGreaterThan(10)
  })
})

describe('classify label hints', () => {
  // 7 of 100 changed lines are documentation: below the title hint's 10 %, above a label's 5 %.
  const mixed = (extra: Partial<Change>): Change => ({
    ...change([file('docs/guide.md', 7), file('src/feature.ts', 93)]),
    kind: 'pull_request',
    ...extra
  })

  it('weighs a PR label as a strong hint: it tips a smaller share in than a title does', () => {
    const labelled = classifyChange(mixed({ labels: ['documentation'] }), DEFAULT_RULESET, {})
    expect(labelled.categories).toEqual(['documentation'])
    expect(labelled.reasons[0]?.signal).toBe('label:documentation')
    const titled = classifyChange(mixed({ title: 'docs: the guide' }), DEFAULT_RULESET, {})
    expect(titled.categories).toEqual([])
  })

  it('says why a label was overruled when its category carries too little of the diff', () => {
    const thin = {
      ...change([file('docs/guide.md', 2), file('src/feature.ts', 98)]),
      labels: ['documentation']
    }
    const result = classifyChange(thin, DEFAULT_RULESET, {})
    expect(result.categories).toEqual([])
    expect(result.reasons.map(reason => reason.detail)).toContain(
      "labelled 'documentation', but the diff does not support documentation: a label counts when documentation files carry at least 5% of the changed lines"
    )
  })
})
