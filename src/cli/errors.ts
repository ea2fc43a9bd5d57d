// How the CLI fails: one line on stderr, exit 2 when the command line is wrong (the user can fix
// it by retyping), 1 when running it failed (not a git repository, network, bad report file).
import { ConfigError, formatProblem } from '../config/errors.js'
import { messageOf } from '../errors.js'
import { WindowError } from '../window.js'

/** The command line is wrong: unknown command or flag, bad value, missing argument. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const EXIT_OK = 0
const EXIT_FAILURE = 1
const EXIT_USAGE = 2

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof WindowError) return EXIT_USAGE
  // node:util parseArgs throws TypeErrors with these codes for unknown or malformed flags.
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return EXIT_USAGE
  return EXIT_FAILURE
}

/**
 * The one line printed for `error`: any thrown value (not only Errors), line breaks folded, and
 * every secret blanked out, in case a library put a token in a message.
 */
export function errorLine(error: unknown, secrets: readonly (string | undefined)[] = []): string {
  let text = messageOf(error)
  // parseArgs explains how to pass a positional that starts with '-'; the first sentence is
  // the part a person needs.
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    text = text.replace(/\. To specify a positional argument[\s\S]*$/, '')
  }
  let line = text.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error'
  for (const secret of secrets) {
    if (secret && secret.length >= 4) line = line.split(secret).join('***')
  }
  return line
}

/**
 * The lines printed for `error`: one, from errorLine, except for a config error, which gets a
 * line per problem (`file:line:col: key: what`, the shape editors and CI logs link), after a
 * count when there are several, so that none is lost in a folded paragraph.
 */
export function messageLinesOf(
  error: unknown,
  secrets: readonly (string | undefined)[] = []
): string[] {
  if (!(error instanceof ConfigError) || error.problems.length === 0) {
    return [errorLine(error, secrets)]
  }
  const problems = error.problems.map(problem => errorLine(formatProblem(problem), secrets))
  if (problems.length === 1) return problems
  return [`invalid configuration (${problems.length} problems):`, ...problems]
}
