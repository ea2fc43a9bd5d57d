import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { main } from '../src/cli/main.js'
import { cleanupGitRepos, GitRepo } from './support/git-repo.js'

/** The committed CLI bundle, as `npx multiplier-cli` runs it. */
const CLI = path.resolve('dist/cli/index.js')

async function run(argv: string[], cwd: string) {
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
    now: () => new Date('2024-01-10T00:00:00Z')
  })
  return { code, stderr }
}

describe('cli --output', () => {
  afterAll(() => cleanupGitRepos())

  const linux = existsSync('/proc/self') ? it : it.skip
  linux('fails at once for a folder that cannot be made under /proc', () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'Initial', files: { 'a.txt': 'a\n' } })
    // In a child process: Node's recursive mkdir loops forever there, which in-process would
    // hang the test run instead of failing it.
    const result = spawnSync(
      process.execPath,
      [CLI, 'report', '--repo', repo.path, '--output', '/proc/self/multiplier/report.md'],
      { encoding: 'utf8', timeout: 20_000 }
    )
    expect(result.signal).toBeNull()
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(
      'multiplier: cannot write --output /proc/self/multiplier/report.md: a folder on the way cannot be created (/proc/self/multiplier)'
    )
  })

  it('names the file in the way when a folder of the path is a file, before reading history', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'Initial', files: { 'a.txt': 'a\n' } })
    writeFileSync(path.join(repo.path, 'reports'), 'a file, not a folder\n')
    const { code, stderr } = await run(['report', '--output', 'reports/week.md'], repo.path)
    expect(code).toBe(1)
    expect(stderr).toBe(
      `multiplier: cannot write --output reports/week.md: ${path.join(repo.path, 'reports')} is not a folder\n`
    )
  })

  it('says when the output path is a folder', async () => {
    const repo = GitRepo.init()
    repo.commit({ message: 'Initial', files: { 'docs/a.md': 'a\n' } })
    const { code, stderr } = await run(['report', '--output', 'docs'], repo.path)
    expect(code).toBe(1)
    expect(stderr).toBe(
      `multiplier: cannot write --output docs: it is a folder (${path.join(repo.path, 'docs')})\n`
    )
  })
})
