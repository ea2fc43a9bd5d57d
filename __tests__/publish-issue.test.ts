import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { publishReportIssue, type ReportIssueOptions } from '../src/publish/issue.js'
import { loopbackOctokit } from './support/action-clients.js'
import { createRepoState, installIssues, type RepoState } from './support/github-issues.js'
import { LoopbackGitHub } from './support/github-server.js'

const MARKER = '<!-- multiplier:report-issue -->'
const repo = { owner: 'octo', repo: 'widgets' }

function options(overrides: Partial<ReportIssueOptions> = {}): ReportIssueOptions {
  return {
    mode: 'rolling',
    marker: MARKER,
    title: 'Multiplier report',
    label: 'multiplier',
    body: `${MARKER}\nindex 40`,
    periodComment: 'index 40',
    periodMarker: '<!-- multiplier:period 2024-05-01..2024-06-01 -->',
    ...overrides
  }
}

describe('publish/issue', () => {
  let server: LoopbackGitHub
  let state: RepoState

  beforeEach(async () => {
    server = await LoopbackGitHub.start()
    state = createRepoState()
    installIssues(server, state)
  })
  afterEach(() => server.close())

  it('creates the label and the rolling issue on the first run', async () => {
    const result = await publishReportIssue(loopbackOctokit(server), repo, options())
    expect(result.action).toBe('created')
    expect(state.labels.map(label => label.name)).toEqual(['multiplier'])
    expect(state.issues).toHaveLength(1)
    expect(state.issues[0]).toMatchObject({
      title: 'Multiplier report',
      labels: ['multiplier'],
      state: 'open'
    })
    expect(state.comments).toHaveLength(0)
  })

  it('updates the same issue on the next run and adds one comment per period', async () => {
    const octokit = loopbackOctokit(server)
    await publishReportIssue(octokit, repo, options())
    const second = await publishReportIssue(
      octokit,
      repo,
      options({ body: `${MARKER}\nindex 50`, periodComment: 'index 50' })
    )
    const rerun = await publishReportIssue(
      octokit,
      repo,
      options({ body: `${MARKER}\nindex 51`, periodComment: 'index 51' })
    )
    const next = await publishReportIssue(
      octokit,
      repo,
      options({
        body: `${MARKER}\nindex 60`,
        periodComment: 'index 60',
        periodMarker: '<!-- multiplier:period 2024-06-01..2024-07-01 -->'
      })
    )
    expect([second.action, rerun.action, next.action]).toEqual(['updated', 'updated', 'updated'])
    expect(state.issues).toHaveLength(1)
    expect(state.issues[0]?.body).toBe(`${MARKER}\nindex 60`)
    expect(state.comments.map(comment => comment.body.split('\n')[1])).toEqual([
      'index 51',
      'index 60'
    ])
  })

  it('ignores closed report issues, pull requests and issues without the marker', async () => {
    state.labels.push({ name: 'multiplier', color: 'ffffff' })
    state.issues.push(
      { number: 1, title: 'old', body: `${MARKER}\nold`, state: 'closed', labels: ['multiplier'] },
      {
        number: 2,
        title: 'pr',
        body: MARKER,
        state: 'open',
        labels: ['multiplier'],
        pull_request: { url: 'x' }
      },
      {
        number: 3,
        title: 'someone',
        body: 'about multiplier',
        state: 'open',
        labels: ['multiplier']
      }
    )
    const result = await publishReportIssue(loopbackOctokit(server), repo, options())
    expect(result).toMatchObject({ action: 'created', number: 4 })
  })

  it('keeps the oldest issue and closes the others when first runs race', async () => {
    await Promise.all([
      publishReportIssue(loopbackOctokit(server), repo, options()),
      publishReportIssue(loopbackOctokit(server), repo, options())
    ])
    const open = state.issues.filter(issue => issue.state === 'open')
    expect(open).toHaveLength(1)
    expect(open[0]?.number).toBe(Math.min(...state.issues.map(issue => issue.number)))
  })

  it('opens one issue per period in new mode and edits it when the same period is rerun', async () => {
    const octokit = loopbackOctokit(server)
    const may = '<!-- multiplier:period 2024-05-01..2024-06-01 -->'
    const june = '<!-- multiplier:period 2024-06-01..2024-07-01 -->'
    const inNewMode = (title: string, period: string, text: string): ReportIssueOptions =>
      options({ mode: 'new', title, periodMarker: period, body: `${MARKER}\n${period}\n${text}` })
    await publishReportIssue(octokit, repo, inNewMode('Report: May', may, 'first'))
    const rerun = await publishReportIssue(octokit, repo, inNewMode('Report: May', may, 'again'))
    await publishReportIssue(octokit, repo, inNewMode('Report: June', june, 'june'))
    expect(rerun.action).toBe('updated')
    expect(state.issues.map(issue => issue.title)).toEqual(['Report: May', 'Report: June'])
    expect(state.issues[0]?.body).toContain('again')
    expect(state.comments).toHaveLength(0)
  })
})
