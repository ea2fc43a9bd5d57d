// Extracts the merged pull requests of a window from a repository's first-parent history into a
// fixture of data (__tests__/fixtures/pull-requests/): number, title, author, files with line
// counts and small patches, and the repository's public API facts at the window's end. A squash
// commit `… (#N)` or a merge commit `Merge pull request #N from …` is one pull request; direct
// pushes are left out. Never whole source files: an added file keeps only its declaration lines,
// a modified file its patch when it is small, else none.
//
//   npx tsx scripts/extract-pull-requests.ts --repo /work/.mirror/gin-gonic+gin/repo \
//     --name gin-gonic/gin --since 2026-01-15 --until 2026-03-17 --out __tests__/fixtures/pull-requests/gin-gonic--gin.json
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { DEFAULT_PUBLIC_API, manifestEntries, rustPublicModules } from '../src/advise/public-api.js'

const PATCH_LIMIT = 2_000
const BODY_LIMIT = 300
const DECLARATION =
  /^\+\s*(?:export|pub|func|type|def|class|public|package|module|interface|const|var|async def|from|import|@@)\b/

const { values } = parseArgs({
  options: {
    repo: { type: 'string' },
    name: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    out: { type: 'string' }
  }
})
const { repo, name, since, until, out } = values
if (!repo || !name || !since || !until || !out) {
  throw new Error('Usage: --repo GITDIR --name OWNER/REPO --since DATE --until DATE --out FILE')
}

const git = (...args: string[]): string =>
  execFileSync('git', ['--git-dir', repo, '-c', 'core.quotePath=false', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore']
  })

interface FixtureFile {
  path: string
  previousPath?: string
  status: string
  additions: number | null
  deletions: number | null
  patch?: string
}

const STATUS: Record<string, string> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed'
}

function filesOf(sha: string, parent: string): FixtureFile[] {
  const statuses = git('diff', '--name-status', '-M', '-z', parent, sha).split('\0')
  const counts = new Map<string, [number | null, number | null]>()
  for (const line of git('diff', '--numstat', '-M', parent, sha).split('\n').filter(Boolean)) {
    const [added, deleted, ...rest] = line.split('\t')
    const target = rest
      .join('\t')
      .replace(/^(.*)\{(.*) => (.*)\}(.*)$/, '$1$3$4')
      .replace(/^.* => /, '')
    counts.set(target.replace(/\/\//g, '/'), [
      added === '-' ? null : Number(added),
      deleted === '-' ? null : Number(deleted)
    ])
  }
  const files: FixtureFile[] = []
  for (let i = 0; i < statuses.length;) {
    const code = statuses[i++] ?? ''
    if (!code) continue
    const status = STATUS[code[0] ?? ''] ?? 'modified'
    const previousPath = status === 'renamed' || status === 'copied' ? statuses[i++] : undefined
    const path = statuses[i++] ?? ''
    const [additions, deletions] = counts.get(path) ?? [null, null]
    const file: FixtureFile = {
      path,
      ...(previousPath ? { previousPath } : {}),
      status,
      additions,
      deletions
    }
    const patch = smallPatch(sha, parent, path, status)
    if (patch !== undefined) file.patch = patch
    files.push(file)
  }
  return files
}

/** A modified file's hunks when small; an added file's declaration lines only; else none. */
function smallPatch(sha: string, parent: string, path: string, status: string): string | undefined {
  if (status === 'deleted') return undefined
  const diff = git('diff', '-M', '--no-color', parent, sha, '--', path)
  const first = diff.indexOf('\n@@')
  if (first < 0) return undefined
  const hunks = diff.slice(first + 1).replace(/\n$/, '')
  if (status === 'added') {
    const declarations = hunks
      .split('\n')
      .filter(line => DECLARATION.test(line) && !line.startsWith('@@'))
    if (declarations.length === 0) return undefined
    return [`@@ -0,0 +1,${declarations.length} @@`, ...declarations]
      .join('\n')
      .slice(0, PATCH_LIMIT)
  }
  return hunks.length <= PATCH_LIMIT ? hunks : undefined
}

function authorOf(
  authorName: string,
  email: string
): { name: string; login?: string; type?: string } {
  const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1]
  const login = authorName.endsWith('[bot]') ? authorName : noreply
  return {
    name: authorName,
    ...(login ? { login } : {}),
    ...(authorName.endsWith('[bot]') ? { type: 'Bot' } : {})
  }
}

const SEP = '\u001f'
const log = git(
  'log',
  '--first-parent',
  `--since=${since}`,
  `--until=${until}`,
  `--format=%H${SEP}%P${SEP}%an${SEP}%ae${SEP}%cI${SEP}%s${SEP}%b\u001e`
)
const pulls = []
for (const record of log.split('\u001e')) {
  const [sha, parents, authorName, email, time, subject, body] = record.trim().split(SEP)
  if (!sha || !parents || !subject) continue
  const squash = /^(.*) \(#(\d+)\)$/.exec(subject)
  const merge = /^Merge pull request #(\d+) from \S+/.exec(subject)
  if (!squash && !merge) continue
  const parent = parents.split(' ')[0] as string
  const number = Number(squash ? squash[2] : merge?.[1])
  const title = squash ? (squash[1] as string) : ((body ?? '').split('\n')[0] ?? '').trim()
  pulls.push({
    number,
    title,
    body: (body ?? '').trim().slice(0, BODY_LIMIT),
    author: authorOf(authorName ?? '', email ?? ''),
    mergedAt: time,
    mergeSha: sha,
    baseSha: parent,
    labels: [],
    files: filesOf(sha, parent)
  })
}

const head = pulls[0]?.mergeSha ?? 'HEAD'
const show = (path: string): string | undefined => {
  try {
    return git('show', `${head}:${path}`)
  } catch {
    return undefined
  }
}
const manifests = ['package.json', 'jsr.json', 'deno.json']
  .map(manifest => ({ manifest, text: show(manifest) }))
  .filter(found => found.text !== undefined)
// As collect/public-api.ts does: with no manifest at all, the usual entry files stand in.
const jsEntries =
  manifests.length === 0
    ? DEFAULT_PUBLIC_API.jsEntries
    : manifests.flatMap(({ manifest, text }) => manifestEntries(manifest, text ?? ''))
const lib = show('src/lib.rs')
const fixture = {
  about:
    `${name}: the ${pulls.length} pull requests merged ${since} – ${until} (first-parent history: ` +
    'squash commits "… (#N)" and merge commits), extracted by scripts/extract-pull-requests.ts. ' +
    `Data only: paths, line counts, a modified file's patch up to ${PATCH_LIMIT} characters, an ` +
    "added file's declaration lines; labels are not in git and are left empty.",
  repository: name,
  window: { since, until },
  publicApi: {
    jsEntries: [...new Set(jsEntries)],
    rustModules: lib === undefined ? [] : rustPublicModules('src/lib.rs', lib)
  },
  pulls: pulls.reverse()
}
fs.writeFileSync(out, `${JSON.stringify(fixture, null, 1)}\n`)
console.log(`${out}: ${pulls.length} pull requests`)
