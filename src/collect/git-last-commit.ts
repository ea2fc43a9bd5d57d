// When the clone's last commit was made: the CLI warns when a window ends long after it (a
// clone nobody has pulled for months reports a quiet team that may not be quiet at all).
import { runGit } from './git-exec.js'

/** HEAD's committer time (ISO 8601), or undefined when there is no commit or git fails. */
export async function lastCommitTime(
  repoPath: string,
  gitBinary = 'git'
): Promise<string | undefined> {
  try {
    const result = await runGit({ repoPath, binary: gitBinary }, [
      'log',
      '-1',
      '--format=%cI',
      'HEAD'
    ])
    const time = result.stdout.trim()
    return result.exitCode === 0 && time !== '' ? time : undefined
  } catch {
    return undefined
  }
}
