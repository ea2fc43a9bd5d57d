// The CLI as people install it: `npm pack`, an offline install of the tarball into an empty
// folder, and `npx multiplier-cli report` run there on a real git repository. Runs the
// committed bundle (dist/), as the published package does.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pkg from '../package.json' with { type: 'json' }
import { GitRepo, cleanupGitRepos } from './support/git-repo.js'

const run = promisify(execFile)
/** What a user's package may hold: what runs (the bundles), its schema, the action and docs. */
const ALLOWED = [
  /^dist\//,
  /^schema\//,
  /^action\.yml$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^package\.json$/
]

/** The environment without the npm_* variables `npm test` sets, which would point npm here. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) && key !== 'NODE_OPTIONS') env[key] = value
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false' }
}

describe('the npm package', () => {
  let folder: string
  let tarball: string
  let packed: string[]
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'multiplier-pack-'))
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', folder], {
      env: npmEnv()
    })
    const [result] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
    tarball = join(folder, result?.filename ?? '')
    packed = (result?.files ?? []).map(file => file.path)
  }, 60_000)
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
    cleanupGitRepos()
  })

  it('is publishable under a free name, with only what users run in it', () => {
    const manifest = pkg as typeof pkg & { private?: boolean; dependencies?: object }
    expect(manifest.private).toBeUndefined()
    expect(manifest.name).toBe('multiplier-cli')
    expect(manifest.bin).toEqual({ multiplier: 'dist/cli/index.js' })
    // The bundles hold every library: an install fetches nothing else.
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([])
    expect(packed.filter(file => !ALLOWED.some(allowed => allowed.test(file)))).toEqual([])
    for (const needed of [
      'dist/cli/index.js',
      'dist/index.js',
      'schema/multiplier.schema.json',
      'schema/report.schema.json',
      'action.yml',
      'README.md',
      'LICENSE'
    ])
      expect(packed).toContain(needed)
  })

  it('installs offline from the tarball, and npx multiplier-cli report runs from there', async () => {
    const app = join(folder, 'app')
    mkdirSync(app)
    writeFileSync(join(app, 'package.json'), '{"name":"try-multiplier","private":true}\n')
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: app,
      env: npmEnv()
    })
    const repo = GitRepo.init()
    repo.commit({
      message: 'docs: add a guide',
      files: { 'docs/guide.md': '# Guide\n' },
      date: '2024-01-05T10:00:00Z'
    })
    repo.commit({
      message: 'Add the app',
      files: { 'src/app.ts': 'export {}\n' },
      date: '2024-01-06T10:00:00Z'
    })
    const { stdout } = await run(
      'npx',
      [
        '--offline',
        pkg.name,
        'report',
        '--repo',
        repo.path,
        '--since',
        '2024-01-01',
        '--until',
        '2024-01-31',
        '--format',
        'json'
      ],
      { cwd: app, env: npmEnv() }
    )
    const report = JSON.parse(stdout) as { schemaVersion: number; totals: { changes: number } }
    expect(report).toMatchObject({ schemaVersion: 2, totals: { changes: 2 } })
    const help = await run(join(app, 'node_modules', '.bin', 'multiplier'), ['--version'])
    expect(help.stdout).toBe(`${pkg.version}\n`)
  }, 60_000)

  it('says in the README how to install and run it under that name', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(`npm install --global ${pkg.name}`)
    expect(readme).toContain(`npx ${pkg.name} report`)
  })
})
