import type { ModeInput } from './inputs.js'

export type Mode = 'pull-request' | 'report' | 'repos' | 'aggregate'

/**
 * The events `auto` comments on. Not `pull_request_review` (publish/stage.ts's
 * FORK_TOKEN_EVENTS hold it): a review changes no file, so there is nothing new to classify.
 */
const AUTO_COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The mode a run works in. `auto` comments on pull-request events and reports on anything
 * else (schedule, workflow_dispatch, push, ...); an explicit mode wins, except that
 * pull-request mode needs a pull request in the payload to comment on.
 */
export function decideMode(
  input: ModeInput,
  eventName: string,
  payload: Record<string, unknown>
): Mode {
  // The repos and aggregate modes are only ever asked for: no event implies them.
  if (input === 'report' || input === 'repos' || input === 'aggregate') return input
  const hasPullRequest =
    typeof payload['pull_request'] === 'object' && payload['pull_request'] !== null
  if (input === 'pull-request') {
    if (!hasPullRequest) {
      throw new Error(
        `mode is 'pull-request' but the '${eventName}' event has no pull request in its payload; run it on pull_request events or use mode: report`
      )
    }
    return 'pull-request'
  }
  return AUTO_COMMENT_EVENTS.has(eventName) && hasPullRequest ? 'pull-request' : 'report'
}
