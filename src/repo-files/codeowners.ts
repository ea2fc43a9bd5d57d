// CODEOWNERS: the one reader behind teams (which `@org/team` owns a path), reach (how much of
// the tree has an owner) and collect (where the file is). People named in the file are kept only as "has an owner" — the
// report scores teams, never individuals.
//
// The file comes from the repository, so from anyone who can push to it, and it is matched
// against every file of the tree. Its patterns are therefore matched without regular
// expressions (no backtracking: `*a*a*a*a*a*a*a*a*a*a*a*az` costs a few string searches per
// name, not minutes), each one compiled once, and looked up through an index of the literal
// folders they start with, so that 5,000 rules over 20,000 files test each file against only
// the few rules that could match it.

/** One rule of the file, in file order. */
interface OwnerRule {
  /** The pattern as written, for messages. */
  pattern: string
  /** Everyone the rule names (`@login`, `@org/team`, emails); none un-owns the paths. */
  owners: string[]
  /** The teams of the rule (`@org/team`, lower-cased); empty when it names only people or emails. */
  teams: string[]
  matches: (path: string) => boolean
}

export interface Codeowners {
  rules: OwnerRule[]
  /** The rule that decides `path`: the last one matching it, as on GitHub. */
  ownerOf(path: string): OwnerRule | undefined
}

/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is the one used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

/**
 * Whether GitHub reads the CODEOWNERS file at `path` in a tree of `files`: not when a location
 * before it holds one. A path outside GitHub's locations (`.gitlab/CODEOWNERS`) is judged on its
 * own, as its readers do.
 */
export function codeownersShadowed(path: string, files: readonly string[]): boolean {
  const at = (CODEOWNERS_PATHS as readonly string[]).indexOf(path)
  if (at <= 0) return false
  const present = new Set(files)
  return CODEOWNERS_PATHS.slice(0, at).some(earlier => present.has(earlier))
}

const TEAM = /^@[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/
/** Longer patterns are skipped: a path segment is at most 255 bytes on GitHub. */
const PATTERN_MAX = 1024

/** A compiled pattern: its segments, and how it matches a path. */
interface Compiled {
  /** Path segments; `**` matches any number of segments, the others one each. */
  segments: Segment[]
  /** It matches a folder too, owning every path below it (not for `docs/*` or `docs/`'s kin). */
  ownsBelow: boolean
  /** It names a folder (a trailing `/`): a path below it, never a file of that name. */
  folderOnly: boolean
  /** The literal folders it starts with, for the index (empty when it may match anywhere). */
  prefix: string[]
}

/** `**`, or a segment glob cut at its `*`s into literal chunks (`?` any one character). */
type Segment = '**' | { chunks: string[]; literal: boolean }

/**
 * The rules of a CODEOWNERS file, with GitHub's documented semantics (gitignore's patterns): a
 * pattern without a slash (or with only a trailing one) matches at any depth, a leading or
 * inner slash anchors it at the root, a trailing slash means a folder, a pattern that names a
 * folder owns all below it, and `docs/*` owns the files directly in docs/ but not
 * `docs/guide/b.md`; paths are case-sensitive. Lines GitHub cannot read (`!` negation, `[ ]`
 * ranges, a `#` escaped as `\#`, overlong) are skipped, as GitHub skips them.
 */
export function parseCodeowners(text: string): Codeowners {
  const rules: OwnerRule[] = []
  const compiled: Compiled[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') continue
    const [pattern = '', ...owners] = line.split(/\s+/)
    if (unreadable(pattern)) continue
    const rule = compile(pattern)
    if (rule === undefined) continue
    compiled.push(rule)
    rules.push({
      pattern,
      owners,
      teams: owners.filter(owner => TEAM.test(owner)).map(owner => owner.toLowerCase()),
      matches: path => matchesPath(rule, path.split('/'))
    })
  }
  // A rule repeated later can never decide a path (the later one matches whenever it does), so
  // only the last of each pattern is indexed: a file of one line repeated costs one rule.
  const last = new Map(rules.map((rule, at) => [rule.pattern, at]))
  const index = buildIndex(compiled, at => last.get((rules[at] as OwnerRule).pattern) === at)
  return {
    rules,
    ownerOf(path) {
      const parts = path.split('/')
      // The last matching rule: in each list (ascending) the highest match, then the highest
      // of those; a list is left as soon as it is below the best found so far.
      let best = -1
      for (const list of index.candidates(parts)) {
        for (let i = list.length - 1; i >= 0; i--) {
          const at = list[i] as number
          if (at <= best) break
          if (matchesPath(compiled[at] as Compiled, parts)) {
            best = at
            break
          }
        }
      }
      return best < 0 ? undefined : rules[best]
    }
  }
}

/**
 * gitignore syntax that GitHub documents as not working in CODEOWNERS: `!` negation, `[ ]`
 * ranges and `\#` (a pattern cannot start with `#`: the line is a comment).
 */
function unreadable(pattern: string): boolean {
  return (
    pattern.startsWith('!') ||
    pattern.startsWith('\\#') ||
    pattern.includes('[') ||
    pattern.length > PATTERN_MAX
  )
}

/** The teams owning `path`: those of the last matching rule, as on GitHub. */
export function teamsOwning(codeowners: Codeowners, path: string): readonly string[] {
  return codeowners.ownerOf(path)?.teams ?? []
}

function compile(pattern: string): Compiled | undefined {
  const folderOnly = pattern.endsWith('/')
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '')
  if (body === '') return undefined
  const anchored = pattern.startsWith('/') || body.includes('/')
  const written = body.split('/').filter(part => part !== '')
  const segments: Segment[] = [...(anchored ? [] : ['**' as const]), ...written.map(segmentOf)]
  const prefix: string[] = []
  for (const segment of segments) {
    if (segment === '**' || !segment.literal) break
    prefix.push(segment.chunks[0] as string)
  }
  return {
    segments,
    // `docs/*`: one level only (GitHub's own example); `docs/**` and the rest own below.
    ownsBelow: !(anchored && written.length > 1 && written.at(-1) === '*'),
    folderOnly,
    prefix
  }
}

