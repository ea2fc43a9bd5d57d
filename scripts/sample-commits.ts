// `npx tsx scripts/sample-commits.ts --repo DIR --name OWNER/REPO --count N --seed SEED --out FILE
//   [--candidate-share S] [--max-files N] [--patch-budget CHARS]`
// Draws real commits from a local clone for hand-labelling (the labelled sets under
// __tests__/fixtures/real/), with a fixed seed so that the draw is repeatable and not picked
// by hand. Patterns are the rare category, so the draw is stratified: a share of the sample
// comes from "standards candidates" (commits whose paths or title hint at lint/format/type
// settings, governance documents, templates or a new module used across the change), the rest
// from all other commits. Each record keeps its stratum so that the weighting can be undone.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import type { ParsedCommit } from '../src/collect/git-log-parser.js'
import { GitLogParser, LOG_FORMAT } from '../src/collect/git-log-parser.js'
import type { PatchesByPath } from '../src/collect/git-patch-parser.js'
import { GitPatchParser, PATCH_FORMAT } from '../src/collect/git-patch-parser.js'
import type { GitRunner } from '../src/collect/git-exec.js'
import { runGit } from '../src/collect/git-exec.js'
import type { FileStatus } from '../src/model.js'
import { GIT_STATUS_LETTERS } from '../src/model.js'

const MAX_PATCH_CHARS = 20_000

const CANDIDATE_PATH =
  /(^|\/)(\.?eslint[^/]*|\.prettierrc[^/]*|prettier\.config\.[^/]+|biome\.jsonc?|\.?stylelintrc[^/]*|tsconfig[^/]*\.json|\.editorconfig|ruff\.toml|\.ruff\.toml|mypy\.ini|\.flake8|\.pylintrc|pylintrc|setup\.cfg|pyproject\.toml|\.golangci\.ya?ml|rustfmt\.toml|\.rustfmt\.toml|clippy\.toml|deny\.toml|Cargo\.toml|\.clang-format|\.clang-tidy|checkstyle[^/]*\.xml|detekt[^/]*\.ya?ml|\.scalafmt\.conf|build\.gradle(\.kts)?|CODEOWNERS|CONTRIBUTING[^/]*|SECURITY[^/]*|CODE_OF_CONDUCT[^/]*|GOVERNANCE[^/]*|STYLE[^/]*|ISSUE_TEMPLATE[^/]*|PULL_REQUEST_TEMPLATE[^/]*|pull_request_template[^/]*|\.markdownlint[^/]*|\.golangci[^/]*|lefthook\.ya?ml)$/i
const CANDIDATE_TITLE =
  /\b(lint|linter|eslint|ruff|clippy|rustfmt|gofmt|prettier|format(ting)?|style|refactor|extract|shared|helper|common|contribut\w*|template|codeowners|mypy|type-?check|strict|convention|guideline)\b/i
const SOURCE_FILE = /\.(go|rs|py|java|kt|kts|ts|tsx|js|mjs|cjs|rb|c|h|cc|cpp|hpp|cs|swift|scala)$/

const STATUS_LETTER = Object.fromEntries(
  Object.entries(GIT_STATUS_LETTERS).map(([letter, status]) => [status, letter])
) as Record<FileStatus, string>

type Stratum = 'candidate' | 'rest'

function stratumOf(commit: ParsedCommit): Stratum {
  if (commit.files.some(file => CANDIDATE_PATH.test(file.path))) return 'candidate'
  if (CANDIDATE_TITLE.test(commit.title)) return 'candidate'
  const source = commit.files.filter(file => SOURCE_FILE.test(file.path))
  const added = source.filter(file => file.status === 'added').length
  if (added >= 1 && source.length - added >= 3) return 'candidate'
  return 'rest'
}

function drawKey(seed: string, sha: string): string {
  return createHash('sha256').update(`${seed}:${sha}`).digest('hex')
}

// The draw reads names only (no rename detection, no blob reads): a snapshot may lack a few
// large blobs, and one missing blob must not stop the whole log. The drawn commits are then
// read in full one by one, and one that cannot be read is replaced by the next in the draw.
async function readNames(git: GitRunner, last: number): Promise<ParsedCommit[]> {
  const commits: ParsedCommit[] = []
  const parser = new GitLogParser(commit => commits.push(commit))
  const result = await runGit(git, [
    'log',
    '--no-merges',
    `--max-count=${last}`,
    '-z',
    '--raw',
    '--no-renames',
    `--format=${LOG_FORMAT}`,
    'HEAD'
  ])
  if (result.exitCode !== 0) throw new Error(`git log failed: ${result.stderr}`)
  parser.push(Buffer.from(result.stdout, 'utf8'))
  parser.end()
  return commits
}

interface FullCommit {
  /** The stratum of the draw, read from names alone. */
  stratum: Stratum
  commit: ParsedCommit
  patches: PatchesByPath
  date: string
}

