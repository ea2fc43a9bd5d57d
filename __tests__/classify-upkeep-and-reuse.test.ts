import { describe, expect, it } from '@jest/globals'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { leaveOneRepositoryOut } from '../src/eval/leave-one-out.js'
import type { LabelledCommit } from '../src/eval/dataset.js'
import { classifyCommit, patchedFile, sizedFile } from './support/commits.js'

// The rules issue 25's labelled commits asked for beyond the quality gates: upkeep that is not
// documentation (credits, licences, changelog rewrites, template fixes), code brought in line
// with a changed rule, build logic in a Gradle script, and reuse that is a move or a vendored
// copy rather than a shared abstraction. Each is tested on both sides.

describe('upkeep that is not documentation', () => {
  it('takes credits and licence texts for neither docs nor work that dilutes', () => {
    expect(classifyCommit('Credit Ying', [sizedFile('AUTHORS.rst', 1)]).categories).toEqual([])
    expect(
      classifyCommit('Bundle licences', [sizedFile('packages/ui/LICENSE.md', 400)]).categories
    ).toEqual([])
    expect(classifyCommit('Explain the cache', [sizedFile('docs/cache.md', 1)]).categories).toEqual(
      ['documentation']
    )
  })

  it('counts old changelog entries rewritten outside a release, not new entries or a release', () => {
    const fix = classifyCommit('Fix formatting in CHANGELOG.md', [
      sizedFile('CHANGELOG.md', 39, 39)
    ])
    expect(fix.categories).toEqual(['documentation'])
    const entry = classifyCommit('changes', [sizedFile('CHANGELOG.md', 2, 0)])
    expect(entry.categories).toEqual([])
    const release = classifyCommit('Release 2.4.1', [sizedFile('CHANGELOG.md', 3, 3)])
    expect(release.categories).toEqual([])
    // News fragments are notes for the next release, however often they are reworded.
    const fragments = classifyCommit('Tweak news entries for pip 26.2', [
      sizedFile('news/14142.bugfix.rst', 2, 2)
    ])
    expect(fragments.categories).toEqual([])
  })

  it('takes a code of conduct or a pointer to a security contact for a standard only', () => {
    const conduct = classifyCommit('Add a code of conduct', [
      sizedFile('CODE_OF_CONDUCT.md', 40, 0, { status: 'added' })
    ])
    expect(conduct.categories).toEqual(['patterns'])
    const pointer = classifyCommit('Add a security policy', [
      sizedFile('.github/SECURITY.md', 9, 0, { status: 'added' })
    ])
    expect(pointer.categories).toEqual(['patterns'])
  })

  it('takes a security policy written out (how to report, what is supported) for documentation too', () => {
    const policy = classifyCommit('Add a security policy', [
      sizedFile('.github/SECURITY.md', 10, 0, { status: 'added' })
    ])
    expect(policy.categories).toEqual(['documentation', 'patterns'])
    const dropped = classifyCommit('Use the organisation security policy', [
      sizedFile('SECURITY.md', 0, 56, { status: 'deleted' })
    ])
    expect(dropped.categories).toEqual(['documentation', 'patterns'])
  })

  it('does not take a word fixed in a template for a new standard, and takes a new field for one', () => {
    const fix = classifyCommit('Fix the test command', [
      patchedFile(
        '.github/pull_request_template.md',
        '@@ -3,1 +3,1 @@\n-- [ ] run `pnpm test`\n+- [ ] run `pnpm run test`'
      )
    ])
    expect(fix.categories).toEqual([])
    const field = classifyCommit('Ask for a reproduction', [
      patchedFile(
        '.github/ISSUE_TEMPLATE/bug.md',
        '@@ -3,1 +3,4 @@\n ## Steps\n+## Reproduction\n+Link a minimal repository that shows the bug.\n+Without one we cannot look into it.'
      )
    ])
    expect(field.categories).toEqual(['patterns'])
  })

  it("does not take an example project's tsconfig for a team standard", () => {
    const example = classifyCommit('Add a serve-static example', [
      patchedFile(
        'examples/serve-static/tsconfig.json',
        '@@ -1,2 +1,3 @@\n {\n+  "strict": true,\n   "target": "es2022"'
      )
    ])
    expect(example.categories).toEqual(['documentation'])
    const root = classifyCommit('Be strict', [
      patchedFile('tsconfig.json', '@@ -1,2 +1,3 @@\n {\n+  "strict": true,\n   "target": "es2022"')
    ])
    expect(root.categories).toEqual(['patterns'])
  })
})

describe('code brought in line with a changed rule', () => {
  const strict = patchedFile(
    'tsconfig.json',
    '@@ -2,1 +2,3 @@\n   "strict": false,\n+  "strictNullChecks": true,\n+  "noUnusedLocals": true'
  )
  const fixes = (count: number, lines: number) =>
    Array.from({ length: count }, (_, index) => sizedFile(`src/module${index}.ts`, lines, lines))

  it('counts the rule with a sweep of small code edits as patterns, whatever its share', () => {
    const result = classifyCommit('refactor: tighten types', [strict, ...fixes(10, 10)])
    expect(result.categories).toEqual(['patterns'])
  })

  it('does not when the code edits are too few or too large to be a sweep', () => {
    expect(classifyCommit('refactor: tighten types', [strict, ...fixes(9, 10)]).categories).toEqual(
      []
    )
    expect(
      classifyCommit('refactor: tighten types', [strict, ...fixes(10, 11)]).categories
    ).toEqual([])
  })

  it('does not take a refactor that threads an argument through many files for a sweep', () => {
    const threaded = Array.from({ length: 10 }, (_, index) =>
      sizedFile(`src/module${index}.ts`, 3, 2)
    )
    expect(
      classifyCommit('refactor: pass the builder flag', [strict, ...threaded]).categories
    ).toEqual([])
  })
})

