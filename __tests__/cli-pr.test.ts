import { beforeEach, describe, expect, it } from '@jest/globals'
import { run } from '../src/action/run.js'
import { main } from '../src/cli/main.js'
import { PR_COMMENT_MARKER } from '../src/render/pr-comment.js'
import { FAST_CLIENT } from './support/action-clients.js'
import { runnerEnv, writePullRequestEvent, type RunnerFiles } from './support/action-runner.js'
import { markedComments, type RepoState } from './support/github-issues.js'
import { useActionHarness } from './support/action-harness.js'
import type { LoopbackGitHub } from './support/github-server.js'

const NOW = new Date('2024-01-20T00:00:00Z')

/** `multiplier pr …` in process, its output captured. */
async function preview(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(['pr', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
    env: {},
    now: () => NOW
  })
  return { code, stdout, stderr }
}

describe('multiplier pr: the comment the action would post, previewed from the clone', () => {
  const harness = useActionHarness()
  let files: RunnerFiles
  let server: LoopbackGitHub
  let state: RepoState
  beforeEach(() => {
    ;({ files, server, state } = harness)
  })

  async function runAction(): Promise<void> {
    process.env = {
      ...harness.savedEnv,
      ...runnerEnv(files, server, state, 'pull_request', { source: 'git' })
    }
    await run({ now: NOW, clientOptions: FAST_CLIENT })
  }

  it('prints exactly the body the action posts for the same pull request, with no token', async () => {
    writePullRequestEvent(files, state)
    await runAction()
    const [posted] = markedComments(state, 7, PR_COMMENT_MARKER)
    expect(posted?.body).toMatch(/feeds .*\*\*automation\*\*/)
    // The event's title and labels, as the PR would have them; the files come from the clone.
    const { code, stdout, stderr } = await preview([
      '--repo',
      files.workspace.path,
      '--base',
      files.baseSha,
      '--title',
      'Add CI workflow and README',
      '--label',
      'ci'
    ])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toBe(`${posted?.body}\n`)
  })

  it('says why nothing would be posted where the action stays quiet, and previews it on request', async () => {
    const args = ['--repo', files.workspace.path, '--base', files.baseSha]
    const skipped = await preview([...args, '--label', 'multiplier:skip'])
    expect(skipped).toMatchObject({ code: 0, stdout: '' })
    expect(skipped.stderr).toContain('no comment on this pull request: the multiplier:skip label')
    // HEAD against its parent: a README and a workflow, so a comment; against itself nothing.
    const empty = await preview(['--repo', files.workspace.path, '--base', 'HEAD'])
    expect(empty.stdout).toBe('')
    expect(empty.stderr).toContain('direct output with nothing to act on (--always')
    const always = await preview(['--repo', files.workspace.path, '--base', 'HEAD', '--always'])
    expect(always.stdout).toContain('this pull request is direct output')
  })

  it('fails clearly on a base that does not exist and on an argument it does not take', async () => {
    const missing = await preview(['--repo', files.workspace.path, '--base', 'nope'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('No commit "nope"')
    const usage = await preview(['extra'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('pr takes no arguments')
  })
})
