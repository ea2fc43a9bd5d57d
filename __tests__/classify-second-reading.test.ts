import { describe, expect, it } from '@jest/globals'
import { classifyCommit, patchedFile, sizedFile } from './support/commits.js'

// The rules a second look at issue 25's misses asked for: small doc-comment fixes read without a
// hint, changelogs that grow, third-party folders and credit pictures, security policies written
// out, sweeps that drift little, build and doc tool sections of shared manifests, a formatter
// upgraded with its reformat, gates already run, examples' own lint configs. Each on both sides.

const rewrite = (path: string, before: string, after: string) =>
  patchedFile(path, `@@ -1,2 +1,2 @@\n-${before}\n+${after}\n context()`)

describe('small code edits read without a hint', () => {
  it('counts a doc comment rewritten in place as documentation, whatever the title', () => {
    const since = classifyCommit('Updated since tags', [
      rewrite('src/Settings.java', '   * @since 2.1.0', '   * @since 2.2.0'),
      rewrite('src/Location.java', '   * @since 3.0', '   * @since 3.1')
    ])
    expect(since.categories).toEqual(['documentation'])
  })

  it('counts a doc comment added to code as documentation, whatever the title', () => {
    const added = patchedFile(
      'flag.go',
      '@@ -10,2 +10,4 @@\n type Flag interface {\n+\t// Names returns the names of the flag,\n+\t// the first one being its canonical name.\n \tNames() []string'
    )
    expect(classifyCommit('Run gofmt', [added]).categories).toEqual(['documentation'])
  })

  it('does not read a change larger than 40 lines, or one that is not rewritten in place', () => {
    const large = classifyCommit('Updated since tags', [
      rewrite('src/Settings.java', '   * @since 2.1.0', '   * @since 2.2.0'),
      sizedFile('src/Other.java', 20, 20)
    ])
    expect(large.categories).toEqual([])
    const grows = classifyCommit('Update interface.go', [
      patchedFile(
        'storage/interface.go',
        '@@ -1,1 +1,2 @@\n-// Querier reads.\n+// Querier reads\n+// series.'
      )
    ])
    expect(grows.categories).toEqual([])
  })

  it("does not take a Go example's expected output for its documentation", () => {
    const output = patchedFile(
      'app_test.go',
      '@@ -84,3 +84,3 @@ func ExampleAppHelp() {\n \t// USAGE:\n-\t//    cmd [command options] [arguments...]\n+\t//    cmd [arguments...]'
    )
    expect(classifyCommit('Fix tests', [output]).categories).toEqual([])
    const doc = patchedFile(
      'app.go',
      '@@ -84,3 +84,3 @@ func Run() {\n \t// USAGE:\n-\t//    cmd [command options] [arguments...]\n+\t//    cmd [arguments...]'
    )
    expect(classifyCommit('Fix usage comment', [doc]).categories).toEqual(['documentation'])
  })
})

describe('changelogs that grow', () => {
  it('takes a blank line of the unreleased section turned into an entry for a release note', () => {
    const entry = patchedFile(
      'History.md',
      '@@ -4,3 +4,3 @@ unreleased\n * cleanup: remove a check\n-\n+* perf: use loop for acceptParams\n '
    )
    expect(classifyCommit('update history.md', [entry]).categories).toEqual([])
    const reworded = patchedFile(
      'History.md',
      '@@ -4,3 +4,3 @@ unreleased\n * cleanup: remove a check\n-* perf: use loop for acceptParam\n+* perf: use a loop for acceptParams\n '
    )
    expect(classifyCommit('update history.md', [reworded]).categories).toEqual(['documentation'])
  })

  it('takes a rewrite beside a second changelog that gains an entry for release bookkeeping', () => {
    const both = classifyCommit('changes', [
      sizedFile('Changes.md', 1, 1),
      sizedFile('Pro-Changes.md', 1, 0)
    ])
    expect(both.categories).toEqual([])
    const alone = classifyCommit('changes', [sizedFile('Changes.md', 1, 1)])
    expect(alone.categories).toEqual(['documentation'])
  })
})

describe('third-party code and credits', () => {
  it('excludes a thirdparty folder, so the build edits beside its removal are the change', () => {
    const removal = classifyCommit('remove fastcov', [
      sizedFile('Makefile', 0, 15),
      sizedFile('test/CMakeLists.txt', 0, 7),
      sizedFile('test/thirdparty/fastcov/fastcov.py', 0, 372, { status: 'deleted' })
    ])
    expect(removal.categories).toEqual(['automation'])
    const ownCode = classifyCommit('remove fastcov', [
      sizedFile('Makefile', 0, 15),
      sizedFile('test/CMakeLists.txt', 0, 7),
      sizedFile('test/coverage/fastcov.py', 0, 372, { status: 'deleted' })
    ])
    expect(ownCode.categories).toEqual([])
  })

  it("does not take a benchmark tool's committed result reports for documentation", () => {
    const results = classifyCommit('Improve benchmarks', [
      sizedFile('bench/BenchmarkDotNet.Artifacts/results/Retry-report-github.md', 15, 0),
      sizedFile('bench/RetryBenchmark.cs', 4, 3)
    ])
    expect(results.categories).toEqual([])
    const guide = classifyCommit('Improve benchmarks', [
      sizedFile('bench/results/README.md', 15, 0),
      sizedFile('bench/RetryBenchmark.cs', 4, 3)
    ])
    expect(guide.categories).toEqual(['documentation'])
  })

  it("does not take a regenerated picture of contributors' avatars for documentation", () => {
    const avatars = sizedFile('doc/avatars.png', 0, 0)
    expect(classifyCommit('update contributors', [avatars]).categories).toEqual([])
    const diagram = sizedFile('doc/architecture.png', 0, 0)
    expect(classifyCommit('update the diagram', [diagram]).categories).toEqual(['documentation'])
  })
})

describe('a sweep of code that complies with a changed rule', () => {
  const strict = patchedFile(
    'tsconfig.json',
    '@@ -2,1 +2,3 @@\n   "strict": false,\n+  "strictNullChecks": true,\n+  "noUnusedLocals": true'
  )
  // Ten files, each 20 lines: `drift` of them gain two lines on balance (+11 -9).
  const sweep = (drift: number) =>
    Array.from({ length: 10 }, (_, index) =>
      index < drift ? sizedFile(`src/m${index}.ts`, 11, 9) : sizedFile(`src/m${index}.ts`, 12, 8)
    )

  it('counts files rewritten nearly in place (drift up to 15% of their lines) as the sweep', () => {
    // Every file drifts: +11 -9 (2 of 20) is 10%, within the bar; none balanced.
    expect(classifyCommit('enable strict null checks', [strict, ...sweep(10)]).categories).toEqual([
      'patterns'
    ])
  })

  it('does not when they drift more, as an argument threaded through call sites does', () => {
    // +12 -8 is 4 of 20 lines: 20% drift.
    expect(classifyCommit('enable strict null checks', [strict, ...sweep(0)]).categories).toEqual(
      []
    )
  })
})
