import type { ErrorObject, ValidateFunction } from 'ajv'
import picomatch from 'picomatch'
import { backtrackingRisk } from './regex-safety.js'
import { parseExtendsReference } from './location.js'
import { closestKey } from './suggest.js'
import { sinceProblem } from './since.js'
import compiledSchemaCheck from './schema-validator.generated.js'

/** A key path inside the file: mapping keys and list indexes. */
export type KeyPath = (string | number)[]

/** `categories.documentation.paths[1]`: how a reader names a place in the file. */
export function formatKeyPath(keyPath: KeyPath): string {
  return keyPath
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`
    )
    .join('')
}

/** A problem before it is placed in a file: where (key path) and what. */
export interface LocatedProblem {
  path: KeyPath
  /** Point at the key itself rather than its value (unknown keys). */
  atKey?: boolean
  message: string
}

/** The published schema's check, compiled by Ajv ahead of time (`npm run validator`). */
const schemaCheck = compiledSchemaCheck as ValidateFunction

/**
 * Everything wrong with a parsed config value: its shape against the published schema, then
 * what a schema cannot say (regular expressions compile, dates exist, `extends` is a
 * reference). Pure: value in, problems out; at most one problem per place.
 */
export function validateConfigValue(value: unknown): LocatedProblem[] {
  const shape = schemaCheck(value) ? [] : collapseUnions(schemaCheck.errors ?? []).map(toProblem)
  const taken = new Set(shape.map(problem => JSON.stringify(problem.path)))
  const meaning = semanticProblems(value).filter(
    problem => !taken.has(JSON.stringify(problem.path))
  )
  return [...shape, ...meaning]
}

function semanticProblems(value: unknown): LocatedProblem[] {
  const problems: LocatedProblem[] = []
  const since = at(value, 'since')
  if (typeof since === 'string') {
    const problem = sinceProblem(since)
    if (problem) problems.push({ path: ['since'], message: problem })
  }
  const extendsValue = at(value, 'extends')
  if (typeof extendsValue === 'string' && extendsValue !== '') {
    const reference = parseExtendsReference(extendsValue)
    if ('problem' in reference) problems.push({ path: ['extends'], message: reference.problem })
  }
  const categories = at(value, 'categories')
  for (const category of isRecord(categories) ? Object.keys(categories) : []) {
    const base = ['categories', category]
    const rules = at(categories, category)
    problems.push(...globProblems([...base, 'paths'], at(rules, 'paths')))
    problems.push(...blankProblems([...base, 'labels'], at(rules, 'labels')))
    problems.push(...regexProblems([...base, 'messages'], at(rules, 'messages')))
  }
  const exclude = at(value, 'exclude')
  if (Array.isArray(exclude)) problems.push(...globProblems(['exclude'], exclude))
  else problems.push(...globProblems(['exclude', 'paths'], at(exclude, 'paths')))
  const bots = at(value, 'bots')
  if (Array.isArray(bots)) problems.push(...blankProblems(['bots'], bots))
  else problems.push(...blankProblems(['bots', 'names'], at(bots, 'names')))
  const release = at(value, 'release')
  problems.push(...globProblems(['release', 'paths'], at(release, 'paths')))
  problems.push(...regexProblems(['release', 'messages'], at(release, 'messages')))
  problems.push(...blankProblems(['release', 'labels'], at(release, 'labels')))
  return problems
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function at(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined
}

/** The string items of a list, with their indexes; the schema reports anything else. */
function strings(value: unknown): [string, number][] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown, index) =>
    typeof item === 'string' && item !== '' ? [[item, index] as [string, number]] : []
  )
}

function blankProblems(path: KeyPath, items: unknown): LocatedProblem[] {
  return strings(items).flatMap(([item, index]) =>
    item.trim() === '' ? [{ path: [...path, index], message: 'must not be blank' }] : []
  )
}

function globProblems(path: KeyPath, globs: unknown): LocatedProblem[] {
  return strings(globs).flatMap(([glob, index]) => {
    const at = [...path, index]
    if (glob.trim() === '') return [{ path: at, message: 'must not be blank' }]
    // Globs match repository-relative paths such as `docs/a.md`; a leading `./` or `/`
    // would silently match nothing, so say so instead of reporting zero documentation.
    const prefix = /^(\.\/|\/)+/.exec(glob)?.[0]
    if (prefix) {
      const fixed = glob.slice(prefix.length)
      return [
        {
          path: at,
          message: `must be relative to the repository root without a leading '${prefix}': write '${fixed}'`
        }
      ]
    }
    return globPatternProblems(glob).map(message => ({ path: at, message }))
  })
}

// The options classify compiles path globs with (src/classify/rules/paths.ts): a glob is checked
// exactly as it will run. `debug` makes picomatch throw on a glob it cannot compile instead of
// quietly matching nothing, which would report zero documentation without a word.
const GLOB_OPTIONS = { dot: true, nocase: true, debug: true } as const

function globPatternProblems(glob: string): string[] {
  let expression: RegExp
  try {
    expression = picomatch.makeRe(glob, GLOB_OPTIONS)
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split(': ').pop()
    return [`is not a valid glob: ${reason ?? 'it cannot be compiled'}`]
  }
  // Extended globs (`*(a|aa)`) become repetitions in the expression picomatch builds.
  const risk = backtrackingRisk(expression.source)
  return risk ? [`is refused: as a pattern it ${risk}`] : []
}

function regexProblems(path: KeyPath, sources: unknown): LocatedProblem[] {
  return strings(sources).flatMap(([source, index]) => {
    try {
      new RegExp(source, 'i')
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return [{ path: [...path, index], message: `is not a valid regular expression: ${reason}` }]
    }
    // Every message of the history runs through it, in a backtracking engine that cannot be
    // stopped: a pattern that can run away is refused here rather than hang the run later.
    const risk = backtrackingRisk(source)
    return risk ? [{ path: [...path, index], message: `is refused: it ${risk}` }] : []
  })
}

/**
 * Ajv reports every branch of a failed `anyOf`. A branch whose type does not match the value
 * is noise (a list is not a mapping); the branch of the right type has the real problem. When
 * no branch has the right type, one "must be a list or a mapping" says it all.
 */
function collapseUnions(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>()
  const added: ErrorObject[] = []
  for (const union of errors.filter(error => error.keyword === 'anyOf')) {
    dropped.add(union)
    const prefix = `${union.schemaPath}/`
    const branches = new Map<string, ErrorObject[]>()
    for (const error of errors) {
      if (!error.schemaPath.startsWith(prefix)) continue
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] ?? ''
      branches.set(branch, [...(branches.get(branch) ?? []), error])
    }
    const types: string[] = []
    let matched = false
    for (const branchErrors of branches.values()) {
      const mismatch = branchErrors.find(
        error => error.keyword === 'type' && error.instancePath === union.instancePath
      )
      if (mismatch) {
        types.push(String(mismatch.params.type))
        for (const error of branchErrors) dropped.add(error)
      } else {
        matched = true
      }
    }
    if (!matched) added.push({ ...union, keyword: 'type', params: { type: types.join(' or ') } })
  }
  return [...errors.filter(error => !dropped.has(error)), ...added]
}

function toProblem(error: ErrorObject): LocatedProblem {
  const path = pointerToPath(error.instancePath)
  const data: unknown = error.data
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const properties = (
        error.parentSchema as { properties?: Record<string, unknown> } | undefined
      )?.properties
      const valid = Object.keys(properties ?? {})
      const guess = closestKey(key, valid)
      const hint = guess ? `did you mean '${guess}'?` : `valid keys: ${valid.join(', ')}`
      return { path: [...path, key], atKey: true, message: `unknown key (${hint})` }
    }
    case 'type': {
      const expected = String(error.params.type).split(' or ').map(typeWord).join(' or ')
      return { path, message: `must be ${expected} (got ${describe(data)})` }
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? []
      return {
        path,
        message: `must be ${allowed.map(value => String(value)).join(' or ')} (got ${describe(data)})`
      }
    }
    case 'minLength':
      return { path, message: 'must not be empty' }
    case 'minimum':
      return {
        path,
        message: `must be at least ${String(error.params.limit)} (got ${describe(data)})`
      }
    case 'exclusiveMinimum':
      return {
        path,
        message: `must be greater than ${String(error.params.limit)} (got ${describe(data)})`
      }
    case 'maximum':
      return {
        path,
        message: `must be at most ${String(error.params.limit)} (got ${describe(data)})`
      }
    default:
      return { path, message: `${error.message ?? 'is not valid'} (got ${describe(data)})` }
  }
}

function pointerToPath(pointer: string): KeyPath {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment))
}

/** Schema type names in the words of a YAML file's author. */
function typeWord(type: string): string {
  switch (type) {
    case 'array':
      return 'a list'
    case 'object':
      return 'a mapping'
    case 'boolean':
      return 'true or false'
    case 'integer':
      return 'a whole number'
    default:
      return `a ${type}`
  }
}

/** A short picture of the value the user wrote. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') {
    return value.length > 40 ? `'${value.slice(0, 37)}...'` : `'${value}'`
  }
  return String(value)
}
