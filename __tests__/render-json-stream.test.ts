import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { EventEmitter } from 'node:events'
import { main } from '../src/cli/main.js'
import { emitChunks } from '../src/cli/output.js'
import { gitSource } from '../src/collect/git.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import type { Report, Window } from '../src/model.js'
import { renderJson, renderJsonChunks } from '../src/render/json.js'
import { binaryContent, cleanupGitRepos, GitRepo } from './support/git-repo.js'

const NOW = new Date('2024-01-10T00:00:00Z')
const WINDOW: Window = { since: '2024-01-01T00:00:00.000Z', until: '2024-01-10T00:00:00.000Z' }

/** A history with what a JSON text can trip on: quotes, newlines, unicode, every category. */
function buildRepo(): GitRepo {
  const repo = GitRepo.init()
  repo.commitAll([
    { message: 'Initial', files: { 'src/app.ts': 'export const a = 1\n' } },
    {
      message: 'docs: a "quoted" guide — ünïcode ✓\n\nBody line one\nline "two"\n',
      files: { 'docs/guide.md': '# Guide\n\nSteps.\n', 'README.md': '# App\n' }
    },
    { message: 'ci: add workflow', files: { '.github/workflows/ci.yml': 'on: push\njobs: {}\n' } },
    { message: 'feat: more', files: { 'src/app.ts': 'export const a = 2\n' } },
    { message: 'chore: lint', files: { 'eslint.config.js': 'export default []\n' } },
    { message: 'Rename', renames: { 'docs/guide.md': 'docs/intro.md' } },
    { message: 'assets', files: { 'assets/logo.png': binaryContent(512, 3) } },
    {
      message: 'docs: comment only',
      files: { 'src/app.ts': '// Why the constant is two.\nexport const a = 2\n' }
    }
  ])
  return repo
}

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    cwd,
    env: {},
    now: () => NOW
  })
  return { code, stdout }
}

describe('render/json streamed', () => {
  let repo: GitRepo
  let report: Report
  beforeAll(async () => {
    repo = buildRepo()
    report = await runReport({
      source: gitSource({ repoPath: repo.path }),
      config: DEFAULT_CONFIG,
      window: WINDOW,
      now: NOW
    })
  })
  afterAll(() => cleanupGitRepos())

  it('gives, joined, the very bytes renderJson gives for a real repository', () => {
    expect(report.changes.length).toBeGreaterThan(5)
    expect([...renderJsonChunks(report)].join('')).toBe(renderJson(report))
  })

  it('gives the same bytes for a report with no changes and for one with a single change', () => {
    const empty: Report = { ...report, changes: [] }
    expect([...renderJsonChunks(empty)].join('')).toBe(renderJson(empty))
    const one: Report = { ...report, changes: report.changes.slice(0, 1) }
    expect([...renderJsonChunks(one)].join('')).toBe(renderJson(one))
  })

  it('never holds the whole report in one piece when there are many changes', () => {
    const many: Report = {
      ...report,
      changes: Array.from({ length: 3000 }, (_, index) => ({
        ...(report.changes[index % report.changes.length] as Report['changes'][number]),
        id: String(index)
      }))
    }
    const chunks = [...renderJsonChunks(many)]
    const whole = renderJson(many)
    expect(chunks.join('')).toBe(whole)
    expect(chunks.length).toBeGreaterThan(4)
    expect(Math.max(...chunks.map(chunk => chunk.length))).toBeLessThan(whole.length / 4)
  })

  it('waits for a slow stdout to drain before writing the next piece', async () => {
    const many: Report = {
      ...report,
      changes: Array.from({ length: 2000 }, (_, index) => ({
        ...(report.changes[index % report.changes.length] as Report['changes'][number]),
        id: String(index)
      }))
    }
    // A pipe whose reader is behind: every write is queued, and drains on a later turn.
    const pipe = new EventEmitter()
    let received = ''
    let queued = 0
    let mostQueued = 0
    const stdout = {
      write: (text: string) => {
        received += text
        queued += 1
        mostQueued = Math.max(mostQueued, queued)
        setImmediate(() => {
          queued = 0
          pipe.emit('drain')
        })
        return false
      },
      once: (event: 'drain', listener: () => void) => pipe.once(event, listener)
    }
    await emitChunks(renderJsonChunks(many), undefined, {
      stdout,
      stderr: { write: () => true },
      cwd: '.',
      env: {}
    })
    expect(received).toBe(renderJson(many))
    expect(mostQueued).toBe(1)
  })

  it('writes through the CLI, to --output and to stdout, what renderJson writes', async () => {
    const file = path.join(GitRepo.plainFolder(), 'out', 'report.json')
    const args = ['report', '--repo', repo.path, '--since', '2024-01-01', '--format', 'json']
    const written = await cli([...args, '--output', file], repo.path)
    const printed = await cli(args, repo.path)
    expect(written.code).toBe(0)
    expect(printed.code).toBe(0)
    const expected = renderJson(
      await runReport({
        source: gitSource({ repoPath: repo.path }),
        config: DEFAULT_CONFIG,
        // Without --until the CLI's window ends at the end of the run's UTC day.
        window: { since: WINDOW.since, until: '2024-01-11T00:00:00.000Z' },
        now: NOW
      })
    )
    expect(readFileSync(file, 'utf8')).toBe(expected)
    expect(printed.stdout).toBe(expected)
  })
})
