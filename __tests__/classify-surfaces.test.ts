// One verdict per change: the team report on a local clone, the team report through the GitHub
// API and the PR comment (files from the API or from the checkout) give every change the same
// categories and reasons. The history is a set of realistic commits, the hard families among
// them: doc-comment edits with a plain title (one read, one not), a lint tool bump, a lint directive, a
// contribution-guide typo, release preparation, code in a docs folder, a module used only by its
// own tests, an extracted helper, compiler strictness, examples that follow a bump.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClassifier } from '../src/classify/classify.js'
import { gitSource } from '../src/collect/git.js'
import { githubSource } from '../src/collect/github.js'
import {
  diffPullRequestFiles,
  listPullRequestFiles,
  pullRequestChange,
  readCheckoutContext
} from '../src/collect/pull-request.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { createGitHubClient } from '../src/github/client.js'
import type { CategoryId, Reason } from '../src/model.js'
import { LoopbackGitHub } from './support/github-server.js'
import { installPulls, type PullRecord } from './support/github-pulls.js'
import { buildRepo, git, pullsFromCommits, type Step } from './support/history.js'

const WINDOW = { since: '2026-10-01T00:00:00Z', until: '2026-12-01T00:00:00Z' }

const PARSER = [
  'export interface Token {',
  '  kind: string',
  '  text: string',
  '}',
  '',
  '// Splits the input.',
  'export function parse(input: string): Token[] {',
  "  return input.split(' ').map(text => ({ kind: 'word', text }))",
  '}',
  ''
].join('\n')

const PACKAGE = (eslint: string, scripts = '"test": "jest"') =>
  `{\n  "name": "demo",\n  "version": "1.1.0",\n  "scripts": {\n    ${scripts}\n  },\n  "devDependencies": {\n    "eslint": "${eslint}",\n    "jest": "^30.0.0"\n  }\n}\n`

const handler = (name: string, body: string) =>
  `export function ${name}(value: string): string {\n${body}\n}\n`

type Expected = CategoryId[]