function segmentOf(part: string): Segment {
  if (part === '**') return '**'
  const chunks = part.split('*')
  return { chunks, literal: chunks.length === 1 && !part.includes('?') }
}

/**
 * Whether the pattern matches `parts` whole or, when it owns below, a folder above them. The
 * positions the pattern's segments can reach are tracked as a set (no backtracking): at most
 * (segments + 1) × (parts + 1) steps, each a segment match.
 */
function matchesPath(rule: Compiled, parts: readonly string[]): boolean {
  const ends = (at: number): boolean =>
    (at === parts.length && !rule.folderOnly) ||
    (at > 0 && at < parts.length && (rule.ownsBelow || rule.folderOnly))
  const { segments } = rule
  const [first, only] = segments
  // The common shapes without sets: a name at any depth (`*.js`, `apps/`), and a path with no
  // `**` in it (`/build/logs/`, `docs/*`), matched segment by segment.
  if (segments.length === 2 && first === '**' && only !== '**' && only !== undefined) {
    for (let at = 0; at < parts.length; at++)
      if (ends(at + 1) && matchesSegment(only, parts[at] as string)) return true
    return false
  }
  if (!segments.includes('**')) {
    if (segments.length > parts.length) return false
    for (let at = 0; at < segments.length; at++)
      if (!matchesSegment(segments[at] as Exclude<Segment, '**'>, parts[at] as string)) return false
    return ends(segments.length)
  }
  return matchesWithStars(rule, parts, ends)
}

/** The general case, `**` anywhere: the positions reachable after each segment, as a set. */
function matchesWithStars(
  rule: Compiled,
  parts: readonly string[],
  ends: (at: number) => boolean
): boolean {
  let reached = new Set<number>([0])
  for (const segment of rule.segments) {
    const next = new Set<number>()
    for (const at of reached) {
      if (segment === '**') {
        for (let to = at; to <= parts.length; to++) next.add(to)
      } else if (at < parts.length && matchesSegment(segment, parts[at] as string)) {
        next.add(at + 1)
      }
    }
    if (next.size === 0) return false
    reached = next
  }
  for (const at of reached) if (ends(at)) return true
  return false
}

/**
 * A segment glob against one name: the first chunk is its start, the last its end, the ones
 * between are found leftmost in order (leftmost is always right for `*`-separated chunks).
 */
function matchesSegment(segment: Exclude<Segment, '**'>, name: string): boolean {
  const { chunks } = segment
  if (chunks.length === 1)
    return chunkAt(chunks[0] as string, name, 0) && name.length === chunks[0]?.length
  const first = chunks[0] as string
  const last = chunks.at(-1) as string
  if (first.length + last.length > name.length) return false
  if (!chunkAt(first, name, 0) || !chunkAt(last, name, name.length - last.length)) return false
  let from = first.length
  const end = name.length - last.length
  for (let i = 1; i < chunks.length - 1; i++) {
    const chunk = chunks[i] as string
    const found = findChunk(chunk, name, from, end)
    if (found < 0) return false
    from = found + chunk.length
  }
  return true
}

/** Whether `chunk` (where `?` is any one character) is at `at` in `name`. */
function chunkAt(chunk: string, name: string, at: number): boolean {
  if (at < 0 || at + chunk.length > name.length) return false
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] !== '?' && chunk[i] !== name[at + i]) return false
  }
  return true
}

/** The leftmost place from `from` where `chunk` ends by `end`, or -1. */
function findChunk(chunk: string, name: string, from: number, end: number): number {
  if (!chunk.includes('?')) {
    const found = name.indexOf(chunk, from)
    return found >= 0 && found + chunk.length <= end ? found : -1
  }
  for (let at = from; at + chunk.length <= end; at++) if (chunkAt(chunk, name, at)) return at
  return -1
}

/**
 * Rules filed under the literal folders they start with (a trie), and under the name of a
 * literal one-segment pattern that matches at any depth (`README.md`, `apps/`); the rest are
 * tried for every path. A path's candidates are the rules on its way down the trie, those
 * named like one of its segments, and the rest: lists in rule order.
 */
function buildIndex(
  compiled: readonly Compiled[],
  indexed: (at: number) => boolean
): {
  candidates(parts: string[]): (readonly number[])[]
} {
  interface Node {
    rules: number[]
    children: Map<string, Node>
  }
  const root: Node = { rules: [], children: new Map() }
  const byName = new Map<string, number[]>()
  compiled.forEach((rule, at) => {
    if (!indexed(at)) return
    const [anywhere, only] = rule.segments
    if (rule.segments.length === 2 && anywhere === '**' && only !== '**' && only?.literal) {
      const list = byName.get(only.chunks[0] as string) ?? []
      list.push(at)
      byName.set(only.chunks[0] as string, list)
      return
    }
    let node = root
    for (const name of rule.prefix) {
      let child = node.children.get(name)
      if (!child) node.children.set(name, (child = { rules: [], children: new Map() }))
      node = child
    }
    node.rules.push(at)
  })
  return {
    candidates(parts) {
      const lists: (readonly number[])[] = [root.rules]
      let node: Node | undefined = root
      for (const part of parts) {
        node = node.children.get(part)
        if (!node) break
        lists.push(node.rules)
      }
      for (const part of parts) {
        const named = byName.get(part)
        if (named) lists.push(named)
      }
      return lists
    }
  }
}
