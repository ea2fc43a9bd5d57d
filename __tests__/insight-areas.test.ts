// What an area is and which docs touch it, at the edges of each rule: a package root with and
// without a package under it, the levels kept under a source root and without one, names in any
// case, and the keys an area is looked up by.
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { areaKeys, codeArea, docsKeys, isOutsideAreas, isTestData } from '../src/insight/areas.js'
import { pathRole } from '../src/insight/path-role.js'
import { compareTeamNames } from '../src/insight/teams.js'

describe('insight/areas: the area of a file', () => {
  it('takes a package root’s child as the area, and the root itself only without one', () => {
    expect(codeArea('packages/api/index.ts')).toBe('packages/api')
    expect(codeArea('crates/core/src/deep/lib.rs')).toBe('crates/core')
    // A file right in the package root: no package, so the two-level rule gives the root.
    expect(codeArea('packages/index.ts')).toBe('packages')
    expect(codeArea('Packages/Api/x.ts')).toBe('Packages/Api')
  })

  it('keeps three folders from a source root and two from any other, in any case', () => {
    expect(codeArea('src/a/b/c/x.ts')).toBe('src/a/b')
    expect(codeArea('SRC/a/b/c/x.ts')).toBe('SRC/a/b')
    expect(codeArea('lib/a/x.ts')).toBe('lib/a')
    expect(codeArea('server/a/b/x.ts')).toBe('server/a')
    expect(codeArea('server/x.ts')).toBe('server')
    expect(codeArea('x.ts')).toBe('.')
  })
})

describe('insight/areas: every root and pattern by name', () => {
  it('takes each package root’s child for the area, in any case', () => {
    for (const root of [
      'packages',
      'apps',
      'libs',
      'services',
      'modules',
      'crates',
      'plugins',
      'components'
    ]) {
      expect(codeArea(`${root}/one/two/three/x.ts`)).toBe(`${root}/one`)
      expect(codeArea(`${root.toUpperCase()}/one/two/x.ts`)).toBe(`${root.toUpperCase()}/one`)
    }
    // A package root's name elsewhere than at the top is a folder like any other.
    expect(codeArea('tools/packages/one/two/x.ts')).toBe('tools/packages')
  })

  it('keeps three folders under each source root', () => {
    for (const root of ['src', 'lib', 'app', 'pkg', 'internal', 'cmd', 'source', 'sources']) {
      expect(codeArea(`${root}/a/b/c/x.ts`)).toBe(`${root}/a/b`)
    }
    expect(codeArea('srcs/a/b/c/x.ts')).toBe('srcs/a')
  })

  it('names the areas a page of each docs root is about', () => {
    for (const root of ['docs', 'doc', 'documentation', 'guides', 'wiki']) {
      expect(docsKeys(`${root}/collect.md`)).toEqual([root, 'name:collect'])
    }
    expect(docsKeys('manual/collect.md')).toEqual(['manual'])
    // A page at the root touches the root area only.
    expect(docsKeys('README.md')).toEqual(['.'])
  })

  it('tells each kind of test data by folder or file name, in any case', () => {
    for (const path of [
      '__tests__/a.ts',
      'src/__mocks__/a.ts',
      'src/__fixtures__/a.json',
      'src/__snapshots__/a.snap',
      'test/a.ts',
      'tests/a.ts',
      'Tests/a.ts',
      'unit-tests/a.ts',
      'e2e_test/a.ts',
      'spec/a.rb',
      'specs/a.rb',
      'testdata/a.txt',
      'test-data/a.txt',
      'test_data/a.txt',
      'fixture/a.json',
      'fixtures/a.json',
      'e2e/a.ts',
      'playground/a.ts',
      'playgrounds/a.ts',
      'src/a.test.ts',
      'src/a-spec.js',
      'src/a_test.go',
      'test_a.py'
    ]) {
      expect({ path, test: isTestData(path) }).toEqual({ path, test: true })
    }
    for (const path of [
      'src/attest/a.ts',
      'src/testing.ts',
      'src/a.tests',
      'src/atest_a.py',
      // A test file's name must end the path: these are folders or other files.
      'src/v1.test.bak/a.ts',
      'src/x_test.go/a.txt',
      'src/test_a.pyc'
    ]) {
      expect({ path, test: isTestData(path) }).toEqual({ path, test: false })
    }
  })

  it('tells each kind of showcase by folder or file name', () => {
    for (const path of [
      'example/a.ts',
      'examples/a.ts',
      'sample/a.ts',
      'samples/a.ts',
      'demo/a.ts',
      'demos/a.ts',
      'bench/a.ts',
      'benches/a.rs',
      'benchmark/a.ts',
      'benchmarks/a.ts',
      'src/a.bench.ts',
      'src/a_bench.go',
      'src/a-bench.js',
      'Examples/a.ts'
    ]) {
      expect({ path, outside: isOutsideAreas(path) }).toEqual({ path, outside: true })
    }
    for (const path of [
      'src/example.ts',
      'src/benchmarking/a.ts',
      'src/abench.ts',
      'mydemo/a.ts',
      // A benchmark's name must end the path: this is a folder.
      'src/a.bench.d/x.ts'
    ]) {
      expect({ path, outside: isOutsideAreas(path) }).toEqual({ path, outside: false })
    }
  })
})

