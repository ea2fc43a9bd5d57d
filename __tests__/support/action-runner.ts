// The runner's side of an action run, for tests: a workspace (a real git repo), an event
// payload file, the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY point at, and the INPUT_*
// variables the runner sets (upper-cased, dashes kept: INPUT_GITHUB-TOKEN).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GitRepo } from './git-repo.js'
import type { LoopbackGitHub } from './github-server.js'
import type { RepoState } from './github-issues.js'

export interface RunnerFiles {
  root: string
  workspace: GitRepo
  temp: string
  output: string
  summary: string
  eventPath: string
  baseSha: string
  headSha: string
}

/** A workspace with a base commit and a PR head commit that adds docs and a workflow. */
export function createRunnerFiles(): RunnerFiles {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-runner-'))
  const temp = path.join(root, 'temp')
  fs.mkdirSync(temp)
  const workspace = GitRepo.init()
  const [baseSha = '', , headSha = ''] = workspace.commitAll([
    {
      message: 'Initial',
      files: { 'src/app.ts': 'export const app = 1\n' },
      date: '2024-01-02T10:00:00Z'
    },
    {
      message: 'docs: add guide',
      files: { 'docs/guide.md': '# Guide\n' },
      date: '2024-01-05T10:00:00Z'
    },
    {
      message: 'ci: add workflow',
      files: { '.github/workflows/ci.yml': 'on: push\n', 'README.md': '# App\n' },
      date: '2024-01-08T10:00:00Z'
    }
  ])
  const files = {
    root,
    workspace,
    temp,
    output: path.join(root, 'output'),
    summary: path.join(root, 'summary.md'),
    eventPath: path.join(root, 'event.json'),
    baseSha,
    headSha
  }
  resetRunnerFiles(files)
  return files
}

export function resetRunnerFiles(files: RunnerFiles): void {
  fs.writeFileSync(files.output, '')
  fs.writeFileSync(files.summary, '')
}

export function removeRunnerFiles(files: RunnerFiles): void {
  fs.rmSync(files.root, { recursive: true, force: true })
  files.workspace.remove()
}

/** A realistic `pull_request` (opened) payload for PR #7 of octo/widgets. */
export function writePullRequestEvent(files: RunnerFiles, state: RepoState, number = 7): void {
  const repo = `${state.owner}/${state.repo}`
  state.pullFiles.set(number, [
    {
      filename: '.github/workflows/ci.yml',
      status: 'added',
      additions: 1,
      deletions: 0,
      patch: '@@ -0,0 +1 @@\n+on: push'
    },
    {
      filename: 'README.md',
      status: 'added',
      additions: 1,
      deletions: 0,
      patch: '@@ -0,0 +1 @@\n+# App'
    }
  ])
  state.issues.push({
    number,
    title: 'Add CI',
    body: '',
    state: 'open',
    labels: [],
    pull_request: { url: `https://api.github.com/repos/${repo}/pulls/${number}` }
  })
  const payload = {
    action: 'opened',
    number,
    pull_request: {
      number,
      title: 'Add CI workflow and README',
      body: 'Runs the tests on every push. cc @octocat',
      html_url: `https://github.com/${repo}/pull/${number}`,
      state: 'open',
      created_at: '2024-01-08T10:00:00Z',
      updated_at: '2024-01-08T11:00:00Z',
      user: { login: 'ada', type: 'User' },
      labels: [{ name: 'ci' }],
      base: { sha: files.baseSha, ref: 'main', repo: { full_name: repo } },
      head: { sha: files.headSha, ref: 'add-ci', repo: { full_name: repo } },
      commits: 2,
      changed_files: 2,
      additions: 2,
      deletions: 0
    },
    repository: { full_name: repo, name: state.repo, owner: { login: state.owner } },
    sender: { login: 'ada', type: 'User' }
  }
  fs.writeFileSync(files.eventPath, JSON.stringify(payload, null, 2))
}

export function writeScheduleEvent(files: RunnerFiles): void {
  fs.writeFileSync(files.eventPath, JSON.stringify({ schedule: '0 6 * * 1' }))
}

/** The environment the runner gives the step, for `eventName`, against `server`. */
export function runnerEnv(
  files: RunnerFiles,
  server: LoopbackGitHub,
  state: RepoState,
  eventName: string,
  inputs: Record<string, string> = {}
): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_REPOSITORY: `${state.owner}/${state.repo}`,
    GITHUB_API_URL: server.url,
    GITHUB_GRAPHQL_URL: server.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_WORKSPACE: files.workspace.path,
    RUNNER_TEMP: files.temp
  }
  const all = { 'github-token': 'ghs_loopbacktoken123', ...inputs }
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/** Reads the `name<<delimiter` records @actions/core writes to GITHUB_OUTPUT. */
export function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}
