import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/main.js'
import {
  chunkRepositories,
  MATRIX_JOB_LIMIT,
  NO_FILTERS,
  parseRepositoryList,
  skippedItemsWarning,
  selectRepositories
} from '../src/collect/repositories.js'
import type { ListedRepository } from '../src/model.js'
import { FAST_CLIENT, TEST_TOKEN } from './support/action-clients.js'
import { installRepositories, manyRepositories } from './support/github-repos.js'
import type { AccountRecord } from './support/github-repos.js'
import { LoopbackGitHub } from './support/github-server.js'

const ORG: AccountRecord = {
  login: 'octo-org',
  type: 'Organization',
  // 150: every 10th archived, every 15th a fork (5 are both), the first 12 tagged 'payments'.
  repositories: [
    ...manyRepositories(150, {
      archivedEvery: 10,
      forkEvery: 15,
      topic: 'payments',
      topicCount: 12
    })
  ]
}
const USER: AccountRecord = {
  login: 'ada',
  type: 'User',
  repositories: [
    { name: 'dotfiles' },
    { name: 'notes', private: true },
    { name: 'old-blog', archived: true },
    { name: 'octokit-fork', fork: true }
  ]
}
const KEPT = ORG.repositories.filter(r => !r.archived && !r.fork).map(r => `octo-org/${r.name}`)

function listed(name: string, extra: Partial<ListedRepository> = {}): ListedRepository {
  return { fullName: `octo/${name}`, archived: false, fork: false, topics: [], ...extra }
}

describe('repository discovery', () => {
  it('leaves out archived repositories and forks unless asked, and sorts by name', () => {
    const all = [
      listed('Zeta'),
      listed('alpha'),
      listed('attic', { archived: true }),
      listed('copy', { fork: true })
    ]
    expect(selectRepositories(all, NO_FILTERS)).toEqual(['octo/alpha', 'octo/Zeta'])
    expect(selectRepositories(all, { ...NO_FILTERS, includeArchived: true })).toEqual([
      'octo/alpha',
      'octo/attic',
      'octo/Zeta'
    ])
    expect(
      selectRepositories(all, { ...NO_FILTERS, includeArchived: true, includeForks: true })
    ).toHaveLength(4)
  })

  it('filters by name globs (with ! to leave out) and by any of the topics', () => {
    const all = [
      listed('api-users', { topics: ['Backend'] }),
      listed('api-legacy', { topics: ['backend'] }),
      listed('web', { topics: ['frontend'] }),
      listed('docs')
    ]
    expect(selectRepositories(all, { ...NO_FILTERS, names: ['api-*', '!*-legacy'] })).toEqual([
      'octo/api-users'
    ])
    expect(selectRepositories(all, { ...NO_FILTERS, topics: ['backend', 'frontend'] })).toEqual([
      'octo/api-legacy',
      'octo/api-users',
      'octo/web'
    ])
    expect(selectRepositories(all, { ...NO_FILTERS, names: ['!docs'] })).toHaveLength(3)
  })

  it('cuts a list into chunks within the 256-job matrix limit', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `octo/r${i}`)
    const auto = chunkRepositories(names, 0)
    expect(auto.length).toBeLessThanOrEqual(MATRIX_JOB_LIMIT)
    expect(auto.flat()).toEqual(names)
    expect(auto[0]).toHaveLength(Math.ceil(1000 / MATRIX_JOB_LIMIT))
    expect(chunkRepositories(names.slice(0, 3), 0)).toEqual([['octo/r0'], ['octo/r1'], ['octo/r2']])
    expect(chunkRepositories(names, 100)).toHaveLength(10)
    expect(() => chunkRepositories(names, 2)).toThrow(
      /1000 repositories in chunks of 2 make 500 matrix jobs, more than GitHub's 256 per run: use a chunk size of at least 4/
    )
    expect(chunkRepositories([], 0)).toEqual([])
  })

  it('reads a repository list back and names what is wrong with a bad one', () => {
    expect(parseRepositoryList('[["a/b","c/d"],["e/f"]]', 'x')).toEqual({
      names: ['a/b', 'c/d', 'e/f'],
      skipped: []
    })
    expect(() => parseRepositoryList('{"a":1}', "Input 'repositories'")).toThrow(
      'Input \'repositories\': is not an array; expected a JSON array of "owner/name" strings'
    )
    const hostile = ['a/x y', 'a/$(id)', 'a/b\nc', '-a/b', 'a/..', 7, 'nope']
    expect(parseRepositoryList(JSON.stringify(['a/b', ...hostile]), 'list.json')).toEqual({
      names: ['a/b'],
      skipped: [2, 3, 4, 5, 6, 7, 8]
    })
    expect(skippedItemsWarning('list.json', [2, 3])).toBe(
      'list.json: items 2, 3 are not GitHub repository names and are left out'
    )
    expect(() => parseRepositoryList('[a/b]', 'list.json')).toThrow(/^list\.json: not JSON/)
  })
})

