import { describe, expect, it } from '@jest/globals'
import { isVersionPinOnly, lintSectionLines } from '../src/classify/diff/config-diff.js'
import {
  addedImports,
  findSharedModules,
  resolveSpecifier
} from '../src/classify/diff/shared-module.js'
import { createClassifier } from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import type { Change, FileChange } from '../src/model.js'
import { commitOf, sizedFile as file } from './support/commits.js'

function change(files: FileChange[]): Change {
  return commitOf('x', files)
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

describe('classify label hints', () => {
  // 7 of 100 changed lines are documentation: below the title hint's 10 %, above a label's 5 %.
  const mixed = (extra: Partial<Change>): Change => ({
    ...change([file('docs/guide.md', 7), file('src/feature.ts', 93)]),
    kind: 'pull_request',
    ...extra
  })

  it('weighs a PR label as a strong hint: it tips a smaller share in than a title does', () => {
    const labelled = createClassifier(DEFAULT_RULESET, {}).classify(
      mixed({ labels: ['documentation'] })
    )
    expect(labelled.categories).toEqual(['documentation'])
    expect(labelled.reasons[0]?.signal).toBe('label:documentation')
    const titled = createClassifier(DEFAULT_RULESET, {}).classify(
      mixed({ title: 'docs: the guide' })
    )
    expect(titled.categories).toEqual([])
  })

  it('says why a label was overruled when its category carries too little of the diff', () => {
    const thin = {
      ...change([file('docs/guide.md', 2), file('src/feature.ts', 98)]),
      labels: ['documentation']
    }
    const result = createClassifier(DEFAULT_RULESET, {}).classify(thin)
    expect(result.categories).toEqual([])
    expect(result.reasons.map(reason => reason.detail)).toContain(
      "labelled 'documentation', but the diff does not support documentation: a label counts when documentation files carry at least 5% of the changed lines"
    )
  })
})
