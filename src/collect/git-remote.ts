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
  const text = url.trim()
  let path: string | undefined
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (scheme !== undefined) {
    if (scheme === 'file') return undefined
    try {
      path = decodeURIComponent(new URL(text).pathname)
    } catch {
      return undefined
    }
  } else if (!text.startsWith('/') && !text.startsWith('.') && !/^[a-z]:[\\/]/i.test(text)) {
    path = SCP_LIKE.exec(text)?.[1]
  }
  if (path === undefined) return undefined
  const segments = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter(segment => segment !== '')
  const name = segments.at(-1)
  const owner = segments.at(-2)
  return owner !== undefined && name !== undefined ? `${owner}/${name}` : undefined
}
