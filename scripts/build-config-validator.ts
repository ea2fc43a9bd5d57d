// `npm run validator`: compiles schema/multiplier.schema.json into the check src/config uses
// (see config-validator-source.ts). Rerun it whenever the schema changes; a test says when.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configValidatorSource, SCHEMA_FILE, VALIDATOR_FILE } from './config-validator-source.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const schema = JSON.parse(fs.readFileSync(path.join(root, SCHEMA_FILE), 'utf8')) as object
fs.writeFileSync(path.join(root, VALIDATOR_FILE), configValidatorSource(schema))
console.error(`wrote ${VALIDATOR_FILE}`)
