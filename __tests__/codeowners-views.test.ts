// GitHub's documented CODEOWNERS rules, each on both sides of its boundary and through both
// views that read the file: the per-team view (which team a changed file counts for,
// insight/tally.ts) and reach (how much of the tree has an owner, score/reach.ts). The two once
// had parsers of their own and disagreed on `docs/*`; one parser now serves both, and this table
// holds them to the same answer for every rule.
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG, DEFAULT_SCORE_OPTIONS } from '../src/config/defaults.js'
import { InsightTally } from '../src/insight/tally.js'
import { codeownersShadowed } from '../src/repo-files/codeowners.js'
import { computeReach } from '../src/score/reach.js'
import { classified } from './support/fake-source.js'

const WINDOW = { since: '2024-05-01T00:00:00.000Z', until: '2024-06-01T00:00:00.000Z' }
const CODEOWNERS = '.github/CODEOWNERS'

/** The teams the per-team view counts one change to `path` for. */
function teamsView(codeowners: string, path: string): string[] {
  const tally = new InsightTally({ rules: DEFAULT_CONFIG.rules, window: WINDOW, teams: true })
  const change = classified([], {
    time: '2024-05-02T10:00:00.000Z',
    files: [{ path, status: 'modified', additions: 1, deletions: 0 }]
  })
  tally.add(change, change, { codeowners })
  return tally.teams(DEFAULT_SCORE_OPTIONS).map(row => row.team)
}

/** The files reach counts as covered by the CODEOWNERS file at `at`, in a tree of `files`. */
function covered(at: string, codeowners: string, files: string[]): number {
  const [item] = computeReach([{ kind: 'codeowners', path: at, change: 'c1' }], {
    end: { commit: 'end', files, texts: { [at]: codeowners } },
    introductions: {},
    reads: { calls: 0, blobs: 0 }
  })
  if (item?.kind !== 'codeowners') throw new Error('no codeowners reach item')
  return item.coveredFiles
}

/** Whether reach counts `path` as covered, in a tree that holds only it. */
function reachView(codeowners: string, path: string): boolean {
  return covered(CODEOWNERS, codeowners, [path]) === 1
}

/** [rule, file text, path, the team that owns it or null]: a path it owns, then one it does not. */
const RULES: [string, string, string, string | null][] = [
  ['`*` owns a root file', '* @o/all', 'README.md', '@o/all'],
  ['`*` owns a file at any depth', '* @o/all', 'a/b/c.ts', '@o/all'],
  ['the last matching line wins', '* @o/all\n*.js @o/js', 'lib/x.js', '@o/js'],
  ['the last matching line wins, the other way', '*.js @o/js\n* @o/all', 'lib/x.js', '@o/all'],
  ['a line that does not match leaves the earlier one', '* @o/all\n*.js @o/js', 'x.ts', '@o/all'],
  ['a line with no owner un-owns', '* @o/all\n/vendor/', 'vendor/x.c', null],
  ['`docs/*` owns a file directly in docs/', 'docs/* @o/docs', 'docs/a.md', '@o/docs'],
  ['`*` does not cross `/`: not a nested file', 'docs/* @o/docs', 'docs/guide/b.md', null],
  ['`*.js` owns a .js file at any depth', '*.js @o/js', 'x/y/a.js', '@o/js'],
  ['`*.js` does not own .jsx', '*.js @o/js', 'x/a.jsx', null],
  ['`**/logs` owns a root logs/ folder', '**/logs @o/logs', 'logs/a.txt', '@o/logs'],
  ['`**/logs` owns a nested logs/ folder', '**/logs @o/logs', 'a/b/logs/c.txt', '@o/logs'],
  ['`**/logs` needs the whole name', '**/logs @o/logs', 'logsx/a.txt', null],
  ['`docs/**/*.md` matches no folder between', 'docs/**/*.md @o/md', 'docs/a.md', '@o/md'],
  ['`docs/**/*.md` matches folders between', 'docs/**/*.md @o/md', 'docs/x/y/a.md', '@o/md'],
  ['`docs/**/*.md` keeps its extension', 'docs/**/*.md @o/md', 'docs/x/a.txt', null],
  ['a leading `/` anchors at the root', '/build/ @o/b', 'build/x.o', '@o/b'],
  ['a leading `/` does not match deeper', '/build/ @o/b', 'src/build/x.o', null],
  ['no slash but a trailing one matches at any depth', 'build/ @o/b', 'src/build/x.o', '@o/b'],
  ['an inner `/` anchors at the root', 'src/api @o/api', 'src/api/x.ts', '@o/api'],
  ['an inner `/` does not match deeper', 'src/api @o/api', 'lib/src/api/x.ts', null],
  ['a trailing `/` owns a folder', 'logs/ @o/l', 'x/logs/a.txt', '@o/l'],
  ['a trailing `/` does not own a file of that name', 'logs/ @o/l', 'x/logs', null],
  ['without a trailing `/`, a file of that name', 'logs @o/l', 'x/logs', '@o/l'],
  ['`?` is one character', 'file?.txt @o/q', 'a/file1.txt', '@o/q'],
  ['`?` is not two', 'file?.txt @o/q', 'a/file12.txt', null],
  ['an inline comment is no owner', '*.md @o/md # the docs team', 'a.md', '@o/md'],
  ['a line starting with `#` is a comment', '#notes.md @o/n', '#notes.md', null],
  ['`\\#` does not escape a `#` (skipped)', '\\#notes.md @o/n', '#notes.md', null],
  ['`!` does not negate (the line is skipped)', '* @o/all\n!*.md @o/none', 'a.md', '@o/all'],
  ['`[ ]` is no range (the line is skipped)', '* @o/all\n*.[ch] @o/c', 'a.c', '@o/all'],
  ['paths are case-sensitive: same case', '/Docs/ @o/d', 'Docs/a.md', '@o/d'],
  ['paths are case-sensitive: other case', '/Docs/ @o/d', 'docs/a.md', null],
  ['team names are not case-sensitive', '* @Octo/Web', 'a.ts', '@octo/web']
]

