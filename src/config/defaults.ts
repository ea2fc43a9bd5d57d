import { DEFAULT_RULESET } from '../classify/rules/defaults.js'
import type { Config, ScoreOptions } from './types.js'

export const DEFAULT_SCORE_OPTIONS: ScoreOptions = {
  weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
  targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 },
  bots: 'exclude'
}

/** Windows in the history when the config does not say (`history`). */
export const DEFAULT_HISTORY = 6

/** Whether the report scores each CODEOWNERS team when the config does not say (`teams`). */
export const DEFAULT_TEAMS = false

export const DEFAULT_CONFIG: Config = {
  rules: DEFAULT_RULESET,
  score: DEFAULT_SCORE_OPTIONS,
  since: '30d',
  sources: ['defaults']
}