/** Steps with the categories every surface must give them. */
const HISTORY: (Step & { expected: Expected })[] = [
  {
    message: 'Initial commit',
    files: {
      'README.md': '# Demo\n\nInstall with `npm i demo@1.1.0`.\n',
      'src/parse.ts': PARSER,
      'src/a.ts': handler('a', "  return value.trim().toLowerCase().replace(/\\s+/g, '-')"),
      'src/b.ts': handler('b', "  return value.trim().toLowerCase().replace(/\\s+/g, '_')"),
      'src/c.ts': handler('c', "  return value.trim().toLowerCase().replace(/\\s+/g, '.')"),
      'package.json': PACKAGE('^8.57.0'),
      'tsconfig.json': '{\n  "compilerOptions": {\n    "target": "ES2022"\n  }\n}\n',
      'CONTRIBUTING.md': '# Contributing\n\nOpen an isue first.\nRun the tests before you push.\n',
      'examples/basic/package.json': '{ "dependencies": { "demo": "^1.1.0" } }\n',
      'examples/basic/index.ts': "import { parse } from 'demo'\nconsole.log(parse('a b'))\n"
    },
    expected: []
  },
  {
    // A plain title and a comment that grows by a line: not read, so output everywhere.
    message: 'Improve parse',
    files: {
      'src/parse.ts': PARSER.replace(
        '// Splits the input.',
        '// Splits the input on spaces\n// into word tokens.'
      )
    },
    expected: []
  },
  {
    message: 'Clarify the parse doc comment',
    files: {
      'src/parse.ts': PARSER.replace(
        '// Splits the input.',
        '// Splits the input on single spaces into word tokens; empty input gives one empty token.'
      )
    },
    expected: ['documentation']
  },
  {
    // A plain title, a small edit rewritten in place: read on every surface, a comment only.
    message: 'Improve parse again',
    files: {
      'src/parse.ts': PARSER.replace(
        '// Splits the input.',
        '// Splits the input on single spaces into word tokens; empty input gives no tokens.'
      )
    },
    expected: ['documentation']
  },
  {
    message: 'chore(deps): update dependency eslint to v9',
    bot: 'renovate[bot]',
    files: { 'package.json': PACKAGE('^9.0.0') },
    expected: []
  },
  {
    message: 'Add a comment to silence the no-console lint',
    files: {
      'src/a.ts': handler(
        'a',
        "  // eslint-disable-next-line no-console\n  return value.trim().toLowerCase().replace(/\\s+/g, '-')"
      )
    },
    expected: []
  },
  {
    message: 'Fix a typo in CONTRIBUTING',
    files: {
      'CONTRIBUTING.md': '# Contributing\n\nOpen an issue first.\nRun the tests before you push.\n'
    },
    expected: ['documentation']
  },
  {
    message: 'Release 1.2.0',
    files: {
      'README.md': '# Demo\n\nInstall with `npm i demo@1.2.0`.\n',
      'CHANGELOG.md': '# 1.2.0\n\n- Faster parse.\n'
    },
    expected: []
  },
  {
    message: 'Generate the API pages',
    files: {
      'docs/gen_docs.ts':
        "import fs from 'node:fs'\nexport function writePages(dir: string): void {\n  fs.mkdirSync(dir, { recursive: true })\n  fs.writeFileSync(`${dir}/index.md`, '# API')\n}\n"
    },
    expected: []
  },
  {
    message: 'Add a tokenizer',
    files: {
      'src/tokenize.ts':
        'export function tokenize(input: string): string[] {\n  return input.split(/\\s+/)\n}\n',
      'src/tokenize.test.ts':
        "import { tokenize } from './tokenize'\ntest('splits', () => expect(tokenize('a b')).toEqual(['a', 'b']))\n",
      'src/tokenize-more.test.ts':
        "import { tokenize } from './tokenize'\ntest('empty', () => expect(tokenize('')).toEqual(['']))\n",
      'src/tokenize-edge.test.ts':
        "import { tokenize } from './tokenize'\ntest('tabs', () => expect(tokenize('a\\tb')).toHaveLength(2))\n"
    },
    expected: []
  },
  {
    message: 'Extract a shared slug helper',
    files: {
      'src/utils/slug.ts':
        'export function slugWith(value: string, separator: string): string {\n  return value.trim().toLowerCase().replace(/\\s+/g, separator)\n}\n',
      'src/a.ts':
        "import { slugWith } from './utils/slug'\n" + handler('a', "  return slugWith(value, '-')"),
      'src/b.ts':
        "import { slugWith } from './utils/slug'\n" + handler('b', "  return slugWith(value, '_')"),
      'src/c.ts':
        "import { slugWith } from './utils/slug'\n" + handler('c', "  return slugWith(value, '.')")
    },
    expected: ['patterns']
  },
  {
    message: 'Turn on exactOptionalPropertyTypes',
    files: {
      'tsconfig.json':
        '{\n  "compilerOptions": {\n    "target": "ES2022",\n    "strict": true,\n    "exactOptionalPropertyTypes": true\n  }\n}\n',
      'src/parse.ts': PARSER.replace(
        '  text: string',
        '  text: string\n  source?: string | undefined'
      )
    },
    expected: ['patterns']
  },
  {
    message: 'chore(deps): bump demo in the examples',
    bot: 'dependabot[bot]',
    files: {
      'examples/basic/package.json': '{ "dependencies": { "demo": "^1.2.0" } }\n',
      'examples/basic/index.ts': "import { parse } from 'demo'\nconsole.log(parse('a b c'))\n"
    },
    expected: []
  },
  {
    message: 'Add the lint script',
    files: { 'package.json': PACKAGE('^9.0.0', '"test": "jest",\n    "lint": "eslint ."') },
    expected: ['patterns']
  },
  {
    message: 'Add CI',
    files: {
      '.github/workflows/ci.yml':
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n'
    },
    expected: ['automation']
  },
  {
    message: 'Bump actions/checkout to v5',
    files: {
      '.github/workflows/ci.yml':
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: npm ci\n      - run: npm test\n'
    },
    expected: []
  },
  {
    message: 'Write a guide to tokens',
    files: {
      'docs/tokens.md': '# Tokens\n\nA token is a word of the input.\n\nEach has a kind.\n'
    },
    expected: ['documentation']
  }
]

