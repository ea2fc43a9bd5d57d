import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { githubSource } from '../src/collect/github.js'
import { createGitHubClient } from '../src/github/client.js'
import { git } from './support/history.js'
import { LoopbackGitHub } from './support/github-server.js'
import {
  buildRealHistory,
  installRealPulls,
  loadHistoryFixture,
  type FixtureFile,
  type HistoryFixture
} from './support/real-history.js'
import { keepChanges } from './support/classifiers.js'

/** What `git log --raw --numstat -z` says each commit changed (merges: against parent 1). */
function changesOf(repo: string): Map<string, FixtureFile[]> {
  const output = git(repo, [
    'log',
    '--all',
    '-z',
    '-M',
    '--diff-merges=first-parent',
    '--raw',
    '--numstat',
    '--format=%x01%H'
  ])
  const changes = new Map<string, FixtureFile[]>()
  for (const chunk of output.split('\x01').slice(1)) {
    const tokens = chunk.split('\0')
    const sha = tokens[0] ?? ''
    const files: FixtureFile[] = []
    let i = 1
    for (; (tokens[i] ?? '').replace(/^\n/, '').startsWith(':'); i++) {
      const status = (tokens[i] ?? '').split(' ')[4] ?? 'M'
      const code = status.charAt(0) as FixtureFile['status']
      const paired = code === 'R' || code === 'C'
      files.push({
        path: tokens[paired ? i + 2 : i + 1] ?? '',
        ...(paired ? { previousPath: tokens[i + 1] ?? '' } : {}),
        status: code,
        additions: 0,
        deletions: 0
      })
      i += paired ? 2 : 1
    }
    for (const file of files) {
      const [additions = '0', deletions = '0', single = ''] = (tokens[i] ?? '')
        .replace(/^\n/, '')
        .split('\t')
      Object.assign(file, { additions: Number(additions), deletions: Number(deletions) })
      i += single === '' ? 3 : 1
    }
    changes.set(sha, files)
  }
  return changes
}

const describeFile = (file: FixtureFile) =>
  `${file.status} ${file.previousPath ? `${file.previousPath} → ` : ''}${file.path}`
const sorted = (files: readonly FixtureFile[]) => files.map(describeFile).sort()

