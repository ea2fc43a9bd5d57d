// The fixture builder every git test stands on: a history built at once must be the history
// built commit by commit, down to the shas.
import { afterAll, describe, expect, it } from '@jest/globals'
import { binaryContent, cleanupGitRepos, GitRepo, type CommitSpec } from './support/git-repo.js'

const SPECS: (CommitSpec | string)[] = [
  {
    message: '\n\nInitial   \n\n\n\nwith a "quoted" body\t\n\n',
    files: { 'src/app.ts': 'export const a = 1\n', 'docs/a guide "x".md': '# Guide\n' }
  },
  'Empty, on the clock',
  {
    message: 'Rename and delete',
    renames: { 'docs/a guide "x".md': 'docs/ünïcode guide.md' },
    files: { 'src/app.ts': null, 'assets/logo.png': binaryContent(300, 2) }
  },
  {
    message: 'Link, by someone else, committed later',
    symlinks: { 'latest.md': 'docs/ünïcode guide.md' },
    author: { name: 'Grace Hopper', email: 'grace@example.com' },
    committer: { name: 'Bot', email: 'bot@example.com' },
    date: '2024-03-01T12:00:00Z',
    authorDate: '2023-12-24T08:30:00Z'
  },
  { message: '# not a comment\nline', files: { 'src/app.ts': 'export const a = 2\n' } }
]

describe('GitRepo fixtures', () => {
  afterAll(() => cleanupGitRepos())

  it('commitAll makes the commits that commit makes one by one, with the same shas and tree', () => {
    const oneByOne = GitRepo.init()
    const expected = SPECS.map(spec => oneByOne.commit(spec))
    const atOnce = GitRepo.init()
    expect(atOnce.commitAll(SPECS)).toEqual(expected)
    expect(atOnce.head()).toBe(oneByOne.head())
    // The work tree and index are checked out: status is clean and the files are there.
    expect(atOnce.git(['status', '--porcelain'])).toBe('')
    expect(atOnce.read('src/app.ts')).toBe('export const a = 2\n')
    // The clock goes on from the last commit, as after commit().
    expect(atOnce.commit('Next')).toBe(oneByOne.commit('Next'))
  })

  it('builds a bare repository too, and refuses to build over a history', () => {
    const bare = GitRepo.init({ bare: true })
    const [sha] = bare.commitAll(['Only'])
    expect(bare.git(['rev-parse', 'HEAD'])).toBe(sha)
    expect(() => bare.commitAll(['Again'])).toThrow(/first history/)
    expect(() => GitRepo.init().commitAll(['  \n\n'])).toThrow(/empty message/)
  })
})
