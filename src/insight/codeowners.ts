// CODEOWNERS, read for its teams only: which `@org/team` owns a path. People named in the file
// are left out on purpose — the report scores teams, never individuals.
import picomatch from 'picomatch'

export interface OwnerRule {
  /** The pattern as written, for messages. */
  pattern: string
  matches: (path: string) => boolean
  /** The teams of the rule (`@org/team`); empty when it names only people or emails. */
  teams: string[]
}

const TEAM = /^@[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/

/**
 * The rules of a CODEOWNERS file in order. GitHub's syntax is gitignore's: a pattern without a
 * slash (or only a trailing one) matches at any depth, a leading or inner slash anchors it at
 * the root, a trailing slash means a folder, and a pattern that names a folder owns all below
 * it. Lines that cannot be read are skipped, as GitHub skips them.
 */
export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') continue
    const [pattern, ...owners] = line.split(/\s+/)
    if (pattern === undefined || pattern.startsWith('!') || pattern.includes('[')) continue
    rules.push({
      pattern,
      matches: matcherOf(pattern),
      teams: owners.filter(owner => TEAM.test(owner)).map(owner => owner.toLowerCase())
    })
  }
  return rules
}

function matcherOf(pattern: string): (path: string) => boolean {
  const folder = pattern.endsWith('/')
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '')
  const anchored = pattern.startsWith('/') || body.includes('/')
  const base = anchored ? body : `**/${body}`
  // `docs/*` owns the files directly in docs/, not those further down (GitHub's own example).
  const globs = folder ? [`${base}/**`] : body.endsWith('/*') ? [base] : [base, `${base}/**`]
  return picomatch(globs, { dot: true })
}

/** The teams owning `path`: the last matching rule decides, as on GitHub. */
export function teamsOwning(rules: readonly OwnerRule[], path: string): readonly string[] {
  for (let index = rules.length - 1; index >= 0; index--) {
    const rule = rules[index] as OwnerRule
    if (rule.matches(path)) return rule.teams
  }
  return []
}
