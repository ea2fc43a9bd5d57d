// jest's node environment, plus GitHub's GraphQL schema built once per worker.
//
// Each test file runs in a fresh module registry, so a schema cached in a module is rebuilt
// for every file that sends a GraphQL query: over a second of parsing and building a 5 MB
// introspection result each time. This environment module is loaded once per worker,
// outside those registries, so the schema (and the graphql-js that executes against it,
// which must be the same instance) lives here and is lent to every file's global.
import { readFileSync } from 'node:fs'
import { TestEnvironment } from 'jest-environment-node'
import { buildClientSchema, graphql } from 'graphql'

let schema

function githubSchema() {
  // The package exports only its entry, so the introspection file is found beside it.
  const path = new URL('./schema.json', import.meta.resolve('@octokit/graphql-schema'))
  // GitHub publishes this schema: validating the schema itself in every worker proves
  // nothing. Documents are still validated against it on every request.
  schema ??= buildClientSchema(JSON.parse(readFileSync(path, 'utf8')), { assumeValid: true })
  return schema
}

export default class GitHubSchemaEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.global.__githubGraphQL = args => graphql({ ...args, schema: githubSchema() })
  }
}
