// What a path is for the insight views: code, documentation, or neither — read from the
// memoised path facts classification itself reads, so the views and the scores agree.
import { compile } from '../classify/rules/compile.js'
import { pathFactsOf } from '../classify/reading/path-facts.js'
import type { Ruleset } from '../classify/rules/ruleset.js'
import type { RepoContext } from '../model.js'

export type PathRole = 'code' | 'docs' | 'other'

/**
 * Licence and notice files (LICENSE, LICENSE-MIT, COPYING.LIB, NOTICE.txt, THIRD_PARTY_NOTICES.md,
 * ThirdPartyNotices.txt): legal text, often regenerated from the dependencies by a build — vite's
 * `packages/vite/LICENSE.md` is — so a change to one says nothing about the area's docs. A source
 * file of that name (`license.ts`) is code and is not matched here.
 */
const LICENCE_NAME =
  /^(?:licen[cs]es?|copying|copyright|notices?|third[-_]?party[\w-]*|thirdpartynotices)(?:[-_.][\w-]+)*$/i

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Whether a file is a licence or notice text (and not a source file named after one). */
function isLicenceFile(path: string, code: boolean): boolean {
  return !code && LICENCE_NAME.test(fileName(path))
}

/**
 * Documentation by the documentation path rules; code when it is a source file that no
 * category, exclusion or release rule claims; anything else is neither. Generated and vendored
 * files (the ruleset's exclusions, `linguist-generated`/`linguist-vendored` in .gitattributes),
 * release files (changelogs included: release bookkeeping, often written by a release bot) and
 * licence texts are neither; so is any file that is neither source nor docs (`*.lock`).
 */
export function pathRole(path: string, rules: Ruleset, context: RepoContext = {}): PathRole {
  const facts = pathFactsOf(path, compile(rules, context.gitattributes))
  if (facts.excluded || facts.manifest || facts.changelog) return 'other'
  if (isLicenceFile(path, facts.code)) return 'other'
  if (facts.categories.has('documentation')) return 'docs'
  return facts.code && facts.categories.size === 0 ? 'code' : 'other'
}
