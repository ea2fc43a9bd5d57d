import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml'
import { CATEGORY_IDS, type CategoryId } from '../model.js'
import { ConfigError, type ConfigProblem } from './errors.js'
import { parseExtendsReference, type ExtendsReference } from './location.js'
import type { BotsMode, ChangeUnit, ScoreOptions } from './types.js'
import { formatKeyPath, validateConfigValue, type KeyPath } from './validate.js'
import { readYaml } from './yaml.js'

interface Position {
  line: number
  column: number
}

/** A list the file adds to the layers below it, or puts in their place. */
interface ListPatch {
  replace: boolean
  items: string[]
}

interface CategoryPatch {
  replace: boolean
  paths: string[]
  labels: string[]
  messages: string[]
}

/** One config file, validated and normalised: what it changes, and where it said so. */
export interface ConfigLayer {
  /** The file as errors and `Config.sources` name it. */
  source: string
  extends?: { value: string; reference: ExtendsReference; position: Position }
  since?: string
  history?: number
  teams?: boolean
  unit?: ChangeUnit
  categories: Partial<Record<CategoryId, CategoryPatch>>
  exclude?: ListPatch
  bots?: ListPatch
  release?: { replace: boolean; paths: string[]; messages: string[]; labels: string[] }
  weights?: Partial<ScoreOptions['weights']>
  /** Where `score.weights` is, to point at it if the merged weights end up all zero. */
  weightsPosition?: Position
  targets?: Partial<ScoreOptions['targets']>
  botsMode?: BotsMode
}

/** The shape a file has once it passed validation. */
interface ValidConfig {
  extends?: string
  since?: string
  history?: number
  teams?: boolean
  unit?: ChangeUnit
  categories?: Partial<
    Record<
      CategoryId,
      { replace?: boolean; paths?: string[]; labels?: string[]; messages?: string[] }
    >
  >
  exclude?: string[] | { replace?: boolean; paths?: string[] }
  bots?: string[] | { replace?: boolean; names?: string[] }
  release?: { replace?: boolean; paths?: string[]; messages?: string[]; labels?: string[] }
  score?: {
    weights?: Partial<ScoreOptions['weights']>
    targets?: Partial<ScoreOptions['targets']>
    bots?: BotsMode
  }
}

/**
 * Parses and validates one config file's text. Pure: text in, layer out. Throws a
 * `ConfigError` listing every problem, each with `file:line:col`, key path and what is wrong.
 */
export function parseConfigLayer(text: string, source: string): ConfigLayer {
  const { document, lineCounter, value } = readYaml(text, source)
  const locate = (keyPath: KeyPath, atKey = false): Position =>
    positionOf(document, lineCounter, keyPath, atKey)

  if (typeof value !== 'object' || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'a list' : `'${String(value)}'`
    throw new ConfigError([
      { file: source, ...locate([]), message: `must be a mapping of settings (got ${got})` }
    ])
  }
  const problems = validateConfigValue(value)
    .map((problem): ConfigProblem & Position => ({
      file: source,
      ...locate(problem.path, problem.atKey),
      key: formatKeyPath(problem.path),
      message: problem.message
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
  if (problems.length > 0) throw new ConfigError(problems)
  return toLayer(value as ValidConfig, source, locate)
}

function toLayer(
  config: ValidConfig,
  source: string,
  locate: (keyPath: KeyPath) => Position
): ConfigLayer {
  const layer: ConfigLayer = { source, categories: {} }
  if (config.extends !== undefined) {
    const reference = parseExtendsReference(config.extends)
    // Validation already rejected a malformed reference; this keeps the types honest.
    if (!('problem' in reference)) {
      layer.extends = { value: config.extends, reference, position: locate(['extends']) }
    }
  }
  if (config.since !== undefined) layer.since = config.since
  if (config.history !== undefined) layer.history = config.history
  if (config.teams !== undefined) layer.teams = config.teams
  if (config.unit !== undefined) layer.unit = config.unit
  for (const id of CATEGORY_IDS) {
    const category = config.categories?.[id]
    if (!category) continue
    layer.categories[id] = {
      replace: category.replace ?? false,
      paths: category.paths ?? [],
      labels: category.labels ?? [],
      messages: category.messages ?? []
    }
  }
  if (config.exclude !== undefined) {
    layer.exclude = Array.isArray(config.exclude)
      ? { replace: false, items: config.exclude }
      : { replace: config.exclude.replace ?? false, items: config.exclude.paths ?? [] }
  }
  if (config.bots !== undefined) {
    layer.bots = Array.isArray(config.bots)
      ? { replace: false, items: config.bots }
      : { replace: config.bots.replace ?? false, items: config.bots.names ?? [] }
  }
  if (config.release !== undefined) {
    layer.release = {
      replace: config.release.replace ?? false,
      paths: config.release.paths ?? [],
      messages: config.release.messages ?? [],
      labels: config.release.labels ?? []
    }
  }
  if (config.score?.weights !== undefined) {
    layer.weights = config.score.weights
    layer.weightsPosition = locate(['score', 'weights'])
  }
  if (config.score?.targets !== undefined) layer.targets = config.score.targets
  if (config.score?.bots !== undefined) layer.botsMode = config.score.bots
  return layer
}

/**
 * The line and column of a key path: its value, or its key when asked (unknown keys) or when
 * the value is empty. Falls back to the deepest part of the path that exists.
 */
function positionOf(
  document: Document,
  lineCounter: LineCounter,
  keyPath: KeyPath,
  atKey: boolean
): Position {
  let node: unknown = document.contents
  let position = startOf(node, lineCounter) ?? { line: 1, column: 1 }
  for (const [index, segment] of keyPath.entries()) {
    const last = index === keyPath.length - 1
    if (isMap(node)) {
      const pair = node.items.find(
        item => (isScalar(item.key) ? item.key.value : item.key) === segment
      )
      if (!pair) break
      const keyStart = startOf(pair.key, lineCounter)
      if (keyStart) position = keyStart
      if (last && atKey) break
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
    } else {
      break
    }
    position = startOf(node, lineCounter) ?? position
  }
  return position
}

function startOf(node: unknown, lineCounter: LineCounter): Position | undefined {
  const range = (node as Node | null | undefined)?.range
  if (!range) return undefined
  const { line, col } = lineCounter.linePos(range[0])
  return { line, column: col }
}
