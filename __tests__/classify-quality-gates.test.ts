import { describe, expect, it } from '@jest/globals'
import {
  QUALITY_GATES,
  GATE_INVOCATION,
  GATE_SECTION
} from '../src/classify/rules/quality-gates.js'
import type { FileChange } from '../src/model.js'
import { classifyCommit, patchedFile, sizedFile } from './support/commits.js'

// Issue 25's families of misses, each as a realistic change: the quality-gate catalogue, gates
// added to hooks and CI, new CI jobs, base classes adopted by their users, mechanical edits of
// prose, release-notes folders and plugin version bumps. Each rule is tested on both sides.

function codeSweep(count: number): FileChange[] {
  return Array.from({ length: count }, (_, index) =>
    patchedFile(
      `src/module${index}.rs`,
      `@@ -1,2 +1,2 @@\n-use crate::a::{b,c};\n+use crate::a::{b, c};\n fn f() {}`
    )
  )
}

describe('the quality-gate catalogue', () => {
  it('names every tool once, and gives each a place its configuration lives', () => {
    const tools = QUALITY_GATES.map(gate => gate.tool)
    expect(new Set(tools).size).toBe(tools.length)
    for (const gate of QUALITY_GATES) {
      const places =
        (gate.files?.length ?? 0) +
        (gate.sections?.length ?? 0) +
        (gate.jsonKeys?.length ?? 0) +
        Object.keys(gate.build ?? {}).length +
        (gate.invocations?.length ?? 0)
      expect({ tool: gate.tool, places: places > 0 }).toEqual({ tool: gate.tool, places: true })
    }
  })

  it('reads manifest sections and invocations from the rows', () => {
    expect(GATE_SECTION.test('tool.ruff.lint')).toBe(true)
    expect(GATE_SECTION.test('workspace.lints.clippy')).toBe(true)
    expect(GATE_SECTION.test('tool.codespell')).toBe(true)
    expect(GATE_SECTION.test('tool.poetry.dependencies')).toBe(false)
    expect(GATE_INVOCATION.test('      - run: cargo clippy --all-targets -- -D warnings')).toBe(
      true
    )
    expect(GATE_INVOCATION.test('      - uses: crate-ci/typos@v1.26.0')).toBe(true)
    expect(GATE_INVOCATION.test('      - run: cargo test --workspace')).toBe(false)
  })

  it('counts a spell checker config and a workflow linter config as patterns', () => {
    const typos = classifyCommit('Configure typos', [
      patchedFile(
        '_typos.toml',
        '@@ -1,2 +1,4 @@\n [default.extend-words]\n+ba = "ba"\n+fo = "fo"\n teh = "teh"'
      )
    ])
    expect(typos.categories).toEqual(['patterns'])
    const zizmor = classifyCommit('Tune zizmor', [
      patchedFile(
        '.github/zizmor.yml',
        '@@ -1,2 +1,3 @@\n rules:\n+  unpinned-uses:\n   template-injection:'
      )
    ])
    expect(zizmor.categories).toEqual(['patterns'])
  })

  it('does not take a workflow named after a linter for its configuration', () => {
    const bump = classifyCommit('Update actions', [
      patchedFile(
        '.github/workflows/zizmor.yml',
        '@@ -10,1 +10,1 @@\n-      - uses: actions/checkout@v4.1.0\n+      - uses: actions/checkout@v4.2.0'
      )
    ])
    expect(bump.categories).toEqual([])
  })

  it('reads a coverage minimum that fails the build in pyproject.toml', () => {
    const gate = classifyCommit('Require 95% coverage', [
      patchedFile(
        'pyproject.toml',
        '@@ -40,2 +40,3 @@\n [tool.coverage.report]\n show_missing = true\n+fail_under = 95'
      )
    ])
    expect(gate.categories).toEqual(['patterns'])
    const settings = classifyCommit('Show missing lines', [
      patchedFile(
        'pyproject.toml',
        '@@ -40,2 +40,3 @@\n [tool.coverage.report]\n skip_empty = true\n+show_missing = true'
      )
    ])
    expect(settings.categories).toEqual([])
  })

  it('counts a compiler warning level in CMake, and not a source file added to a target', () => {
    const warnings = classifyCommit('Warn on everything in tests', [
      patchedFile(
        'test/CMakeLists.txt',
        '@@ -3,1 +3,1 @@\n-target_compile_options(tests PRIVATE /W4)\n+target_compile_options(tests PRIVATE /Wall)'
      )
    ])
    expect(warnings.categories).toEqual(['patterns'])
    const sources = classifyCommit('Add the bson tests', [
      patchedFile(
        'test/CMakeLists.txt',
        '@@ -3,1 +3,2 @@\n add_executable(tests unit.cpp)\n+target_sources(tests PRIVATE unit-bson.cpp)'
      )
    ])
    expect(sources.categories).toEqual([])
  })

  it('takes a check plugin whose version alone moves for a bump, and a new check plugin for a standard', () => {
    const bump = classifyCommit('Update ktlint plugin (9.3.0)', [
      patchedFile(
        'build.gradle',
        '@@ -5,1 +5,1 @@\n-    id "org.jlleitschuh.gradle.ktlint" version "9.2.1"\n+    id "org.jlleitschuh.gradle.ktlint" version "9.3.0"'
      )
    ])
    expect(bump.categories).toEqual([])
    const added = classifyCommit('Lint Kotlin sources', [
      patchedFile(
        'build.gradle',
        '@@ -5,1 +5,2 @@\n     id "java-library"\n+    id "org.jlleitschuh.gradle.ktlint" version "9.3.0"'
      )
    ])
    expect(added.categories).toEqual(['patterns'])
  })
})

