// Whether the PR comment speaks. Quiet by default: a comment only when the PR feeds a category
// or has a nudge worth acting on; never on a bot's PR unless asked; never under the skip label.
import type { ClassifiedChange } from '../model.js'
import type { Nudge } from './nudge.js'

/** The label that silences the comment on one pull request. */
export const SKIP_LABEL = 'multiplier:skip'

export interface VoiceOptions {
  /** false: comment on every PR, output with nothing to act on included ("always"). */
  onlyWhenChanged: boolean
  /** true: comment on bots' PRs (Dependabot, Renovate, github-actions, any `[bot]`) too. */
  commentOnBots: boolean
}

const DEFAULT_VOICE: VoiceOptions = { onlyWhenChanged: true, commentOnBots: false }

/** Why the comment stays quiet: the skip label, a bot's PR, or nothing to say. */
export type QuietReason = 'skip-label' | 'bot' | 'nothing-to-say'

/** Why this PR gets no comment, or undefined when it gets one. */
export function quietReason(
  change: ClassifiedChange,
  nudges: readonly Nudge[],
  options: VoiceOptions = DEFAULT_VOICE
): QuietReason | undefined {
  if (change.labels.some(label => label.trim().toLowerCase() === SKIP_LABEL)) return 'skip-label'
  if (change.authorIsBot && !options.commentOnBots) return 'bot'
  if (options.onlyWhenChanged && change.categories.length === 0 && nudges.length === 0)
    return 'nothing-to-say'
  return undefined
}
