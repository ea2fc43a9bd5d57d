import type { Author } from '../model.js'
import type { Ruleset } from './ruleset.js'

const knownBotsCache = new WeakMap<readonly string[], Set<string>>()

/** The ruleset's bot names, lower-cased once per ruleset: this runs for every change. */
function knownBots(bots: readonly string[]): Set<string> {
  let known = knownBotsCache.get(bots)
  if (!known) knownBotsCache.set(bots, (known = new Set(bots.map(bot => bot.toLowerCase()))))
  return known
}

/**
 * Whether an author is a bot: GitHub's `[bot]` suffix (on the name, login or noreply email),
 * account type `Bot`, or a known bot name (the ruleset's `bots`, e.g. dependabot, renovate,
 * github-actions), with or without the suffix.
 */
export function isBot(author: Author, rules: Pick<Ruleset, 'bots'>): boolean {
  if (author.type?.toLowerCase() === 'bot') return true
  const names = [author.name, author.login, author.email?.split('@')[0]?.replace(/^\d+\+/, '')]
    .filter((name): name is string => name !== undefined && name !== '')
    .map(name => name.toLowerCase().trim())
  if (names.some(name => name.endsWith('[bot]'))) return true
  const known = knownBots(rules.bots)
  return names.some(name => known.has(name) || known.has(name.replace(/-bot$|\s+bot$/, '')))
}
