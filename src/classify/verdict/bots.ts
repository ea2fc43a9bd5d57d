import type { Author } from '../../model.js'
import type { Ruleset } from '../rules/ruleset.js'

const knownBotsCache = new WeakMap<readonly string[], Set<string>>()

/** The ruleset's bot names, lower-cased once per ruleset: this runs for every change. */
function knownBots(bots: readonly string[]): Set<string> {
  let known = knownBotsCache.get(bots)
  if (!known) knownBotsCache.set(bots, (known = new Set(bots.map(bot => bot.toLowerCase()))))
  return known
}

/** Verdicts by author, per bot list: a history has thousands of changes by a few authors. */
const verdictsCache = new WeakMap<readonly string[], Map<string, boolean>>()

/**
 * Whether an author is a bot: GitHub's `[bot]` suffix (on the name, login or noreply email),
 * account type `Bot`, or a known bot name (the ruleset's `bots`, e.g. dependabot, renovate,
 * github-actions), with or without the suffix.
 */
export function isBot(author: Author, rules: Pick<Ruleset, 'bots'>): boolean {
  let verdicts = verdictsCache.get(rules.bots)
  if (!verdicts) verdictsCache.set(rules.bots, (verdicts = new Map()))
  // NUL separates the fields: git and GitHub put none in a name, login, email or type.
  const key = `${author.type ?? ''}\0${author.name}\0${author.login ?? ''}\0${author.email ?? ''}`
  let verdict = verdicts.get(key)
  if (verdict === undefined) verdicts.set(key, (verdict = readIsBot(author, rules.bots)))
  return verdict
}

function readIsBot(author: Author, bots: readonly string[]): boolean {
  if (author.type?.toLowerCase() === 'bot') return true
  const names = [author.name, author.login, author.email?.split('@')[0]?.replace(/^\d+\+/, '')]
    .filter((name): name is string => name !== undefined && name !== '')
    .map(name => name.toLowerCase().trim())
  if (names.some(name => name.endsWith('[bot]'))) return true
  const known = knownBots(bots)
  return names.some(name => known.has(name) || known.has(name.replace(/-bot$|\s+bot$/, '')))
}
