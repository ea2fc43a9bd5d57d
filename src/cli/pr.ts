// `multiplier pr`: the comment the action would post on a pull request of the current branch,
// from the local clone and with no token. It goes through the action's own path
// (setup/pr-comment.ts), so what it prints is what the action posts.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { QuietReason } from '../advise/voice.js'
import { diffPullRequestFiles, readLocalBranch } from '../collect/pull-request.js'
import { DEFAULT_CONFIG_FILE } from '../config/load.js'
import type { Change } from '../model.js'
import { loadRunConfig } from '../setup/config.js'
import { composePullRequestComment } from '../setup/pr-comment.js'
import { UsageError } from './errors.js'
import type { CliIO } from './io.js'

const QUIET_NOTES: Record<QuietReason, string> = {
  'skip-label': 'the multiplier:skip label silences it',
  bot: "a bot's pull request (--comment-on-bots to preview it)",
  'nothing-to-say': 'direct output with nothing to act on (--always to preview it)'
}

function parsePrFlags(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      base: { type: 'string' },
      config: { type: 'string' },
      title: { type: 'string' },
      label: { type: 'string', multiple: true },
      since: { type: 'string' },
      always: { type: 'boolean' },
      'comment-on-bots': { type: 'boolean' }
    },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length > 0) {
    throw new UsageError(`pr takes no arguments, got "${positionals[0]}" (did you mean --base?)`)
  }
  return values
}

export async function runPrCommand(args: string[], io: CliIO): Promise<void> {
  const flags = parsePrFlags(args)
  const repoPath = resolve(io.cwd, flags.repo ?? '.')
  const branch = await readLocalBranch(repoPath, flags.base)
  const files = await diffPullRequestFiles(repoPath, branch.baseSha, branch.headSha)
  const change: Change = {
    id: '0',
    kind: 'pull_request',
    title: flags.title ?? branch.title,
    body: branch.body,
    author: branch.author,
    time: (io.now?.() ?? new Date()).toISOString(),
    labels: flags.label ?? [],
    files
  }
  const config = await loadRunConfig({
    file: flags.config ?? DEFAULT_CONFIG_FILE,
    root: repoPath,
    required: flags.config !== undefined
  })
  const comment = await composePullRequestComment({
    change,
    config,
    workspace: repoPath,
    headSha: branch.headSha,
    since: flags.since ?? '',
    now: io.now?.() ?? new Date(),
    voice: { onlyWhenChanged: !flags.always, commentOnBots: flags['comment-on-bots'] ?? false },
    log: { info: () => undefined, warning: message => io.stderr.write(`multiplier: ${message}\n`) }
  })
  if (comment.quiet) {
    io.stderr.write(
      `multiplier: no comment on this pull request: ${QUIET_NOTES[comment.quiet]}; ` +
        'an earlier comment would be edited to one line\n'
    )
    return
  }
  io.stdout.write(`${comment.body}\n`)
}
