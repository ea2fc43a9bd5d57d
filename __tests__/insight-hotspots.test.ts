// Docs-debt hotspots a lead can act on, on a small monorepo shaped like vite's: a package whose
// code churns while a generated third-party LICENSE.md in it changes, playground apps, examples,
// tests and a generated file — each rule held on both sides, the churn held to `git log`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gitSource } from '../src/collect/git.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { isOutsideAreas, isTestData } from '../src/insight/areas.js'
import { historyWindows } from '../src/insight/history.js'
import { pathRole } from '../src/insight/path-role.js'
import type { Report, Window } from '../src/model.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { buildRepo, git, type Step } from './support/history.js'

const lines = (count: number, word: string): string =>
  Array.from({ length: count }, (_, i) => `export const ${word}${i} = ${i}\n`).join('')
const prose = (count: number, word: string): string =>
  `# ${word}\n\n${Array.from({ length: count }, (_, i) => `${word} line ${i}.\n`).join('')}`

const GITATTRIBUTES = 'packages/gen/src/schema.ts linguist-generated\n'

// Two days apart from 2026-10-02 10:00: steps 8 to 11 fall in the report window.
const STEPS: Step[] = [
  {
    message: 'Initial commit',
    files: {
      '.gitattributes': GITATTRIBUTES,
      'packages/x/src/index.ts': lines(5, 'x'),
      'packages/x/LICENSE.md': prose(5, 'licence'),
      'packages/w/src/index.ts': lines(5, 'w'),
      'packages/w/README.md': prose(3, 'w'),
      'packages/v/src/index.ts': lines(5, 'v'),
      'packages/gen/src/schema.ts': lines(5, 'schema'),
      'playground/app-a/src/main.ts': lines(5, 'a'),
      'playground/app-b/main.ts': lines(5, 'b'),
      'examples/demo/main.ts': lines(5, 'demo'),
      'server/api/handler.ts': lines(5, 'handler'),
      'docs/guide.md': prose(3, 'guide')
    }
  },
  ...Array.from({ length: 7 }, (_, i) => ({
    message: `docs: guide ${i}`,
    files: { 'docs/guide.md': prose(4 + i, 'guide') }
  })),
  {
    message: 'x: rewrite, with tests; the bundled licences regenerated',
    files: {
      'packages/x/src/index.ts': lines(60, 'xx'),
      'packages/x/test/index.test.ts': lines(50, 'check'),
      'packages/x/LICENSE.md': prose(40, 'licence')
    }
  },
  {
    message: 'playgrounds and the demo',
    files: {
      'playground/app-a/src/main.ts': lines(120, 'aa'),
      'playground/app-b/main.ts': lines(100, 'bb'),
      'examples/demo/main.ts': lines(90, 'dd'),
      'benchmarks/run.ts': lines(80, 'run')
    }
  },
  {
    message: 'w and v: more, w with its README, v with a fixture README',
    files: {
      'packages/w/src/index.ts': lines(30, 'ww'),
      'packages/w/README.md': prose(6, 'w'),
      'packages/v/src/index.ts': lines(25, 'vv'),
      'packages/v/test/fixtures/README.md': prose(10, 'fixture')
    }
  },
  {
    message: 'regenerate the schema; a handler',
    files: {
      'packages/gen/src/schema.ts': lines(200, 'generated'),
      'server/api/handler.ts': lines(12, 'hh')
    }
  }
]

const WINDOW: Window = { since: '2026-10-18T00:00:00.000Z', until: '2026-10-25T00:00:00.000Z' }

