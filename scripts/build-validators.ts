// `npm run validator`: compiles the published schemas (schema/*.schema.json) into the checks
// src/config and src/report use (see validator-source.ts). Rerun it whenever a schema changes;
// a test says when.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { COMPILED_SCHEMAS, validatorSource } from './validator-source.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
for (const compiled of COMPILED_SCHEMAS) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, compiled.schema), 'utf8')) as object
  fs.writeFileSync(path.join(root, compiled.module), validatorSource(compiled, schema))
  console.error(`wrote ${compiled.module}`)
}
