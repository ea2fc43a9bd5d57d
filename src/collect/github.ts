// The GitHub API as a source: the merged pull requests of a window, in bulk over GraphQL, with
// REST only for what GraphQL lacks (patches, and the files of commits pushed without a PR).
//
// Request plan for a window of P merged PRs (page size S, default 100):
//   ceil(P / S) + 1 GraphQL pages (the last one proves the window's start was passed),
//   + one GraphQL request per round of PRs with more than 100 files (batched, 30 PRs a request),
//   + for the PRs whose patches the classifier asks for: one GraphQL request per 100 file
//     versions of the small ones (github-blobs.ts), and ceil(files / 100) REST requests for
//     each of the others,
//   + with direct pushes: one GraphQL page per 100 default-branch commits, one REST request each.
import {
  BudgetExhaustedError,
  failedWhile,
  GraphQLQueryError,
  type GitHubClient
} from '../github/client.js'
import type { Change, FileChange, RepoContext, Window } from '../model.js'
import { inWindow } from '../window.js'
import { readReachFactsFromApi } from './github-tree.js'
import {
  PULL_FILE_CAP,
  changeOfDirectPush,
  changeOfPull,
  fileOfNode,
  fileOfRest
} from './github-map.js'
import {
  DEFAULT_BRANCH_HISTORY,
  LIST_MERGED_PULLS,
  MAX_PAGE,
  moreFilesQuery,
  type DefaultBranchHistoryAnswer,
  type FilesConnection,
  type ListMergedPullsAnswer,
  type MoreFilesAnswer
} from './github-queries.js'
import { fetchPatches } from './github-patches.js'
import { eachLimited, isGraphQLTimeout } from './github-requests.js'
import type { ClassifierFor, Collection, Source } from './source.js'

export interface GitHubSourceOptions {
  client: GitHubClient
  /** 'owner/name' */
  repository: string
  /** The GitHub host's web address (`https://github.com`, GITHUB_SERVER_URL): the report links the repository there. */
  serverUrl?: string
  /** Also collect commits pushed straight to the default branch without a pull request. */
  includeDirectPushes?: boolean
  /**
   * Merged PRs per GraphQL page (at most 100, the default). Each brings up to 100 files, so a
   * page stays inside GitHub's node limit; on GitHub's 10-second query timeout the page is
   * asked again at half the size.
   */
  pageSize?: number
  /** PRs whose next 100 files are asked in one GraphQL request (default 30). */
  filesBatch?: number
  /** REST requests in flight at once for patches and direct-push files (default 4). */
  concurrency?: number
  log?: { debug(message: string): void; warning(message: string): void }
}

const MIN_PAGE_SIZE = 5

interface Listed {
  change: Change
  /** Files GitHub reports for the PR (may exceed what it lists: the 3,000 cap). */
  changedFiles: number
  /** Where the PR's next page of files starts; null once all are listed. */
  filesCursor: string | null
  /** The merge commit's first parent: the side of the diff before the PR. */
  base: string | undefined
}

interface Context {
  client: GitHubClient
  owner: string
  name: string
  repository: string
  options: GitHubSourceOptions
}

export function githubSource(options: GitHubSourceOptions): Source {
  const [owner, name, ...rest] = options.repository.split('/')
  if (!owner || !name || rest.length) {
    throw new Error(`repository must be "owner/name", got "${options.repository}"`)
  }
  const context: Context = {
    client: options.client,
    owner,
    name,
    repository: options.repository,
    options
  }
  return {
    kind: 'github',
    repository: options.repository,
    ...(options.serverUrl
      ? { repositoryUrl: `${options.serverUrl.replace(/\/+$/, '')}/${options.repository}` }
      : {}),
    collect: (window, classifierFor) => collect(context, window, classifierFor),
    reach: (until, targets) => readReachFactsFromApi(context, until, targets)
  }
}