describe('multiplier repos against the loopback GitHub', () => {
  let server: LoopbackGitHub
  let folder: string
  beforeAll(async () => {
    server = await LoopbackGitHub.start({ token: TEST_TOKEN })
    // The token is ada's own: her private repositories are listed through /user/repos.
    server.route('GET', '/user', () => ({ status: 200, body: { login: 'ada', type: 'User' } }))
    installRepositories(server, [ORG, USER], 'ada')
    folder = mkdtempSync(join(tmpdir(), 'multiplier-repos-'))
  })
  afterAll(async () => {
    await server.close()
    rmSync(folder, { recursive: true, force: true })
  })

  async function repos(args: string[], env: Record<string, string> = {}) {
    let stdout = ''
    let stderr = ''
    const io: CliIO = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: folder,
      env: { GITHUB_TOKEN: TEST_TOKEN, GITHUB_API_URL: server.url, ...env },
      clientOptions: FAST_CLIENT
    }
    const code = await main(['repos', ...args], io)
    return { code, stdout, stderr }
  }

  it('lists the 150 repositories of an organisation past one page, without archived ones and forks', async () => {
    const before = server.requests.length
    const { code, stdout, stderr } = await repos(['octo-org'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const list = JSON.parse(stdout) as string[]
    expect(list).toEqual([...KEPT].sort())
    expect(list).toHaveLength(130)
    const pages = server.requests
      .slice(before)
      .filter(request => request.path === '/orgs/octo-org/repos')
      .map(request => request.query.get('page') ?? '1')
    expect(pages).toEqual(['1', '2'])
  })

  it('keeps archived repositories and forks with the flags, and filters by name and topic', async () => {
    const all = JSON.parse(
      (await repos(['octo-org', '--include-archived', '--include-forks'])).stdout
    ) as string[]
    expect(all).toHaveLength(150)
    const some = JSON.parse(
      (
        await repos([
          'octo-org',
          '--topic',
          'payments',
          '--name',
          'service-00*',
          '--name',
          '!*-003'
        ])
      ).stdout
    ) as string[]
    // Topic on 1–12, name 001–009, 003 left out; none of 1–9 is archived or a fork.
    expect(some).toEqual(
      ['001', '002', '004', '005', '006', '007', '008', '009'].map(n => `octo-org/service-${n}`)
    )
  })

  it('prints chunks for a matrix with --chunk-size, to a file with --output', async () => {
    const { code } = await repos(['octo-org', '--chunk-size', '50', '--output', 'out/chunks.json'])
    expect(code).toBe(0)
    const chunks = JSON.parse(readFileSync(join(folder, 'out/chunks.json'), 'utf8')) as string[][]
    expect(chunks.map(chunk => chunk.length)).toEqual([50, 50, 30])
    expect(chunks.flat()).toEqual([...KEPT].sort())
  })

  it("lists a user's own repositories, private ones too, through the token's /user/repos", async () => {
    const { code, stdout } = await repos(['ada'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(['ada/dotfiles', 'ada/notes'])
  })

  it('fails with exit 1 naming an owner that does not exist, or a missing token', async () => {
    const unknown = await repos(['nobody-here'])
    expect(unknown).toMatchObject({ code: 1, stdout: '' })
    expect(unknown.stderr).toBe(
      "multiplier: There is no GitHub user or organisation named 'nobody-here'\n"
    )
    const noToken = await repos(['octo-org'], { GITHUB_TOKEN: '' })
    expect(noToken.code).toBe(1)
    expect(noToken.stderr).toContain('needs a token: set GITHUB_TOKEN or GH_TOKEN')
  })

  it('rejects a bad owner or chunk size with exit 2', async () => {
    expect((await repos([])).code).toBe(2)
    expect((await repos(['octo/widgets'])).stderr).toContain(
      '"octo/widgets" is not a GitHub organisation or user name'
    )
    expect((await repos(['octo-org', '--chunk-size', '-1'])).code).toBe(2)
    const fewest = await repos(['octo-org', '--chunk-size', '0'])
    expect(JSON.parse(fewest.stdout)).toHaveLength(130)
  })
})