interface Verdict {
  categories: CategoryId[]
  signals: string[]
}

function verdictOf(change: { categories: CategoryId[]; reasons: Reason[] }): Verdict {
  return { categories: change.categories, signals: change.reasons.map(reason => reason.signal) }
}

describe('classification surfaces', () => {
  let repo: string
  let server: LoopbackGitHub
  let pulls: PullRecord[]
  const client = () =>
    createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })

  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-surfaces-'))
    buildRepo(repo, HISTORY)
    pulls = pullsFromCommits(repo, HISTORY)
    server = await LoopbackGitHub.start()
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      pulls,
      commits: [],
      gitDir: repo
    })
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(repo, { recursive: true, force: true })
  })

  async function gitReport(): Promise<Map<string, Verdict>> {
    const report = await runReport({
      source: gitSource({ repoPath: repo }),
      config: DEFAULT_CONFIG,
      window: WINDOW
    })
    return new Map(report.changes.map(change => [change.title, verdictOf(change)]))
  }

  async function apiReport(): Promise<Map<string, Verdict>> {
    const source = githubSource({ client: client(), repository: 'octo/demo' })
    const report = await runReport({ source, config: DEFAULT_CONFIG, window: WINDOW })
    // The report's patches came as blobs in batches: no REST file list was asked for.
    expect(server.requests.map(r => r.path).filter(path => path.endsWith('/files'))).toEqual([])
    expect(report.api?.requestsByKind?.patches).toBeGreaterThan(0)
    return new Map(report.changes.map(change => [change.title, verdictOf(change)]))
  }

  /** The PR comment's reading: the PR's own files (from the API or the checkout), classified. */
  async function pullRequestComments(fromCheckout: boolean): Promise<Map<string, Verdict>> {
    const context = await readCheckoutContext(repo)
    const verdicts = new Map<string, Verdict>()
    // Every pull request has a base: the root commit is not one.
    for (const pull of pulls.slice(1)) {
      const head = pull.mergeCommit
      const base = git(repo, ['rev-parse', `${head}~1`]).trim()
      const files = fromCheckout
        ? await diffPullRequestFiles(repo, base, head)
        : await listPullRequestFiles(client().octokit, { owner: 'octo', repo: 'demo' }, pull.number)
      const change = pullRequestChange(
        {
          number: pull.number,
          title: pull.title,
          body: pull.body,
          user: pull.author,
          labels: pull.labels.map(name => ({ name })),
          base: { sha: base },
          head: { sha: head }
        },
        files
      )
      const [classified] = [change].map(createClassifier(DEFAULT_CONFIG.rules, context).classify)
      if (classified) verdicts.set(pull.title, verdictOf(classified))
    }
    return verdicts
  }

  it('gives every change the same categories and reasons in the git report, the API report and the PR comment', async () => {
    const surfaces = {
      git: await gitReport(),
      api: await apiReport(),
      'PR comment (API files)': await pullRequestComments(false),
      'PR comment (checkout diff)': await pullRequestComments(true)
    }
    expect(server.graphqlErrors).toEqual([])
    for (const step of HISTORY) {
      const title = step.message
      const byGit = surfaces.git.get(title)
      expect({ title, categories: byGit?.categories }).toEqual({ title, categories: step.expected })
      for (const [surface, verdicts] of Object.entries(surfaces)) {
        if (surface.startsWith('PR') && step === HISTORY[0]) continue
        expect({ title, surface, verdict: verdicts.get(title) }).toEqual({
          title,
          surface,
          verdict: byGit
        })
      }
    }
  })
})
