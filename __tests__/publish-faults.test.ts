// The action run in process against a loopback GitHub whose write paths fail. Whatever GitHub
// does, the job summary, the outputs and the report file are there, and the step fails saying
// what was being done.
import fs from 'node:fs'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { PR_COMMENT_MARKER } from '../src/render/pr-comment.js'
import { REPORT_ISSUE_MARKER } from '../src/render/report-issue.js'
import { FAST_CLIENT } from './support/action-clients.js'
import { useActionHarness } from './support/action-harness.js'
import {
  readOutputs,
  runnerEnv,
  writePullRequestEvent,
  writeScheduleEvent,
  type RunnerFiles
} from './support/action-runner.js'
import { markedComments, type RepoState } from './support/github-issues.js'
import {
  type LoopbackGitHub,
  onRoute,
  primaryRateLimitFault,
  secondaryRateLimitFault,
  type LoopbackRequest,
  type LoopbackResponse
} from './support/github-server.js'

const NOW = new Date('2024-01-20T00:00:00Z')
const COMMENTS = '/repos/:owner/:repo/issues/:number/comments'

/** Every REST write of publishing: comments, issues, labels. */
const anyPost = (request: LoopbackRequest): boolean =>
  request.method === 'POST' && !request.path.endsWith('/graphql')

const FAULTS: [string, number, LoopbackResponse, RegExp][] = [
  ['502 five times', 5, { status: 502, body: { message: 'Bad Gateway' } }, /Bad Gateway/],
  ['404', 1, { status: 404, body: { message: 'Not Found' } }, /Not Found/],
  ['422', 1, { status: 422, body: { message: 'Validation Failed' } }, /Validation Failed/],
  ['401', 1, { status: 401, body: { message: 'Bad credentials' } }, /rejected the token/],
  ['a secondary rate limit five times', 5, secondaryRateLimitFault(1), /secondary rate limit/],
  ['a primary rate limit with a long reset', 1, primaryRateLimitFault(3600), /rate limit/],
  [
    'a malformed body',
    5,
    { status: 201, raw: '<html>upstream error</html>', headers: { 'content-type': 'text/html' } },
    // The client names what came back instead of quoting it (src/github/answers.ts).
    /an HTML page instead of JSON/
  ]
]

describe('publishing under faults (action run in process)', () => {
  const harness = useActionHarness()
  let files: RunnerFiles
  let server: LoopbackGitHub
  let state: RepoState
  let stdout: string[]
  const saved = harness.savedEnv
  beforeEach(() => {
    ;({ files, server, state, stdout } = harness)
  })

  async function runWith(eventName: string, inputs: Record<string, string> = {}): Promise<void> {
    process.env = { ...saved, ...runnerEnv(files, server, state, eventName, inputs) }
    // The client's own retries stay on (fast): a blind retry of a POST would show as a duplicate.
    await run({ now: NOW, clientOptions: { ...FAST_CLIENT, serverErrorRetries: 3 } })
  }
  const failure = (): string =>
    stdout
      .filter(line => line.startsWith('::error'))
      .join('')
      .replace(/%0A/g, '\n')
  const summary = (): string => fs.readFileSync(files.summary, 'utf8')
  const outputs = (): Record<string, string> => readOutputs(files.output)

  for (const [name, times, response, reason] of FAULTS) {
    it(`keeps the PR result and fails naming the comment when its post gets ${name}`, async () => {
      writePullRequestEvent(files, state)
      server.fail({ times, when: anyPost, response })
      await runWith('pull_request')
      expect(process.exitCode).toBe(1)
      expect(failure()).toMatch(
        /Could not publish the pull-request comment: Creating the comment on #7 failed/
      )
      expect(failure()).toMatch(reason)
      expect(summary()).toContain('Multiplier: pull request #7')
      expect(summary()).toMatch(/the pull-request comment: failed/)
      expect(outputs()['categories']).toContain('automation')
      expect(fs.existsSync(outputs()['report-path'] ?? '')).toBe(true)
    })

    it(`keeps the team report and fails naming the issue when its writes get ${name}`, async () => {
      writeScheduleEvent(files)
      server.fail({ times, when: anyPost, response })
      await runWith('schedule')
      expect(process.exitCode).toBe(1)
      expect(failure()).toMatch(
        /Could not publish the report issue: Creating the (label 'multiplier'|report issue) failed/
      )
      expect(failure()).toMatch(reason)
      expect(summary()).toContain('Multiplier index')
      expect(outputs()['index']).toMatch(/^\d+$/)
      expect(fs.existsSync(outputs()['report-path'] ?? '')).toBe(true)
    })
  }

  it('says it was listing, not posting, when listing the comments gets 404', async () => {
    writePullRequestEvent(files, state)
    server.fail({
      times: 10,
      when: onRoute('GET', COMMENTS),
      response: { status: 404, body: { message: 'Not Found' } }
    })
    await runWith('pull_request')
    expect(process.exitCode).toBe(1)
    expect(failure()).toMatch(
      /Could not publish the pull-request comment: Listing the comments of #7 failed: Not Found/
    )
    expect(failure()).not.toMatch(/Posting/)
  })

  it('leaves exactly one comment when the answer to its post is lost after the write', async () => {
    writePullRequestEvent(files, state)
    server.fail({
      times: 5,
      when: onRoute('POST', COMMENTS),
      afterHandler: true,
      response: { status: 502, body: { message: 'Bad Gateway' } }
    })
    await runWith('pull_request')
    expect(failure()).toBe('')
    expect(markedComments(state, 7, PR_COMMENT_MARKER)).toHaveLength(1)
    expect(outputs()['comment-url']).toContain('#issuecomment-')
  })

  it('leaves exactly one report issue when the answers to its label and issue posts are lost', async () => {
    writeScheduleEvent(files)
    server.fail({
      times: 10,
      when: anyPost,
      afterHandler: true,
      response: { status: 502, body: { message: 'Bad Gateway' } }
    })
    await runWith('schedule')
    expect(failure()).toBe('')
    expect(state.labels).toHaveLength(1)
    expect(state.issues.filter(issue => issue.body.includes(REPORT_ISSUE_MARKER))).toHaveLength(1)
    expect(outputs()['issue-url']).toMatch(/\/issues\/1$/)
  })

  it('fails fast on a report path that cannot be created, still writing the summary, outputs and issue', async () => {
    writeScheduleEvent(files)
    const started = Date.now()
    await runWith('schedule', { 'json-path': '/proc/self/no-such-folder/report.json' })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(process.exitCode).toBe(1)
    expect(failure()).toMatch(
      /Could not publish the JSON report: Writing \/proc\/self\/no-such-folder\/report.json failed \(ENOENT\)/
    )
    expect(summary()).toContain('Multiplier index')
    expect(outputs()['index']).toMatch(/^\d+$/)
    expect(outputs()['report-path']).toBe('')
    expect(state.issues).toHaveLength(1)
  })
})
