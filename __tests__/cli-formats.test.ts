// The CLI's terminal contract: text by default on a TTY (markdown when piped), colour only on a
// TTY without NO_COLOR or --no-color, html for report and aggregate, and the stale-clone warning.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/main.js'
import { sampleReport } from './support/reports.js'
import { renderJson } from '../src/render/json.js'

const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.com'
}

function commit(repo: string, file: string, text: string, message: string, date: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true })
  writeFileSync(join(repo, file), text)
  for (const args of [
    ['add', '-A'],
    ['commit', '-q', '-m', message]
  ]) {
    const env = { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    const result = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  }
}

const ESCAPE = '\u001b['

describe('cli formats', () => {
  let root: string
  let repo: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'multiplier-cli-formats-'))
    repo = join(root, 'widgets')
    mkdirSync(repo)
    spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: repo, env: gitEnv })
    commit(repo, 'src/app.ts', 'export const a = 1\n', 'Add app', '2024-04-20T10:00:00Z')
    commit(
      repo,
      'docs/guide.md',
      '# Guide\n' + 'Run it.\n'.repeat(30),
      'Write the guide \u001b[31mred',
      '2024-05-10T10:00:00Z'
    )
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  async function run(
    argv: string[],
    options: { tty?: boolean; env?: Record<string, string>; now?: string } = {}
  ) {
    let stdout = ''
    let stderr = ''
    const io: CliIO = {
      stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: repo,
      env: { GIT_CONFIG_NOSYSTEM: '1', ...options.env },
      now: () => new Date(options.now ?? '2024-05-31T08:00:00.000Z')
    }
    const code = await main(argv, io)
    return { code, stdout, stderr }
  }

  it('prints text with colour on a terminal when no format is asked for', async () => {
    const { code, stdout } = await run([], { tty: true })
    expect(code).toBe(0)
    expect(stdout).toContain('Multiplier report: widgets')
    expect(stdout).toContain(ESCAPE)
    expect(stdout).not.toMatch(/\*\*|<sub>|```|\]\(/)
    // The commit title's own escape code is taken out; only ours are left.
    expect(stdout).toContain('Write the guide')
    expect(stdout).not.toContain('guide \u001b[31m')
  })

  it('keeps markdown the default when piped, and when writing to a file', async () => {
    expect((await run([])).stdout).toMatch(/^## Multiplier report: /)
    await run(['--output', join(root, 'out.md')], { tty: true })
    expect(readFileSync(join(root, 'out.md'), 'utf8')).toMatch(/^## Multiplier report: /)
  })

  it('drops colour for NO_COLOR (not when empty), --no-color, TERM=dumb and pipes', async () => {
    expect((await run([], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESCAPE)
    expect((await run([], { tty: true, env: { NO_COLOR: '' } })).stdout).toContain(ESCAPE)
    expect((await run(['--no-color'], { tty: true })).stdout).not.toContain(ESCAPE)
    expect((await run([], { tty: true, env: { TERM: 'dumb' } })).stdout).not.toContain(ESCAPE)
    const piped = await run(['--format', 'text'])
    expect(piped.stdout).toContain('Multiplier report: widgets')
    expect(piped.stdout).not.toContain(ESCAPE)
  })

  it('aligns the score table in columns', async () => {
    const { stdout } = await run(['--format', 'text'])
    const lines = stdout.split('\n')
    const head = lines.findIndex(line => line.startsWith('Category'))
    const table = lines.slice(head, head + 4)
    expect(table[1]).toMatch(/^Documentation /)
    // Right-aligned numbers: every row's Score column ends where the heading's does.
    const end = (table[0] ?? '').indexOf('Score') + 'Score'.length
    for (const row of table.slice(1)) expect(row.slice(end - 5, end)).toMatch(/^ *(\d+|activity)$/)
  })

  it('warns on stderr when the clone’s last commit is older than the window is long', async () => {
    const stale = await run(['--format', 'json'], { now: '2024-09-04T08:00:00.000Z' })
    expect(stale.code).toBe(0)
    expect(stale.stderr).toContain(
      "multiplier: warning: the last commit in this clone is 117 days old at the window's end (2024-05-10); is it up to date? (git pull)"
    )
    // Within a window's length of the end: no warning.
    expect(
      (await run(['--format', 'json'], { now: '2024-06-08T08:00:00.000Z' })).stderr
    ).not.toContain('is it up to date')
  })

  it('writes a self-contained HTML page for report and aggregate', async () => {
    const page = (await run(['--format', 'html'])).stdout
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(page).not.toMatch(/<link|<script src|<img|@import|url\(/)
    const file = join(root, 'octo-web.json')
    writeFileSync(file, renderJson(sampleReport('octo/web', 40, 12)))
    const dashboard = await run([
      'aggregate',
      file,
      '--format',
      'html',
      '--report-link',
      'r/{name}.html'
    ])
    expect(dashboard.code).toBe(0)
    expect(dashboard.stdout).toContain('<a href="r/web.html">octo/web</a>')
    expect((await run(['--format', 'pdf'])).stderr).toContain(
      '--format must be one of text, markdown, json, badge, html, not "pdf"'
    )
  })
})