describe('insight: hotspots on a monorepo', () => {
  let repo: string
  let report: Report
  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-hotspots-'))
    buildRepo(repo, STEPS)
    report = await runReport({
      source: gitSource({ repoPath: repo }),
      config: DEFAULT_CONFIG,
      window: WINDOW,
      now: new Date(WINDOW.until)
    })
  })
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }))

  /** Changed lines in the window under `folder`, from git, of the files `keep` accepts. */
  function churn(folder: string, keep: (file: string) => boolean): number {
    const log = git(repo, [
      'log',
      '--numstat',
      '--format=',
      `--since=${WINDOW.since}`,
      `--until=${WINDOW.until}`,
      '--',
      folder
    ])
    return log
      .split('\n')
      .filter(Boolean)
      .map(line => line.split('\t'))
      .filter(([, , file]) => keep(file ?? ''))
      .reduce((sum, [added, deleted]) => sum + Number(added) + Number(deleted), 0)
  }

  it('lists the package whose code churned beside a regenerated LICENSE.md, not the playgrounds', () => {
    const paths = (report.hotspots ?? []).map(hotspot => hotspot.path)
    expect(paths).toEqual(['packages/x', 'packages/v', 'server/api'])
    // The playgrounds, the demo and the benchmark changed more code than any of them.
    const code = (file: string): boolean => file.endsWith('.ts') && !file.includes('/test/')
    for (const folder of ['playground/app-a', 'playground/app-b', 'examples/demo', 'benchmarks']) {
      expect(churn(folder, code)).toBeGreaterThan(churn('packages/x', code))
    }
  })

  it('counts an area’s code churn without its tests or its licence text, as git counts it', () => {
    const x = report.hotspots?.find(hotspot => hotspot.path === 'packages/x')
    expect(x?.churn).toBe(churn('packages/x', file => file.endsWith('/src/index.ts')))
    expect(churn('packages/x', file => file.includes('/test/'))).toBeGreaterThan(0)
    expect(x).toMatchObject({ changes: 1, people: 1, docsLastChanged: null })
  })

  it('takes a README as the area’s docs, and a test fixture’s README not', () => {
    // w changed its README in the window: documented. v's only doc change is test input.
    const paths = (report.hotspots ?? []).map(hotspot => hotspot.path)
    expect(paths).not.toContain('packages/w')
    expect(paths).toContain('packages/v')
  })

  it('leaves out a file .gitattributes marks generated, and counts it without the mark', async () => {
    expect((report.hotspots ?? []).map(hotspot => hotspot.path)).not.toContain('packages/gen')
    const unmarked = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-hotspots-unmarked-'))
    try {
      const steps = STEPS.map((step, i) =>
        i === 0 ? { ...step, files: { ...step.files, '.gitattributes': '* text=auto\n' } } : step
      )
      buildRepo(unmarked, steps)
      const plain = await runReport({
        source: gitSource({ repoPath: unmarked }),
        config: DEFAULT_CONFIG,
        window: WINDOW,
        now: new Date(WINDOW.until)
      })
      expect(plain.hotspots?.[0]).toMatchObject({ path: 'packages/gen', churn: 205 })
    } finally {
      fs.rmSync(unmarked, { recursive: true, force: true })
    }
  })

  it('says in plain words how far back no docs change was found', () => {
    const readSince = (historyWindows(WINDOW, 6)[0] as Window).since
    expect(report.hotspots?.[0]?.docsReadSince).toBe(readSince)
    const section = renderMarkdown(report).split('### Docs-debt hotspots')[1]?.split('###')[0]
    expect(section).toContain(
      `| \`packages/x\` | ${report.hotspots?.[0]?.churn} | 1 | 1 | none since ${readSince.slice(0, 10)} |`
    )
    expect(section).not.toContain('history read')
  })
})

describe('insight: what is an area, what is a docs change', () => {
  const role = (file: string, gitattributes?: string): string =>
    pathRole(file, DEFAULT_CONFIG.rules, gitattributes === undefined ? {} : { gitattributes })

  it('takes licence and notice texts for neither docs nor code, a source file so named for code', () => {
    for (const file of [
      'packages/x/LICENSE.md',
      'LICENSE',
      'LICENSE-MIT',
      'COPYING.LESSER',
      'NOTICE.txt',
      'THIRD_PARTY_NOTICES.md',
      'ThirdPartyNotices.txt'
    ]) {
      expect({ file, role: role(file) }).toEqual({ file, role: 'other' })
    }
    expect(role('src/license.ts')).toBe('code')
    expect(role('packages/x/README.md')).toBe('docs')
    expect(role('docs/licensing.md')).toBe('docs')
  })

  it('honours linguist-generated and linguist-vendored, and their unsetting', () => {
    expect(role('src/schema.ts')).toBe('code')
    expect(role('src/schema.ts', 'src/schema.ts linguist-generated\n')).toBe('other')
    expect(role('lib/x/a.ts', 'lib/x/** linguist-vendored\n')).toBe('other')
    expect(role('vendor/a.ts', 'vendor/** -linguist-vendored\n')).toBe('code')
  })

  it('keeps tests, fixtures and playgrounds out of areas and docs; examples out of areas only', () => {
    for (const file of [
      'playground/app/src/main.ts',
      'packages/x/__tests__/a.ts',
      'packages/x/src/a.test.ts',
      'packages/x/test/fixtures/README.md',
      'runtime-tests/node/index.ts',
      'e2e/login.ts'
    ]) {
      expect({ file, test: isTestData(file), outside: isOutsideAreas(file) }).toEqual({
        file,
        test: true,
        outside: true
      })
    }
    for (const file of ['examples/demo/main.ts', 'benchmarks/run.ts', 'src/a.bench.ts']) {
      expect({ file, test: isTestData(file), outside: isOutsideAreas(file) }).toEqual({
        file,
        test: false,
        outside: true
      })
    }
    for (const file of [
      'packages/x/src/playground.ts',
      'src/testing/index.ts',
      'src/latest/a.ts'
    ]) {
      expect({ file, outside: isOutsideAreas(file) }).toEqual({ file, outside: false })
    }
  })
})
