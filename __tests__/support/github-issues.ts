// Issue-side data for the loopback GitHub: issues, issue comments, labels and a pull request's
// file list, kept in one repo state object the test can read back after the action ran. The
// shapes follow the REST answers the action reads (ids, numbers, html_url, pull_request).
import type { LoopbackGitHub, LoopbackRequest, LoopbackResponse } from './github-server.js'
import { paginate } from './github-server.js'

interface IssueRecord {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason?: string | null
  labels: string[]
  /** Who opened it; the token's actor when absent. */
  login?: string
  /** Set for pull requests, which the issues endpoints list too. */
  pull_request?: { url: string }
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  login: string
  created_at: string
  updated_at: string
}

export interface PullFileRecord {
  filename: string
  previous_filename?: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions: number
  deletions: number
  changes?: number
  patch?: string
}

export interface RepoState {
  owner: string
  repo: string
  issues: IssueRecord[]
  comments: CommentRecord[]
  labels: { name: string; color: string; description?: string }[]
  /** Files of each pull request, by number. */
  pullFiles: Map<number, PullFileRecord[]>
  /** Login that writes through the API (the token's owner). */
  actor: string
}

export function createRepoState(overrides: Partial<RepoState> = {}): RepoState {
  return {
    owner: 'octo',
    repo: 'widgets',
    issues: [],
    comments: [],
    labels: [],
    pullFiles: new Map(),
    actor: 'github-actions[bot]',
    ...overrides
  }
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** Makes every write answer 403 like a read-only GITHUB_TOKEN (fork PR, Dependabot). */
export function denyWrites(server: LoopbackGitHub, times = 1000): void {
  server.fail({
    times,
    when: request => WRITE_METHODS.has(request.method) && !request.path.endsWith('/graphql'),
    response: {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403'
      }
    }
  })
}

