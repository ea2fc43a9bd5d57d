import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { publishStickyComment, type StickyCommentOptions } from '../src/publish/comment.js'
import { publishReportIssue, type ReportIssueOptions } from '../src/publish/issue.js'
import { loopbackOctokit } from './support/action-clients.js'
import {
  createRepoState,
  installIssues,
  markedComments,
  type RepoState
} from './support/github-issues.js'
import { LoopbackGitHub, onRoute } from './support/github-server.js'

const MARKER = '<!-- multiplier:pr-comment -->'
const ISSUE_MARKER = '<!-- multiplier:report-issue -->'
const PERIOD = '<!-- multiplier:period 2024-05-01..2024-06-01 -->'
const thread = { owner: 'octo', repo: 'widgets', issueNumber: 7 }
const repo = { owner: 'octo', repo: 'widgets' }
// Five runs at once: each lists, creates and reconciles, as in a race of any size. Every run
// closes each duplicate the others opened, so requests grow with the square of the runs (ten
// runs sent about 1,800 for these tests, five send about 500).
const RUNS = 5

function issueOptions(overrides: Partial<ReportIssueOptions> = {}): ReportIssueOptions {
  return {
    mode: 'rolling',
    marker: ISSUE_MARKER,
    title: 'Multiplier report',
    label: 'multiplier',
    body: `${ISSUE_MARKER}\n${PERIOD}\nindex 40`,
    periodComment: 'index 40',
    periodMarker: PERIOD,
    ...overrides
  }
}

describe('publish races and ownership', () => {
  let server: LoopbackGitHub
  let state: RepoState

  beforeEach(async () => {
    // A little latency lets the runs interleave; creates held until all five have arrived make
    // every run see nothing when it lists, so all five create and must reconcile. The hold ends
    // after a while when fewer come (a second wave that updates instead).
    server = await LoopbackGitHub.start({ latencyMs: 1 })
    state = createRepoState()
    installIssues(server, state)
    server.slow({ when: onRoute('POST', '/repos/:owner/:repo/issues'), delayMs: 40, gather: RUNS })
    server.slow({
      when: onRoute('POST', '/repos/:owner/:repo/issues/:number/comments'),
      delayMs: 40,
      gather: RUNS
    })
  })
  afterEach(() => server.close())

  const racingComments = (options: Omit<StickyCommentOptions, 'body'>): Promise<unknown[]> =>
    Promise.all(
      Array.from({ length: RUNS }, (_, run) =>
        publishStickyComment(loopbackOctokit(server), thread, {
          ...options,
          body: `${MARKER}\nrun ${run}`
        })
      )
    )
  const openIssues = (): RepoState['issues'] =>
    state.issues.filter(issue => issue.state === 'open' && !issue.pull_request)

  for (const mode of ['update', 'recreate'] as const) {
    it(`leaves one comment when five runs with comment: ${mode} post at once`, async () => {
      await racingComments({ marker: MARKER, mode })
      expect(markedComments(state, 7, MARKER)).toHaveLength(1)
      // Every run posted: the five really raced, and four comments were reconciled away.
      expect(
        server.requests.filter(onRoute('POST', '/repos/:owner/:repo/issues/:number/comments'))
      ).toHaveLength(RUNS)
      // A second wave over the existing comment converges as well.
      await racingComments({ marker: MARKER, mode })
      expect(markedComments(state, 7, MARKER)).toHaveLength(1)
    })
  }

  it('leaves one open issue and no period comment when five first rolling runs race', async () => {
    await Promise.all(
      Array.from({ length: RUNS }, () =>
        publishReportIssue(loopbackOctokit(server), repo, issueOptions())
      )
    )
    expect(openIssues()).toHaveLength(1)
    expect(openIssues()[0]?.number).toBe(1)
    // Every issue but the oldest was closed as its duplicate. How many runs got to create one
    // before the first create landed depends on the machine's load; at least two did (the
    // loopback holds creates back), so the runs really raced.
    const created = state.issues.filter(issue => !issue.pull_request)
    const closedIssues = state.issues.filter(issue => issue.state === 'closed')
    expect(closedIssues).toHaveLength(created.length - 1)
    expect(closedIssues.length).toBeGreaterThan(0)
    for (const closed of closedIssues)
      expect(markedComments(state, closed.number, 'Duplicate of #1')).toHaveLength(1)
  })

  it('leaves one period comment when five rolling runs report the same period at once', async () => {
    await publishReportIssue(loopbackOctokit(server), repo, issueOptions())
    await Promise.all(
      Array.from({ length: RUNS }, (_, run) =>
        publishReportIssue(
          loopbackOctokit(server),
          repo,
          issueOptions({ periodComment: `index ${run}` })
        )
      )
    )
    expect(openIssues()).toHaveLength(1)
    expect(markedComments(state, 1, PERIOD)).toHaveLength(1)
  })

  it('leaves one issue for the period when five runs in new mode race', async () => {
    await Promise.all(
      Array.from({ length: RUNS }, () =>
        publishReportIssue(loopbackOctokit(server), repo, issueOptions({ mode: 'new' }))
      )
    )
    expect(openIssues()).toHaveLength(1)
  })

  it("keeps a user's words when they quote the bot's comment, marker and all", async () => {
    const quote = `> ${MARKER}\n> feeds automation\n\nWhy automation? This is a feature.`
    state.comments.push({
      id: 1,
      issueNumber: 7,
      body: quote,
      login: 'ada',
      created_at: '',
      updated_at: ''
    })
    for (const mode of ['update', 'recreate'] as const)
      await publishStickyComment(loopbackOctokit(server), thread, {
        marker: MARKER,
        body: `${MARKER}\nmine (${mode})`,
        mode
      })
    expect(state.comments.find(comment => comment.login === 'ada')?.body).toBe(quote)
    expect(state.comments.map(comment => comment.login)).toEqual(['ada', 'github-actions[bot]'])
  })

  it("leaves a user's issue that carries the marker alone and opens the action's own", async () => {
    state.labels.push({ name: 'multiplier', color: 'ffffff' })
    const copied = `${ISSUE_MARKER}\nI copied the report here to discuss it.`
    state.issues.push({
      number: 1,
      title: 'Discuss',
      body: copied,
      state: 'open',
      labels: ['multiplier'],
      login: 'ada'
    })
    const result = await publishReportIssue(loopbackOctokit(server), repo, issueOptions())
    expect(result).toMatchObject({ action: 'created', number: 2 })
    expect(state.issues[0]).toMatchObject({ body: copied, state: 'open' })
  })

  it('knows a personal token by GET /user and owns only what that user wrote', async () => {
    state.actor = 'release-bot-user'
    state.comments.push(
      {
        id: 1,
        issueNumber: 7,
        body: `${MARKER}\nold`,
        login: 'github-actions[bot]',
        created_at: '',
        updated_at: ''
      },
      {
        id: 2,
        issueNumber: 7,
        body: `${MARKER}\nold`,
        login: 'release-bot-user',
        created_at: '',
        updated_at: ''
      }
    )
    const result = await publishStickyComment(loopbackOctokit(server), thread, {
      marker: MARKER,
      body: `${MARKER}\nnew`,
      mode: 'update'
    })
    expect(result).toMatchObject({ action: 'updated', id: 2 })
    expect(state.comments.map(comment => comment.body)).toEqual([
      `${MARKER}\nold`,
      `${MARKER}\nnew`
    ])
  })
})
