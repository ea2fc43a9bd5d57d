import { DEFAULT_RULESET } from '../classify/defaults.js'
import type { Config, ScoreOptions } from './types.js'

export const DEFAULT_SCORE_OPTIONS: ScoreOptions = {
  weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
  targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 },
  bots: 'exclude'
}

export const DEFAULT_CONFIG: Config = {
  rules: DEFAULT_RULESET,
  score: DEFAULT_SCORE_OPTIONS,
  since: '30d',
  sources: ['defaults']
}
