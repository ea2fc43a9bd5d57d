// `multiplier repos OWNER`: an organisation's (or user's) repositories as a JSON array of
// 'owner/name', ready for a workflow matrix (`fromJSON`); `--chunk-size` cuts it into chunks.
import { parseArgs } from 'node:util'
import {
  chunkRepositories,
  isOwnerName,
  listRepositories,
  selectRepositories,
  skippedNamesWarning,
  withValidNames
} from '../collect/repositories.js'
import { UsageError } from './errors.js'
import type { CliIO } from './io.js'
import { emit } from './output.js'
import { apiFlags, lazyClient } from './github-access.js'

export async function runReposCommand(args: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'include-archived': { type: 'boolean' },
      'include-forks': { type: 'boolean' },
      name: { type: 'string', multiple: true },
      topic: { type: 'string', multiple: true },
      'chunk-size': { type: 'string' },
      output: { type: 'string' },
      'request-timeout': { type: 'string' }
    },
    allowPositionals: true,
    strict: true
  })
  const [owner, extra] = positionals
  if (owner === undefined) throw new UsageError('repos needs an OWNER (an organisation or user)')
  if (extra !== undefined) throw new UsageError(`repos takes one OWNER, got also "${extra}"`)
  if (!isOwnerName(owner)) {
    throw new UsageError(`repos: "${owner}" is not a GitHub organisation or user name`)
  }
  const chunkFlag = values['chunk-size']
  const chunkSize = chunkFlag === undefined ? undefined : Number(chunkFlag)
  if (chunkSize !== undefined && !(Number.isInteger(chunkSize) && chunkSize >= 0)) {
    throw new UsageError(
      `--chunk-size must be a whole number (0 for the fewest), not "${chunkFlag}"`
    )
  }
  const { timeoutSeconds } = apiFlags(undefined, values['request-timeout'])
  const { github } = lazyClient(io, undefined, timeoutSeconds)

  const { valid: listed, skipped } = withValidNames(await listRepositories(github().octokit, owner))
  if (skipped > 0) io.stderr.write(`multiplier: warning: ${skippedNamesWarning(skipped, owner)}\n`)
  const selected = selectRepositories(listed, {
    includeArchived: values['include-archived'] ?? false,
    includeForks: values['include-forks'] ?? false,
    names: values.name ?? [],
    topics: values.topic ?? []
  })
  if (selected.length === 0) {
    io.stderr.write(
      `multiplier: warning: none of the ${listed.length} repositories of ${owner} is left after the filters\n`
    )
  }
  const value = chunkSize === undefined ? selected : chunkRepositories(selected, chunkSize)
  emit(`${JSON.stringify(value)}\n`, values.output, io)
}