describe('insight/areas: the docs that touch an area', () => {
  it('names a docs folder’s pages and folders, lower-cased, in any case of the docs root', () => {
    expect(docsKeys('Docs/Guides/Collect.MD')).toEqual([
      'Docs',
      'Docs/Guides',
      'name:guides',
      'name:collect'
    ])
    expect(docsKeys('docs/index.md')).toEqual(['docs', 'name:index'])
    // A page named with dots keeps all but its extension.
    expect(docsKeys('docs/v1.2.md')).toEqual(['docs', 'name:v1.2'])
    // Outside a docs root only the folders above count.
    expect(docsKeys('guide/collect.md')).toEqual(['guide'])
    expect(docsKeys('src/docs/collect.md')).toEqual(['src', 'src/docs'])
  })

  it('looks an area up by its path and its last folder’s name; the root by itself', () => {
    expect(areaKeys('src/Collect')).toEqual(['src/Collect', 'name:collect'])
    expect(areaKeys('packages/api')).toEqual(['packages/api', 'name:api'])
    expect(areaKeys('.')).toEqual(['.'])
  })

  it('tells test data by folder and by file name, and showcases apart from it', () => {
    const sorted = (path: string) => [isTestData(path), isOutsideAreas(path)]
    expect(sorted('src/app.ts')).toEqual([false, false])
    expect(sorted('src/app.spec.ts')).toEqual([true, true])
    expect(sorted('pkg/app_test.go')).toEqual([true, true])
    expect(sorted('tests/test_app.py')).toEqual([true, true])
    expect(sorted('app/test_app.py')).toEqual([true, true])
    expect(sorted('src/contest.ts')).toEqual([false, false])
    expect(sorted('example/main.go')).toEqual([false, true])
    expect(sorted('src/parse-bench.ts')).toEqual([false, true])
    expect(sorted('src/bench.ts')).toEqual([false, false])
  })
})

describe('insight/path-role', () => {
  const role = (path: string): string => pathRole(path, DEFAULT_CONFIG.rules)

  it('takes release files and lock files for neither code nor docs', () => {
    expect(role('CHANGELOG.md')).toBe('other')
    expect(role('package.json')).toBe('other')
    expect(role('package-lock.json')).toBe('other')
    expect(role('src/index.ts')).toBe('code')
    expect(role('docs/index.md')).toBe('docs')
  })

  it('takes a licence or notice text in a docs folder for neither, by any of its names', () => {
    for (const name of [
      'license',
      'license.md',
      'licence.md',
      'licenses.md',
      'licences.md',
      'LICENSE-MIT.md',
      'license.v2.md',
      'copying.md',
      'copyright.md',
      'notice.md',
      'notices.md',
      'third-party.md',
      'third_party_libs.md',
      'thirdparty.md',
      'thirdpartynotices.md'
    ]) {
      expect({ name, role: role(`docs/guide/${name}`) }).toEqual({ name, role: 'other' })
    }
    for (const name of [
      'mylicense.md',
      'licensee.md',
      'licenseX.md',
      'licensing.md',
      'noticeboard.md'
    ]) {
      expect({ name, role: role(`docs/guide/${name}`) }).toEqual({ name, role: 'docs' })
    }
    // The name is the file's, not a folder's.
    expect(role('docs/license/guide.md')).toBe('docs')
  })

  it('knows licence and notice names itself, where the ruleset does not exclude them', () => {
    const rules = {
      ...DEFAULT_CONFIG.rules,
      exclude: DEFAULT_CONFIG.rules.exclude.filter(rule => rule.id !== 'legal')
    }
    for (const name of ['notice.md', 'thirdparty.md', 'third-party.md', 'thirdpartylibs.md']) {
      expect({ name, role: pathRole(`docs/guide/${name}`, rules) }).toEqual({ name, role: 'other' })
    }
    expect(pathRole('docs/guide/guide.md', rules)).toBe('docs')
  })

  it('takes a source file some category claims for neither: a workflow is automation', () => {
    expect(role('.github/workflows/ci.yml')).toBe('other')
    expect(role('src/notice.ts')).toBe('code')
    expect(role('eslint.config.js')).toBe('other')
    // Neither source nor claimed by any category: an image, a data file.
    expect(role('assets/logo.png')).toBe('other')
    expect(role('data/points.csv')).toBe('other')
    expect(role('notice.md')).toBe('other')
    expect(role('copying.md')).toBe('other')
  })
})

describe('insight/teams: the order of the teams', () => {
  it('orders names case-insensitively first, then as written, and a name equal to itself', () => {
    const names = ['@o/beta', '@o/Alpha', '@o/alpha', '@o/ALPHA', '@o/Beta']
    expect([...names].sort(compareTeamNames)).toEqual([
      '@o/ALPHA',
      '@o/Alpha',
      '@o/alpha',
      '@o/Beta',
      '@o/beta'
    ])
    expect(compareTeamNames('@o/a', '@o/a')).toBe(0)
    expect(compareTeamNames('@o/a', '@o/B')).toBe(-1)
    expect(compareTeamNames('@o/B', '@o/a')).toBe(1)
    expect(compareTeamNames('@o/A', '@o/a')).toBe(-1)
    expect(compareTeamNames('@o/a', '@o/A')).toBe(1)
  })
})
