import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorLine } from '../src/cli/errors.js'
import { HELP } from '../src/cli/help.js'
import { main } from '../src/cli/main.js'
import type { CliIO } from '../src/cli/main.js'
import { renderJson } from '../src/render/json.js'
import { scoreReport } from '../src/score/score.js'
import { classified } from './support/fake-source.js'
import { sampleReport } from './support/reports.js'

/** Runs the CLI in-process and captures what it prints. */
async function run(argv: string[], options: Partial<CliIO> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
    env: {},
    now: () => new Date('2024-05-31T08:00:00.000Z'),
    ...options
  })
  return { code, stdout, stderr }
}

/**
 * [command, usage] for each flag in the help's "<Command> options" sections, usage as the help
 * shows it: the flag, and its value's placeholder when it takes one ("--since WHEN").
 */
function helpFlags(): [string, string][] {
  const flags: [string, string][] = []
  let command: string | undefined
  for (const line of HELP.split('\n')) {
    const section = /^([A-Z][a-z]+) options\b/.exec(line)
    if (section) command = section[1]?.toLowerCase()
    else if (/^\S/.test(line)) command = undefined
    const flag = /^ {2}(--[a-z-]+(?: [^\s]+)?)(?:\s|$)/.exec(line)
    if (command !== undefined && flag?.[1] !== undefined) flags.push([command, flag[1]])
  }
  return flags
}

