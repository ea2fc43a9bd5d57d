// The same history read from a local clone and from (loopback) GitHub, one PR per commit, must
// classify the same: the GitHub source maps files, statuses, counts and patches faithfully.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { classifyChanges, needsPatch } from '../src/classify/index.js'
import { DEFAULT_RULESET } from '../src/classify/defaults.js'
import { gitSource } from '../src/collect/git.js'
import { githubSource } from '../src/collect/github.js'
import { createGitHubClient } from '../src/github/client.js'
import type { Change } from '../src/model.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installPulls, makePull, type FileRecord, type PullRecord } from './support/github-pulls.js'

const WINDOW = { since: '2026-10-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Mona Lisa',
  GIT_AUTHOR_EMAIL: 'mona@example.com',
  GIT_COMMITTER_NAME: 'Mona Lisa',
  GIT_COMMITTER_EMAIL: 'mona@example.com'
}

// Each step writes (or with null deletes, or with a [from] tuple renames) files, then commits.
type Step = { message: string; files: Record<string, string | null | [from: string, text: string]> }
const HISTORY: Step[] = [
  {
    message: 'Initial commit',
    files: {
      'README.md': '# Demo\n',
      'src/app.ts': 'export function app() {\n  return 1\n}\n',
      'package.json': '{ "name": "demo" }\n'
    }
  },
  { message: 'docs: add a guide', files: { 'docs/guide.md': '# Guide\n\nHow to start.\n' } },
  {
    message: 'Add CI',
    files: {
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n'
    }
  },
  {
    message: 'Add lint config',
    files: { 'eslint.config.js': 'export default [{ rules: { semi: "off" } }]\n' }
  },
  {
    message: 'feat: add a feature',
    files: {
      'src/feature.ts': 'export const feature = 2\n',
      'src/app.ts': 'export function app() {\n  return 2\n}\n'
    }
  },
  {
    message: 'Explain app',
    files: {
      'src/app.ts':
        '// The entry point: returns the answer.\nexport function app() {\n  return 2\n}\n'
    }
  },
  {
    message: 'Move the guide',
    files: { 'docs/handbook.md': ['docs/guide.md', '# Guide\n\nHow to start.\n\nMore.\n'] }
  },
  {
    message: 'Bump checkout',
    files: {
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n'
    }
  },
  {
    message: 'Add bundle',
    files: {
      '.gitattributes': 'dist/** linguist-generated=true\n',
      'dist/index.js': 'console.log(1)\n'
    }
  },
  { message: 'Remove feature', files: { 'src/feature.ts': null } }
]

const STATUS: Record<string, FileRecord['status']> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed'
}

function git(repo: string, args: string[], env: NodeJS.ProcessEnv = GIT_ENV): string {
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' })
}

function buildRepo(repo: string): void {
  git(repo, ['init', '-q', '-b', 'main'])
  HISTORY.forEach((step, i) => {
    for (const [file, content] of Object.entries(step.files)) {
      if (content === null) git(repo, ['rm', '-q', file])
      else if (Array.isArray(content)) {
        git(repo, ['mv', content[0], file])
        fs.writeFileSync(path.join(repo, file), content[1])
      } else {
        fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
        fs.writeFileSync(path.join(repo, file), content)
      }
    }
    git(repo, ['add', '-A'])
    const date = `2026-10-${String(2 + i * 2).padStart(2, '0')}T10:00:00Z`
    git(repo, ['commit', '-q', '-m', step.message], {
      ...GIT_ENV,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date
    })
  })
}

/** One merged PR per commit, its files, counts and patches taken from `git show`. */
function pullsFromCommits(repo: string): PullRecord[] {
  const shas = git(repo, ['rev-list', '--reverse', 'HEAD']).trim().split('\n')
  return shas.map((sha, i) => {
    const show = (...args: string[]) => git(repo, ['show', '--format=', '-M', ...args, sha])
    const statuses = show('--name-status').trim().split('\n')
    const counts = show('--numstat').trim().split('\n')
    const patches = show('--patch')
      .split(/^diff --git /m)
      .slice(1)
    const files = statuses.map((line, j): FileRecord => {
      const [code = 'M', first = '', second] = line.split('\t')
      const [additions = '0', deletions = '0'] = (counts[j] ?? '').split('\t')
      const hunks = (patches[j] ?? '').split('\n')
      const start = hunks.findIndex(l => l.startsWith('@@'))
      const file: FileRecord = {
        filename: second ?? first,
        status: STATUS[code.charAt(0)] ?? 'modified',
        additions: Number(additions),
        deletions: Number(deletions)
      }
      if (second) file.previous_filename = first
      if (start >= 0) file.patch = hunks.slice(start).join('\n').replace(/\n$/, '')
      return file
    })
    const [subject = '', ...body] = git(repo, ['show', '-s', '--format=%B', sha]).trim().split('\n')
    const mergedAt = new Date(git(repo, ['show', '-s', '--format=%aI', sha]).trim()).toISOString()
    return makePull({
      number: i + 1,
      title: subject,
      body: body.join('\n').trim(),
      author: { login: 'mona', type: 'User' },
      mergedAt,
      mergeCommit: sha,
      commitCount: 1,
      files
    })
  })
}

describe('collect/github equivalence with collect/git', () => {
  let repo: string
  let server: LoopbackGitHub
  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-equivalence-'))
    buildRepo(repo)
    server = await LoopbackGitHub.start()
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      gitattributes: fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8'),
      pulls: pullsFromCommits(repo),
      commits: []
    })
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(repo, { recursive: true, force: true })
  })

  it('gives every change the same categories from a local clone and from GitHub', async () => {
    const wantsPatch = (change: Change): boolean => needsPatch(change, DEFAULT_RULESET)
    const local = await gitSource({ repoPath: repo }).collect(WINDOW, wantsPatch)
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })
    const remote = await githubSource({ client, repository: 'octo/demo' }).collect(
      WINDOW,
      wantsPatch
    )
    expect(server.graphqlErrors).toEqual([])
    expect(remote.changes).toHaveLength(HISTORY.length)
    expect(local.changes).toHaveLength(HISTORY.length)

    const byCommit = (changes: Change[], key: (c: Change) => string | undefined) =>
      new Map(
        classifyChanges(changes, DEFAULT_RULESET, remote.context).map(c => [key(c), c.categories])
      )
    const fromGit = byCommit(local.changes, c => c.id)
    const fromGitHub = byCommit(remote.changes, c => c.mergeCommit)
    expect(local.context).toEqual(remote.context)
    const compare = [...fromGit.keys()].map(sha => [sha, fromGit.get(sha), fromGitHub.get(sha)])
    expect(compare.map(([sha, , github]) => [sha, github])).toEqual(
      compare.map(([sha, gitCategories]) => [sha, gitCategories])
    )
    // The history is built to feed every category, so the comparison is not vacuous.
    expect(new Set([...fromGit.values()].flat())).toEqual(
      new Set(['documentation', 'automation', 'patterns'])
    )
  })
})
