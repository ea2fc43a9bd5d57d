import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/main.js'

const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.com'
}

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', args, { cwd, env: { ...gitEnv, ...env }, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

function commit(repo: string, file: string, text: string, message: string, date: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true })
  writeFileSync(join(repo, file), text)
  git(repo, ['add', '-A'])
  git(repo, ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
}

async function run(argv: string[], options: Partial<CliIO> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
    env: { GIT_CONFIG_NOSYSTEM: '1' },
    now: () => new Date('2024-05-31T08:00:00.000Z'),
    ...options
  })
  return { code, stdout, stderr }
}

describe('cli report', () => {
  let root: string
  let repo: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'multiplier-cli-report-'))
    repo = join(root, 'widgets')
    mkdirSync(repo)
    git(repo, ['init', '-q', '-b', 'main'])
    commit(repo, 'src/app.ts', 'export const a = 1\n', 'Add app', '2024-04-20T10:00:00Z')
    commit(
      repo,
      'docs/guide.md',
      '# Guide\n\n' + 'How to run it.\n'.repeat(30),
      'Write the guide for @octocat',
      '2024-05-10T10:00:00Z'
    )
    commit(
      repo,
      'src/app.ts',
      'export const a = 2\nexport const b = 3\n',
      'Change app',
      '2024-05-20T10:00:00Z'
    )
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it("reports on the current directory's git history as markdown with no arguments", async () => {
    const { code, stdout, stderr } = await run([], { cwd: repo })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('## Multiplier report:')
    expect(stdout).toContain('30 days of git history')
    // Printed markdown is for reading: a mention shows as typed, with no invisible character.
    expect(stdout).toContain('Write the guide for @octocat')
    expect(stdout).not.toContain('\u200b')
  })

  it('links commits when the remote is on a GitHub host: github.com, or GITHUB_SERVER_URL for Enterprise', async () => {
    const since = ['report', '--repo', repo, '--since', '2024-05-01', '--until', '2024-05-30']
    try {
      git(repo, ['remote', 'add', 'origin', 'git@github.com:octo/widgets.git'])
      const json = JSON.parse((await run([...since, '--format', 'json'])).stdout) as {
        repository: string
        repositoryUrl: string
        changes: { id: string; url: string }[]
      }
      expect(json.repository).toBe('octo/widgets')
      expect(json.repositoryUrl).toBe('https://github.com/octo/widgets')
      for (const change of json.changes) {
        expect(change.url).toBe(`https://github.com/octo/widgets/commit/${change.id}`)
      }
      const { stdout } = await run(since)
      expect(stdout).toContain(
        '## Multiplier report: [octo/widgets](https://github.com/octo/widgets) · '
      )
      expect(stdout).toMatch(
        /- \[Write the guide for @octocat\]\(https:\/\/github\.com\/octo\/widgets\/commit\/[0-9a-f]{40}\)/
      )

      git(repo, ['remote', 'set-url', 'origin', 'https://ghe.example.com/team/widgets.git'])
      const plain = await run([...since, '--format', 'json'])
      expect(JSON.parse(plain.stdout).changes[0].url).toBeUndefined()
      const enterprise = await run([...since, '--format', 'json'], {
        env: { GIT_CONFIG_NOSYSTEM: '1', GITHUB_SERVER_URL: 'https://ghe.example.com' }
      })
      expect(JSON.parse(enterprise.stdout).changes[0].url).toMatch(
        /^https:\/\/ghe\.example\.com\/team\/widgets\/commit\/[0-9a-f]{40}$/
      )
    } finally {
      git(repo, ['remote', 'remove', 'origin'])
    }
  })

  it('writes the JSON contract with --format json', async () => {
    const { code, stdout } = await run([
      'report',
      '--repo',
      repo,
      '--since',
      '2024-05-01',
      '--until',
      '2024-05-30',
      '--format',
      'json'
    ])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({
      schemaVersion: 2,
      source: 'git',
      window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
    })
    expect(report.index).toBeGreaterThan(0)
    expect(report.categories.documentation).toMatchObject({ changes: 1 })
    expect(report.changes).toHaveLength(2)
    for (const change of report.changes) {
      expect(change.id).toMatch(/^[0-9a-f]{40}$/)
      expect(change).toMatchObject({ kind: 'commit', author: 'Ada' })
      expect(Array.isArray(change.categories)).toBe(true)
      expect(Array.isArray(change.reasons)).toBe(true)
    }
    expect(report.previousIndex).not.toBeNull()
  })

  it('writes the report to --output instead of stdout', async () => {
    const { code, stdout } = await run(
      ['report', '--since', '30d', '--output', 'out/report.md', '--format', 'markdown'],
      { cwd: repo }
    )
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(readFileSync(join(repo, 'out/report.md'), 'utf8')).toContain('## Multiplier report:')
    rmSync(join(repo, 'out'), { recursive: true })
  })

  it('writes a badge with --format badge', async () => {
    const { code, stdout } = await run(['report', '--repo', repo, '--format', 'badge'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 1, label: 'multiplier' })
  })

  it('treats an empty window as a report, not an error', async () => {
    const { code, stdout } = await run([
      'report',
      '--repo',
      repo,
      '--since',
      '2023-01-01',
      '--until',
      '2023-01-31'
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('**Multiplier index: no activity**')
    expect(stdout).toContain('No activity in this window')
  })

  it('fails with exit 1 and one line outside a git repository', async () => {
    const plain = join(root, 'plain')
    mkdirSync(plain)
    const { code, stdout, stderr } = await run(['report', '--repo', plain])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^multiplier: .*not a git repository.*\n$/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('fails with exit 1 when a given --config file does not exist', async () => {
    const { code, stderr } = await run([
      'report',
      '--repo',
      repo,
      '--config',
      join(root, 'nope.yml')
    ])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^multiplier: .*nope\.yml.*not found/)
  })

  it("reads the repository's .github/multiplier.yml for the default window", async () => {
    mkdirSync(join(repo, '.github'), { recursive: true })
    writeFileSync(join(repo, '.github/multiplier.yml'), 'since: 7d\n')
    try {
      const { code, stdout } = await run(['report', '--format', 'json'], {
        cwd: join(repo, 'docs')
      })
      expect(code).toBe(0)
      expect(JSON.parse(stdout).window).toEqual({
        since: '2024-05-25T00:00:00.000Z',
        until: '2024-06-01T00:00:00.000Z'
      })
    } finally {
      rmSync(join(repo, '.github'), { recursive: true })
    }
  })

  describe('--source', () => {
    it('with auto reads a clone whose history covers the window and its trend, with no token', async () => {
      const { code, stdout, stderr } = await run(
        ['report', '--source', 'auto', '--github', 'octo/widgets', '--format', 'json'],
        { cwd: repo }
      )
      expect(stderr).toBe('')
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({ source: 'git' })
    })

    it('with auto on a shallow clone and no token fails with exit 1, saying what to do', async () => {
      const shallow = join(root, 'shallow')
      git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow])
      const { code, stderr } = await run(
        ['report', '--source', 'auto', '--github', 'octo/widgets'],
        { cwd: shallow }
      )
      expect(code).toBe(1)
      expect(stderr).toMatch(
        /^multiplier: The checkout's history does not reach 2024-04-02T00:00:00.000Z, the start of the previous window that the trend compares with \(the report's window starts 2024-05-02T00:00:00.000Z\), and there is no GITHUB_TOKEN or GH_TOKEN for the API: .*\n$/
      )
    })

    it('rejects an unknown source, and an API source without --github, with exit 2', async () => {
      const unknown = await run(['report', '--source', 'svn'], { cwd: repo })
      expect(unknown.code).toBe(2)
      expect(unknown.stderr).toContain('--source must be one of auto, git, github, not "svn"')
      const noRepository = await run(['report', '--source', 'auto'], { cwd: repo })
      expect(noRepository.code).toBe(2)
      expect(noRepository.stderr).toContain('--source auto reads the GitHub API and needs --github')
      const both = await run(['report', '--source', 'git', '--github', 'octo/widgets'], {
        cwd: repo
      })
      expect(both.code).toBe(2)
    })
  })
})