describe('quality gates added to hooks and CI', () => {
  it('counts a linter hook added to pre-commit as automation and patterns', () => {
    const result = classifyCommit('Add codespell', [
      patchedFile(
        '.pre-commit-config.yaml',
        '@@ -8,1 +8,4 @@\n   - id: ruff-format\n+  - repo: https://github.com/codespell-project/codespell\n+    rev: v2.3.0\n+    hooks:\n+      - id: codespell'
      )
    ])
    expect(result.categories).toEqual(['automation', 'patterns'])
    expect(result.reasons).toContainEqual(expect.objectContaining({ signal: 'config:gate-added' }))
  })

  it('does not count a hook whose version alone moves, nor a lint step that only moves', () => {
    const bump = classifyCommit('Update hooks', [
      patchedFile(
        '.pre-commit-config.yaml',
        '@@ -8,2 +8,2 @@\n   - repo: https://github.com/codespell-project/codespell\n-    rev: v2.2.0\n+    rev: v2.3.0'
      )
    ])
    expect(bump.categories).not.toContain('patterns')
    const moved = classifyCommit('Reorder CI steps', [
      patchedFile(
        '.github/workflows/ci.yml',
        '@@ -10,4 +10,4 @@\n-      - run: cargo clippy -- -D warnings\n       - run: cargo build\n       - run: cargo test\n+      - run: cargo clippy -- -D warnings'
      )
    ])
    expect(moved.categories).not.toContain('patterns')
  })

  it('counts a new clippy step with the sweep of code that complies with it as patterns', () => {
    const result = classifyCommit('Deny clippy warnings in CI', [
      patchedFile(
        '.github/workflows/ci.yml',
        '@@ -10,1 +10,2 @@\n       - run: cargo test\n+      - run: cargo clippy --all-targets -- -D warnings'
      ),
      ...codeSweep(30)
    ])
    expect(result.categories).toContain('patterns')
  })
})

describe('a new CI job', () => {
  const job = (lines: number) =>
    [
      '@@ -20,1 +20,' + (lines + 1) + ' @@',
      '   test:',
      ...Array.from({ length: lines }, (_, i) => `+      - run: step ${i}`)
    ].join('\n')

  it('counts as automation whatever else ships with it', () => {
    const result = classifyCommit('tests: run on wasm32', [
      patchedFile('.github/workflows/ci.yml', job(5)),
      sizedFile('src/runtime.rs', 300, 120)
    ])
    expect(result.categories).toEqual(['automation'])
    expect(result.reasons).toContainEqual(expect.objectContaining({ signal: 'rule:new-pipeline' }))
  })

  it('does not count a step shorter than the pipeline lines, nor pins moved', () => {
    const result = classifyCommit('runtime: rework the scheduler', [
      patchedFile('.github/workflows/ci.yml', job(4)),
      sizedFile('src/runtime.rs', 300, 120)
    ])
    expect(result.categories).toEqual([])
    const pins = classifyCommit('runtime: rework the scheduler', [
      patchedFile(
        '.github/workflows/ci.yml',
        '@@ -3,2 +3,2 @@\n-      - uses: actions/checkout@v3\n+      - uses: actions/checkout@v4'
      ),
      sizedFile('src/runtime.rs', 300, 120)
    ])
    expect(pins.categories).toEqual([])
  })
})

