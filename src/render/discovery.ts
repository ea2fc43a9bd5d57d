// The job summary of repos mode: what was found, what the filters left out, and the chunks.
import type { ListedRepository, RepositoryFilters } from '../model.js'
import { inlineCode } from './escape.js'
import { escapeMarkdown } from './text-policy.js'

/** Names listed in the summary before "and N more". */
const SHOWN = 100

export function renderDiscovery(
  owner: string,
  listed: readonly ListedRepository[],
  selected: readonly string[],
  chunks: readonly (readonly string[])[],
  filters: RepositoryFilters
): string {
  const archived = listed.filter(repository => repository.archived).length
  const forks = listed.filter(repository => repository.fork).length
  const rules = [
    filters.includeArchived ? 'archived kept' : `${archived} archived left out`,
    filters.includeForks ? 'forks kept' : `${forks} forks left out`,
    ...(filters.names.length > 0
      ? [`names ${filters.names.map(name => inlineCode(name)).join(', ')}`]
      : []),
    ...(filters.topics.length > 0
      ? [`topics ${filters.topics.map(topic => inlineCode(topic)).join(', ')}`]
      : [])
  ]
  const names = selected.slice(0, SHOWN).map(name => inlineCode(name))
  const rest = selected.length - names.length
  return [
    `## Multiplier: repositories of ${escapeMarkdown(owner)}`,
    '',
    `**${selected.length}** of ${listed.length} repositories kept (${rules.join('; ')}), ` +
      `in ${chunks.length} chunk${chunks.length === 1 ? '' : 's'} of up to ${chunks[0]?.length ?? 0}.`,
    '',
    names.length > 0 ? names.join(', ') + (rest > 0 ? ` and ${rest} more` : '') : '_None._',
    ''
  ].join('\n')
}
