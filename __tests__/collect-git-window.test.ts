import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, realpathSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { GitSourceError, gitSource, historyCovers, readGitHistory } from '../src/collect/git.js'
import type { RepoContext, Window } from '../src/model.js'
import { cleanupGitRepos, GitRepo } from './support/git-repo.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { keepChanges } from './support/classifiers.js'

const noPatches = (): boolean => false

async function titles(repo: GitRepo, window: Window): Promise<string[]> {
  const { changes } = await gitSource({ repoPath: repo.path }).collect(
    window,
    keepChanges(noPatches)
  )
  return changes.map(change => change.title)
}

/** One commit a day at noon UTC, from 2024-03-01 (titles 'day 1', 'day 2', ...). */
function dailyRepo(days: number): GitRepo {
  const repo = GitRepo.init()
  repo.commitAll(
    Array.from({ length: days }, (_, i) => ({
      message: `day ${i + 1}`,
      files: { 'log.txt': `${i + 1}\n` },
      date: `2024-03-0${i + 1}T12:00:00Z`
    }))
  )
  return repo
}

describe('collect/git window', () => {
  afterAll(() => cleanupGitRepos())

  it('includes a commit at exactly `since` and excludes one at exactly `until`', async () => {
    const repo = GitRepo.init()
    for (const [title, date] of [
      ['before', '2024-05-31T23:59:59Z'],
      ['at since', '2024-06-01T00:00:00Z'],
      ['last second', '2024-06-30T23:59:59Z'],
      ['at until', '2024-07-01T00:00:00Z']
    ] as const) {
      repo.commit({ message: title, files: { 'a.txt': `${title}\n` }, date })
    }
    const june = { since: '2024-06-01T00:00:00Z', until: '2024-07-01T00:00:00Z' }
    expect(await titles(repo, june)).toEqual(['last second', 'at since'])
    // Offsets and sub-second bounds are exact too, though git filters in whole seconds.
    expect(
      await titles(repo, {
        since: '2024-06-01T02:00:00.001+02:00',
        until: '2024-07-01T00:00:00.001Z'
      })
    ).toEqual(['at until', 'last second'])
  })

  it('decides membership by committer date, so a rebased old commit counts when it landed', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'authored long ago, landed in June',
      files: { a: '1\n' },
      authorDate: '2023-01-01T00:00:00Z',
      committerDate: '2024-06-10T00:00:00Z'
    })
    repo.commit({
      message: 'authored in June, landed in July',
      files: { a: '2\n' },
      authorDate: '2024-06-20T00:00:00Z',
      committerDate: '2024-07-02T00:00:00Z'
    })
    const june = { since: '2024-06-01T00:00:00Z', until: '2024-07-01T00:00:00Z' }
    const { changes } = await gitSource({ repoPath: repo.path }).collect(
      june,
      keepChanges(noPatches)
    )
    expect(changes.map(change => [change.title, change.time])).toEqual([
      ['authored long ago, landed in June', '2024-06-10T00:00:00.000Z']
    ])
  })

  it('returns no changes for a window with no commits, or an empty window', async () => {
    const repo = dailyRepo(3)
    expect(
      await titles(repo, { since: '2025-01-01T00:00:00Z', until: '2025-02-01T00:00:00Z' })
    ).toEqual([])
    expect(
      await titles(repo, { since: '2024-03-02T12:00:00Z', until: '2024-03-02T12:00:00Z' })
    ).toEqual([])
  })

  it('finds commits in windows that start before 1973-03-03, down to before 1970', async () => {
    // git reads `--since=@N` with N of 8 digits or fewer (before 1973-03-03) as some other
    // date: such windows used to come back empty.
    const repo = GitRepo.init()
    for (const [title, date] of [
      ['1971', '1971-06-01T00:00:00Z'],
      ['1990', '1990-06-01T00:00:00Z'],
      ['2000', '2000-01-01T12:00:00Z']
    ] as const) {
      repo.commit({ message: title, files: { 'a.txt': `${title}\n` }, date })
    }
    expect(
      await titles(repo, { since: '1990-01-01T00:00:00Z', until: '2001-01-01T00:00:00Z' })
    ).toEqual(['2000', '1990'])
    expect(
      await titles(repo, { since: '1970-01-01T00:00:00Z', until: '1973-01-01T00:00:00Z' })
    ).toEqual(['1971'])
    // A window reaching before the epoch (a previous window of a long report) holds every
    // commit since 1970 up to its end, and one wholly before 1970 holds none.
    expect(
      await titles(repo, { since: '1950-01-01T00:00:00Z', until: '1990-06-01T00:00:00Z' })
    ).toEqual(['1971'])
    expect(
      await titles(repo, { since: '1950-01-01T00:00:00Z', until: '1969-12-31T00:00:00Z' })
    ).toEqual([])
  })

  it('returns no changes and no error for a repository without commits', async () => {
    for (const repo of [GitRepo.init(), GitRepo.init({ bare: true })]) {
      const contexts: RepoContext[] = []
      const collection = await gitSource({ repoPath: repo.path }).collect(
        { since: '2000-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z' },
        keepChanges(noPatches, contexts)
      )
      expect(collection).toEqual({ changes: [], since: '2000-01-01T00:00:00Z', notes: [] })
      expect(contexts).toEqual([{}])
    }
  })

  it('rejects a folder that is not a repository, naming the path', async () => {
    const folder = GitRepo.plainFolder()
    for (const repoPath of [folder, `${folder}/does-not-exist`]) {
      const failure = gitSource({ repoPath }).collect(
        { since: '2024-01-01T00:00:00Z', until: '2024-02-01T00:00:00Z' },
        keepChanges(noPatches)
      )
      await expect(failure).rejects.toThrow(GitSourceError)
      await expect(failure).rejects.toMatchObject({
        code: 'not-a-repository',
        message: expect.stringContaining(repoPath)
      })
    }
  })

  it('says git is missing when it cannot be started', async () => {
    const repo = dailyRepo(1)
    const failure = gitSource({ repoPath: repo.path, gitBinary: '/nonexistent/bin/git' }).collect(
      { since: '2024-01-01T00:00:00Z', until: '2025-01-01T00:00:00Z' },
      keepChanges(noPatches)
    )
    await expect(failure).rejects.toMatchObject({
      code: 'git-not-found',
      message: expect.stringContaining('not installed')
    })
  })

  it('refuses a shallow clone whose history starts inside the window, suggesting fetch-depth: 0', async () => {
    const clone = GitRepo.clone(dailyRepo(5), ['--depth', '2'])
    const failure = gitSource({ repoPath: clone.path }).collect(
      { since: '2024-03-01T00:00:00Z', until: '2024-04-01T00:00:00Z' },
      keepChanges(noPatches)
    )
    await expect(failure).rejects.toMatchObject({
      code: 'shallow-history',
      message: expect.stringContaining('fetch-depth: 0')
    })
    await expect(failure).rejects.toThrow(/2024-03-04T12:00:00.000Z/)
  })

  it('says when only the trend needs the history a shallow clone lacks', async () => {
    const clone = GitRepo.clone(dailyRepo(5), ['--depth', '2'])
    // The report's window starts after the cut; its previous window (the trend's) before it.
    const failure = runReport({
      source: gitSource({ repoPath: clone.path }),
      config: DEFAULT_CONFIG,
      window: { since: '2024-03-05T00:00:00.000Z', until: '2024-03-06T00:00:00.000Z' }
    })
    await expect(failure).rejects.toMatchObject({ code: 'shallow-history' })
    await expect(failure).rejects.toThrow(
      "The report's window starts 2024-03-05T00:00:00.000Z; its trend compares it with the previous window of equal length, which starts 2024-03-04T00:00:00.000Z. History from 2024-03-04T00:00:00.000Z on is needed, but this shallow clone's history is cut at 2024-03-04T12:00:00.000Z."
    )
  })

  it("serves a history cut before it from the report's window and its trend on, and says where it starts", async () => {
    const clone = GitRepo.clone(dailyRepo(5), ['--depth', '2'])
    // The cut is at 'day 4' (12:00); the report's previous window starts after it, the span before.
    const report = { since: '2024-03-05T12:00:00.000Z', until: '2024-03-06T00:00:00.000Z' }
    const span = { since: '2024-03-01T00:00:00.000Z', until: report.until }
    const served = await gitSource({ repoPath: clone.path }).collect(
      span,
      keepChanges(noPatches),
      report
    )
    expect(served.since).toBe('2024-03-05T00:00:00.000Z')
    expect(served.changes.map(change => change.title)).toEqual(['day 5'])
    expect(served.notes).toEqual([])
    // Without the report's window the source cannot tell what may be left out.
    await expect(
      gitSource({ repoPath: clone.path }).collect(span, keepChanges(noPatches))
    ).rejects.toThrow(/^History from 2024-03-01T00:00:00.000Z on is needed/)
  })

  it('collects from a shallow clone whose history reaches back past the window start', async () => {
    const clone = GitRepo.clone(dailyRepo(5), ['--depth', '2'])
    // The cut is at 'day 4' (it shows no parent): the window must start after it.
    expect(
      await titles(clone, { since: '2024-03-04T12:00:01Z', until: '2024-04-01T00:00:00Z' })
    ).toEqual(['day 5'])
  })

  it('collects what a shallow clone holds, with a note, when asked to truncate', async () => {
    const clone = GitRepo.clone(dailyRepo(5), ['--depth', '3'])
    const collection = await gitSource({ repoPath: clone.path, shallow: 'truncate' }).collect(
      { since: '2024-03-01T00:00:00Z', until: '2024-04-01T00:00:00Z' },
      keepChanges(noPatches)
    )
    expect(collection.changes.map(change => change.title)).toEqual(['day 5', 'day 4'])
    expect(collection.notes).toEqual([expect.stringContaining('Shallow clone')])
  })

  it('tells whether the local clone covers a window, for choosing the source', async () => {
    const full = dailyRepo(5)
    const shallow = GitRepo.clone(full, ['--depth', '1'])
    const fullFacts = await readGitHistory(full.path)
    expect(fullFacts).toMatchObject({
      isRepository: true,
      hasCommits: true,
      shallow: false,
      partialClone: false
    })
    expect(historyCovers(fullFacts, '2000-01-01T00:00:00Z')).toBe(true)

    const shallowFacts = await readGitHistory(shallow.path)
    expect(shallowFacts.shallowBoundaries).toEqual([
      { sha: full.head(), time: '2024-03-05T12:00:00.000Z' }
    ])
    expect(historyCovers(shallowFacts, '2024-03-01T00:00:00Z')).toBe(false)
    expect(historyCovers(shallowFacts, '2024-03-05T12:00:00Z')).toBe(false)
    expect(historyCovers(shallowFacts, '2024-03-05T12:00:01Z')).toBe(true)

    const nowhere = await readGitHistory(GitRepo.plainFolder())
    expect(nowhere.isRepository).toBe(false)
    expect(historyCovers(nowhere, '2024-03-01T00:00:00Z')).toBe(false)
    expect(historyCovers({ ...fullFacts, partialClone: true }, '2024-03-01T00:00:00Z')).toBe(false)
  })

  it('reads the partial-clone setting and the remote together, and names the clone from them', async () => {
    const repo = dailyRepo(1)
    expect(await readGitHistory(repo.path)).not.toHaveProperty('remoteUrl')
    // Settings are matched by name whatever their case, and the last value of a key wins.
    repo.git(['config', 'Extensions.partialClone', 'origin'])
    repo.git(['config', 'remote.origin.url', 'https://example.com/old.git'])
    repo.git(['config', '--add', 'remote.origin.url', 'git@github.com:octo-org/hello.git'])
    const facts = await readGitHistory(repo.path)
    expect(facts).toMatchObject({
      partialClone: true,
      remoteUrl: 'git@github.com:octo-org/hello.git'
    })
    expect(historyCovers(facts, '2000-01-01T00:00:00Z')).toBe(false)
    // A source told these facts names and links the clone without asking git for the remote.
    repo.git(['config', '--unset-all', 'remote.origin.url'])
    const source = gitSource({ repoPath: repo.path, history: facts })
    expect(source.repository).toBe('octo-org/hello')
    const { changes } = await source.collect(
      { since: '2024-03-01T00:00:00Z', until: '2024-04-01T00:00:00Z' },
      keepChanges(noPatches)
    )
    expect(changes[0]?.url).toBe(`https://github.com/octo-org/hello/commit/${repo.head()}`)
  })

  it('finds the top of the work tree in the same probe, as --show-toplevel would, and none in a bare clone', async () => {
    const repo = dailyRepo(1)
    const top = realpathSync(repo.path)
    mkdirSync(path.join(repo.path, 'src', 'deep'), { recursive: true })
    const link = path.join(GitRepo.plainFolder(), 'linked')
    symlinkSync(repo.path, link)
    for (const folder of [repo.path, path.join(repo.path, 'src', 'deep'), link]) {
      expect((await readGitHistory(folder)).topLevel).toBe(top)
      expect(repo.git(['-C', folder, 'rev-parse', '--show-toplevel'])).toBe(top)
    }
    // In the git directory and in a bare clone there is no work tree; the probe still reads.
    const inGitDir = await readGitHistory(path.join(repo.path, '.git'))
    expect(inGitDir).toMatchObject({ isRepository: true, hasCommits: true })
    expect(inGitDir).not.toHaveProperty('topLevel')
    const bare = GitRepo.clone(repo, ['--bare'])
    const bareFacts = await readGitHistory(bare.path)
    expect(bareFacts).toMatchObject({ isRepository: true, hasCommits: true })
    expect(bareFacts).not.toHaveProperty('topLevel')
    // With no remote, a clone is named after its top folder, read from a folder inside it.
    const named = gitSource({ repoPath: path.join(repo.path, 'src', 'deep') })
    await named.collect(
      { since: '2024-03-01T00:00:00Z', until: '2024-04-01T00:00:00Z' },
      keepChanges(noPatches)
    )
    expect(named.repository).toBe(path.basename(top))
  })
})