describe('shared base classes', () => {
  const base = patchedFile(
    'src/Handler/AbstractSyslogHandler.php',
    [
      '@@ -0,0 +1,4 @@',
      '+abstract class AbstractSyslogHandler extends AbstractProcessingHandler',
      '+{',
      '+    protected $facilities = [];',
      '+}'
    ].join('\n'),
    { status: 'added' }
  )
  const user = (name: string) =>
    patchedFile(
      `src/Handler/${name}.php`,
      [
        '@@ -3,6 +3,2 @@',
        `-class ${name} extends AbstractProcessingHandler`,
        `+class ${name} extends AbstractSyslogHandler`,
        ' {',
        '-    protected $facilities = [];',
        '-    protected $logLevels = [];',
        '-    protected $ident;'
      ].join('\n')
    )

  it('counts a base class that three existing classes are made to extend as patterns', () => {
    const result = classifyCommit('Combine common syslog functionality', [
      base,
      user('SyslogHandler'),
      user('SyslogUdpHandler'),
      user('RsyslogHandler')
    ])
    expect(result.categories).toEqual(['patterns'])
  })

  it('counts two only when they gave up code for it (extracted), not when they only switch parent', () => {
    const extracted = classifyCommit('Combine common syslog functionality', [
      base,
      user('SyslogHandler'),
      user('SyslogUdpHandler')
    ])
    expect(extracted.categories).toEqual(['patterns'])
    const switched = (name: string) =>
      patchedFile(
        `src/Handler/${name}.php`,
        `@@ -3,2 +3,2 @@\n-class ${name} extends AbstractProcessingHandler\n+class ${name} extends AbstractSyslogHandler\n {`
      )
    // A ten-line base: the two lines they gave up are less than half of it.
    const larger = patchedFile(
      'src/Handler/AbstractSyslogHandler.php',
      [
        '@@ -0,0 +1,10 @@',
        '+abstract class AbstractSyslogHandler extends AbstractProcessingHandler',
        '+{',
        ...Array.from({ length: 7 }, (_, i) => `+    protected $level${i} = [];`),
        '+}'
      ].join('\n'),
      { status: 'added' }
    )
    const result = classifyCommit('Combine common syslog functionality', [
      larger,
      switched('SyslogHandler'),
      switched('SyslogUdpHandler')
    ])
    expect(result.categories).toEqual([])
  })
})

describe('mechanical edits of prose', () => {
  it('does not count a copyright year rolled over as documentation', () => {
    const result = classifyCommit('Update copyright year', [
      patchedFile(
        'README.md',
        '@@ -90,1 +90,1 @@\n-Copyright 2023 Coil Contributors\n+Copyright 2024 Coil Contributors'
      )
    ])
    expect(result.categories).toEqual([])
  })

  it('still counts a changed sentence with a year in it', () => {
    const result = classifyCommit('Clarify support window', [
      patchedFile(
        'README.md',
        '@@ -90,1 +90,1 @@\n-Supported until 2023.\n+Supported until 2024, with security fixes only.'
      )
    ])
    expect(result.categories).toEqual(['documentation'])
  })

  it('does not count guides moved unchanged, and counts a guide moved and rewritten', () => {
    const moved = classifyCommit('Move policies into docs/', [
      sizedFile('docs/SECURITY.md', 0, 0, { status: 'renamed', previousPath: 'SECURITY.md' }),
      sizedFile('docs/CODE_OF_CONDUCT.md', 0, 0, {
        status: 'renamed',
        previousPath: 'CODE_OF_CONDUCT.md'
      })
    ])
    expect(moved.categories).toEqual([])
    const rewritten = classifyCommit('Move and rewrite the security policy', [
      sizedFile('docs/SECURITY.md', 30, 4, { status: 'renamed', previousPath: 'SECURITY.md' })
    ])
    expect(rewritten.categories).toContain('documentation')
  })
})

describe('release notes', () => {
  it('takes release-notes folders, prefixed changelogs and news fragments for bookkeeping', () => {
    for (const path of [
      'doc/release-notes/official.md',
      'Pro-Changes.md',
      'CHANGES/11937.misc.rst'
    ]) {
      const result = classifyCommit('Update release notes', [sizedFile(path, 9, 0)])
      expect({ path, categories: result.categories }).toEqual({ path, categories: [] })
    }
  })

  it('still counts a guide in a docs folder as documentation', () => {
    expect(
      classifyCommit('Explain retries', [sizedFile('doc/guide/retries.md', 9, 0)]).categories
    ).toEqual(['documentation'])
  })
})

describe('package.json keys', () => {
  it('does not take a types entry point for a type-check script', () => {
    const result = classifyCommit('fix: export the types', [
      patchedFile(
        'packages/lezer-promql/package.json',
        '@@ -5,1 +5,2 @@\n   "main": "index.cjs",\n+  "types": "index.d.ts",'
      )
    ])
    expect(result.categories).toEqual([])
  })

  it('still takes a typecheck script for a check', () => {
    const result = classifyCommit('Type-check in CI', [
      patchedFile(
        'package.json',
        '@@ -5,1 +5,2 @@\n     "test": "vitest",\n+    "typecheck": "tsc --noEmit",'
      )
    ])
    expect(result.categories).toEqual(['patterns'])
  })
})