describe('CODEOWNERS: the teams view and reach read one parser', () => {
  it.each(RULES)('%s', (_rule, codeowners, path, team) => {
    expect(teamsView(codeowners, path)).toEqual(team === null ? [] : [team])
    expect(reachView(codeowners, path)).toBe(team !== null)
  })

  it('counts a file owned by a person or an email as covered, though no team scores it', () => {
    for (const owner of ['@octocat', 'docs@example.com']) {
      expect(teamsView(`*.md ${owner}`, 'a.md')).toEqual([])
      expect(reachView(`*.md ${owner}`, 'a.md')).toBe(true)
    }
  })
})

describe('CODEOWNERS: the file GitHub reads', () => {
  const tree = (...codeowners: string[]) => ['src/a.ts', 'src/b.ts', ...codeowners]

  it('reads .github/ first, then the root, then docs/', () => {
    expect(codeownersShadowed('.github/CODEOWNERS', tree('.github/CODEOWNERS', 'CODEOWNERS'))).toBe(
      false
    )
    expect(codeownersShadowed('CODEOWNERS', tree('.github/CODEOWNERS', 'CODEOWNERS'))).toBe(true)
    expect(codeownersShadowed('CODEOWNERS', tree('CODEOWNERS', 'docs/CODEOWNERS'))).toBe(false)
    expect(codeownersShadowed('docs/CODEOWNERS', tree('CODEOWNERS', 'docs/CODEOWNERS'))).toBe(true)
    expect(codeownersShadowed('docs/CODEOWNERS', tree('docs/CODEOWNERS'))).toBe(false)
  })

  it('gives a file GitHub does not read no coverage in reach, and the one it reads its own', () => {
    const files = tree('.github/CODEOWNERS', 'CODEOWNERS')
    expect(covered('CODEOWNERS', '* @o/all', files)).toBe(0)
    expect(covered('.github/CODEOWNERS', '* @o/all', files)).toBe(4)
    expect(covered('CODEOWNERS', '* @o/all', tree('CODEOWNERS'))).toBe(3)
  })

  it("judges a CODEOWNERS outside GitHub's locations on its own", () => {
    const files = tree('.github/CODEOWNERS', '.gitlab/CODEOWNERS')
    expect(codeownersShadowed('.gitlab/CODEOWNERS', files)).toBe(false)
    expect(covered('.gitlab/CODEOWNERS', '/src/ @o/src', files)).toBe(2)
  })
})
