// Optional reads that fail leave the report whole: `multiplier report --github` against a
// loopback GitHub whose reach reads (end commit, tree listing, blobs) or CODEOWNERS read fail
// with each kind of fault. The report is still printed (exit 0) with a note naming what was
// not read and why; a tree GitHub lists truncated makes reach say "unknown", never "gone".
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/main.js'
import type { Report } from '../src/model.js'
import { installPulls } from './support/github-pulls.js'
import {
  LoopbackGitHub,
  htmlPageFault,
  neverAnswerFault,
  onRoute,
  type LoopbackRequest,
  type LoopbackResponse
} from './support/github-server.js'
import { buildRepo, pullsFromCommits, type Step } from './support/history.js'

const TOKEN = 'optional-reads-token'
const WINDOW = ['--since', '2026-10-01', '--until', '2026-11-01']
const STEPS: Step[] = [
  {
    message: 'Start',
    files: {
      'src/a.ts': 'export const a = 1\n',
      'package.json': JSON.stringify({ scripts: { lint: 'eslint .' } })
    }
  },
  {
    message: 'ci: lint',
    files: {
      '.github/workflows/ci.yml':
        'on: [push, pull_request]\njobs:\n  l:\n    steps:\n      - run: npm run lint\n'
    }
  },
  { message: 'Owners', files: { '.github/CODEOWNERS': '* @octo/all\ndocs/ @octo/docs\n' } }
]

const graphqlNamed =
  (operation: string) =>
  (request: LoopbackRequest): boolean =>
    request.path.endsWith('/graphql') &&
    String((request.body as { query?: unknown } | undefined)?.query).includes(operation)
const TREE = onRoute('GET', '/repos/:owner/:repo/git/trees/:sha')

async function report(env: Record<string, string>, extra: string[] = []) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    cwd: process.cwd(),
    env,
    now: () => new Date('2026-11-01T00:00:00Z'),
    clientOptions: { waitUnitMs: 1, writeSpacingMs: 0 }
  }
  const argv = ['report', '--github', 'octo/demo', ...WINDOW, '--format', 'json', ...extra]
  const code = await main(argv, io)
  return { code, stderr, report: stdout ? (JSON.parse(stdout) as Report) : undefined }
}