async function collect<T extends object>(
  context: Context,
  window: Window,
  classifierFor: ClassifierFor<T>
): Promise<Collection<T>> {
  const notes: string[] = []
  const cuts: string[] = []

  const listing = await listMergedPulls(context, window)
  if (listing.contextUnread) notes.push(listing.contextUnread)
  // CODEOWNERS and .gitattributes come with the listing's first page: the classifier is made
  // for them before any patch is chosen.
  const classifier = classifierFor(listing.context)
  if (listing.cut) {
    const oldest = listing.pulls.at(-1)?.change.time
    cuts.push(
      listing.pulls.length
        ? `collected ${listing.pulls.length} PRs merged since ${day(window.since)}, listed back ` +
            `to PRs updated ${day(listing.reachedUpdatedAt ?? oldest ?? window.until)}; older ` +
            `PRs of the window were not listed`
        : `no PRs merged since ${day(window.since)} could be listed`
    )
  }

  const unfinished = await followFiles(context, listing.pulls)
  if (unfinished > 0) {
    cuts.push(`${unfinished} of ${listing.pulls.length} PRs have only part of their files`)
  }

  const changes = listing.pulls.map(pull => finishFiles(pull, notes))
  const bases = new Map(listing.pulls.map(pull => [pull.change, pull.base]))

  const patchless = await fetchPatches(
    {
      client: context.client,
      owner: context.owner,
      name: context.name,
      repository: context.repository,
      concurrency: context.options.concurrency ?? 4
    },
    changes.filter(change => classifier.wantsPatch(change)),
    bases
  )
  if (patchless.missed > 0) {
    cuts.push(`patches missing for ${patchless.missed} of ${patchless.wanted} PRs that needed them`)
  }

  if (context.options.includeDirectPushes) {
    const pushes = await collectDirectPushes(context, window)
    changes.push(...pushes.changes)
    if (pushes.cut) cuts.push('commits pushed without a PR were collected only in part')
  }

  if (cuts.length) {
    const coverage = cuts.join('; ')
    context.client.markBudgetExhausted(coverage)
    notes.push(
      `The API request budget ran out after ${context.client.usage().requests} requests, ` +
        `before the window was covered: ${coverage}.`
    )
  }

  changes.sort((a, b) => b.time.localeCompare(a.time) || b.id.localeCompare(a.id))
  return {
    // Classified once every patch is in, newest first.
    changes: changes.map(change => classifier.classify(change)),
    since: window.since,
    notes,
    api: context.client.usage()
  }
}

/** The note for CODEOWNERS and .gitattributes left unread, with GitHub's first error. */
function contextUnreadNote(repository: string, error: GraphQLQueryError): string {
  const first = error.messages[0] ?? 'an error'
  const why = first.length > 200 ? `${first.slice(0, 199)}…` : first
  return (
    `The CODEOWNERS and .gitattributes of ${repository} were not read (GitHub answered: ${why}), ` +
    'so teams and the .gitattributes rules are left out.'
  )
}

interface Listing {
  pulls: Listed[]
  /** Why the repository's CODEOWNERS and .gitattributes were not read, when they were not. */
  contextUnread?: string
  /** CODEOWNERS and .gitattributes, read with the first page. */
  context: RepoContext
  /** The budget stopped the listing before the window's start. */
  cut: boolean
  reachedUpdatedAt?: string
}

/**
 * Pages through the repository's merged PRs, most recently updated first, and stops at the
 * first page that reaches PRs last updated before the window: a PR's updatedAt is never before
 * its mergedAt, so no later page can hold a PR merged in the window. (The search API would
 * filter by merge date, but caps results at 1,000 and has a far lower rate limit.)
 */
async function listMergedPulls(context: Context, window: Window): Promise<Listing> {
  const { client, owner, name, repository } = context
  const since = Date.parse(window.since)
  const listing: Listing = { pulls: [], context: {}, cut: false }
  let pageSize = Math.min(MAX_PAGE, context.options.pageSize ?? MAX_PAGE)
  let after: string | null = null
  let withContext = true
  for (let page = 1; ; page++) {
    let answer: ListMergedPullsAnswer
    try {
      answer = await client.graphql<ListMergedPullsAnswer>(LIST_MERGED_PULLS, {
        owner,
        name,
        first: pageSize,
        after,
        withContext: page === 1 && withContext
      })
    } catch (error) {
      if (error instanceof BudgetExhaustedError) {
        listing.cut = true
        return listing
      }
      // A field error on page 1 may come from its extras (CODEOWNERS, .gitattributes, e.g. a
      // token that may not read contents): ask again without them, and say what was not read.
      if (page === 1 && withContext && error instanceof GraphQLQueryError) {
        withContext = false
        listing.contextUnread = contextUnreadNote(repository, error)
        page -= 1
        continue
      }
      if (isGraphQLTimeout(error) && pageSize > MIN_PAGE_SIZE) {
        pageSize = Math.max(MIN_PAGE_SIZE, Math.floor(pageSize / 2))
        context.options.log?.warning(
          `GitHub timed out on a page of pull requests of ${repository}; asking ${pageSize} at a time`
        )
        page -= 1
        continue
      }
      throw failedWhile(`listing merged pull requests of ${repository} (page ${page})`, error)
    }
    const repo = answer.repository
    if (!repo) {
      throw new Error(
        `listing merged pull requests of ${repository} failed: the repository does not exist ` +
          'or the token cannot read it'
      )
    }
    if (page === 1 && typeof repo.gitattributes?.text === 'string') {
      listing.context.gitattributes = repo.gitattributes.text
    }
    if (page === 1) {
      const codeowners = [repo.codeownersGithub, repo.codeownersRoot, repo.codeownersDocs]
        .map(blob => blob?.text)
        .find(text => typeof text === 'string')
      if (codeowners !== undefined && codeowners !== null) listing.context.codeowners = codeowners
    }
    const nodes = (repo.pullRequests.nodes ?? []).filter(node => node != null)
    for (const node of nodes) {
      if (!node.mergedAt || !inWindow(window, node.mergedAt)) continue
      listing.pulls.push({
        change: changeOfPull(node),
        changedFiles: node.changedFiles,
        filesCursor: nextCursor(node.files),
        base: node.mergeCommit?.parents?.nodes?.[0]?.oid
      })
    }
    const last = nodes.at(-1)
    if (last) listing.reachedUpdatedAt = last.updatedAt
    const { hasNextPage, endCursor } = repo.pullRequests.pageInfo
    if (!hasNextPage || !endCursor || !last || Date.parse(last.updatedAt) < since) return listing
    after = endCursor
  }
}

