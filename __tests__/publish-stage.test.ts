import { describe, expect, it } from '@jest/globals'
import type { ActionOutputs } from '../src/publish/runner.js'
import { runPublishStage, type PublishSink, type PublishTarget } from '../src/publish/stage.js'

/** A sink that records, in order, what the stage handed to the runner. */
function recordingSink(events: string[]): PublishSink {
  return {
    setOutputs: (outputs: ActionOutputs) => events.push(`outputs ${JSON.stringify(outputs)}`),
    appendSummary: async markdown => {
      events.push(`summary+ ${markdown}`)
    },
    info: () => undefined
  }
}

function target(
  name: string,
  writes: PublishTarget['writes'],
  events: string[],
  behaviour: () => Promise<void> = async () => undefined,
  extra: Partial<PublishTarget> = {}
): PublishTarget {
  return {
    name,
    writes,
    permission: 'issues: write',
    async publish() {
      await behaviour()
      events.push(`publish ${name}`)
      return { note: 'done', outputs: name === 'issue' ? { issueUrl: 'u' } : {} }
    },
    ...extra
  }
}

const refused = Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
const broken = Object.assign(new Error('Bad Gateway'), { status: 502 })

describe('publish/stage', () => {
  it('writes the runner targets and the outputs before any GitHub write, whatever the order given', async () => {
    const events: string[] = []
    await runPublishStage(
      [
        target('issue', 'github', events),
        target('file', 'runner', events),
        target('summary', 'runner', events)
      ],
      { dryRun: false, hasToken: true, outputs: { index: 40 } },
      recordingSink(events)
    )
    expect(events.map(event => event.split(' ')[0] + ' ' + (event.split(' ')[1] ?? ''))).toEqual([
      'publish file',
      'publish summary',
      'outputs {"index":40}',
      'publish issue',
      'outputs {"index":40,"issueUrl":"u"}',
      'summary+ _issue:'
    ])
  })

  it('publishes everything else before it reports the targets that failed, by name and reason', async () => {
    const events: string[] = []
    const outcome = await runPublishStage(
      [
        target('file', 'runner', events, () =>
          Promise.reject(new Error('Writing /proc/x failed (ENOENT)'))
        ),
        target('summary', 'runner', events),
        target('comment', 'github', events, () => Promise.reject(broken)),
        target('issue', 'github', events)
      ],
      { dryRun: false, hasToken: true, outputs: {} },
      recordingSink(events)
    )
    expect(events.filter(event => event.startsWith('publish'))).toEqual([
      'publish summary',
      'publish issue'
    ])
    expect(outcome.failures).toEqual([
      'Could not publish file: Writing /proc/x failed (ENOENT)',
      'Could not publish comment: Bad Gateway'
    ])
  })

  it('turns a refused write into a warning naming the permission, and the step stays green', async () => {
    const refusedOn = async (eventName: string) => {
      const events: string[] = []
      return runPublishStage(
        [target('the report issue', 'github', events, () => Promise.reject(refused))],
        { dryRun: false, hasToken: true, outputs: {}, eventName },
        recordingSink(events)
      )
    }
    const onPullRequest = await refusedOn('pull_request')
    expect(onPullRequest.failures).toEqual([])
    expect(onPullRequest.warnings[0]).toMatch(
      /Could not post the report issue: .*permissions: issues: write.*forks.*workflow_run.*README.md#permissions-fork-pull-requests-and-workflow_run/
    )
    // A review of a fork's pull request runs with the same read-only token.
    const onReview = await refusedOn('pull_request_review')
    expect(onReview.warnings[0]).toMatch(/forks.*workflow_run/)
    // A scheduled run has no fork to blame: the advice is the workflow's or repository's permissions.
    const onSchedule = await refusedOn('schedule')
    expect(onSchedule.warnings[0]).toMatch(/permissions: issues: write.*Workflow permissions/)
    expect(onSchedule.warnings[0]).not.toMatch(/forks|Dependabot|separate `workflow_run`/)
  })

  it('skips GitHub targets on a dry run or when off, but never the runner targets', async () => {
    const events: string[] = []
    const outcome = await runPublishStage(
      [
        target('file', 'runner', events),
        target('comment', 'github', events),
        target('issue', 'github', events, undefined, { off: 'report-issue: off' })
      ],
      { dryRun: true, hasToken: true, outputs: {} },
      recordingSink(events)
    )
    expect(events.filter(event => event.startsWith('publish'))).toEqual(['publish file'])
    expect(outcome.notes).toEqual([
      'file: done',
      'comment: dry run, nothing posted',
      'issue: report-issue: off'
    ])
  })

  it('fails a GitHub target that needs a token when there is none, saying so', async () => {
    const events: string[] = []
    const outcome = await runPublishStage(
      [target('the pull-request comment', 'github', events, undefined, { needs: { token: true } })],
      { dryRun: false, hasToken: false, outputs: {} },
      recordingSink(events)
    )
    expect(events.filter(event => event.startsWith('publish'))).toEqual([])
    expect(outcome.failures).toEqual([
      'Could not publish the pull-request comment: it needs the github-token input, which is empty'
    ])
  })
})
