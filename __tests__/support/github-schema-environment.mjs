// jest's node environment, plus GitHub's GraphQL schema built once per worker, and each
// document checked against it once per worker.
//
// Each test file runs in a fresh module registry, so a schema cached in a module is rebuilt
// for every file that sends a GraphQL query: over a second of parsing and building a 5 MB
// introspection result each time. This environment module is loaded once per worker,
// outside those registries, so the schema (and the graphql-js that executes against it,
// which must be the same instance) lives here and is lent to every file's global.
import { readFileSync } from 'node:fs'
import { TestEnvironment } from 'jest-environment-node'
import { buildClientSchema, execute, GraphQLError, parse, validate } from 'graphql'

let schema

function githubSchema() {
  // The package exports only its entry, so the introspection file is found beside it.
  const path = new URL('./schema.json', import.meta.resolve('@octokit/graphql-schema'))
  // GitHub publishes this schema: validating the schema itself in every worker proves
  // nothing. Documents are still validated against it on every request.
  schema ??= buildClientSchema(JSON.parse(readFileSync(path, 'utf8')), { assumeValid: true })
  return schema
}

// A client sends the same few documents again and again, with other variables. Validating a
// document against this schema took longer than parsing it and as long as executing it, and the
// verdict depends on the document alone: it is worked out once, as graphql() would.
const checked = new Map()

function checkedDocument(source) {
  let result = checked.get(source)
  if (result === undefined) {
    try {
      const document = parse(source)
      const errors = validate(githubSchema(), document)
      result = errors.length > 0 ? { errors } : { document }
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error
      result = { errors: [error] }
    }
    checked.set(source, result)
  }
  return result
}

async function executeAgainstGitHub({ source, rootValue, variableValues }) {
  const { document, errors } = checkedDocument(source)
  if (errors) return { errors }
  return execute({ schema: githubSchema(), document, rootValue, variableValues })
}

export default class GitHubSchemaEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.global.__githubGraphQL = executeAgainstGitHub
  }
}
