// The CLI entry (bundled by ncc into dist/cli/index.js): run `main` with the process's values.
// Only the exit code is set; the process ends by itself once output is flushed.
// `--version` and `--help` are answered here, before the commands are imported: loading the
// engine, the config loader and Octokit takes longer than starting node itself.
import { quickAnswer } from './quick.js'

const argv = process.argv.slice(2)
const answer = quickAnswer(argv)
if (answer !== undefined) {
  process.stdout.write(answer)
} else {
  const { main } = await import('./main.js')
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env
  })
}