/** Numbers of the PRs the first-parent subjects name: a GitHub merge or a squash's `(#N)`. */
function pullNumbersInSubjects(subjects: readonly string[]): number[] {
  return subjects
    .map(
      subject =>
        /^Merge pull request #(\d+) from /.exec(subject)?.[1] ?? /\(#(\d+)\)$/.exec(subject)?.[1]
    )
    .filter((number): number is string => number !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
}

describe.each([
  ['pypa--pip', 'merge commits'],
  ['honojs--hono', 'squash merges and direct pushes'],
  ['gin-gonic--gin', 'squash merges, many by dependabot']
])('real history %s (%s)', name => {
  const fixture: HistoryFixture = loadHistoryFixture(name)
  const commits = fixture.commits.filter(commit => !commit.boundary)
  let repo: string
  let shas: Map<string, string>
  let firstParent: { sha: string; subject: string; parents: number }[]
  let changes: Map<string, FixtureFile[]>

  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-real-'))
    shas = buildRealHistory(repo, fixture)
    changes = changesOf(repo)
    const since = Date.parse(fixture.window.since)
    const until = Date.parse(fixture.window.until)
    firstParent = git(repo, ['log', '--first-parent', '--format=%H%x00%ct%x00%P%x00%s', 'main'])
      .trim()
      .split('\n')
      .map(line => line.split('\0'))
      .filter(([, time]) => Number(time) * 1000 >= since && Number(time) * 1000 < until)
      .map(([sha = '', , parents = '', subject = '']) => ({
        sha,
        subject,
        parents: parents.split(' ').length
      }))
  })
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }))

  it('rebuilds every commit with its parents, people, times and message', () => {
    const log = git(repo, [
      'log',
      '--all',
      '--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x01'
    ])
    const rebuilt = new Map(
      log
        .split('\x01')
        .map(entry => entry.replace(/^\n/, '').split('\0'))
        .filter(fields => fields.length > 1)
        .map(([sha = '', ...fields]) => [sha, fields])
    )
    expect(rebuilt.size).toBe(fixture.commits.length)
    for (const commit of fixture.commits) {
      const parents = commit.parents.map(parent => shas.get(parent)).join(' ')
      expect(rebuilt.get(shas.get(commit.sha) ?? '')).toEqual([
        parents,
        commit.author.name,
        commit.author.email,
        commit.authorTime,
        commit.committer.name,
        commit.committer.email,
        commit.commitTime,
        commit.message
      ])
    }
  })

  it('holds the recorded first-parent changes of the window: its PRs and direct pushes', () => {
    const recorded = [...fixture.pulls.map(pull => pull.mergeCommit), ...fixture.directPushes]
    expect(firstParent.map(commit => commit.sha).sort()).toEqual(
      recorded.map(sha => shas.get(sha)).sort()
    )
    expect(pullNumbersInSubjects(firstParent.map(commit => commit.subject))).toEqual(
      fixture.pulls.map(pull => pull.number).sort((a, b) => a - b)
    )
    const merges = firstParent.filter(commit => commit.parents === 2).length
    expect(merges).toBe(
      commits.filter(commit => recorded.includes(commit.sha) && commit.parents.length === 2).length
    )
  })

  it('reads back every recorded path and status, merges against their first parent', () => {
    for (const commit of commits) {
      expect([commit.sha, sorted(changes.get(shas.get(commit.sha) ?? '') ?? [])]).toEqual([
        commit.sha,
        sorted(commit.files ?? [])
      ])
    }
  })

  it('reads back the recorded line counts: exactly but for some files of merges', () => {
    const counted = (files: readonly FixtureFile[]) =>
      files.map(file => `${describeFile(file)} +${file.additions} -${file.deletions}`).sort()
    let mergeFiles = 0
    let mergeFilesExact = 0
    for (const commit of commits) {
      const rebuilt = counted(changes.get(shas.get(commit.sha) ?? '') ?? [])
      const recorded = counted(commit.files ?? [])
      if (commit.parents.length === 1) {
        expect([commit.sha, rebuilt]).toEqual([commit.sha, recorded])
      } else {
        mergeFiles += recorded.length
        mergeFilesExact += recorded.filter(line => rebuilt.includes(line)).length
      }
    }
    // A merge's files hold what the branch made of them, diffed against what the mainline
    // made of them meanwhile: their counts follow from both sides rather than from the record.
    expect(mergeFilesExact).toBeGreaterThanOrEqual(mergeFiles * 0.9)
  })

  it('lists through the GitHub source as many PRs and direct pushes as the window has first-parent changes', async () => {
    const server = await LoopbackGitHub.start()
    try {
      installRealPulls(server, fixture, shas)
      const client = createGitHubClient({
        token: 't',
        apiUrl: server.url,
        graphqlUrl: server.graphqlUrl,
        writeSpacingMs: 0
      })
      const collection = await githubSource({
        client,
        repository: fixture.repository,
        includeDirectPushes: true
      }).collect(
        fixture.window,
        keepChanges(() => false)
      )
      expect(server.graphqlErrors).toEqual([])
      const pulls = collection.changes.filter(change => change.kind === 'pull_request')
      const pushes = collection.changes.filter(change => change.kind === 'commit')
      expect(pulls.map(pull => Number(pull.id)).sort((a, b) => a - b)).toEqual(
        fixture.pulls.map(pull => pull.number).sort((a, b) => a - b)
      )
      expect(pushes.map(push => push.id).sort()).toEqual(
        fixture.directPushes.map(sha => shas.get(sha)).sort()
      )
      expect(collection.changes).toHaveLength(firstParent.length)
      expect(pulls.map(pull => pull.mergeCommit).sort()).toEqual(
        firstParent
          .map(commit => commit.sha)
          .filter(sha => !pushes.some(push => push.id === sha))
          .sort()
      )
      for (const recorded of fixture.pulls) {
        const pull = pulls.find(change => change.id === String(recorded.number))
        expect(pull).toMatchObject({
          title: recorded.title,
          author: { login: recorded.author.login, type: recorded.author.type },
          time: recorded.mergedAt,
          commitCount: recorded.commitCount
        })
        expect(pull?.files.map(file => file.path).sort()).toEqual(
          recorded.files.map(file => file.filename).sort()
        )
      }
    } finally {
      await server.close()
    }
  })
})
