import picomatch from 'picomatch'

// `.gitattributes` in the subset that matters here: which paths linguist treats as generated,
// vendored or documentation. Pattern syntax follows gitattributes(5): a pattern without a slash
// matches a file name at any depth, one with a slash is anchored at the root, a leading slash
// only anchors, and a pattern ending in a slash matches directories only, which never match the
// files inside (git's own rule: `dir/**` is the form that works). Attributes are set (`attr`,
// `attr=true`), unset (`-attr`, `attr=false`) or made unspecified (`!attr`); for each attribute
// the last matching line wins.

type AttributeState = boolean | undefined

interface AttributeLine {
  matches: (path: string) => boolean
  attributes: Map<string, AttributeState>
}

export interface GitAttributes {
  /** The state of `attribute` for `path`: true (set), false (unset) or undefined (unspecified). */
  get: (path: string, attribute: string) => AttributeState
}

export function parseGitAttributes(text: string | undefined): GitAttributes {
  const lines = (text ?? '').split(/\r?\n/).flatMap(parseLine)
  return {
    get(path, attribute) {
      let state: AttributeState
      for (const line of lines) {
        if (line.attributes.has(attribute) && line.matches(path))
          state = line.attributes.get(attribute)
      }
      return state
    }
  }
}

function parseLine(raw: string): AttributeLine[] {
  const line = raw.trim()
  if (line === '' || line.startsWith('#')) return []
  const { pattern, rest } = splitPattern(line)
  // Macro definitions (`[attr]name ...`) and negated patterns (forbidden by git) assign nothing.
  if (pattern === '' || pattern.startsWith('[attr]') || pattern.startsWith('!')) return []
  if (pattern.endsWith('/')) return []
  const attributes = new Map<string, AttributeState>()
  for (const token of rest.split(/\s+/).filter(Boolean)) {
    if (token.startsWith('-')) attributes.set(token.slice(1), false)
    else if (token.startsWith('!')) attributes.set(token.slice(1), undefined)
    else if (token.includes('=')) {
      const [name = '', value = ''] = token.split('=', 2)
      attributes.set(name, !['false', 'no', '0', 'unset'].includes(value.toLowerCase()))
    } else attributes.set(token, true)
  }
  if (attributes.size === 0) return []
  return [{ matches: picomatch(toGlob(pattern), { dot: true }), attributes }]
}

function splitPattern(line: string): { pattern: string; rest: string } {
  if (line.startsWith('"')) {
    const end = line.indexOf('"', 1)
    if (end > 0)
      return { pattern: line.slice(1, end).replace(/\\(.)/g, '$1'), rest: line.slice(end + 1) }
  }
  const space = line.search(/\s/)
  return space < 0
    ? { pattern: line, rest: '' }
    : { pattern: line.slice(0, space), rest: line.slice(space) }
}

/** Converts a gitattributes pattern to a picomatch glob over root-relative paths. */
export function toGlob(pattern: string): string {
  if (pattern.startsWith('/')) return pattern.slice(1)
  if (pattern.includes('/')) return pattern
  return `**/${pattern}`
}

/** linguist's attributes that take a file out of the counts, in the order they are checked. */
export const EXCLUDING_ATTRIBUTES = ['linguist-generated', 'linguist-vendored'] as const
