// The CLI entry (bundled by ncc into dist/cli/index.js): run `main` with the process's values.
// Only the exit code is set; the process ends by itself once output is flushed.
import { main } from './cli/main.js'

void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
}).then(code => {
  process.exitCode = code
})
