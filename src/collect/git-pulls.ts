// Pull requests in a local clone's history. GitHub lands a pull request on the default branch
// as one first-parent commit: a merge commit ("Merge pull request #N from owner/branch", the
// PR's title on the body's first line) or a squash commit (the PR's title with " (#N)"). Read
// along first-parent history, each such commit is the PR — its diff against the first parent
// is the PR's diff, as the API and the PR comment read it — so a PR of twelve commits counts
// once, as it does in a squash-merging repository and in the API source. A rebase merge leaves
// no trace of its PR in git, so its commits stay commits.
import type { Change } from '../model.js'
import { gitFailure, runGit } from './git-exec.js'
import type { GitRunner } from './git-exec.js'
import type { ParsedCommit } from './git-log-parser.js'

export interface PullRequestCommit {
  number: number
  /** The PR's title (a merge commit's body line, or the squash title without its " (#N)"). */
  title: string
  /** What is left of the message after the title. */
  body: string
}

// GitHub's merge message, "Merge pull request #N from owner/branch"; a merge titled by hand
// may go on differently after the number.
const MERGE_SUBJECT = /^Merge pull request #(\d+)\b/
// GitHub appends " (#N)" to a squash commit's title (and a merge queue or a hand-written merge
// message may do the same); a title may carry an issue's own "(#M)" earlier, so only the last
// one counts, and only at the very end.
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/

/**
 * The pull request a first-parent commit landed, if its message says so. `merge` is whether the
 * commit has more than one parent: GitHub's merge subject is trusted only on a merge (not on a
 * cherry-pick of one); a "(#N)" title on either.
 */
export function pullRequestOf(
  title: string,
  body: string,
  merge: boolean
): PullRequestCommit | undefined {
  const merged = merge ? MERGE_SUBJECT.exec(title) : null
  if (merged) {
    const lines = body.split('\n')
    const first = lines.findIndex(line => line.trim() !== '')
    const prTitle = first < 0 ? '' : (lines[first] as string).trim()
    return {
      number: Number(merged[1]),
      title: prTitle === '' ? title : prTitle,
      body:
        first < 0
          ? ''
          : lines
              .slice(first + 1)
              .join('\n')
              .trim()
    }
  }
  const suffix = PR_SUFFIX.exec(title)
  if (!suffix || suffix.index === 0) return undefined
  return { number: Number(suffix[1]), title: title.slice(0, suffix.index), body }
}

/** Who wrote a merged branch: its tip's author, not the merge's (GitHub makes the merger that). */
export interface BranchAuthor {
  name: string
  email: string
}

/**
 * The author of each first-parent merge's second parent, by merge sha, over `[sinceS, untilS]`
 * (whole seconds, as git's filters): two small git calls before the log pass, so a PR's author
 * is known when its change is classified (a bot's branch merged by a person is the bot's).
 */
export async function readBranchAuthors(
  runner: GitRunner,
  range: { since: string; until: string }
): Promise<Map<string, BranchAuthor>> {
  const merges = await runGit(runner, [
    'rev-list',
    '--first-parent',
    '--merges',
    '--parents',
    `--since=${range.since}`,
    `--until=${range.until}`,
    'HEAD',
    '--'
  ])
  if (merges.exitCode !== 0) {
    throw gitFailure('listing merge commits', merges.exitCode, merges.stderr)
  }
  const tipOf = new Map<string, string>()
  for (const line of merges.stdout.split('\n')) {
    const [sha, , tip] = line.trim().split(' ')
    if (sha && tip) tipOf.set(sha, tip)
  }
  const authors = new Map<string, BranchAuthor>()
  if (tipOf.size === 0) return authors
  const tips = [...new Set(tipOf.values())]
  const read = await runGit(
    runner,
    ['log', '--no-walk=unsorted', '--stdin', '--format=%H%x1f%aN%x1f%aE'],
    `${tips.join('\n')}\n`
  )
  if (read.exitCode !== 0) throw gitFailure('reading branch authors', read.exitCode, read.stderr)
  const byTip = new Map<string, BranchAuthor>()
  for (const line of read.stdout.split('\n')) {
    const [sha = '', name = '', email = ''] = line.split('\x1f')
    if (sha !== '') byTip.set(sha, { name, email })
  }
  for (const [merge, tip] of tipOf) {
    const author = byTip.get(tip)
    if (author) authors.set(merge, author)
  }
  return authors
}

export interface ChangeLinks {
  /** The repository's web address, where known: commits and pull requests link under it. */
  repositoryUrl: string | undefined
  /** Whether first-parent commits that landed a pull request are read as that PR. */
  pulls: boolean
  /** The merged branch's author of each first-parent merge, by merge sha. */
  branchAuthors: ReadonlyMap<string, BranchAuthor>
}

/** A first-parent commit as a change: the pull request it landed, else the commit itself. */
export function toChange(commit: ParsedCommit, committedAtMs: number, links: ChangeLinks): Change {
  const pull = links.pulls
    ? pullRequestOf(commit.title, commit.body, commit.parents.length > 1)
    : undefined
  const author = (pull && links.branchAuthors.get(commit.sha)) ?? {
    name: commit.authorName,
    email: commit.authorEmail
  }
  const change: Change = {
    id: pull ? String(pull.number) : commit.sha,
    kind: pull ? 'pull_request' : 'commit',
    title: pull ? pull.title : commit.title,
    body: pull ? pull.body : commit.body,
    author:
      author.email === '' ? { name: author.name } : { name: author.name, email: author.email },
    time: new Date(committedAtMs).toISOString(),
    labels: [],
    files: commit.files
  }
  if (pull) change.mergeCommit = commit.sha
  const base = links.repositoryUrl
  if (base !== undefined) {
    change.url = pull ? `${base}/pull/${pull.number}` : `${base}/commit/${commit.sha}`
  }
  return change
}
