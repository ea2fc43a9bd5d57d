// The pull request as the unit of work, on real public history (the fixtures of
// __tests__/fixtures/histories): the local clone counts what the API lists — each merged PR
// once, with the PR's whole diff, and each direct push — whether the repository merges or
// squashes; per-commit counting stays available.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gitSource } from '../src/collect/git.js'
import { githubSource } from '../src/collect/github.js'
import { createGitHubClient } from '../src/github/client.js'
import type { Change } from '../src/model.js'
import { LoopbackGitHub } from './support/github-server.js'
import {
  buildRealHistory,
  installRealPulls,
  loadHistoryFixture,
  type HistoryFixture
} from './support/real-history.js'
import { keepChanges } from './support/classifiers.js'

const none = (): boolean => false
const paths = (change: Change): string[] => change.files.map(file => file.path).sort()
const byId = (changes: readonly Change[]): Map<string, Change> =>
  new Map(changes.map(change => [`${change.kind}:${change.id}`, change]))

describe.each([
  ['pypa--pip', 'merge commits'],
  ['honojs--hono', 'squash merges and direct pushes'],
  ['gin-gonic--gin', 'squash merges, many by dependabot']
])('the pull request as the unit on %s (%s)', name => {
  const fixture: HistoryFixture = loadHistoryFixture(name)
  let repo: string
  let shas: Map<string, string>
  let server: LoopbackGitHub
  let fromGit: Change[]
  let fromApi: Change[]

  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-unit-'))
    shas = buildRealHistory(repo, fixture)
    fromGit = (await gitSource({ repoPath: repo }).collect(fixture.window, keepChanges(none)))
      .changes
    server = await LoopbackGitHub.start()
    installRealPulls(server, fixture, shas)
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })
    fromApi = (
      await githubSource({
        client,
        repository: fixture.repository,
        includeDirectPushes: true
      }).collect(fixture.window, keepChanges(none))
    ).changes
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(repo, { recursive: true, force: true })
  })

  it('counts each merged PR once and each direct push, as the API lists them', () => {
    expect(fromGit).toHaveLength(fixture.pulls.length + fixture.directPushes.length)
    expect([...byId(fromGit).keys()].sort()).toEqual([...byId(fromApi).keys()].sort())
  })

  it("reads a PR's files from the clone as the API lists them: the PR's whole diff", () => {
    const api = byId(fromApi)
    for (const change of fromGit.filter(candidate => candidate.kind === 'pull_request')) {
      const listed = api.get(`pull_request:${change.id}`)
      expect([change.id, paths(change)]).toEqual([change.id, listed ? paths(listed) : []])
      expect(change.mergeCommit).toBe(listed?.mergeCommit)
      expect(change.url).toBeUndefined()
    }
  })

  it('takes the PR title, not the merge subject, and the branch author for a merge', () => {
    for (const pull of fixture.pulls) {
      const change = byId(fromGit).get(`pull_request:${pull.number}`)
      expect([pull.number, change?.title]).toEqual([pull.number, pull.title])
      if (pull.author.type === 'Bot') expect(change?.author.name).toMatch(/\[bot\]$/)
    }
  })

  it('still counts every non-merge commit with unit commit', async () => {
    const commits = (
      await gitSource({ repoPath: repo, unit: 'commit' }).collect(fixture.window, keepChanges(none))
    ).changes
    expect(commits.every(change => change.kind === 'commit')).toBe(true)
    const nonMerges = fixture.commits.filter(
      commit =>
        !commit.boundary &&
        commit.parents.length === 1 &&
        Date.parse(commit.commitTime) >= Date.parse(fixture.window.since) &&
        Date.parse(commit.commitTime) < Date.parse(fixture.window.until)
    )
    expect(commits).toHaveLength(nonMerges.length)
    // Merged PRs bring several commits each: pip's month counts twice as many commits as PRs.
    const merged = fixture.commits.filter(commit => commit.parents.length === 2).length
    if (merged > 0) expect(commits.length).toBeGreaterThan(fromGit.length)
  })
})
