// Accounts and their repositories for the loopback GitHub: `GET /users/{name}` (which says
// whether a login is an organisation or a user), and the listings discovery reads —
// `/orgs/{org}/repos`, `/users/{user}/repos` and `/user/repos` — paginated like GitHub's.
import type { LoopbackGitHub } from './github-server.js'
import { paginate } from './github-server.js'

export interface RepositoryRecord {
  name: string
  archived?: boolean
  fork?: boolean
  private?: boolean
  topics?: string[]
}

export interface AccountRecord {
  login: string
  type: 'Organization' | 'User'
  repositories: RepositoryRecord[]
}

/**
 * `count` repositories named `<prefix>-001`…, every `archivedEvery`-th archived and every
 * `forkEvery`-th a fork (a repository can be both), the first `topicCount` tagged `topic`.
 */
export function manyRepositories(
  count: number,
  options: {
    prefix?: string
    archivedEvery?: number
    forkEvery?: number
    topic?: string
    topicCount?: number
  } = {}
): RepositoryRecord[] {
  const prefix = options.prefix ?? 'service'
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1
    return {
      name: `${prefix}-${String(n).padStart(3, '0')}`,
      archived: options.archivedEvery ? n % options.archivedEvery === 0 : false,
      fork: options.forkEvery ? n % options.forkEvery === 0 : false,
      topics: options.topic && n <= (options.topicCount ?? 0) ? [options.topic, 'backend'] : []
    }
  })
}

export function installRepositories(
  server: LoopbackGitHub,
  accounts: readonly AccountRecord[],
  /** The login the token belongs to, for `/user/repos`; none for an installation token. */
  tokenOwner?: string
): void {
  const find = (login: string | undefined): AccountRecord | undefined =>
    accounts.find(account => account.login.toLowerCase() === login?.toLowerCase())
  const notFound = {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
  }
  const json = (account: AccountRecord, repository: RepositoryRecord, id: number) => ({
    id,
    node_id: `R_${id}`,
    name: repository.name,
    full_name: `${account.login}/${repository.name}`,
    private: repository.private ?? false,
    owner: { login: account.login, type: account.type },
    html_url: `https://github.com/${account.login}/${repository.name}`,
    fork: repository.fork ?? false,
    archived: repository.archived ?? false,
    disabled: false,
    topics: repository.topics ?? [],
    default_branch: 'main',
    visibility: repository.private ? 'private' : 'public'
  })
  const listing = (account: AccountRecord, includePrivate: boolean) =>
    account.repositories
      .filter(repository => includePrivate || !repository.private)
      .map((repository, order) => json(account, repository, 1000 + order))

  server.route('GET', '/users/:username', request => {
    const account = find(request.params['username'])
    if (!account) return notFound
    return { status: 200, body: { login: account.login, id: 1, type: account.type } }
  })
  server.route('GET', '/orgs/:org/repos', request => {
    const account = find(request.params['org'])
    if (!account || account.type !== 'Organization') return notFound
    return paginate(request, server.url, listing(account, true))
  })
  server.route('GET', '/users/:username/repos', request => {
    const account = find(request.params['username'])
    if (!account) return notFound
    return paginate(request, server.url, listing(account, false))
  })
  server.route('GET', '/user/repos', request => {
    const account = find(tokenOwner)
    if (!account)
      return { status: 403, body: { message: 'Resource not accessible by integration' } }
    return paginate(request, server.url, listing(account, true))
  })
}