function nextCursor(files: FilesConnection | null): string | null {
  return files?.pageInfo.hasNextPage ? files.pageInfo.endCursor : null
}

/**
 * Lists the files past the first 100 of every PR that has more: each request asks the next
 * page of up to `filesBatch` PRs at once. Returns how many PRs the budget left unfinished.
 */
async function followFiles(context: Context, pulls: Listed[]): Promise<number> {
  const { client, owner, name, repository } = context
  const batchSize = Math.max(1, context.options.filesBatch ?? 30)
  for (;;) {
    const pending = pulls.filter(pull => pull.filesCursor !== null)
    const batch = pending.slice(0, batchSize)
    if (!batch.length) return 0
    const variables: Record<string, unknown> = { owner, name }
    batch.forEach((pull, i) => {
      variables[`n${i}`] = Number(pull.change.id)
      variables[`c${i}`] = pull.filesCursor
    })
    let answer: MoreFilesAnswer
    try {
      answer = await client.graphql<MoreFilesAnswer>(moreFilesQuery(batch.length), variables)
    } catch (error) {
      if (error instanceof BudgetExhaustedError) return pending.length
      const numbers = batch.map(pull => `#${pull.change.id}`).join(', ')
      throw failedWhile(`listing more files of pull requests ${numbers} of ${repository}`, error)
    }
    batch.forEach((pull, i) => {
      const files = answer.repository?.[`p${i}`]?.files ?? null
      for (const node of files?.nodes ?? []) if (node) pull.change.files.push(fileOfNode(node))
      pull.filesCursor = nextCursor(files)
    })
  }
}

/**
 * Sets `filesTotal` where GitHub holds more files than were listed. A PR past GitHub's cap gets
 * its own note; PRs the budget left unfinished are counted in the budget note instead.
 */
function finishFiles(pull: Listed, notes: string[]): Change {
  const { change, changedFiles } = pull
  if (changedFiles > change.files.length) {
    change.filesTotal = changedFiles
    if (pull.filesCursor === null) {
      notes.push(
        `PR #${change.id}: ${change.files.length} of ${changedFiles} files analysed (GitHub ` +
          `lists at most ${PULL_FILE_CAP.toLocaleString('en')} files of a pull request).`
      )
    }
  }
  return change
}

/**
 * Commits on the default branch in the window that no PR holds. GraphQL has no file list for a
 * commit, so each costs one REST request: with many direct pushes, mind the budget.
 */
async function collectDirectPushes(
  context: Context,
  window: Window
): Promise<{ changes: Change[]; cut: boolean }> {
  const { client, owner, name, repository } = context
  const commits: { oid: string; build: (files: FileChange[]) => Change }[] = []
  let after: string | null = null
  try {
    for (let page = 1; ; page++) {
      let answer: DefaultBranchHistoryAnswer
      try {
        answer = await client.graphql<DefaultBranchHistoryAnswer>(DEFAULT_BRANCH_HISTORY, {
          owner,
          name,
          since: window.since,
          until: window.until,
          after
        })
      } catch (error) {
        throw failedWhile(`listing default-branch commits of ${repository} (page ${page})`, error)
      }
      const history = answer.repository?.defaultBranchRef?.target?.history
      if (!history) break
      for (const node of history.nodes ?? []) {
        if (!node || !inWindow(window, node.committedDate)) continue
        // Merge commits are skipped, as the git source skips them by default.
        if ((node.associatedPullRequests?.totalCount ?? 0) > 0 || node.parents.totalCount > 1)
          continue
        commits.push({ oid: node.oid, build: files => changeOfDirectPush(node, files) })
      }
      if (!history.pageInfo.hasNextPage || !history.pageInfo.endCursor) break
      after = history.pageInfo.endCursor
    }
  } catch (error) {
    if (error instanceof BudgetExhaustedError) return { changes: [], cut: true }
    throw error
  }

  const changes: Change[] = []
  let cut = false
  await eachLimited(commits, context.options.concurrency ?? 4, async commit => {
    try {
      const response = await client.octokit.rest.repos.getCommit({
        owner,
        repo: name,
        ref: commit.oid
      })
      changes.push(commit.build((response.data.files ?? []).map(fileOfRest)))
    } catch (error) {
      if (error instanceof BudgetExhaustedError) {
        cut = true
        return
      }
      throw failedWhile(`reading commit ${commit.oid} of ${repository}`, error)
    }
  })
  return { changes, cut }
}

function day(iso: string): string {
  return iso.slice(0, 10)
}
