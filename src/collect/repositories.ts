// Discovery for a matrix: an owner's repositories, read through GitHub's own listing endpoints
// (an organisation's and a user's differ), slimmed to what the filters need. The filters
// themselves are pure (`selectRepositories`), so every combination is tested without I/O.
import type { Octokit } from '@octokit/rest'
import picomatch from 'picomatch'
import { statusOf } from '../errors.js'
import { failedWhile, whileDoing } from '../github/errors.js'
import type { ListedRepository, RepositoryFilters } from '../model.js'
import { isRepositoryName } from '../report/repository-name.js'

/** Filters that keep every repository that is neither archived nor a fork. */
export const NO_FILTERS: RepositoryFilters = {
  includeArchived: false,
  includeForks: false,
  names: [],
  topics: []
}

/** GitHub's limit on the jobs one matrix may generate in a workflow run. */
export const MATRIX_JOB_LIMIT = 256

export { isOwnerName } from '../report/repository-name.js'

/**
 * The listed repositories whose names follow GitHub's rules, and how many did not: a name
 * with a space, a line break or `$(…)` never reaches the outputs that workflows hand to shell
 * steps and to `aggregate`. The skipped names are counted, never echoed.
 */
export function withValidNames(listed: readonly ListedRepository[]): {
  valid: ListedRepository[]
  skipped: number
} {
  const valid = listed.filter(repository => isRepositoryName(repository.fullName))
  return { valid, skipped: listed.length - valid.length }
}

/** The warning for `skipped` listed names that are not GitHub names. */
export function skippedNamesWarning(skipped: number, owner: string): string {
  return `${skipped} of the repositories GitHub listed for ${owner} ${skipped === 1 ? 'has a name' : 'have names'} outside GitHub's rules (owner/name of letters, digits, '.', '_', '-'); ${skipped === 1 ? 'it is' : 'they are'} left out of the list`
}

/**
 * Every repository of `owner`, archived ones and forks included (the filters decide), in
 * GitHub's order. An organisation is listed with `GET /orgs/{org}/repos` (private ones too,
 * when the token may see them); a user with `GET /user/repos` when the token is that user's
 * (their private repositories too), else `GET /users/{user}/repos` (public ones).
 */
export async function listRepositories(
  octokit: Octokit,
  owner: string
): Promise<ListedRepository[]> {
  const account = await readAccount(octokit, owner)
  const slim = (response: { data: unknown[] }): ListedRepository[] =>
    response.data.map(item => toListed(item, owner))
  if (account.type === 'Organization') {
    return whileDoing(`Listing the repositories of the organisation ${owner}`, () =>
      octokit.paginate(
        octokit.rest.repos.listForOrg,
        { org: owner, type: 'all', per_page: 100 },
        slim
      )
    )
  }
  if (await isTokenOf(octokit, owner)) {
    return whileDoing(`Listing the repositories of ${owner} (the token's own)`, () =>
      octokit.paginate(
        octokit.rest.repos.listForAuthenticatedUser,
        { affiliation: 'owner', visibility: 'all', per_page: 100 },
        slim
      )
    )
  }
  return whileDoing(`Listing the repositories of the user ${owner}`, () =>
    octokit.paginate(
      octokit.rest.repos.listForUser,
      { username: owner, type: 'owner', per_page: 100 },
      slim
    )
  )
}

/** The repositories the filters keep, as 'owner/name', sorted by name (case-insensitive). */
export function selectRepositories(
  repositories: readonly ListedRepository[],
  filters: RepositoryFilters
): string[] {
  const include = filters.names.filter(glob => !glob.startsWith('!'))
  const exclude = filters.names.filter(glob => glob.startsWith('!')).map(glob => glob.slice(1))
  const options = { nocase: true, dot: true }
  const included = include.length === 0 ? () => true : picomatch(include, options)
  const excluded = exclude.length === 0 ? () => false : picomatch(exclude, options)
  const topics = new Set(filters.topics.map(topic => topic.toLowerCase()))
  return repositories
    .filter(repository => filters.includeArchived || !repository.archived)
    .filter(repository => filters.includeForks || !repository.fork)
    .filter(repository => {
      const name = repository.fullName.slice(repository.fullName.indexOf('/') + 1)
      return included(name) && !excluded(name)
    })
    .filter(
      repository =>
        topics.size === 0 || repository.topics.some(topic => topics.has(topic.toLowerCase()))
    )
    .map(repository => repository.fullName)
    .sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b))
}

