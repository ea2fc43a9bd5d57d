import type { PathRule, Ruleset } from '../classify/rules/ruleset.js'
import { CATEGORY_IDS, SCORE_PARTS } from '../model.js'
import { ConfigError } from './errors.js'
import type { ConfigLayer } from './parse.js'
import type { Config } from './types.js'

/**
 * Merges config layers over a base, in order (the base, then each layer). Lists add to what
 * is below them unless the layer says `replace: true`; scalars and weights override key by
 * key. Pure: the base is copied, never changed.
 */
export function mergeLayers(base: Config, layers: readonly ConfigLayer[]): Config {
  return layers.reduce(applyLayer, structuredClone(base))
}

function applyLayer(config: Config, layer: ConfigLayer): Config {
  const { source } = layer
  const rules: Ruleset = config.rules
  for (const id of CATEGORY_IDS) {
    const patch = layer.categories[id]
    if (!patch) continue
    const below = patch.replace ? { paths: [], labels: [], messages: [] } : rules.categories[id]
    rules.categories[id] = {
      paths: [
        ...below.paths,
        ...patch.paths.map(glob =>
          pathRule(`config:${id}`, glob, `matches \`${glob}\` in ${source}`)
        )
      ],
      labels: unique([...below.labels, ...patch.labels], label => label.toLowerCase()),
      messages: unique([...below.messages, ...patch.messages], message => message)
    }
  }
  if (layer.exclude) {
    rules.exclude = [
      ...(layer.exclude.replace ? [] : rules.exclude),
      ...layer.exclude.items.map(glob =>
        pathRule('config:exclude', glob, `excluded by \`${glob}\` in ${source}`)
      )
    ]
  }
  if (layer.bots) {
    rules.bots = unique([...(layer.bots.replace ? [] : rules.bots), ...layer.bots.items], name =>
      name.toLowerCase()
    )
  }
  if (layer.release) {
    const below = layer.release.replace ? { paths: [], messages: [], labels: [] } : rules.release
    const labels = unique([...(below.labels ?? []), ...layer.release.labels], label =>
      label.toLowerCase()
    )
    rules.release = {
      paths: [
        ...below.paths,
        ...layer.release.paths.map(glob =>
          pathRule('config:release', glob, `release bookkeeping: matches \`${glob}\` in ${source}`)
        )
      ],
      messages: unique([...below.messages, ...layer.release.messages], message => message),
      ...(labels.length > 0 || below.labels ? { labels } : {})
    }
  }
  const weights = { ...config.score.weights, ...layer.weights }
  if (layer.weights && SCORE_PARTS.every(part => weights[part] === 0)) {
    throw new ConfigError([
      {
        file: source,
        ...layer.weightsPosition,
        key: 'score.weights',
        message: `must not all be zero (${SCORE_PARTS.slice(0, -1).join(', ')} and ${SCORE_PARTS.at(-1)} are normalised to sum to 1)`
      }
    ])
  }
  return {
    rules,
    score: {
      weights,
      targets: { ...config.score.targets, ...layer.targets },
      bots: layer.botsMode ?? config.score.bots ?? 'exclude'
    },
    since: layer.since ?? config.since,
    history: layer.history ?? config.history,
    teams: layer.teams ?? config.teams,
    unit: layer.unit ?? config.unit,
    sources: [...config.sources, source]
  }
}

/** One rule per glob, so a reason can name the very glob that matched and where it was written. */
function pathRule(id: string, glob: string, detail: string): PathRule {
  return { id, globs: [glob], detail }
}

function unique(items: string[], keyOf: (item: string) => string): string[] {
  const seen = new Set<string>()
  return items.filter(item => {
    const key = keyOf(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
