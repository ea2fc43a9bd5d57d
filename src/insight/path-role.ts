// What a path is for the insight views: code, documentation, or neither — read from the
// memoised path facts classification itself reads, so the views and the scores agree.
import { compile } from '../classify/compile.js'
import { pathFactsOf } from '../classify/path-facts.js'
import type { Ruleset } from '../classify/ruleset.js'
import type { RepoContext } from '../model.js'

export type PathRole = 'code' | 'docs' | 'other'

/**
 * Documentation by the documentation path rules; code when it is a source file that no
 * category, exclusion or release rule claims; anything else is neither.
 */
export function pathRole(path: string, rules: Ruleset, context: RepoContext = {}): PathRole {
  const facts = pathFactsOf(path, compile(rules, context.gitattributes))
  if (facts.excluded || facts.manifest || facts.changelog) return 'other'
  if (facts.categories.has('documentation')) return 'docs'
  return facts.code && facts.categories.size === 0 ? 'code' : 'other'
}
