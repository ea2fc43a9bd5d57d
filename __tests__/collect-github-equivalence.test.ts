// The same history read from a local clone and from (loopback) GitHub, one PR per commit, must
// classify the same: the GitHub source maps files, statuses, counts and patches faithfully.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClassifier } from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { gitSource } from '../src/collect/git.js'
import { githubSource } from '../src/collect/github.js'
import { createGitHubClient } from '../src/github/client.js'
import type { ClassifiedChange, RepoContext } from '../src/model.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installPulls } from './support/github-pulls.js'
import { buildRepo, pullsFromCommits, type Step } from './support/history.js'

const WINDOW = { since: '2026-10-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }
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

describe('collect/github equivalence with collect/git', () => {
  let repo: string
  let server: LoopbackGitHub
  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-equivalence-'))
    buildRepo(repo, HISTORY)
    server = await LoopbackGitHub.start()
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      gitattributes: fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8'),
      pulls: pullsFromCommits(repo, HISTORY),
      commits: [],
      gitDir: repo
    })
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(repo, { recursive: true, force: true })
  })

  it('gives every change the same categories from a local clone and from GitHub', async () => {
    const contexts: RepoContext[] = []
    // Each source makes the classifier for the context it read, and classifies as it reads.
    const classifierFor = (context: RepoContext) => {
      contexts.push(context)
      return createClassifier(DEFAULT_RULESET, context)
    }
    const local = await gitSource({ repoPath: repo }).collect(WINDOW, classifierFor)
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })
    const remote = await githubSource({ client, repository: 'octo/demo' }).collect(
      WINDOW,
      classifierFor
    )
    expect(server.graphqlErrors).toEqual([])
    // Patches came as blobs read at the merge commit and its parent, not from REST file lists.
    expect(server.requests.map(r => r.path).filter(path => path.endsWith('/files'))).toEqual([])
    expect(remote.api?.requestsByKind?.patches).toBeGreaterThan(0)
    expect(remote.changes).toHaveLength(HISTORY.length)
    expect(local.changes).toHaveLength(HISTORY.length)

    const byCommit = (
      changes: ClassifiedChange[],
      key: (c: ClassifiedChange) => string | undefined
    ) => new Map(changes.map(c => [key(c), c.categories]))
    const fromGit = byCommit(local.changes, c => c.id)
    const fromGitHub = byCommit(remote.changes, c => c.mergeCommit)
    expect(contexts).toHaveLength(2)
    expect(contexts[0]).toEqual(contexts[1])
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