/** Registers the issue, comment, label and pull-file routes on `server`, backed by `state`. */
export function installIssues(server: LoopbackGitHub, state: RepoState): void {
  let nextCommentId = 1000 + state.comments.length
  const htmlRepo = (): string => `https://github.com/${state.owner}/${state.repo}`
  const ours = (request: LoopbackRequest): boolean =>
    request.params['owner'] === state.owner && request.params['repo'] === state.repo
  const notFound: LoopbackResponse = { status: 404, body: { message: 'Not Found' } }
  const body = (request: LoopbackRequest): Record<string, unknown> =>
    (request.body ?? {}) as Record<string, unknown>

  const issueJson = (issue: IssueRecord): Record<string, unknown> => ({
    id: issue.number * 7,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason ?? null,
    labels: issue.labels.map(name => ({ name })),
    html_url: `${htmlRepo()}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`,
    user: { login: issue.login ?? state.actor, type: 'Bot' },
    ...(issue.pull_request ? { pull_request: issue.pull_request } : {})
  })
  const commentJson = (comment: CommentRecord): Record<string, unknown> => ({
    id: comment.id,
    body: comment.body,
    html_url: `${htmlRepo()}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    user: { login: comment.login, type: comment.login.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: comment.created_at,
    updated_at: comment.updated_at
  })
  const nextNumber = (): number => Math.max(0, ...state.issues.map(issue => issue.number)) + 1

  // An installation token (GITHUB_TOKEN, a `[bot]` actor) may not read /user; a user's may.
  server.route('GET', '/user', () =>
    state.actor.endsWith('[bot]')
      ? { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } }
      : { status: 200, body: { login: state.actor, id: 1, type: 'User' } }
  )

  server.route('GET', '/repos/:owner/:repo/issues', request => {
    if (!ours(request)) return notFound
    const wantedState = request.query.get('state') ?? 'open'
    const labels = (request.query.get('labels') ?? '').split(',').filter(Boolean)
    const issues = state.issues
      .filter(issue => wantedState === 'all' || issue.state === wantedState)
      .filter(issue => labels.every(label => issue.labels.includes(label)))
      .sort((a, b) => b.number - a.number)
    return paginate(request, server.url, issues.map(issueJson))
  })

  server.route('POST', '/repos/:owner/:repo/issues', request => {
    if (!ours(request)) return notFound
    const {
      title,
      body: text,
      labels
    } = body(request) as { title?: string; body?: string; labels?: string[] }
    if (!title) return { status: 422, body: { message: 'Validation Failed' } }
    const issue: IssueRecord = {
      number: nextNumber(),
      title,
      body: text ?? '',
      state: 'open',
      labels: labels ?? [],
      login: state.actor
    }
    if (text && text.length > 65536)
      return { status: 422, body: { message: 'body is too long (maximum is 65536 characters)' } }
    state.issues.push(issue)
    return { status: 201, body: issueJson(issue) }
  })

  server.route('PATCH', '/repos/:owner/:repo/issues/:number', request => {
    const issue = state.issues.find(item => item.number === Number(request.params['number']))
    if (!ours(request) || !issue) return notFound
    const patch = body(request) as Partial<
      Pick<IssueRecord, 'title' | 'body' | 'state' | 'state_reason'>
    >
    if (patch.body !== undefined && patch.body.length > 65536) {
      return { status: 422, body: { message: 'body is too long (maximum is 65536 characters)' } }
    }
    Object.assign(issue, patch)
    return { status: 200, body: issueJson(issue) }
  })

  server.route('GET', '/repos/:owner/:repo/issues/:number/comments', request => {
    if (!ours(request)) return notFound
    const number = Number(request.params['number'])
    const comments = state.comments
      .filter(comment => comment.issueNumber === number)
      .sort((a, b) => a.id - b.id)
    return paginate(request, server.url, comments.map(commentJson))
  })

  server.route('POST', '/repos/:owner/:repo/issues/:number/comments', request => {
    if (!ours(request)) return notFound
    const text = String(body(request)['body'] ?? '')
    if (text.length > 65536)
      return { status: 422, body: { message: 'body is too long (maximum is 65536 characters)' } }
    const now = new Date().toISOString()
    const comment: CommentRecord = {
      id: nextCommentId++,
      issueNumber: Number(request.params['number']),
      body: text,
      login: state.actor,
      created_at: now,
      updated_at: now
    }
    state.comments.push(comment)
    return { status: 201, body: commentJson(comment) }
  })

  server.route('PATCH', '/repos/:owner/:repo/issues/comments/:id', request => {
    const comment = state.comments.find(item => item.id === Number(request.params['id']))
    if (!ours(request) || !comment) return notFound
    const text = String(body(request)['body'] ?? '')
    if (text.length > 65536)
      return { status: 422, body: { message: 'body is too long (maximum is 65536 characters)' } }
    comment.body = text
    comment.updated_at = new Date().toISOString()
    return { status: 200, body: commentJson(comment) }
  })

  server.route('DELETE', '/repos/:owner/:repo/issues/comments/:id', request => {
    const index = state.comments.findIndex(item => item.id === Number(request.params['id']))
    if (!ours(request) || index < 0) return notFound
    state.comments.splice(index, 1)
    return { status: 204 }
  })

  server.route('GET', '/repos/:owner/:repo/labels/:name', request => {
    const label = state.labels.find(
      item => item.name.toLowerCase() === request.params['name']?.toLowerCase()
    )
    if (!ours(request) || !label) return notFound
    return { status: 200, body: label }
  })

  server.route('POST', '/repos/:owner/:repo/labels', request => {
    if (!ours(request)) return notFound
    const { name, color, description } = body(request) as {
      name?: string
      color?: string
      description?: string
    }
    if (!name) return { status: 422, body: { message: 'Validation Failed' } }
    if (state.labels.some(label => label.name.toLowerCase() === name.toLowerCase())) {
      return {
        status: 422,
        body: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] }
      }
    }
    const label = { name, color: color ?? 'ededed', ...(description ? { description } : {}) }
    state.labels.push(label)
    return { status: 201, body: label }
  })

  server.route('GET', '/repos/:owner/:repo/pulls/:number/files', request => {
    const files = state.pullFiles.get(Number(request.params['number']))
    if (!ours(request) || !files) return notFound
    const capped = files
      .slice(0, 3000)
      .map(file => ({ ...file, changes: file.additions + file.deletions }))
    return paginate(request, server.url, capped)
  })
}

/** The comments on `issueNumber` that carry `marker`. */
export function markedComments(
  state: RepoState,
  issueNumber: number,
  marker: string
): CommentRecord[] {
  return state.comments.filter(
    comment => comment.issueNumber === issueNumber && comment.body.includes(marker)
  )
}
