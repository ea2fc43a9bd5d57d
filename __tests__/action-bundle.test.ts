// The committed bundle, run the way the runner runs it: `node dist/index.js` in a child process
// with the runner's environment, against the loopback GitHub. Slower than calling run(), so
// only the end-to-end cases live here; behaviour in detail is tested in process.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PR_COMMENT_MARKER } from '../src/render/pr-comment.js'
import {
  createRunnerFiles,
  readOutputs,
  removeRunnerFiles,
  resetRunnerFiles,
  runnerEnv,
  writePullRequestEvent,
  writeScheduleEvent,
  type RunnerFiles
} from './support/action-runner.js'
import { cleanupGitRepos } from './support/git-repo.js'
import {
  createRepoState,
  denyWrites,
  installIssues,
  markedComments,
  type RepoState
} from './support/github-issues.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installRepositories, manyRepositories } from './support/github-repos.js'
import { writeReportFiles } from './support/reports.js'
import { BUNDLE, runBundle } from './support/bundle.js'
import { AGGREGATE_ISSUE_MARKER } from '../src/render/aggregate-issue.js'

const REPORT_INPUTS = { since: '2023-12-01', until: '2024-01-19' }

describe('action bundle (node dist/index.js)', () => {
  let files: RunnerFiles
  let server: LoopbackGitHub
  let state: RepoState

  beforeAll(() => {
    if (!fs.existsSync(BUNDLE)) {
      throw new Error(
        `${BUNDLE} is missing: run npm run bundle (the action runs the committed bundle)`
      )
    }
    files = createRunnerFiles()
  })
  afterAll(() => {
    removeRunnerFiles(files)
    cleanupGitRepos()
  })
  beforeEach(async () => {
    server = await LoopbackGitHub.start({ token: 'ghs_loopbacktoken123' })
    state = createRepoState()
    installIssues(server, state)
    resetRunnerFiles(files)
  })
  afterEach(() => server.close())

  it('comments on a pull_request event, and a second run updates the same comment', async () => {
    writePullRequestEvent(files, state)
    const env = runnerEnv(files, server, state, 'pull_request')
    const first = await runBundle(env)
    expect(first.stdout).not.toMatch(/^::error/m)
    expect(first.code).toBe(0)
    const [comment] = markedComments(state, 7, PR_COMMENT_MARKER)
    expect(comment?.body).toMatch(/feeds .*\*\*automation\*\*/)
    expect(readOutputs(files.output)['comment-url']).toContain(`#issuecomment-${comment?.id}`)
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('Multiplier: pull request #7')

    const second = await runBundle(env)
    expect(second.code).toBe(0)
    expect(markedComments(state, 7, PR_COMMENT_MARKER).map(item => item.id)).toEqual([comment?.id])
  })

  it('leaves one comment when two runs for the same pull request race', async () => {
    writePullRequestEvent(files, state)
    const env = runnerEnv(files, server, state, 'pull_request')
    const results = await Promise.all([runBundle(env), runBundle(env)])
    expect(results.map(result => result.code)).toEqual([0, 0])
    expect(markedComments(state, 7, PR_COMMENT_MARKER)).toHaveLength(1)
  })

  it('posts a schedule report to one issue, and a second run updates it with a period comment', async () => {
    writeScheduleEvent(files)
    const env = runnerEnv(files, server, state, 'schedule', REPORT_INPUTS)
    const first = await runBundle(env)
    expect(first.stdout).not.toMatch(/^::error/m)
    expect(first.code).toBe(0)
    const outputs = readOutputs(files.output)
    expect(outputs['index']).toMatch(/^\d+$/)
    expect(outputs['issue-url']).toMatch(/\/issues\/1$/)
    expect(fs.existsSync(outputs['report-path'] ?? '')).toBe(true)
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('Multiplier index')

    const second = await runBundle(env)
    expect(second.code).toBe(0)
    expect(state.issues).toHaveLength(1)
    expect(state.comments.filter(comment => comment.issueNumber === 1)).toHaveLength(1)
    expect(state.comments[0]?.body).toMatch(/multiplier index \*\*\d+\*\*/)
  })

  it('warns and exits 0 with a job summary when the token is read-only', async () => {
    writePullRequestEvent(files, state)
    denyWrites(server)
    const result = await runBundle(runnerEnv(files, server, state, 'pull_request'))
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^::warning title=Multiplier could not post its result::Could not post the pull-request comment/m
    )
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('Multiplier: pull request #7')
    expect(state.comments).toHaveLength(0)
  })

  it('discovers the repositories, then rolls reports up into one org issue over two runs', async () => {
    writeScheduleEvent(files)
    installRepositories(server, [
      { login: 'octo', type: 'Organization', repositories: manyRepositories(120, { forkEvery: 4 }) }
    ])
    const discovered = await runBundle(
      runnerEnv(files, server, state, 'schedule', { mode: 'repos' })
    )
    expect(discovered.code).toBe(0)
    const repositories = readOutputs(files.output)['repositories'] ?? ''
    expect(JSON.parse(repositories)).toHaveLength(90)

    const reports = path.join(files.root, 'org-reports')
    writeReportFiles(reports, 5)
    const inputs = { mode: 'aggregate', reports: `${reports}/*.json`, repositories }
    for (let run = 0; run < 2; run++) {
      resetRunnerFiles(files)
      const result = await runBundle(runnerEnv(files, server, state, 'schedule', inputs))
      expect(result.stdout).not.toMatch(/^::error/m)
      expect(result.code).toBe(0)
    }
    expect(state.issues).toHaveLength(1)
    expect(state.issues[0]?.body).toContain(AGGREGATE_ISSUE_MARKER)
    const outputs = readOutputs(files.output)
    expect(JSON.parse(outputs['missing'] ?? '')).toHaveLength(90)
    expect(outputs['repository-count']).toBe('5')
    expect(fs.readFileSync(files.summary, 'utf8')).toContain('organisation roll-up')
  })
})
