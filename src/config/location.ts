import path from 'node:path'
import { remoteName, type RemoteConfigReference } from './remote.js'

/** What `extends:` says, before it is resolved against the file that says it. */
export type ExtendsReference =
  | { kind: 'path'; path: string; from: 'file' | 'root' }
  | ({ kind: 'remote' } & RemoteConfigReference)

/** Where a config file lives: a repository-relative path here, or another repository's file. */
export type ConfigLocation =
  | {
      kind: 'local'
      path: string
      /** How to name it when not by its path (a file outside the checkout). */
      name?: string
    }
  | ({ kind: 'remote' } & RemoteConfigReference)

const NAME = /^[A-Za-z0-9_.-]+$/

/**
 * Reads an `extends:` value. A path in this repository starts with `./` or `../` (relative to
 * the extending file) or `/` (relative to the repository root); anything else is another
 * repository's file, `owner/repo/path@ref`. The explicit prefix keeps `configs/base.yml` from
 * being mistaken for the repository `configs/base.yml`.
 */
export function parseExtendsReference(value: string): ExtendsReference | { problem: string } {
  if (value.startsWith('./') || value.startsWith('../'))
    return { kind: 'path', path: value, from: 'file' }
  if (value.startsWith('/')) return { kind: 'path', path: value.replace(/^\/+/, ''), from: 'root' }
  const at = value.lastIndexOf('@')
  const target = at === -1 ? value : value.slice(0, at)
  const ref = at === -1 ? undefined : value.slice(at + 1)
  const [owner, repo, ...rest] = target.split('/')
  const filePath = rest.join('/')
  if (owner && repo && NAME.test(owner) && NAME.test(repo) && filePath && ref !== '') {
    return { kind: 'remote', owner, repo, path: filePath, ...(ref ? { ref } : {}) }
  }
  return {
    problem:
      `must be a path in this repository starting with './', '../' or '/', ` +
      `or another repository's file as 'owner/repo/path@ref' (got '${value}')`
  }
}

/** The file an `extends` points at, seen from the file that says it. */
export function resolveExtends(
  from: ConfigLocation,
  reference: ExtendsReference
): ConfigLocation | { problem: string } {
  if (reference.kind === 'remote') {
    const { kind: _kind, ...remote } = reference
    return { kind: 'remote', ...remote }
  }
  const base = reference.from === 'root' ? '.' : path.posix.dirname(from.path)
  const joined = path.posix.normalize(path.posix.join(base, reference.path))
  // A path may not climb out of its repository: a pull request could otherwise point the
  // config at any file on the runner and have it echoed back in error messages.
  if (joined === '..' || joined.startsWith('../') || path.posix.isAbsolute(joined)) {
    return { problem: `points outside the repository (resolves to '${joined}')` }
  }
  return from.kind === 'local' ? { kind: 'local', path: joined } : { ...from, path: joined }
}

/** How a location is named in sources and errors. */
export function locationName(location: ConfigLocation): string {
  return location.kind === 'local' ? (location.name ?? location.path) : remoteName(location)
}

export function locationKey(location: ConfigLocation): string {
  if (location.kind === 'local') return `local:${location.path}`
  return (
    `remote:${location.owner}/${location.repo}`.toLowerCase() +
    `/${location.path}@${location.ref ?? ''}`
  )
}
