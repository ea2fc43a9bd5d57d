// A real git history built from steps, and the same history as GitHub serves it (one merged
// pull request per commit, its files, counts and patches taken from `git show`): for tests that
// hold the local and the GitHub readings of one history to each other.
import { execFileSync } from 'node:child_process'
import { dataCommand, fileCommands, signature, type CommitSpec } from './git-repo.js'
import { makePull, type FileRecord, type PullRecord } from './github-pulls.js'

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Mona Lisa',
  GIT_AUTHOR_EMAIL: 'mona@example.com',
  GIT_COMMITTER_NAME: 'Mona Lisa',
  GIT_COMMITTER_EMAIL: 'mona@example.com'
}

/** Each step writes (or with null deletes, or with a [from] tuple renames) files, then commits. */
export interface Step {
  message: string
  files: Record<string, string | null | [from: string, text: string]>
  /** A bot login such as 'renovate[bot]' (the commit's author name and the PR's author). */
  bot?: string
}

/** A git status letter as GitHub's REST file listing names it. */
export const REST_STATUS: Record<string, FileRecord['status']> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed'
}

export function git(repo: string, args: string[], env: NodeJS.ProcessEnv = GIT_ENV): string {
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' })
}

/**
 * Commits the steps `everyMinutes` apart (default two days) from `firstDay` (a day of October
 * 2026) on, and checks the last one out. The whole history goes through one `git fast-import`
 * (a commit per step costs three processes otherwise, and these histories have up to a
 * hundred steps).
 */
export function buildRepo(
  repo: string,
  steps: readonly Step[],
  firstDay = 2,
  everyMinutes = 2 * 24 * 60
): void {
  git(repo, ['init', '-q', '-b', 'main'])
  const committer = { name: GIT_ENV.GIT_COMMITTER_NAME, email: GIT_ENV.GIT_COMMITTER_EMAIL }
  const stream = steps.flatMap((step, i) => {
    const date = Date.UTC(2026, 9, firstDay, 10) + i * everyMinutes * 60_000
    const author = step.bot
      ? { name: step.bot, email: `${step.bot}@users.noreply.github.com` }
      : { name: GIT_ENV.GIT_AUTHOR_NAME, email: GIT_ENV.GIT_AUTHOR_EMAIL }
    return [
      Buffer.from(
        `commit refs/heads/main\nauthor ${signature(author, date)}\n` +
          `committer ${signature(committer, date)}\n`
      ),
      // `git commit` ends a message with one newline; fast-import keeps the bytes it is given.
      ...dataCommand(`${step.message.trimEnd()}\n`),
      ...fileCommands(changeOf(step))
    ]
  })
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo,
    env: GIT_ENV,
    input: Buffer.concat(stream)
  })
  git(repo, ['checkout', '-q', '-f', 'main'])
}

/** A step's files as a commit's change: a `[from, text]` file is `from` renamed, then written. */
function changeOf(step: Step): Pick<CommitSpec, 'files' | 'renames'> {
  const files: Record<string, string | null> = {}
  const renames: Record<string, string> = {}
  for (const [file, content] of Object.entries(step.files)) {
    if (Array.isArray(content)) {
      renames[content[0]] = file
      files[file] = content[1]
    } else {
      files[file] = content
    }
  }
  return { files, renames }
}

/**
 * One merged PR per commit, its files, counts and patches as `git show -M` gives them, read
 * with one `git log` per kind rather than five processes per commit.
 */
export function pullsFromCommits(repo: string, steps: readonly Step[]): PullRecord[] {
  const perCommit = (...args: string[]) =>
    git(repo, ['log', '--reverse', '-M', '--format=%x00%H', ...args])
      .split('\0')
      .slice(1)
      .map(entry => {
        const newline = entry.indexOf('\n')
        return newline < 0 ? '' : entry.slice(newline + 1)
      })
  const shas = git(repo, ['rev-list', '--reverse', 'HEAD']).trim().split('\n')
  const statusesOf = perCommit('--name-status')
  const countsOf = perCommit('--numstat')
  const patchesOf = perCommit('--patch')
  const messages = git(repo, ['log', '--reverse', '--format=%B%x00%aI%x00']).split('\0')
  return shas.map((sha, i) => {
    const statuses = (statusesOf[i] ?? '').trim().split('\n')
    const counts = (countsOf[i] ?? '').trim().split('\n')
    const patches = (patchesOf[i] ?? '').split(/^diff --git /m).slice(1)
    const files = statuses.map((line, j): FileRecord => {
      const [code = 'M', first = '', second] = line.split('\t')
      const [additions = '0', deletions = '0'] = (counts[j] ?? '').split('\t')
      const hunks = (patches[j] ?? '').split('\n')
      const start = hunks.findIndex(l => l.startsWith('@@'))
      const file: FileRecord = {
        filename: second ?? first,
        status: REST_STATUS[code.charAt(0)] ?? 'modified',
        additions: Number(additions),
        deletions: Number(deletions)
      }
      if (second) file.previous_filename = first
      if (start >= 0) file.patch = hunks.slice(start).join('\n').replace(/\n$/, '')
      return file
    })
    const [subject = '', ...body] = (messages[2 * i] ?? '').replace(/^\n/, '').trim().split('\n')
    const mergedAt = new Date((messages[2 * i + 1] ?? '').trim()).toISOString()
    const bot = steps[i]?.bot
    return makePull({
      number: i + 1,
      title: subject,
      body: body.join('\n').trim(),
      author: bot ? { login: bot, type: 'Bot' } : { login: 'mona', type: 'User' },
      mergedAt,
      mergeCommit: sha,
      parents: i > 0 ? [shas[i - 1] as string] : [],
      commitCount: 1,
      files
    })
  })
}

const MODULES = 6

const moduleText = (i: number, note: string, value: number) =>
  `// ${note}\nexport function f${i}(x: number): number {\n  return x + ${value}\n}\n`

const pkg = (eslint: number, lint: boolean) =>
  `{\n  "name": "demo",\n  "scripts": {\n    "test": "jest"${lint ? ',\n    "lint": "eslint ."' : ''}\n  },\n  "devDependencies": {\n    "eslint": "^${eslint}.0.0"\n  }\n}\n`

/** A mix of the changes whose patches the classifier reads and of plain feature work. */
export function smallPullHistory(count: number): Step[] {
  const steps: Step[] = [
    {
      message: 'Initial commit',
      files: {
        ...Object.fromEntries(
          Array.from({ length: MODULES }, (_, i) => [`src/f${i}.ts`, moduleText(i, 'Adds.', 0)])
        ),
        'package.json': pkg(8, false),
        'CONTRIBUTING.md': '# Contributing\n\nOpen an isue first.\n'
      }
    }
  ]
  for (let n = 1; n < count; n++) {
    const i = n % MODULES
    const kind = n % 5
    if (kind === 0)
      steps.push({
        message: `Clarify the doc comment of f${i}`,
        files: { [`src/f${i}.ts`]: moduleText(i, `Adds ${n}.`, n) }
      })
    else if (kind === 1)
      steps.push({
        message: `chore(deps): update dependency eslint to v${8 + n}`,
        bot: 'renovate[bot]',
        files: { 'package.json': pkg(8 + n, false) }
      })
    else if (kind === 2)
      steps.push({
        message: 'Fix a typo in CONTRIBUTING',
        files: { 'CONTRIBUTING.md': `# Contributing\n\nOpen an issue first (${n}).\n` }
      })
    else
      steps.push({
        message: `feat: feature ${n}`,
        files: { [`src/feature-${n}.ts`]: `export const v = ${n}\n` }
      })
  }
  return steps
}
