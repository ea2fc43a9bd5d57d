// ncc names every output index.js; the CLI bundle must be executable through `bin`, so it
// needs the shebang (ncc keeps it only when the entry starts with one) and a package.json
// that marks it as ESM like the action's own dist/package.json.
import { readFileSync, writeFileSync, chmodSync, existsSync } from 'node:fs'

const cli = 'dist/cli/index.js'
const source = readFileSync(cli, 'utf8')
if (!source.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${source}`)
chmodSync(cli, 0o755)
if (!existsSync('dist/cli/package.json'))
  writeFileSync('dist/cli/package.json', '{"type":"module"}\n')