describe('cli', () => {
  let folder: string
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'multiplier-cli-'))
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('prints the help text and exits 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: HELP, stderr: '' })
  })

  // Every flag the help lists, run against the command whose section lists it: a flag the
  // command does not know, or that takes a value where the help shows none (or the reverse),
  // stops parsing there; a known one lets it reach the unknown `--bogus` after it.
  it.each(helpFlags())('accepts %s %s as the help lists it', async (command, usage) => {
    const [flag = '', value] = usage.split(' ')
    const given = value === undefined ? [flag] : [`${flag}=${value.split('|')[0] ?? ''}`]
    const { code, stderr } = await run([command, ...given, '--bogus'])
    expect(stderr).toBe("multiplier: Unknown option '--bogus' (see multiplier --help)\n")
    expect(code).toBe(2)
  })

  it('lists the help and version flags that answer at once, and every command section', () => {
    expect(HELP).toMatch(/^ {2}-h, --help {2,}/m)
    expect(HELP).toMatch(/^ {2}-v, --version {2,}/m)
    expect(new Set(helpFlags().map(([command]) => command))).toEqual(
      new Set(['report', 'pr', 'aggregate', 'repos'])
    )
  })

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  it('rejects an unknown flag with exit 2 and one line on stderr', async () => {
    const { code, stdout, stderr } = await run(['report', '--bogus'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^multiplier: Unknown option '--bogus' \(see multiplier --help\)\n$/)
  })

  it('rejects a bad date with exit 2 before doing any work', async () => {
    const { code, stderr } = await run([
      'report',
      '--since',
      'last tuesday',
      '--repo',
      '/no/such/folder'
    ])
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /^multiplier: --since "last tuesday" is not a valid time; use .*YYYY-MM-DD/
    )
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('rejects an unknown command, format or repository name with exit 2', async () => {
    expect((await run(['publish'])).code).toBe(2)
    expect((await run(['report', '--format', 'pdf'])).stderr).toMatch(
      /--format must be one of text, markdown, json, badge, html/
    )
    expect((await run(['report', '--github', 'not a repo'])).stderr).toMatch(
      /--github must be OWNER\/REPO/
    )
    expect((await run(['aggregate'])).code).toBe(2)
  })

  it('fails with exit 1 when --repo is not a folder', async () => {
    const { code, stderr } = await run(['report', '--repo', join(folder, 'missing')])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^multiplier: --repo .*missing: no such folder\n$/)
  })

  it('asks for a token when --github has none', async () => {
    const { code, stderr } = await run(['report', '--github', 'octo/widgets'])
    expect(code).toBe(1)
    expect(stderr).toContain('GITHUB_TOKEN or GH_TOKEN')
  })

  it('fails with exit 1 and no token in the message when GitHub rejects the token', async () => {
    const secret = 'ghp_cli_test_secret_0123456789'
    // A loopback GitHub that rejects every request and echoes the token back, as a worst case.
    const server = createServer((request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({ message: `Bad credentials ${request.headers.authorization ?? ''}` })
      )
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as AddressInfo
    try {
      const { code, stdout, stderr } = await run(
        ['report', '--github', 'octo/widgets', '--format', 'json'],
        {
          env: {
            GITHUB_TOKEN: secret,
            GITHUB_API_URL: `http://127.0.0.1:${port}`,
            GITHUB_GRAPHQL_URL: `http://127.0.0.1:${port}/graphql`
          }
        }
      )
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^multiplier: .*GITHUB_TOKEN/)
      expect(stderr).not.toContain(secret)
      expect(stderr.trim().split('\n')).toHaveLength(1)
    } finally {
      await new Promise(done => server.close(done))
    }
  })

  it('never prints a token, even when an error message carries one', () => {
    expect(
      errorLine(new Error('bad credentials ghp_secret123\nat line 2'), ['ghp_secret123'])
    ).toBe('bad credentials *** at line 2')
    expect(errorLine('a thrown string')).toBe('a thrown string')
  })

  it('rolls JSON reports up into an org report', async () => {
    const write = (name: string, repository: string, docs: number) => {
      const report = scoreReport({
        repository,
        source: 'git',
        window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
        previousWindow: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' },
        changes: Array.from({ length: 10 }, (_, i) =>
          classified(i < docs ? ['documentation'] : [], {
            time: `2024-05-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`
          })
        ),
        previousChanges: [],
        options: {
          weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
          targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 }
        },
        generatedAt: '2024-05-31T08:00:00.000Z'
      })
      writeFileSync(join(folder, name), renderJson(report))
    }
    write('a.json', 'octo/a', 5)
    write('b.json', 'octo/b', 0)
    const markdown = await run(['aggregate', 'a.json', 'b.json'], { cwd: folder })
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toContain('| octo/a |')
    expect(markdown.stdout).toContain('| octo/b |')
    const json = await run(
      ['aggregate', 'a.json', 'b.json', '--format', 'json', '--output', 'out/org.json'],
      { cwd: folder }
    )
    expect(json).toMatchObject({ code: 0, stdout: '' })
    const org = JSON.parse(readFileSync(join(folder, 'out/org.json'), 'utf8'))
    expect(org).toMatchObject({ kind: 'aggregate', totals: { repositories: 2, changes: 20 } })
  })

  it('names the file when an aggregate input is not a report', async () => {
    writeFileSync(join(folder, 'bad.json'), '{"hello": 1}')
    const { code, stderr } = await run(['aggregate', 'bad.json'], { cwd: folder })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^multiplier: bad.json: schemaVersion/)
    expect((await run(['aggregate', 'none.json'], { cwd: folder })).stderr).toMatch(
      /cannot read none.json: ENOENT/
    )
  })

  it('lists the expected repositories without a report as missing, and failure records as failed', async () => {
    for (const name of ['a', 'b'])
      writeFileSync(join(folder, `${name}.json`), renderJson(sampleReport(`octo/${name}`, 40, 4)))
    writeFileSync(join(folder, 'expected.json'), '["octo/a", "octo/b", "octo/late", "octo/api"]')
    writeFileSync(
      join(folder, 'api.json'),
      '{"schemaVersion": 1, "kind": "failure", "repository": "octo/api", "error": "timed out"}'
    )
    const { code, stdout } = await run(
      [
        'aggregate',
        'a.json',
        'b.json',
        'api.json',
        '--expect',
        'expected.json',
        '--format',
        'json'
      ],
      { cwd: folder }
    )
    expect(code).toBe(0)
    const org = JSON.parse(stdout) as { missing: string[]; failed: unknown[] }
    expect(org.missing).toEqual(['octo/late'])
    expect(org.failed).toEqual([{ repository: 'octo/api', file: 'api.json', problem: 'timed out' }])
    writeFileSync(join(folder, 'not-a-list.json'), '{"octo/a": true}')
    const bad = await run(['aggregate', 'a.json', '--expect', 'not-a-list.json'], { cwd: folder })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toBe(
      'multiplier: --expect not-a-list.json: is not an array; expected a JSON array of "owner/name" strings\n'
    )
  })
})