describe('build logic in a Gradle script', () => {
  const logic = (lines: number) =>
    [
      '@@ -10,1 +10,' + (lines + 1) + ' @@',
      ' tasks {',
      ...Array.from({ length: lines }, (_, i) => `+    doLast { copy(dumps[${i}]) }`)
    ].join('\n')

  it('counts a block of build logic as automation', () => {
    const result = classifyCommit('Work around the ABI dump', [
      patchedFile('build.gradle.kts', logic(20)),
      sizedFile('src/a.kt', 10, 10)
    ])
    expect(result.categories).toContain('automation')
  })

  it('does not count a smaller edit, or dependency lines however many', () => {
    expect(
      classifyCommit('Tune the dump', [patchedFile('build.gradle.kts', logic(19))]).categories
    ).toEqual([])
    const dependencies = [
      '@@ -10,1 +10,21 @@',
      ' dependencies {',
      ...Array.from({ length: 20 }, (_, i) => `+    implementation("org.example:lib${i}:1.0.0")`)
    ].join('\n')
    expect(
      classifyCommit('Add libraries', [patchedFile('build.gradle.kts', dependencies)]).categories
    ).toEqual([])
  })
})

describe('reuse that is not a shared abstraction', () => {
  const importer = (name: string, module: string) =>
    patchedFile(
      `src/${name}.ts`,
      `@@ -1,3 +1,2 @@\n-function clamp(x) { return x }\n+import { clamp } from './${module}'\n export const ${name} = clamp`
    )

  it('counts a new helper module three existing files are made to import', () => {
    const helper = patchedFile(
      'src/utils/clamp.ts',
      '@@ -0,0 +1,1 @@\n+export function clampValue(x: number) { return x }',
      { status: 'added' }
    )
    const users = ['a', 'b', 'c'].map(name => importer(name, 'utils/clamp'))
    expect(classifyCommit('Extract a shared clamp helper', [helper, ...users]).categories).toEqual([
      'patterns'
    ])
  })

  it('does not count a module whose definitions were moved from another file of the change', () => {
    const moved = patchedFile(
      'src/utils/clamp.ts',
      '@@ -0,0 +1,1 @@\n+export function clampValue(x: number) { return x }',
      { status: 'added' }
    )
    const old = patchedFile(
      'src/utils/index.ts',
      '@@ -1,2 +1,1 @@\n-export function clampValue(x: number) { return x }\n export const other = 1'
    )
    const users = ['a', 'b', 'c'].map(name => importer(name, 'utils/clamp'))
    expect(
      classifyCommit('Refactor: split utils to avoid a cycle', [moved, old, ...users]).categories
    ).toEqual([])
  })

  it('does not count third-party code copied in with its licence', () => {
    const copy = patchedFile(
      'src/util/concurrent/WeakMap.ts',
      '@@ -0,0 +1,1 @@\n+export function weakMapOf() { return new Map() }',
      { status: 'added' }
    )
    const licence = sizedFile('src/util/concurrent/LICENSE', 201, 0, { status: 'added' })
    const users = ['a', 'b', 'c'].map(name => importer(name, 'util/concurrent/WeakMap'))
    expect(
      classifyCommit('Shadow the weak map utilities', [copy, licence, ...users]).categories
    ).toEqual([])
  })
})

describe('leave-one-repository-out', () => {
  const commit = (
    repo: string,
    sha: string,
    labels: LabelledCommit['labels'],
    lines: number
  ): LabelledCommit => ({
    repo,
    sha,
    author: 'Ana',
    message: 'Feature',
    labels,
    files: [
      { path: 'src/a.ts', status: 'M', additions: 100 - lines, deletions: 0 },
      { path: 'scripts/a.sh', status: 'M', additions: 0, deletions: lines }
    ]
  })

  it('scores each repository with thresholds chosen on the others', () => {
    // Repositories a and b say a 27 % script edit is automation; c says a 27 % one is not.
    const commits = [
      commit('a/a', 'a1', ['automation'], 27),
      commit('a/a', 'a2', [], 20),
      commit('b/b', 'b1', ['automation'], 27),
      commit('b/b', 'b2', [], 20),
      commit('c/c', 'c1', [], 27)
    ]
    const grid = [{ minShare: 0.3 }, { minShare: 0.25 }]
    const result = leaveOneRepositoryOut(commits, DEFAULT_RULESET, grid)
    const chosen = Object.fromEntries(result.folds.map(fold => [fold.repo, fold.chosen]))
    expect(chosen['c/c']).toEqual({ minShare: 0.25 })
    // Without a, b alone still prefers 0.25; c's commit is then wrongly automation.
    expect(result.pooled.automation).toEqual(expect.objectContaining({ tp: 2, fp: 1 }))
    expect(result.predictions).toHaveLength(5)
  })
})
