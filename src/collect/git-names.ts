// What a git report names its repository: 'owner/name' and the web address commits link to,
// from what the caller knows, else the clone's origin remote, else the work tree's folder.
import path from 'node:path'
import { runGitSync } from './git-exec.js'
import type { GitResult, GitRunner } from './git-exec.js'
import type { GitHistoryFacts } from './git-history.js'
import { githubRepositoryUrl, parseRemoteUrl } from './git-remote.js'

/** The names the caller knows (GitSourceOptions' fields of the same names). */
interface GivenNames {
  repository?: string
  repositoryUrl?: string
  githubServers?: string[]
}

export interface RepositoryNames {
  /** 'owner/name': the caller's, else remote.origin.url's, else the work tree's folder name. */
  repository: string
  /** The web address on a GitHub host, where known: what commits link to. */
  repositoryUrl: string | undefined
}

/**
 * The names, from the history inspection's facts when there are some (they hold the remote and
 * the work tree's top), else read at once from git (the synchronous `repository` getter).
 */
export function repositoryNames(
  runner: GitRunner,
  options: GivenNames,
  facts: GitHistoryFacts | undefined
): RepositoryNames {
  const known = knownNames(options)
  if (known) return known
  if (facts) return namesOf(facts.remoteUrl, () => facts.topLevel, runner, options)
  const remoteUrl = outputOf(runGitSync(runner, REMOTE_URL))
  return namesOf(remoteUrl, () => topLevelOf(runner), runner, options)
}

function outputOf(result: GitResult): string {
  return result.exitCode === 0 ? result.stdout : ''
}

function knownNames(options: GivenNames): RepositoryNames | undefined {
  return options.repository !== undefined && options.repositoryUrl !== undefined
    ? { repository: options.repository, repositoryUrl: options.repositoryUrl }
    : undefined
}

/** The names from the remote, else from the work tree's folder (asked for only then). */
function namesOf(
  remoteUrl = '',
  topLevel: () => string | undefined,
  runner: GitRunner,
  options: GivenNames
): RepositoryNames {
  return {
    repository:
      options.repository ??
      parseRemoteUrl(remoteUrl) ??
      path.basename(path.resolve(topLevel() ?? runner.repoPath)),
    repositoryUrl: options.repositoryUrl ?? githubRepositoryUrl(remoteUrl, options.githubServers)
  }
}

const REMOTE_URL = ['config', '--get', 'remote.origin.url']

function topLevelOf(runner: GitRunner): string | undefined {
  return outputOf(runGitSync(runner, ['rev-parse', '--show-toplevel'])).trim() || undefined
}
