import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { gitSource } from '../src/collect/git.js'
import type { Change, RepoContext, Window } from '../src/model.js'
import { binaryContent, cleanupGitRepos, DEFAULT_AUTHOR, GitRepo } from './support/git-repo.js'
import { keepChanges } from './support/classifiers.js'

const EVERYTHING: Window = { since: '2000-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z' }
const noPatches = (): boolean => false

async function collect(
  repo: GitRepo,
  options: {
    unit?: 'commit' | 'pull-request'
    includeMerges?: boolean
    detectCopies?: boolean
  } = {}
) {
  const contexts: RepoContext[] = []
  const source = gitSource({ repoPath: repo.path, ...options })
  const collection = await source.collect(EVERYTHING, keepChanges(noPatches, contexts))
  // The classifier is made once per collection, for the context the source read.
  expect(contexts).toHaveLength(1)
  return { ...collection, context: contexts[0] }
}

function byTitle(changes: readonly Change[], title: string): Change {
  const change = changes.find(candidate => candidate.title === title)
  if (change === undefined) throw new Error(`no change titled ${title}`)
  return change
}

describe('collect/git', () => {
  afterAll(() => cleanupGitRepos())

  it('turns each commit into a change with sha, subject, body, author and committer time', async () => {
    const repo = GitRepo.init()
    const sha = repo.commit({
      message: 'Add the parser\n\nIt reads tokens.\n\nSecond paragraph.\n',
      files: { 'src/parser.ts': 'export const x = 1\n' },
      authorDate: '2023-05-01T08:00:00Z',
      committerDate: '2024-02-03T04:05:06+02:00'
    })
    const { changes, notes } = await collect(repo)
    expect(notes).toEqual([])
    expect(changes).toEqual([
      {
        id: sha,
        kind: 'commit',
        title: 'Add the parser',
        body: 'It reads tokens.\n\nSecond paragraph.',
        author: { name: DEFAULT_AUTHOR.name, email: DEFAULT_AUTHOR.email },
        time: '2024-02-03T02:05:06.000Z',
        labels: [],
        files: [{ path: 'src/parser.ts', status: 'added', additions: 1, deletions: 0 }]
      }
    ])
  })

  it('folds a multi-line first paragraph into one title, as git log %s does', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'Fix the thing\nthat broke\n\nDetails.', files: { a: '1\n' } })
    const [change] = (await collect(repo)).changes
    expect(change?.title).toBe('Fix the thing that broke')
    expect(change?.body).toBe('Details.')
  })

  it('reports added, modified, deleted, renamed and type-changed files with their line counts', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'base',
      files: {
        'keep.txt': 'a\nb\n',
        'gone.txt': 'x\n',
        'old/name.md': 'one\ntwo\nthree\nfour\n',
        link: 'file\n'
      }
    })
    repo.commit({
      message: 'all kinds',
      files: { 'keep.txt': 'a\nB\nc\n', 'gone.txt': null, 'new.txt': 'n\n' },
      renames: { 'old/name.md': 'docs/name.md' },
      symlinks: { link: 'keep.txt' }
    })
    const files = byTitle((await collect(repo)).changes, 'all kinds').files
    expect(files).toEqual(
      expect.arrayContaining([
        { path: 'keep.txt', status: 'modified', additions: 2, deletions: 1 },
        { path: 'gone.txt', status: 'deleted', additions: 0, deletions: 1 },
        { path: 'new.txt', status: 'added', additions: 1, deletions: 0 },
        {
          path: 'docs/name.md',
          previousPath: 'old/name.md',
          status: 'renamed',
          additions: 0,
          deletions: 0
        },
        { path: 'link', status: 'type-changed', additions: 1, deletions: 1 }
      ])
    )
    expect(files).toHaveLength(5)
  })

  it('reports copies with their source when copy detection is on', async () => {
    const repo = GitRepo.init()
    const text = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join('')
    repo.commit({ message: 'base', files: { 'template.yml': text } })
    repo.commit({ message: 'copy', files: { 'template.yml': `${text}more\n`, 'copy.yml': text } })
    const files = byTitle((await collect(repo, { detectCopies: true })).changes, 'copy').files
    expect(files).toContainEqual({
      path: 'copy.yml',
      previousPath: 'template.yml',
      status: 'copied',
      additions: 0,
      deletions: 0
    })
    const withoutCopies = byTitle((await collect(repo)).changes, 'copy').files
    expect(withoutCopies).toContainEqual({
      path: 'copy.yml',
      status: 'added',
      additions: 20,
      deletions: 0
    })
  })

  it('gives binary files null line counts', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'logo',
      files: { 'assets/logo.png': binaryContent(512), 'README.md': '# x\n' }
    })
    repo.commit({ message: 'new logo', files: { 'assets/logo.png': binaryContent(600, 2) } })
    const { changes } = await collect(repo)
    expect(byTitle(changes, 'logo').files).toContainEqual({
      path: 'assets/logo.png',
      status: 'added',
      additions: null,
      deletions: null
    })
    expect(byTitle(changes, 'new logo').files).toEqual([
      { path: 'assets/logo.png', status: 'modified', additions: null, deletions: null }
    ])
  })

  it('keeps unicode, spaces, quotes, tabs and newlines in paths intact', async () => {
    const names = [
      'docs/café ☕.md',
      'with space/a b.txt',
      'quote"d\'s.txt',
      'tab\there.txt',
      'new\nline.txt',
      '日本語/ファイル.ts'
    ]
    const repo = GitRepo.init()
    repo.commit({
      message: 'odd names',
      files: Object.fromEntries(names.map(name => [name, `${name}\n`]))
    })
    repo.commit({ message: 'rename odd', renames: { 'docs/café ☕.md': 'docs/thé "vert".md' } })
    const { changes } = await collect(repo)
    expect(
      byTitle(changes, 'odd names')
        .files.map(file => file.path)
        .sort()
    ).toEqual([...names].sort())
    expect(byTitle(changes, 'rename odd').files).toEqual([
      {
        path: 'docs/thé "vert".md',
        previousPath: 'docs/café ☕.md',
        status: 'renamed',
        additions: 0,
        deletions: 0
      }
    ])
  })

  it('reads a GitHub merge as its pull request: one change, the branch author, the first-parent diff', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'base', files: { 'a.txt': 'a\n' } })
    repo.branch('feature')
    const bot = {
      name: 'dependabot[bot]',
      email: '49699333+dependabot[bot]@users.noreply.github.com'
    }
    repo.commit({ message: 'feature work', files: { 'feature.txt': 'f\n' }, author: bot })
    repo.commit({ message: 'more feature work', files: { 'feature.txt': 'f\ng\n' }, author: bot })
    repo.switchTo('main')
    repo.commit({ message: 'main work', files: { 'a.txt': 'a\nb\n' } })
    const mergeSha = repo.merge('feature', {
      message: 'Merge pull request #42 from octo/feature\n\nBump the feature\n\nDetails.'
    })
    repo.commit({ message: 'Fix the parser (#43)', files: { 'a.txt': 'a\nc\n' } })
    repo.branch('release')
    repo.commit({ message: 'release notes', files: { 'notes.txt': 'n\n' } })
    repo.switchTo('main')
    repo.merge('release', { message: 'Merge branch release' })

    const { changes } = await collect(repo)
    expect(changes.map(change => [change.kind, change.title])).toEqual([
      ['commit', 'Merge branch release'],
      ['pull_request', 'Fix the parser'],
      ['pull_request', 'Bump the feature'],
      ['commit', 'main work'],
      ['commit', 'base']
    ])
    const pull = byTitle(changes, 'Bump the feature')
    expect(pull).toMatchObject({ id: '42', body: 'Details.', mergeCommit: mergeSha, author: bot })
    expect(pull.files).toEqual([
      { path: 'feature.txt', status: 'added', additions: 2, deletions: 0 }
    ])
    expect(byTitle(changes, 'Fix the parser')).toMatchObject({ id: '43', author: DEFAULT_AUTHOR })
  })

  it('counts every non-merge commit with unit commit, and merges too when asked', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'base', files: { 'a.txt': 'a\n' } })
    repo.branch('feature')
    repo.commit({ message: 'feature work', files: { 'feature.txt': 'f\n' } })
    repo.switchTo('main')
    repo.commit({ message: 'main work', files: { 'a.txt': 'a\nb\n' } })
    const mergeSha = repo.merge('feature', { message: 'Merge pull request #7 from octo/feature' })

    const skipped = await collect(repo, { unit: 'commit' })
    expect(skipped.changes.map(change => change.title)).toEqual([
      'main work',
      'feature work',
      'base'
    ])
    expect(skipped.changes.every(change => change.kind === 'commit')).toBe(true)

    const included = await collect(repo, { unit: 'commit', includeMerges: true })
    const merge = byTitle(included.changes, 'Merge pull request #7 from octo/feature')
    expect(merge.id).toBe(mergeSha)
    expect(merge.files).toEqual([
      { path: 'feature.txt', status: 'added', additions: 1, deletions: 0 }
    ])
    expect(included.changes).toHaveLength(4)
  })

  it('reports authors as .mailmap maps them', async () => {
    const repo = GitRepo.init()
    const proper = { name: 'Grace Hopper', email: 'grace@example.com' }
    repo.mailmap([{ proper, commit: { name: 'grace', email: 'gh@old-laptop.local' } }])
    repo.commit({
      message: 'one',
      files: { a: '1\n' },
      author: { name: 'grace', email: 'gh@old-laptop.local' }
    })
    repo.commit({ message: 'two', files: { a: '2\n' }, author: proper })
    const { changes } = await collect(repo)
    expect(changes.map(change => change.author)).toEqual([proper, proper])
  })

  it('keeps an empty commit with no files', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'base', files: { a: '1\n' } })
    repo.commit('empty')
    expect(byTitle((await collect(repo)).changes, 'empty').files).toEqual([])
  })

  it('hands the classifier the root .gitattributes at HEAD', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'no attributes yet', files: { a: '1\n' } })
    expect((await collect(repo)).context).toEqual({})
    repo.commit({
      message: 'attributes',
      files: { '.gitattributes': 'dist/** linguist-generated=true\n' }
    })
    repo.write('.gitattributes', 'uncommitted edits are not read\n')
    expect((await collect(repo)).context).toEqual({
      gitattributes: 'dist/** linguist-generated=true\n'
    })
  })

  it('reads the CODEOWNERS GitHub would use: .github/, then the root, then docs/', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'owners',
      files: { 'docs/CODEOWNERS': '* @org/docs\n', '.github/CODEOWNERS/README.md': 'a folder\n' }
    })
    // A folder named CODEOWNERS is not the file, so docs/ is the one in use.
    expect((await collect(repo)).context).toEqual({ codeowners: '* @org/docs\n' })
    repo.commit({ message: 'root owners', files: { CODEOWNERS: '* @org/root\n' } })
    expect((await collect(repo)).context).toEqual({ codeowners: '* @org/root\n' })
    fs.rmSync(path.join(repo.path, '.github/CODEOWNERS'), { recursive: true })
    repo.commit({
      message: 'github owners',
      files: { '.github/CODEOWNERS': '* @org/github\n', '.gitattributes': '*.gen -diff\n' }
    })
    expect((await collect(repo)).context).toEqual({
      gitattributes: '*.gen -diff\n',
      codeowners: '* @org/github\n'
    })
  })

  it('reads an empty repository as one with no context and no changes', async () => {
    const repo = GitRepo.init()
    expect(await collect(repo)).toEqual({
      changes: [],
      since: EVERYTHING.since,
      context: {},
      notes: []
    })
  })

  it('collects from a folder inside the work tree', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'nested', files: { 'src/deep/a.ts': 'x\n' } })
    const source = gitSource({ repoPath: `${repo.path}/src/deep` })
    const { changes } = await source.collect(EVERYTHING, keepChanges(noPatches))
    expect(changes[0]?.files[0]?.path).toBe('src/deep/a.ts')
  })

  it('names the repository owner/name from remote.origin.url, else after its folder', () => {
    const repo = GitRepo.init()
    expect(gitSource({ repoPath: repo.path }).repository).toBe(repo.path.split('/').at(-1))
    repo.setRemote('git@github.com:octo-org/hello-world.git')
    expect(gitSource({ repoPath: repo.path }).repository).toBe('octo-org/hello-world')
    expect(gitSource({ repoPath: repo.path }).kind).toBe('git')
  })

  it('links each commit to its page when the remote is on a GitHub host, and to nothing otherwise', async () => {
    const repo = GitRepo.init()
    const sha = repo.commit({ message: 'linked', files: { 'a.md': 'a\n' } })
    const urlOf = async (options: Parameters<typeof gitSource>[0]) => {
      const source = gitSource(options)
      const { changes } = await source.collect(EVERYTHING, keepChanges(noPatches))
      return { commit: changes[0]?.url, repository: source.repository, url: source.repositoryUrl }
    }
    expect(await urlOf({ repoPath: repo.path })).toEqual({
      commit: undefined,
      repository: repo.path.split('/').at(-1),
      url: undefined
    })
    repo.setRemote('git@github.com:octo-org/hello-world.git')
    expect(await urlOf({ repoPath: repo.path })).toEqual({
      commit: `https://github.com/octo-org/hello-world/commit/${sha}`,
      repository: 'octo-org/hello-world',
      url: 'https://github.com/octo-org/hello-world'
    })
    repo.setRemote('https://ghe.example.com/team/app.git')
    expect((await urlOf({ repoPath: repo.path })).commit).toBeUndefined()
    expect(
      (await urlOf({ repoPath: repo.path, githubServers: ['https://ghe.example.com'] })).commit
    ).toBe(`https://ghe.example.com/team/app/commit/${sha}`)
    // The action knows the repository and its server: the checkout's remote does not matter.
    repo.setRemote('/work/.mirror/m-spf13+cobra')
    expect(
      await urlOf({
        repoPath: repo.path,
        repository: 'spf13/cobra',
        repositoryUrl: 'https://github.com/spf13/cobra'
      })
    ).toEqual({
      commit: `https://github.com/spf13/cobra/commit/${sha}`,
      repository: 'spf13/cobra',
      url: 'https://github.com/spf13/cobra'
    })
  })
})
