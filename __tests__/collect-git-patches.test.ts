import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { gitSource, readGitHistory } from '../src/collect/git.js'
import type { Change, Window } from '../src/model.js'
import { binaryContent, cleanupGitRepos, GitRepo } from './support/git-repo.js'
import { keepChanges } from './support/classifiers.js'

const EVERYTHING: Window = { since: '2000-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z' }

/**
 * A git that logs its arguments before running the real one, to count the calls made. Each
 * call's record (every argument followed by RS, then GS) is built first and appended in one
 * write: git calls run concurrently, and two appends per call interleaved and lost a record.
 */
function recordingGit(): { binary: string; calls: () => string[][] } {
  const folder = GitRepo.plainFolder()
  const log = path.join(folder, 'calls.log')
  const binary = path.join(folder, 'git')
  const script = [
    '#!/bin/sh',
    "rs=$(printf '\\036')",
    "record=''",
    'for arg in "$@"; do record="$record$arg$rs"; done',
    `printf '%s\\035' "$record" >> '${log}'`,
    'exec git "$@"',
    ''
  ].join('\n')
  fs.writeFileSync(binary, script, { mode: 0o755 })
  const calls = (): string[][] =>
    fs.existsSync(log)
      ? fs
          .readFileSync(log, 'utf8')
          .split('\x1d')
          .filter(record => record !== '')
          .map(record => record.split('\x1e').slice(0, -1))
      : []
  return { binary, calls }
}

function fileOf(change: Change | undefined, filePath: string) {
  const file = change?.files.find(candidate => candidate.path === filePath)
  if (file === undefined) throw new Error(`no file ${filePath}`)
  return file
}