/**
 * The list cut into at most `MATRIX_JOB_LIMIT` chunks for a matrix: `size` repositories per
 * chunk, or (size 0) as few per chunk as keep the chunks within the limit. A size that would
 * need more chunks than one matrix may run is an error naming both figures.
 */
export function chunkRepositories(repositories: readonly string[], size: number): string[][] {
  const least = Math.max(1, Math.ceil(repositories.length / MATRIX_JOB_LIMIT))
  const perChunk = size === 0 ? least : size
  if (perChunk < least) {
    throw new Error(
      `${repositories.length} repositories in chunks of ${size} make ${Math.ceil(repositories.length / size)} matrix jobs, more than GitHub's ${MATRIX_JOB_LIMIT} per run: use a chunk size of at least ${least}, or split the list across runs with name or topic filters`
    )
  }
  const chunks: string[][] = []
  for (let start = 0; start < repositories.length; start += perChunk)
    chunks.push(repositories.slice(start, start + perChunk))
  return chunks
}

/**
 * A JSON array of 'owner/name' strings (the `repos` output; chunks of it are flattened). Text
 * that is not such an array is an error naming where it came from; items that are not GitHub
 * repository names are left out and counted in `skipped` (by position, never echoed), so one
 * bad name does not lose the aggregate.
 */
export function parseRepositoryList(
  text: string,
  where: string
): { names: string[]; skipped: number[] } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // JSON.parse's message quotes the text; the text may be anything, so it is not repeated.
    throw new Error(`${where}: not JSON; expected a JSON array of "owner/name" strings`)
  }
  if (!Array.isArray(data)) {
    throw new Error(`${where}: is not an array; expected a JSON array of "owner/name" strings`)
  }
  const names: string[] = []
  const skipped: number[] = []
  data.flat().forEach((item: unknown, at) => {
    if (typeof item === 'string' && isRepositoryName(item)) names.push(item)
    else skipped.push(at + 1)
  })
  return { names, skipped }
}

/** The warning for the items of a repository list that were left out. */
export function skippedItemsWarning(where: string, skipped: readonly number[]): string {
  const shown = skipped.slice(0, 10).join(', ')
  const more = skipped.length > 10 ? ` and ${skipped.length - 10} more` : ''
  return `${where}: item${skipped.length === 1 ? '' : 's'} ${shown}${more} ${skipped.length === 1 ? 'is not a GitHub repository name and is' : 'are not GitHub repository names and are'} left out`
}

async function readAccount(octokit: Octokit, owner: string): Promise<{ type: string }> {
  try {
    const { data } = await octokit.rest.users.getByUsername({ username: owner })
    const type = (data as { type?: unknown } | null)?.type
    return { type: typeof type === 'string' ? type : 'User' }
  } catch (error) {
    if (statusOf(error) === 404) {
      throw new Error(`There is no GitHub user or organisation named '${owner}'`, {
        cause: error
      })
    }
    throw failedWhile(`Reading the account ${owner}`, error)
  }
}

/** Whether the token is `owner`'s own (an installation token may not read /user: it is not). */
async function isTokenOf(octokit: Octokit, owner: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return (data as { login?: unknown }).login?.toString().toLowerCase() === owner.toLowerCase()
  } catch {
    return false
  }
}

function toListed(item: unknown, owner: string): ListedRepository {
  const repository = (item ?? {}) as {
    full_name?: unknown
    name?: unknown
    archived?: unknown
    fork?: unknown
    topics?: unknown
  }
  // Neither name given: an empty name, which the name check then leaves out.
  const fullName =
    typeof repository.full_name === 'string'
      ? repository.full_name
      : typeof repository.name === 'string'
        ? `${owner}/${repository.name}`
        : ''
  return {
    fullName,
    archived: repository.archived === true,
    fork: repository.fork === true,
    topics: Array.isArray(repository.topics)
      ? repository.topics.filter((topic): topic is string => typeof topic === 'string')
      : []
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
