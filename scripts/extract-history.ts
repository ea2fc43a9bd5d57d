// Writes a history fixture (see __tests__/fixtures/histories/README.md) from a local git dir:
// the commit graph of one window of the default branch, with messages, people, times and
// per-file line counts, and the merged pull requests GitHub would list for it. Reads nothing
// but the git dir; never writes a file's content.
//
//   npx tsx scripts/extract-history.ts <git-dir> <owner/name> <since> <until> > out.json
import { execFileSync } from 'node:child_process'

interface FileEntry {
  path: string
  previousPath?: string
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T'
  additions: number
  deletions: number
  /** Only when the new mode is not a plain file's (100755, 120000). */
  mode?: string
  binary?: true
}

interface Person {
  name: string
  email: string
}

const BODY_CAP = 2000
const REST_STATUS = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed'
} as const
const BOT_BRANCHES: [RegExp, string][] = [
  [/^dependabot\//, 'dependabot[bot]'],
  [/^renovate\//, 'renovate[bot]'],
  [/^pre-commit-ci-update-config$/, 'pre-commit-ci[bot]']
]

const [gitDir = '', repository = '', since = '', until = ''] = process.argv.slice(2)
if (!gitDir || !repository.includes('/') || !since || !until) {
  throw new Error('usage: extract-history.ts <git-dir> <owner/name> <since> <until>')
}
const owner = repository.split('/')[0] ?? ''

function git(args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotePath=false', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
}

const lines = (text: string): string[] => text.split('\n').filter(line => line !== '')

/** The first-parent commit a moment is in: the newest one committed before it. */
function firstParentBefore(moment: string): string {
  const sha = git(['rev-list', '--first-parent', '-1', `--before=${moment}`, 'HEAD']).trim()
  if (!sha) throw new Error(`no first-parent commit before ${moment}`)
  return sha
}

/** A message with its body cut at a line boundary once it passes BODY_CAP characters. */
function capped(message: string): { text: string; cut: boolean } {
  const [subject = '', ...rest] = message.split('\n')
  const body = rest.join('\n')
  if (body.length <= BODY_CAP) return { text: message, cut: false }
  const cutAt = body.lastIndexOf('\n', BODY_CAP)
  return { text: `${subject}\n${body.slice(0, cutAt > 0 ? cutAt : BODY_CAP)}\n`, cut: true }
}

/** The raw message bytes after the commit header, as git stores them. */
function messageOf(sha: string): string {
  const raw = git(['cat-file', 'commit', sha])
  return raw.slice(raw.indexOf('\n\n') + 2)
}

function filesBetween(from: string, to: string): FileEntry[] {
  const tokens = git(['diff-tree', '-z', '-r', '-M', '--raw', '--numstat', from, to]).split('\0')
  const files: FileEntry[] = []
  let i = 0
  while (i < tokens.length && (tokens[i] ?? '').startsWith(':')) {
    const [, newMode = '', , , status = 'M'] = (tokens[i] ?? '').split(' ')
    const code = status.charAt(0) as FileEntry['status']
    const entry: FileEntry =
      code === 'R' || code === 'C'
        ? {
            path: tokens[i + 2] ?? '',
            previousPath: tokens[i + 1] ?? '',
            status: code,
            additions: 0,
            deletions: 0
          }
        : { path: tokens[i + 1] ?? '', status: code, additions: 0, deletions: 0 }
    if (code !== 'D' && newMode !== '100644') entry.mode = newMode
    files.push(entry)
    i += code === 'R' || code === 'C' ? 3 : 2
  }
  for (const file of files) {
    const [additions = '0', deletions = '0', path = ''] = (tokens[i] ?? '').split('\t')
    i += path === '' ? 3 : 1
    if (additions === '-') file.binary = true
    else {
      file.additions = Number(additions)
      file.deletions = Number(deletions)
    }
  }
  return files
}

const utc = (iso: string): string => new Date(iso).toISOString().replace('.000Z', 'Z')

function loginOfEmail(email: string): string {
  const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)
  return noreply?.[1] ?? email.split('@')[0] ?? email
}

const typeOf = (login: string): 'User' | 'Bot' => (login.endsWith('[bot]') ? 'Bot' : 'User')

const last = firstParentBefore(until)
const base = firstParentBefore(since)
const order = lines(git(['rev-list', '--topo-order', '--reverse', last, `^${base}`]))
const boundaries = lines(git(['rev-list', '--boundary', last, `^${base}`]))
  .filter(line => line.startsWith('-'))
  .map(line => line.slice(1))
const FORMAT = '%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI'
const meta = new Map(
  lines(git(['show', '-s', `--format=${FORMAT}`, ...boundaries, ...order])).map(line => {
    const [sha = '', parents = '', an = '', ae = '', at = '', cn = '', ce = '', ct = ''] =
      line.split('\0')
    return [sha, { parents: parents.split(' ').filter(Boolean), an, ae, at, cn, ce, ct }]
  })
)
const touched = new Set<string>()
const commits = [...boundaries, ...order].map(sha => {
  const m = meta.get(sha)
  if (!m) throw new Error(`no metadata for ${sha}`)
  const isBoundary = boundaries.includes(sha)
  const message = capped(messageOf(sha))
  const files = isBoundary ? undefined : filesBetween(m.parents[0] ?? '', sha)
  for (const file of files ?? []) {
    touched.add(file.path)
    if (file.previousPath) touched.add(file.previousPath)
  }
  return {
    sha,
    parents: isBoundary ? [] : m.parents,
    ...(isBoundary ? { boundary: true } : {}),
    author: { name: m.an, email: m.ae },
    authorTime: m.at,
    committer: { name: m.cn, email: m.ce },
    commitTime: m.ct,
    message: message.text,
    ...(message.cut ? { messageCut: true } : {}),
    ...(files ? { files } : {})
  }
})
// A boundary's tree, kept to the paths the fixture's commits touch: what a rebuild needs so
// that every modification, deletion and rename finds its file.
for (const commit of commits) {
  if (!commit.boundary) continue
  const inTree = lines(git(['ls-tree', '-r', '--name-only', '-z', commit.sha]).replace(/\0/g, '\n'))
  Object.assign(commit, { paths: inTree.filter(path => touched.has(path)) })
}

const firstParent = lines(git(['rev-list', '--first-parent', '--reverse', last, `^${base}`]))
const bySha = new Map(commits.map(commit => [commit.sha, commit]))

/** Logins of people seen as the head owner of a fork's merged PR, by their commit name. */
const knownLogins = new Map<string, string>()
for (const sha of firstParent) {
  const commit = bySha.get(sha)
  const head = /^Merge pull request #\d+ from ([^/\s]+)\//.exec(commit?.message ?? '')
  const tip = commit?.parents[1] ? meta.get(commit.parents[1]) : undefined
  if (head?.[1] && head[1] !== owner && tip) knownLogins.set(tip.an, head[1])
}

function authorOf(person: Person): { login: string; type: 'User' | 'Bot' } {
  const login = person.email.endsWith('@users.noreply.github.com')
    ? loginOfEmail(person.email)
    : (knownLogins.get(person.name) ?? loginOfEmail(person.email))
  return { login, type: typeOf(login) }
}

function mergeAuthor(headOwner: string, branch: string, tipSha: string) {
  if (headOwner !== owner) return { login: headOwner, type: typeOf(headOwner) }
  const bot = BOT_BRANCHES.find(([pattern]) => pattern.test(branch))?.[1]
  if (bot) return { login: bot, type: 'Bot' as const }
  const tip = meta.get(tipSha)
  return authorOf({ name: tip?.an ?? '', email: tip?.ae ?? '' })
}

const restFiles = (files: FileEntry[]) =>
  files.map(file => ({
    filename: file.path,
    status: REST_STATUS[file.status],
    additions: file.additions,
    deletions: file.deletions,
    ...(file.previousPath ? { previous_filename: file.previousPath } : {})
  }))

const pulls: unknown[] = []
const directPushes: string[] = []
for (const sha of firstParent) {
  const commit = bySha.get(sha)
  if (!commit?.files) continue
  const [subject = '', ...rest] = commit.message.replace(/\n$/, '').split('\n')
  const body = rest.join('\n').replace(/^\n+/, '')
  const merge = /^Merge pull request #(\d+) from ([^/\s]+)\/(\S+)/.exec(subject)
  const squash = /^(.*) \(#(\d+)\)$/.exec(subject)
  const common = {
    labels: [],
    mergedAt: utc(commit.commitTime),
    mergeCommit: sha,
    files: restFiles(commit.files)
  }
  if (merge && commit.parents.length === 2) {
    const [title = '', ...bodyLines] = body.split('\n')
    pulls.push({
      number: Number(merge[1]),
      title,
      body: bodyLines.join('\n').trim(),
      author: mergeAuthor(merge[2] ?? '', merge[3] ?? '', commit.parents[1] ?? ''),
      commitCount: Number(
        git(['rev-list', '--count', `${commit.parents[0]}..${commit.parents[1]}`]).trim()
      ),
      ...common
    })
  } else if (squash && commit.parents.length === 1) {
    pulls.push({
      number: Number(squash[2]),
      title: squash[1],
      body: body.trim(),
      author: authorOf(commit.author),
      commitCount: 1,
      ...common
    })
  } else {
    directPushes.push(sha)
  }
}

const fixture = {
  about:
    `First-parent window [${since}, ${until}) of ${repository}'s default branch, read from a ` +
    `local clone with scripts/extract-history.ts on ${new Date().toISOString().slice(0, 10)} ` +
    `(HEAD ${git(['rev-parse', 'HEAD']).trim()}). Commits: every commit reachable from ` +
    `${last.slice(0, 12)} and not from the base ${base.slice(0, 12)}, oldest first in topological ` +
    `order, after the boundary commits (the base and the older fork points of merged ` +
    `branches; their "paths" are their tree kept to the paths the fixture touches). Times keep ` +
    `the committer's offset. Files: git diff-tree -r -M against the first parent; bodies over ` +
    `${BODY_CAP} characters are cut at a line ("messageCut"). Pulls: a first-parent merge ` +
    `"Merge pull request #N from owner/branch" (title: the body's first line; commits: the ` +
    `second parent's commits not in the first) or a commit titled "Title (#N)" (one commit: a ` +
    `squash); logins from a noreply email, the fork's owner, a bot's branch, a name seen as a ` +
    `fork's owner, else the email's local part. Direct pushes: the other first-parent commits.`,
  repository,
  window: { since, until },
  commits,
  pulls,
  directPushes
}
process.stdout.write(`${JSON.stringify(fixture, null, 1)}\n`)
