// A config file's text → its YAML document and plain value, or a ConfigError whose every
// problem has the file and a line. The text may be hostile (a shared config from another
// repository, a pull request's change): the parser's own failures, an alias that expands into
// billions of values and a nesting too deep for the stack all end as a located problem, fast.
import {
  isAlias,
  isCollection,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document
} from 'yaml'
import { ConfigError, type ConfigProblem } from './errors.js'
import { formatKeyPath, type KeyPath } from './validate.js'

/**
 * How many times aliases may be expanded in one file. An alias of a list of aliases multiplies
 * (nine lines of nine aliases each make 9⁹ values, the "billion laughs"); a real config has a
 * handful, if any.
 */
const MAX_ALIAS_EXPANSIONS = 100
/** Syntax errors listed at most: past these, the rest usually follow from the first. */
const MAX_LISTED_ERRORS = 10

export interface YamlFile {
  document: Document
  lineCounter: LineCounter
  value: unknown
}

export function readYaml(text: string, source: string): YamlFile {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: true })
  if (document.errors.length > 0) {
    const problems: ConfigProblem[] = document.errors.slice(0, MAX_LISTED_ERRORS).map(error => {
      const position = error.linePos?.[0]
      return {
        file: source,
        ...(position ? { line: position.line, column: position.col } : {}),
        message: `invalid YAML: ${firstLine(error.message)}`
      }
    })
    const more = document.errors.length - MAX_LISTED_ERRORS
    if (more > 0) problems.push({ file: source, message: `and ${more} more YAML errors` })
    throw new ConfigError(problems)
  }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS })
  } catch (error) {
    throw new ConfigError([valueProblem(document, lineCounter, source, error)])
  }
  return { document, lineCounter, value: value ?? {} }
}

/** Why the document has no plain value, placed at the alias at fault where there is one. */
function valueProblem(
  document: Document,
  lineCounter: LineCounter,
  source: string,
  error: unknown
): ConfigProblem {
  const reason = error instanceof Error ? error.message : String(error)
  const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(reason)?.[1]
  const aliases = aliasesOf(document)
  const culprit = unresolved
    ? aliases.find(alias => alias.node.source === unresolved)
    : // The bomb's signature: an alias of something that itself holds aliases.
      (aliases.find(alias => holdsAliases(alias.node.resolve(document))) ?? aliases[0])
  const place = culprit
    ? {
        ...lineCounter.linePos(culprit.node.range?.[0] ?? 0),
        key: culprit.keyPath
      }
    : undefined
  const message = unresolved
    ? `invalid YAML: the alias *${unresolved} has no anchor &${unresolved} before it`
    : /alias count/i.test(reason)
      ? `expands aliases more than ${MAX_ALIAS_EXPANSIONS} times` +
        (culprit ? ` (through *${culprit.node.source})` : '') +
        ': aliases of aliases multiply a small file into billions of values, so it is refused'
      : `cannot be read: ${firstLine(reason)}`
  return {
    file: source,
    ...(place ? { line: place.line, column: place.col } : { line: 1, column: 1 }),
    ...(place?.key ? { key: place.key } : {}),
    message
  }
}

interface PlacedAlias {
  node: Alias
  keyPath: string
}

function aliasesOf(document: Document): PlacedAlias[] {
  const found: PlacedAlias[] = []
  visit(document, {
    Alias(_key, node, path) {
      found.push({ node, keyPath: formatKeyPath(keyPathOf([...path, node])) })
    }
  })
  return found
}

function holdsAliases(node: unknown): boolean {
  if (!isCollection(node)) return false
  let holds = false
  visit(node, {
    Alias() {
      holds = true
      return visit.BREAK
    }
  })
  return holds
}

/** The key path of the last node of a visit path: pair keys and list indexes. */
function keyPathOf(chain: readonly unknown[]): KeyPath {
  const keyPath: KeyPath = []
  chain.forEach((item, index) => {
    const next = chain[index + 1]
    if (isPair(item)) keyPath.push(isScalar(item.key) ? String(item.key.value) : '?')
    else if (isSeq(item) && next !== undefined && !isAlias(item)) {
      keyPath.push(item.items.indexOf(next))
    }
  })
  return keyPath
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}
