// The lifecycle every in-process test of the action's run() shares: one set of runner files for
// the suite (@actions/core remembers the job-summary path after its first write), and for each
// test a fresh loopback GitHub with a repository state, reset runner files, captured stdout and
// the environment put back afterwards.
import { afterAll, afterEach, beforeAll, beforeEach, jest } from '@jest/globals'
import {
  createRunnerFiles,
  removeRunnerFiles,
  resetRunnerFiles,
  type RunnerFiles
} from './action-runner.js'
import { cleanupGitRepos } from './git-repo.js'
import { createRepoState, installIssues, type RepoState } from './github-issues.js'
import { LoopbackGitHub } from './github-server.js'

export interface ActionHarness {
  files: RunnerFiles
  server: LoopbackGitHub
  state: RepoState
  /** What the run wrote to stdout (workflow commands such as ::warning:: among it). */
  stdout: string[]
  /** The environment before the suite, restored after each test. */
  savedEnv: NodeJS.ProcessEnv
}

/** Registers the hooks; the returned object's fields are set before each test runs. */
export function useActionHarness(): ActionHarness {
  const harness = { savedEnv: { ...process.env } } as ActionHarness
  beforeAll(() => {
    harness.files = createRunnerFiles()
  })
  afterAll(() => {
    removeRunnerFiles(harness.files)
    cleanupGitRepos()
  })
  beforeEach(async () => {
    harness.server = await LoopbackGitHub.start()
    harness.state = createRepoState()
    installIssues(harness.server, harness.state)
    resetRunnerFiles(harness.files)
    const stdout: string[] = []
    harness.stdout = stdout
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout.push(String(chunk))
      return true
    })
  })
  afterEach(async () => {
    jest.restoreAllMocks()
    process.env = { ...harness.savedEnv }
    process.exitCode = undefined
    await harness.server.close()
  })
  return harness
}
