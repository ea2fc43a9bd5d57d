// The answers the CLI gives without running a command: the version and the help text. Kept
// apart from the commands so the entry can answer them before loading the engine, the config
// loader and Octokit (most of the bundle's start-up time).
import pkg from '../../package.json' with { type: 'json' }
import { HELP } from './help.js'

const VERSION: string = pkg.version

/**
 * What to print when the command line asks for the version or the help (in that order, as
 * anywhere on the line), else undefined: a command has to run.
 */
export function quickAnswer(argv: readonly string[]): string | undefined {
  if (argv.includes('--version') || argv.includes('-v')) return `${VERSION}\n`
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return HELP
  return undefined
}