describe('optional reads against a GitHub that fails them', () => {
  let repo: string
  let server: LoopbackGitHub
  let env: Record<string, string>
  let truncated: boolean
  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-optional-reads-'))
    buildRepo(repo, STEPS)
  })
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }))
  beforeEach(async () => {
    truncated = false
    server = await LoopbackGitHub.start({ token: TOKEN })
    const shas = execFileSync('git', ['rev-list', 'HEAD'], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n')
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      pulls: pullsFromCommits(repo, STEPS),
      commits: shas.map((oid, i) => ({
        oid,
        message: 'm',
        author: { name: 'Mona', email: 'mona@example.com' },
        committedDate: execFileSync('git', ['show', '-s', '--format=%cI', oid], {
          cwd: repo,
          encoding: 'utf8'
        }).trim(),
        pulls: [shas.length - i],
        files: []
      })),
      codeowners: '* @octo/all\ndocs/ @octo/docs\n',
      gitDir: repo
    })
    // GitHub's recursive tree listing, from the clone; truncated: only `src/` is listed.
    server.route('GET', '/repos/:owner/:repo/git/trees/:sha', request => {
      const tree = execFileSync('git', ['ls-tree', '-r', request.params.sha ?? ''], {
        cwd: repo,
        encoding: 'utf8'
      })
        .trim()
        .split('\n')
        .map(line => {
          const [meta = '', file = ''] = line.split('\t')
          const [mode, type, sha] = meta.split(' ')
          return { path: file, mode, type, sha }
        })
        .filter(entry => !truncated || entry.path.startsWith('src/'))
      return { body: { sha: request.params.sha, tree, truncated } }
    })
    env = {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: server.url,
      GITHUB_GRAPHQL_URL: server.graphqlUrl
    }
  })
  afterEach(async () => server.close())

  it('reads reach whole when nothing fails (the baseline the faults are against)', async () => {
    const { code, report: read } = await report(env)
    expect(code).toBe(0)
    expect(read?.reach?.map(item => [item.path, item.present])).toEqual(
      expect.arrayContaining([
        ['.github/CODEOWNERS', true],
        ['.github/workflows/ci.yml', true]
      ])
    )
  })

  const faults: [string, (request: LoopbackRequest) => boolean, LoopbackResponse, RegExp][] = [
    [
      'the tree listing answering 403',
      TREE,
      { status: 403, body: { message: 'Forbidden' } },
      /403/
    ],
    [
      'the tree listing answering 404',
      TREE,
      { status: 404, body: { message: 'Not Found' } },
      /404/
    ],
    ['the tree listing answering 500', TREE, { status: 500, body: { message: 'boom' } }, /500/],
    ['the tree listing never answering', TREE, neverAnswerFault(), /did not answer/],
    [
      'the tree listing answering without a file list',
      TREE,
      { status: 200, body: { sha: 'x', truncated: false } },
      /had no file list/
    ],
    [
      'the end-commit query answering 502',
      graphqlNamed('ReachEndCommit'),
      htmlPageFault(502),
      /502/
    ],
    [
      'the end-commit query with a field error',
      graphqlNamed('ReachEndCommit'),
      {
        status: 200,
        body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible' }] }
      },
      /Resource not accessible/
    ],
    [
      'the blob reads answering 403',
      graphqlNamed('PullPatchBlobs'),
      { status: 403, body: { message: 'Forbidden' } },
      /403/
    ],
    [
      'the blob reads answering 500',
      graphqlNamed('PullPatchBlobs'),
      { status: 500, body: { message: 'boom' } },
      /500/
    ]
  ]
  it.each(faults)(
    'keeps the report whole with a note when %s',
    async (_what, when, response, why) => {
      server.fail({ when, times: Infinity, response })
      const started = Date.now()
      const { code, stderr, report: read } = await report(env, ['--request-timeout', '0.3'])
      expect(Date.now() - started).toBeLessThan(8000)
      expect({ code, stderr: stderr.split('\n')[0] }).toEqual({ code: 0, stderr: '' })
      expect(read?.index).toEqual(expect.any(Number))
      expect(read?.reach).toBeUndefined()
      const note = read?.notes.find(line => line.startsWith('Reach was not read')) ?? ''
      expect(note).toMatch(why)
      expect(note).not.toContain(TOKEN)
    },
    15_000
  )

  it('leaves CODEOWNERS and .gitattributes out with a note on a GraphQL FORBIDDEN', async () => {
    server.fail({
      when: request =>
        graphqlNamed('ListMergedPulls')(request) &&
        (request.body as { variables?: { withContext?: boolean } }).variables?.withContext === true,
      times: Infinity,
      response: {
        status: 200,
        body: {
          data: null,
          errors: [
            {
              type: 'FORBIDDEN',
              path: ['repository', 'codeownersGithub'],
              message: 'Resource not accessible by integration'
            }
          ]
        }
      }
    })
    const { code, report: read } = await report(env, ['--teams'])
    expect(code).toBe(0)
    expect(read?.changes.length).toBeGreaterThan(0)
    expect(read?.notes.join('\n')).toContain(
      'The CODEOWNERS and .gitattributes of octo/demo were not read (GitHub answered: Resource not accessible by integration)'
    )
  })

  it('says "unknown", never "gone", for files a truncated tree listing did not hold', async () => {
    truncated = true
    const { code, report: read } = await report(env)
    expect(code).toBe(0)
    const presence = new Map(read?.reach?.map(item => [item.path, item.present]))
    expect(presence.get('.github/CODEOWNERS')).toBeNull()
    expect(presence.get('.github/workflows/ci.yml')).toBeNull()
    let markdown = ''
    const text = await main(['report', '--github', 'octo/demo', ...WINDOW], {
      stdout: { write: (line: string) => ((markdown += line), true) },
      stderr: { write: () => true },
      cwd: process.cwd(),
      env,
      now: () => new Date('2026-11-01T00:00:00Z'),
      clientOptions: { waitUnitMs: 1, writeSpacingMs: 0 }
    })
    expect(text).toBe(0)
    expect(markdown).toContain('unknown: GitHub listed the tree only in part')
    expect(markdown).not.toContain('gone from the tree')
  })
})
