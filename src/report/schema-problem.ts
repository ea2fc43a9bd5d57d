// A report schema's first problem (schema/report.schema.json, checked by the code Ajv compiled
// from it) in the reader's words: the field as a reader writes it (`categories.patterns.score`,
// `changes[3].kind`) and what was expected. Every word comes from the schema or the field's
// path, whose names are the schema's own (it has no pattern or additional properties, so no key
// of the file reaches a path): nothing of the file's content is ever quoted.
import type { ErrorObject } from 'ajv'

/** What a value of each of the schema's scalar definitions is, for "is not …". */
const DEFINED_AS: Readonly<Record<string, string>> = {
  score: 'a number from 0 to 100',
  nullableScore: 'a number from 0 to 100 or null',
  count: 'a whole number ≥ 0',
  nullableCount: 'a whole number ≥ 0 or null',
  fraction: 'a number from 0 to 1',
  time: 'an ISO 8601 time',
  nullableTime: 'an ISO 8601 time or null',
  repositoryName: "a GitHub owner/name (or a folder's name of letters, digits, '.', '_', '-')"
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null'
}

export interface SchemaProblem {
  field: string
  what: string
}

/** The field an error is about, and what it is not; for a missing field, that it is missing. */
export function schemaProblem(error: ErrorObject | undefined): SchemaProblem {
  if (error === undefined) return { field: 'the file', what: 'does not match the report schema' }
  const at = fieldOf(error.instancePath)
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: unknown }).missingProperty)
    return { field: at === '' ? missing : `${at}.${missing}`, what: 'is missing' }
  }
  return { field: at === '' ? 'the file' : at, what: wordsOf(error) }
}

/** `/categories/patterns/score` → `categories.patterns.score`; `/changes/3/kind` → `changes[3].kind`. */
function fieldOf(instancePath: string): string {
  let field = ''
  for (const raw of instancePath.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    field += /^\d+$/.test(key) ? `[${key}]` : field === '' ? key : `.${key}`
  }
  return field
}

function wordsOf(error: ErrorObject): string {
  // A scalar definition says in one phrase what every one of its rules asks.
  const definition = /^#\/\$defs\/(\w+)\/\w+$/.exec(error.schemaPath)?.[1] ?? ''
  const defined = DEFINED_AS[definition]
  if (defined !== undefined) return `is not ${defined}`
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'type':
      return `is not ${either(([] as unknown[]).concat(params.type).map(type => TYPE_NAMES[String(type)] ?? String(type)))}`
    case 'enum':
      return `is not ${either((params.allowedValues as unknown[]).map(String))}`
    case 'const':
      return `is not ${String(params.allowedValue)}`
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `is not ${String(params.comparison)} ${String(params.limit)}`
    case 'maxLength':
      return `is longer than ${String(params.limit)} characters`
    default:
      return `does not meet the schema's ${error.keyword}`
  }
}

/** `a`, `a or b`, `a, b or c`. */
function either(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`
}
