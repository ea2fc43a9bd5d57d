// repos mode: job 1 of the fan-out. Lists the owner's repositories, filters them and sets
// the `repositories` (and `chunks`) outputs that a matrix job reads with `fromJSON`.
import * as core from '@actions/core'
import {
  chunkRepositories,
  isOwnerName,
  listRepositories,
  selectRepositories,
  skippedNamesWarning,
  withValidNames
} from '../collect/repositories.js'
import { jobSummaryTarget } from '../publish/targets.js'
import { renderDiscovery } from '../render/discovery.js'
import type { ActionContext, ModeResult } from './context.js'
import { splitRepository } from './environment.js'

export async function runReposMode(context: ActionContext): Promise<ModeResult> {
  const { inputs, env } = context
  const owner = inputs.owner || splitRepository(env.repository).owner
  if (!isOwnerName(owner)) {
    throw new Error(`Input 'owner' is '${owner}'; expected a GitHub organisation or user name`)
  }
  const filters = {
    includeArchived: inputs.includeArchived,
    includeForks: inputs.includeForks,
    names: inputs.names,
    topics: inputs.topics
  }
  const all = await core.group(`Discover the repositories of ${owner}`, () =>
    listRepositories(context.readClient().octokit, owner)
  )
  const { valid: listed, skipped } = withValidNames(all)
  if (skipped > 0) {
    core.warning(skippedNamesWarning(skipped, owner), {
      title: 'Multiplier: repository names skipped'
    })
  }
  const selected = selectRepositories(listed, filters)
  // Checked before anything is published: a chunk size too small for one run is a setup error.
  const chunks = chunkRepositories(selected, inputs.chunkSize)
  core.info(
    `${selected.length} of ${listed.length} repositories of ${owner} kept, in ${chunks.length} chunks`
  )
  if (selected.length === 0) {
    core.warning(
      `None of the ${listed.length} repositories of ${owner} is left after the filters; a matrix over an empty list fails, so guard the next job with repository-count`,
      { title: 'Multiplier: no repositories' }
    )
  }
  return {
    outputs: { repositories: selected, chunks, repositoryCount: selected.length },
    targets: [jobSummaryTarget(renderDiscovery(owner, listed, selected, chunks, filters))]
  }
}
