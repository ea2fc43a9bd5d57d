import type { CategoryId, ScorePart } from '../model.js'
import type { Ruleset } from '../classify/rules/ruleset.js'

/** How changes are counted in git history (config `unit`). */
export type ChangeUnit = 'pull-request' | 'commit'
export const CHANGE_UNITS: readonly ChangeUnit[] = ['pull-request', 'commit']

export interface ScoreOptions {
  /** Weights of the parts of a category score (SCORE_PARTS); they are normalised to sum to 1. */
  weights: Record<ScorePart, number>
  /** Share of the window's changes at which a category's share part reaches full marks. */
  targets: Record<CategoryId, number>
  /** Whether bot changes count in the shares, category counts and steadiness (default exclude). */
  bots?: BotsMode
}

export type BotsMode = 'exclude' | 'include'

/** The resolved configuration: defaults, then `extends`, then the repository's file. */
export interface Config {
  rules: Ruleset
  score: ScoreOptions
  /** Default window length when none is given on the command line or as an input. */
  since: string
  /** Windows the history holds (the report's window last); 0 leaves it out; unset means 6. */
  history?: number
  /** Whether the report has a per-team view (CODEOWNERS teams); unset means no. */
  teams?: boolean
  /**
   * How git history is counted: 'pull-request' (default) reads first-parent history, one change
   * per merged PR or direct push; 'commit' counts every non-merge commit.
   */
  unit?: ChangeUnit
  /** Where each layer came from, for the report's notes ('defaults', '.github/multiplier.yml', ...). */
  sources: string[]
}
