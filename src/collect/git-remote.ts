// Turns a git remote URL into 'owner/name'. Pure, so every URL form is tested without git.

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i
/** scp-like syntax: `[user@]host:path`, as long as no '/' comes before the ':'. */
const SCP_LIKE = /^(?:[^@/]+@)?[^:/]+:(?!\/\/)(.+)$/

/**
 * 'owner/name' from `https://github.com/owner/name(.git)`, `ssh://git@host[:port]/owner/name`,
 * `git@github.com:owner/name.git`, `git://...` and Enterprise hosts (the last two path
 * segments). Local paths and `file://` URLs name no owner: undefined.
 */
export function parseRemoteUrl(url: string): string | undefined {
  return parseRemote(url)?.repository
}

/** The host (lower case, no port or user) and 'owner/name' of a remote URL. */
function parseRemote(url: string): { host: string; repository: string } | undefined {
  const text = url.trim()
  let path: string | undefined
  let host = ''
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (scheme !== undefined) {
    if (scheme === 'file') return undefined
    try {
      const parsed = new URL(text)
      path = decodeURIComponent(parsed.pathname)
      host = parsed.hostname
    } catch {
      return undefined
    }
  } else if (!text.startsWith('/') && !text.startsWith('.') && !/^[a-z]:[\\/]/i.test(text)) {
    path = SCP_LIKE.exec(text)?.[1]
    host = /^(?:[^@/]+@)?([^:/]+):/.exec(text)?.[1] ?? ''
  }
  if (path === undefined) return undefined
  const repository = repositoryOfPath(path)
  return repository === undefined ? undefined : { host: host.toLowerCase(), repository }
}

/** github.com's web address: its remotes are also reached as www.github.com and ssh.github.com. */
const GITHUB_COM = 'https://github.com'

/**
 * The repository's web address when the remote is on a GitHub host: github.com, or one of
 * `servers` (GitHub Enterprise Server web addresses, such as the runner's GITHUB_SERVER_URL).
 * Any other host (GitLab, a local path) gives undefined: its commit pages are not GitHub's.
 */
export function githubRepositoryUrl(
  remoteUrl: string,
  servers: readonly string[] = []
): string | undefined {
  const remote = parseRemote(remoteUrl)
  if (remote === undefined) return undefined
  const host = remote.host.replace(/^(?:www|ssh)\./, '')
  for (const server of [GITHUB_COM, ...servers]) {
    let serverHost: string
    try {
      serverHost = new URL(server).hostname.toLowerCase()
    } catch {
      continue
    }
    if (serverHost === host) return `${server.replace(/\/+$/, '')}/${remote.repository}`
  }
  return undefined
}

function repositoryOfPath(path: string): string | undefined {
  const segments = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter(segment => segment !== '')
  const name = segments.at(-1)
  const owner = segments.at(-2)
  return owner !== undefined && name !== undefined ? `${owner}/${name}` : undefined
}
