import { isPermissionError, messageOf } from '../publish/errors.js'

export type Guarded<T> = { ok: true; value: T } | { ok: false; warning: string }

/**
 * Runs one write to GitHub. A token that may not write (fork PRs and Dependabot get a
 * read-only GITHUB_TOKEN; a `permissions:` block may leave out a scope) becomes a warning that
 * says what was not posted and why, so the run stays green with its job summary; any other
 * failure is rethrown with what was being done.
 */
export async function guardWrite<T>(
  what: string,
  permission: string,
  write: () => Promise<T>
): Promise<Guarded<T>> {
  try {
    return { ok: true, value: await write() }
  } catch (error) {
    if (isPermissionError(error)) {
      return {
        ok: false,
        warning:
          `Could not post ${what}: the token may not write here (${messageOf(error)}). ` +
          `Give the workflow \`permissions: ${permission}\`. Pull requests from forks and Dependabot ` +
          'always get a read-only token: post from a separate `workflow_run` workflow instead (see the ' +
          'README\'s "Fork pull requests"). The result is in this run\'s job summary.'
      }
    }
    throw new Error(`Posting ${what} failed: ${messageOf(error)}`, { cause: error })
  }
}