describe('collect/git patches', () => {
  afterAll(() => cleanupGitRepos())

  const repo = GitRepo.init()
  repo.commit({
    message: 'base',
    files: {
      'src/a.ts': 'one\ntwo\nthree\n',
      'docs/guide.md': Array.from({ length: 10 }, (_, i) => `guide line ${i}\n`).join(''),
      'old name.txt': 'keep\n',
      'src/deleted.ts': 'gone\n',
      'image.png': binaryContent(300)
    }
  })
  repo.commit({
    message: 'docs: edit several files',
    files: {
      'src/a.ts': 'one\nTWO\nthree\n',
      'docs/guide.md':
        Array.from({ length: 10 }, (_, i) => `guide line ${i}\n`).join('') + 'the end\n',
      'image.png': binaryContent(300, 9),
      'src/deleted.ts': null,
      'dir with "quotes"/café.md': 'diff --git a/x b/x\n@@ not a header @@\n'
    },
    renames: { 'old name.txt': 'new name.txt' }
  })
  repo.commit({ message: 'feat: unrelated', files: { 'src/b.ts': 'b\n' } })

  it('fetches patches only for the changes wantsPatch selects, in one extra git call', async () => {
    const git = recordingGit()
    const source = gitSource({ repoPath: repo.path, gitBinary: git.binary })
    const { changes } = await source.collect(
      EVERYTHING,
      keepChanges(change => change.title.startsWith('docs:'))
    )
    const patchCalls = git.calls().filter(args => args.includes('--patch'))
    expect(patchCalls).toHaveLength(1)
    const edited = changes.find(change => change.title.startsWith('docs:'))
    expect(fileOf(edited, 'src/a.ts').patch).toBe('@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three')
    for (const change of changes.filter(candidate => candidate !== edited)) {
      expect(change.files.every(file => file.patch === undefined)).toBe(true)
    }
  })

  it('splits a commit patch per file, with no diff header, and none for binary files', async () => {
    const { changes } = await gitSource({ repoPath: repo.path }).collect(
      EVERYTHING,
      keepChanges(() => true)
    )
    const edited = changes.find(change => change.title.startsWith('docs:'))
    expect(fileOf(edited, 'docs/guide.md').patch).toBe(
      '@@ -8,3 +8,4 @@ guide line 6\n guide line 7\n guide line 8\n guide line 9\n+the end'
    )
    expect(fileOf(edited, 'image.png')).toEqual({
      path: 'image.png',
      status: 'modified',
      additions: null,
      deletions: null
    })
    expect(fileOf(edited, 'dir with "quotes"/café.md').patch).toBe(
      '@@ -0,0 +1,2 @@\n+diff --git a/x b/x\n+@@ not a header @@'
    )
    expect(fileOf(edited, 'src/deleted.ts').patch).toBe('@@ -1 +0,0 @@\n-gone')
    expect(fileOf(changes.at(-1), 'src/deleted.ts').patch).toBe('@@ -0,0 +1 @@\n+gone')
  })

  it('keys a renamed file patch by its new path and leaves a pure rename without one', async () => {
    const rename = GitRepo.init()
    const body = Array.from({ length: 12 }, (_, i) => `row ${i}\n`).join('')
    rename.commit({ message: 'base', files: { 'a b/old.md': body, 'same.txt': 'same\n' } })
    rename.commit({
      message: 'move',
      renames: { 'a b/old.md': 'a b/new "one".md', 'same.txt': 'moved.txt' },
      files: { 'a b/new "one".md': body.replace('row 11', 'row eleven') }
    })
    const { changes } = await gitSource({ repoPath: rename.path }).collect(
      EVERYTHING,
      keepChanges(() => true)
    )
    const move = changes[0]
    expect(fileOf(move, 'a b/new "one".md')).toMatchObject({
      previousPath: 'a b/old.md',
      status: 'renamed'
    })
    expect(fileOf(move, 'a b/new "one".md').patch).toBe(
      '@@ -9,4 +9,4 @@ row 7\n row 8\n row 9\n row 10\n-row 11\n+row eleven'
    )
    expect(fileOf(move, 'moved.txt').patch).toBeUndefined()
  })

  it('asks wantsPatch with the line counts known, and patches an included merge against its first parent', async () => {
    const merges = GitRepo.init()
    merges.commit({ message: 'base', files: { 'a.txt': 'a\n' } })
    merges.branch('topic')
    merges.commit({ message: 'topic', files: { 'b.txt': 'b\n' } })
    merges.switchTo('main')
    merges.commit({ message: 'main', files: { 'a.txt': 'a\nmore\n' } })
    merges.merge('topic', { message: 'Merge topic' })
    const asked: Change[] = []
    const { changes } = await gitSource({ repoPath: merges.path, includeMerges: true }).collect(
      EVERYTHING,
      keepChanges(change => {
        asked.push(structuredClone(change))
        return change.title === 'Merge topic'
      })
    )
    expect(asked.find(change => change.title === 'main')?.files).toEqual([
      { path: 'a.txt', status: 'modified', additions: 1, deletions: 0 }
    ])
    expect(changes.find(change => change.title === 'Merge topic')?.files).toEqual([
      { path: 'b.txt', status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+b' }
    ])
  })

  it('classifies each selected change once, with its patches attached, empty commits too', async () => {
    const withEmpty = GitRepo.init()
    withEmpty.commit({ message: 'base', files: { 'a.txt': 'a\n', 'logo.png': binaryContent(64) } })
    withEmpty.commit({ message: 'empty', files: {} })
    withEmpty.commit({ message: 'binary only', files: { 'logo.png': binaryContent(64, 3) } })
    withEmpty.commit({ message: 'text', files: { 'a.txt': 'a\nb\n' } })
    const heard: string[] = []
    const { changes } = await gitSource({ repoPath: withEmpty.path }).collect(EVERYTHING, () => ({
      wantsPatch: change => change.title !== 'base',
      classify: change => {
        heard.push(change.title)
        return { title: change.title, patches: change.files.map(file => file.patch) }
      }
    }))
    // In log order, whenever each was classified.
    expect(changes).toEqual([
      { title: 'text', patches: ['@@ -1 +1,2 @@\n a\n+b'] },
      { title: 'binary only', patches: [undefined] },
      { title: 'empty', patches: [] },
      { title: 'base', patches: [undefined, undefined] }
    ])
    expect([...heard].sort()).toEqual(['base', 'binary only', 'empty', 'text'])
  })

  it('reads a clone in a few git processes, and none again for facts the caller has read', async () => {
    const git = recordingGit()
    const subcommands = (): string[] =>
      git.calls().map(args => args.find(arg => /^[a-z][a-z-]+$/.test(arg)) ?? '')
    const collectWith = async (source: ReturnType<typeof gitSource>): Promise<string[]> => {
      const before = git.calls().length
      await source.collect(
        EVERYTHING,
        keepChanges(change => change.title.startsWith('docs:'))
      )
      return subcommands().slice(before)
    }
    // The history probe (one rev-parse, which also finds the top folder that names this clone
    // without a remote; one config for the partial-clone setting and the remote), .gitattributes
    // and every CODEOWNERS in one cat-file, the first-parent merges (whose branch authors are
    // read in one more call only when there are some), the log, the patches.
    const expected = ['cat-file', 'config', 'diff-tree', 'log', 'rev-list', 'rev-parse']
    const fresh = await collectWith(gitSource({ repoPath: repo.path, gitBinary: git.binary }))
    expect([...fresh].sort()).toEqual(expected)
    const history = await readGitHistory(repo.path, { gitBinary: git.binary })
    const told = await collectWith(
      gitSource({ repoPath: repo.path, gitBinary: git.binary, history })
    )
    expect([...told].sort()).toEqual(['cat-file', 'diff-tree', 'log', 'rev-list'])
  })

  it('makes no patch call when no change is selected', async () => {
    const git = recordingGit()
    await gitSource({ repoPath: repo.path, gitBinary: git.binary }).collect(
      EVERYTHING,
      keepChanges(() => false)
    )
    expect(git.calls().filter(args => args.includes('--patch'))).toEqual([])
    expect(git.calls().filter(args => args.includes('log'))).toHaveLength(1)
  })
})
