// What API mode costs: a realistic history of many small PRs over both windows (the report's
// and the previous one) is collected in at most ceil(PRs / 50) + 5 requests, patches included,
// and gives every change the same categories as the git report.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gitSource } from '../src/collect/git.js'
import { githubSource } from '../src/collect/github.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { createGitHubClient } from '../src/github/client.js'
import type { Report } from '../src/model.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installPulls } from './support/github-pulls.js'
import { buildRepo, pullsFromCommits, smallPullHistory } from './support/history.js'

// Steps two days apart from 2026-10-02: the window and its previous one hold all but the first.
const WINDOW = { since: '2027-01-01T00:00:00Z', until: '2027-04-01T00:00:00Z' }
describe('collect/github request count', () => {
  const STEPS = smallPullHistory(60)
  let repo: string
  let server: LoopbackGitHub
  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-requests-'))
    buildRepo(repo, STEPS)
    server = await LoopbackGitHub.start()
    const pulls = pullsFromCommits(repo, STEPS)
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      pulls,
      commits: [],
      gitDir: repo
    })
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(repo, { recursive: true, force: true })
  })

  const byTitleAndTime = (report: Report) =>
    report.changes.map(change => [change.time, change.title, change.categories])

  it('collects both windows in at most ceil(PRs / 50) + 5 requests with the verdicts of git mode', async () => {
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })
    const api = await runReport({
      source: githubSource({ client, repository: 'octo/demo' }),
      config: DEFAULT_CONFIG,
      window: WINDOW
    })
    const local = await runReport({
      source: gitSource({ repoPath: repo }),
      config: DEFAULT_CONFIG,
      window: WINDOW
    })
    expect(server.graphqlErrors).toEqual([])
    const merged = STEPS.length - 1
    const usage = api.api
    expect(usage?.requests).toBeLessThanOrEqual(Math.ceil(merged / 50) + 5)
    expect(usage?.requestsByKind?.patches).toBeGreaterThan(0)
    expect(usage?.requestsByKind).toEqual({
      listing: (usage?.requests ?? 0) - (usage?.requestsByKind?.patches ?? 0),
      patches: usage?.requestsByKind?.patches,
      writes: 0
    })
    // Patches were read: the history's doc-comment edits and typo fixes are documentation.
    expect(api.categories.documentation.changes).toBeGreaterThan(0)
    expect(byTitleAndTime(api)).toEqual(byTitleAndTime(local))
    expect(api.previousIndex).toEqual(local.previousIndex)
    expect(api.categories).toEqual(local.categories)
  })
})
