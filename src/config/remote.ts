/** Another repository's config file, as written in `extends: owner/repo/path@ref`. */
export interface RemoteConfigReference {
  owner: string
  repo: string
  path: string
  /** Branch, tag or sha; the repository's default branch when absent. */
  ref?: string
}

/** Reads a config file from another repository: `owner/repo/path@ref`. */
export type RemoteConfigReader = (reference: RemoteConfigReference) => Promise<string>

/** `owner/repo/path@ref`, as the user wrote it and as errors name it. */
export function remoteName(reference: RemoteConfigReference): string {
  const name = `${reference.owner}/${reference.repo}/${reference.path}`
  return reference.ref ? `${name}@${reference.ref}` : name
}
