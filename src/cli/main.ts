// The CLI: `main(argv, io)` parses the command line, runs one command and returns the exit code.
// No import-time side effects and no process globals, so tests call it directly.
import { runAggregate } from './aggregate.js'
import { EXIT_OK, UsageError, exitCodeOf, messageLinesOf } from './errors.js'
import type { CliIO } from './io.js'
import { quickAnswer } from './quick.js'
import { runPrCommand } from './pr.js'
import { runReportCommand } from './report.js'
import { runReposCommand } from './repos.js'

export type { CliIO } from './io.js'

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const args = [...argv]
  try {
    const answer = quickAnswer(args)
    if (answer !== undefined) {
      io.stdout.write(answer)
      return EXIT_OK
    }
    // With no command (nothing, or flags only) the command is `report`.
    const command = args[0] === undefined || args[0].startsWith('-') ? 'report' : args.shift()
    if (command === 'report') await runReportCommand(args, io)
    else if (command === 'aggregate') runAggregate(args, io)
    else if (command === 'repos') await runReposCommand(args, io)
    else if (command === 'pr') await runPrCommand(args, io)
    else
      throw new UsageError(
        `unknown command "${command}"; commands are report, pr, aggregate, repos, help`
      )
    return EXIT_OK
  } catch (error) {
    const code = exitCodeOf(error)
    const hint = code === 2 ? ' (see multiplier --help)' : ''
    const lines = messageLinesOf(error, [io.env.GITHUB_TOKEN, io.env.GH_TOKEN])
    io.stderr.write(lines.map(line => `multiplier: ${line}`).join('\n') + `${hint}\n`)
    return code
  }
}
