import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { publishStickyComment } from '../src/publish/comment.js'
import { loopbackOctokit } from './support/action-clients.js'
import {
  createRepoState,
  installIssues,
  markedComments,
  type RepoState
} from './support/github-issues.js'
import { LoopbackGitHub } from './support/github-server.js'

const MARKER = '<!-- multiplier:pr-comment -->'
const target = { owner: 'octo', repo: 'widgets', issueNumber: 7 }
const body = (text: string): string => `${MARKER}\n${text}`

describe('publish/comment', () => {
  let server: LoopbackGitHub
  let state: RepoState

  beforeEach(async () => {
    server = await LoopbackGitHub.start()
    state = createRepoState()
    installIssues(server, state)
  })
  afterEach(() => server.close())

  it('creates the comment once and updates the same comment on a rerun', async () => {
    const octokit = loopbackOctokit(server)
    const first = await publishStickyComment(octokit, target, {
      marker: MARKER,
      body: body('one'),
      mode: 'update'
    })
    const second = await publishStickyComment(octokit, target, {
      marker: MARKER,
      body: body('two'),
      mode: 'update'
    })
    expect(first.action).toBe('created')
    expect(second.action).toBe('updated')
    expect(second.id).toBe(first.id)
    expect(markedComments(state, 7, MARKER).map(comment => comment.body)).toEqual([body('two')])
  })

  it('leaves other people’s comments alone', async () => {
    state.comments.push({
      id: 1,
      issueNumber: 7,
      body: 'LGTM',
      login: 'ada',
      created_at: '',
      updated_at: ''
    })
    await publishStickyComment(loopbackOctokit(server), target, {
      marker: MARKER,
      body: body('x'),
      mode: 'recreate'
    })
    expect(state.comments.map(comment => comment.body)).toEqual(['LGTM', body('x')])
  })

  it('recreates the comment at the bottom when asked to', async () => {
    const octokit = loopbackOctokit(server)
    const first = await publishStickyComment(octokit, target, {
      marker: MARKER,
      body: body('one'),
      mode: 'update'
    })
    const second = await publishStickyComment(octokit, target, {
      marker: MARKER,
      body: body('two'),
      mode: 'recreate'
    })
    expect(second.action).toBe('recreated')
    expect(second.id).not.toBe(first.id)
    expect(markedComments(state, 7, MARKER)).toHaveLength(1)
  })

  it('leaves one comment when two runs publish at the same time', async () => {
    const [a, b] = await Promise.all([
      publishStickyComment(loopbackOctokit(server), target, {
        marker: MARKER,
        body: body('a'),
        mode: 'update'
      }),
      publishStickyComment(loopbackOctokit(server), target, {
        marker: MARKER,
        body: body('b'),
        mode: 'update'
      })
    ])
    const left = markedComments(state, 7, MARKER)
    expect(left).toHaveLength(1)
    expect([a.id, b.id]).toContain(left[0]?.id)
  })

  it('collapses duplicates left by an earlier race into the oldest comment', async () => {
    for (const id of [5, 6, 8])
      state.comments.push({
        id,
        issueNumber: 7,
        body: body(`old ${id}`),
        login: 'github-actions[bot]',
        created_at: '',
        updated_at: ''
      })
    const result = await publishStickyComment(loopbackOctokit(server), target, {
      marker: MARKER,
      body: body('new'),
      mode: 'update'
    })
    expect(result.id).toBe(5)
    expect(markedComments(state, 7, MARKER).map(comment => comment.body)).toEqual([body('new')])
  })

  it('posts nothing when asked to skip and no comment exists, but still updates an existing one', async () => {
    const octokit = loopbackOctokit(server)
    const skipped = await publishStickyComment(octokit, target, {
      marker: MARKER,
      body: body('quiet'),
      mode: 'update',
      skipIfAbsent: true
    })
    expect(skipped.action).toBe('skipped')
    expect(state.comments).toHaveLength(0)
    await publishStickyComment(octokit, target, {
      marker: MARKER,
      body: body('loud'),
      mode: 'update'
    })
    const updated = await publishStickyComment(octokit, target, {
      marker: MARKER,
      body: body('quiet'),
      mode: 'update',
      skipIfAbsent: true
    })
    expect(updated.action).toBe('updated')
    expect(markedComments(state, 7, MARKER)[0]?.body).toBe(body('quiet'))
  })

  it('fails saying what it was doing when GitHub refuses the comment', async () => {
    server.fail({
      times: 10,
      when: request => request.method === 'POST',
      response: { status: 422, body: { message: 'Validation Failed' } }
    })
    await expect(
      publishStickyComment(loopbackOctokit(server), target, {
        marker: MARKER,
        body: body('x'),
        mode: 'update'
      })
    ).rejects.toThrow(/Creating the comment on #7 failed: .*Validation Failed/)
  })
})
