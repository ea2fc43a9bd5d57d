import fs from 'node:fs'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { PR_COMMENT_MARKER } from '../src/render/pr-comment.js'
import { FAST_CLIENT } from './support/action-clients.js'
import { runnerEnv, writePullRequestEvent, type RunnerFiles } from './support/action-runner.js'
import {
  denyWrites,
  markedComments,
  type PullFileRecord,
  type RepoState
} from './support/github-issues.js'
import { useActionHarness } from './support/action-harness.js'
import type { LoopbackGitHub } from './support/github-server.js'

const NOW = new Date('2024-01-20T00:00:00Z')

/** A fix in product code outside the checkout's hotspot (src/): direct output, and no nudge. */
const OUTPUT_FILES: PullFileRecord[] = [
  {
    filename: 'pkg/app.go',
    status: 'modified',
    additions: 1,
    deletions: 1,
    patch: '@@ -1 +1 @@\n-var app = 1\n+var app = 2'
  }
]

describe('action: the pull-request comment is quiet by default', () => {
  const harness = useActionHarness()
  let files: RunnerFiles
  let server: LoopbackGitHub
  let state: RepoState
  let stdout: string[]
  beforeEach(() => {
    ;({ files, server, state, stdout } = harness)
  })

  async function runWith(inputs: Record<string, string> = {}): Promise<void> {
    process.env = {
      ...harness.savedEnv,
      ...runnerEnv(files, server, state, 'pull_request', inputs)
    }
    await run({ now: NOW, clientOptions: FAST_CLIENT })
  }
  /** Changes the event's pull request (its author, labels …) as a new push or edit would. */
  function editEvent(change: (pull: Record<string, unknown>) => void): void {
    const event = JSON.parse(fs.readFileSync(files.eventPath, 'utf8')) as {
      pull_request: Record<string, unknown>
    }
    change(event.pull_request)
    fs.writeFileSync(files.eventPath, JSON.stringify(event))
  }
  const lines = (prefix: string): string[] => stdout.filter(line => line.startsWith(prefix))
  const writes = (): string[] =>
    server.requests
      .filter(request => request.method !== 'GET' && !request.path.endsWith('/graphql'))
      .map(request => `${request.method} ${request.path}`)

  it('posts nothing on output with nothing to act on, and says so in the job summary', async () => {
    writePullRequestEvent(files, state)
    state.pullFiles.set(7, OUTPUT_FILES)
    await runWith()
    expect(lines('::error')).toEqual([])
    expect(markedComments(state, 7, PR_COMMENT_MARKER)).toEqual([])
    expect(writes()).toEqual([])
    expect(fs.readFileSync(files.summary, 'utf8')).toContain(
      'No comment on the pull request: direct output with nothing to act on'
    )
  })

  it('edits an earlier comment to one line when a later push leaves nothing to say', async () => {
    writePullRequestEvent(files, state)
    await runWith()
    const [first] = markedComments(state, 7, PR_COMMENT_MARKER)
    expect(first?.body).toMatch(/feeds .*\*\*automation\*\*/)
    state.pullFiles.set(7, OUTPUT_FILES)
    await runWith()
    const after = markedComments(state, 7, PR_COMMENT_MARKER)
    expect(after).toHaveLength(1)
    expect(after[0]?.id).toBe(first?.id)
    expect(after[0]?.body.split('\n')).toHaveLength(2)
    expect(after[0]?.body).toContain('nothing to act on now')
    // Even with comment: recreate the quiet line is an edit in place, never a new comment.
    await runWith({ comment: 'recreate' })
    expect(markedComments(state, 7, PR_COMMENT_MARKER).map(comment => comment.id)).toEqual([
      first?.id
    ])
  })

  it('comments on every PR with only-when-changed: false', async () => {
    writePullRequestEvent(files, state)
    state.pullFiles.set(7, OUTPUT_FILES)
    await runWith({ 'only-when-changed': 'false' })
    expect(markedComments(state, 7, PR_COMMENT_MARKER)[0]?.body).toContain('direct output')
  })

  it('goes quiet under the multiplier:skip label, editing an earlier comment to say so', async () => {
    writePullRequestEvent(files, state)
    await runWith()
    expect(markedComments(state, 7, PR_COMMENT_MARKER)[0]?.body).toContain('feeds')
    editEvent(pull => {
      pull['labels'] = [{ name: 'multiplier:skip' }]
    })
    await runWith()
    const [comment] = markedComments(state, 7, PR_COMMENT_MARKER)
    expect(comment?.body).toMatch(/silenced by the `multiplier:skip` label/)
    expect(comment?.body.split('\n')).toHaveLength(2)
  })

  it('leaves bots’ PRs alone, and a read-only token on one is a debug line, not a warning', async () => {
    writePullRequestEvent(files, state)
    editEvent(pull => {
      pull['user'] = { login: 'dependabot[bot]', type: 'Bot' }
    })
    await runWith()
    expect(markedComments(state, 7, PR_COMMENT_MARKER)).toEqual([])
    expect(writes()).toEqual([])

    denyWrites(server)
    await runWith({ 'comment-on-bots': 'true' })
    expect(markedComments(state, 7, PR_COMMENT_MARKER)).toEqual([])
    expect(lines('::warning')).toEqual([])
    expect(lines('::error')).toEqual([])
    expect(lines('::debug::the pull-request comment: the token may not write').length).toBe(1)
    expect(process.exitCode).toBeUndefined()
  })

  it('still warns when a person’s PR meets a read-only token', async () => {
    writePullRequestEvent(files, state)
    denyWrites(server)
    await runWith()
    expect(lines('::warning').join('')).toContain('Could not post the pull-request comment')
  })
})