async function readInFull(
  git: GitRunner,
  sha: string,
  stratum: Stratum
): Promise<FullCommit | undefined> {
  const log = await runGit(git, [
    'log',
    '--no-walk',
    '-z',
    '--raw',
    '--numstat',
    '-M',
    `--format=${LOG_FORMAT}`,
    sha
  ])
  const patch = await runGit(git, [
    'diff-tree',
    '--root',
    '-r',
    '-p',
    '-M',
    '--no-color',
    `--format=${PATCH_FORMAT}`,
    sha
  ])
  const date = await runGit(git, ['show', '-s', '--format=%aI', sha])
  if (log.exitCode !== 0 || patch.exitCode !== 0 || date.exitCode !== 0) return undefined
  let commit: ParsedCommit | undefined
  const logParser = new GitLogParser(parsed => (commit = parsed))
  logParser.push(Buffer.from(log.stdout, 'utf8'))
  logParser.end()
  let patches: PatchesByPath = new Map()
  const patchParser = new GitPatchParser((_sha, parsed) => (patches = parsed))
  patchParser.push(Buffer.from(patch.stdout, 'utf8'))
  patchParser.end()
  return commit === undefined ? undefined : { stratum, commit, patches, date: date.stdout.trim() }
}

/** Every eligible commit of one stratum, in the seeded order of the draw. */
function drawOrder(
  commits: ParsedCommit[],
  seed: string,
  stratum: Stratum,
  maxFiles: number
): ParsedCommit[] {
  return commits
    .filter(commit => commit.files.length >= 1 && commit.files.length <= maxFiles)
    .filter(commit => stratumOf(commit) === stratum)
    .map(commit => ({ commit, key: drawKey(seed, commit.sha) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(entry => entry.commit)
}

async function takeReadable(
  git: GitRunner,
  order: ParsedCommit[],
  count: number
): Promise<FullCommit[]> {
  const taken: FullCommit[] = []
  for (const commit of order) {
    if (taken.length >= count) break
    const full = await readInFull(git, commit.sha, stratumOf(commit))
    if (full !== undefined) taken.push(full)
  }
  return taken
}

// A sweep over hundreds of files (a reformat, say) keeps every file's counts but patches only
// for the smallest files within the budget: the labeller needs the shape, not every hunk.
function patchesWithin(patches: PatchesByPath, budget: number): Set<string> {
  const kept = new Set<string>()
  let used = 0
  const bySize = [...patches].filter(([, patch]) => patch.length <= MAX_PATCH_CHARS)
  bySize.sort((a, b) => a[1].length - b[1].length)
  for (const [path, patch] of bySize) {
    if (used + patch.length > budget) break
    used += patch.length
    kept.add(path)
  }
  return kept
}

function recordOf(
  name: string,
  { stratum, commit, patches, date }: FullCommit,
  patchBudget: number
) {
  const kept = patchesWithin(patches, patchBudget)
  return {
    repo: name,
    sha: commit.sha,
    author: commit.authorName,
    date,
    message: commit.body === '' ? commit.title : `${commit.title}\n\n${commit.body}`,
    stratum,
    labels: [] as string[],
    why: '',
    files: commit.files.map(file => {
      const patch = patches.get(file.path)
      return {
        path: file.path,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
        status: STATUS_LETTER[file.status],
        additions: file.additions,
        deletions: file.deletions,
        ...(patch !== undefined && kept.has(file.path) ? { patch } : {})
      }
    })
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      repo: { type: 'string' },
      name: { type: 'string' },
      count: { type: 'string', default: '40' },
      seed: { type: 'string', default: 'multiplier-eval-2026' },
      last: { type: 'string', default: '3000' },
      'candidate-share': { type: 'string', default: '0.4' },
      'max-files': { type: 'string', default: '40' },
      'patch-budget': { type: 'string', default: '1000000' },
      out: { type: 'string' }
    }
  })
  if (!values.repo || !values.name || !values.out)
    throw new Error('usage: --repo DIR --name OWNER/REPO --out FILE [--count N] [--seed S]')
  const git: GitRunner = { binary: 'git', repoPath: values.repo }
  const count = Number(values.count)
  const candidateShare = Number(values['candidate-share'])
  const commits = await readNames(git, Number(values.last))
  const maxFiles = Number(values['max-files'])
  const patchBudget = Number(values['patch-budget'])
  const candidates = drawOrder(commits, values.seed, 'candidate', maxFiles)
  const rest = drawOrder(commits, values.seed, 'rest', maxFiles)
  const fromCandidates = await takeReadable(git, candidates, Math.ceil(count * candidateShare))
  const fromRest = await takeReadable(git, rest, count - fromCandidates.length)
  // A small stratum of the rest is topped up from the candidates, so the count still holds.
  const topUp = await takeReadable(
    git,
    candidates.filter(commit => !fromCandidates.some(full => full.commit.sha === commit.sha)),
    count - fromCandidates.length - fromRest.length
  )
  const records = [...fromCandidates, ...topUp, ...fromRest].map(full =>
    recordOf(values.name!, full, patchBudget)
  )
  const about =
    `${values.name}: ${records.length} non-merge commits drawn from the last ${values.last} ` +
    `of HEAD with seed "${values.seed}" (scripts/sample-commits.ts): ` +
    `${Math.round(candidateShare * 100)} % from standards candidates, the rest from all other ` +
    `commits; commits of more than ${maxFiles} files are left out; patches over ` +
    `${MAX_PATCH_CHARS} characters are omitted` +
    (patchBudget < 1_000_000
      ? `, and past ${patchBudget} characters a commit keeps only its smallest patches.`
      : '.')
  fs.writeFileSync(values.out, `${JSON.stringify({ about, commits: records }, null, 2)}\n`)
  console.log(`${values.out}: ${records.length} commits (${commits.length} read)`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})
