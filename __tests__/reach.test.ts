import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { githubSource } from '../src/collect/github.js'
import { createGitHubClient } from '../src/github/client.js'
import { installPulls } from './support/github-pulls.js'
import { LoopbackGitHub } from './support/github-server.js'
import { buildRepo, pullsFromCommits, type Step } from './support/history.js'
import { gitSource } from '../src/collect/git.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { REACH_UNREAD_NOTE, runReport } from '../src/engine.js'
import type { ReachItem, Report, ScoredChange } from '../src/model.js'
import type { SignalId } from '../src/classify/signal-ids.js'
import { renderJson } from '../src/render/json.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { issueBody } from '../src/render/report-issue.js'
import { parseCodeowners } from '../src/repo-files/codeowners.js'
import { sectionTools, toolOf } from '../src/repo-files/lint-tools.js'
import { workflowTriggers } from '../src/repo-files/workflows.js'
import { reachTargets } from '../src/score/reach.js'
import { FakeSource, change } from './support/fake-source.js'
import { GitRepo, cleanupGitRepos } from './support/git-repo.js'

const window = { since: '2024-03-01T00:00:00.000Z', until: '2024-04-01T00:00:00.000Z' }
const importsUtil = (name: string): string =>
  `import { slugify } from './lib/utils'\n\nexport const ${name} = slugify('${name}')\n`

function byPath(report: Report): Map<string, ReachItem> {
  return new Map((report.reach ?? []).map(item => [item.path, item]))
}

describe('reach (git source, a real repository)', () => {
  let repo: GitRepo
  let report: Report
  beforeAll(async () => {
    repo = GitRepo.init()
    repo.commitAll([
      // Before the window: three feature files, a package.json whose lint script runs eslint.
      {
        message: 'Start',
        date: '2024-01-10T10:00:00Z',
        files: {
          'src/a.ts': 'export const a = 1\n',
          'src/b.ts': 'export const b = 2\n',
          'src/c.ts': 'export const c = 3\n',
          'src/d.ts': 'export const d = 4\n',
          'src/e.ts': 'export const e = 5\n',
          'package.json': JSON.stringify({ scripts: { lint: 'eslint . && prettier --check .' } }),
          'docs/guide.md': '# Guide\n'
        }
      },
      // In the window: a shared module that two existing files are made to import...
      {
        message: 'Extract slug helpers into shared utils',
        date: '2024-03-02T10:00:00Z',
        files: {
          'src/lib/utils.ts':
            'export function slugify(text: string): string {\n  return text.toLowerCase()\n}\n',
          'src/a.ts': importsUtil('a'),
          'src/b.ts': importsUtil('b'),
          'src/c.ts': importsUtil('c')
        }
      },
      // ...and a third later, so it reaches further at the window's end than when introduced.
      {
        message: 'Use slugify in d',
        date: '2024-03-05T10:00:00Z',
        files: { 'src/d.ts': importsUtil('d') }
      },
      {
        message: 'ci: lint and test on pull requests',
        date: '2024-03-06T10:00:00Z',
        files: {
          '.github/workflows/ci.yml':
            'on:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n',
          '.github/workflows/nightly.yml': 'on:\n  schedule:\n    - cron: "0 3 * * *"\njobs: {}\n'
        }
      },
      {
        message: 'Lint rules',
        date: '2024-03-07T10:00:00Z',
        files: {
          '.eslintrc.json': '{ "rules": { "eqeqeq": "error" } }\n',
          'ruff.toml': 'line-length = 100\n'
        }
      },
      {
        message: 'Hooks',
        date: '2024-03-08T10:00:00Z',
        files: {
          '.husky/pre-commit': 'npx lint-staged\n',
          '.lintstagedrc.json': '{ "*.ts": "prettier --write" }\n',
          '.prettierrc': '{}\n'
        }
      },
      {
        message: 'Add code owners',
        date: '2024-03-09T10:00:00Z',
        files: { '.github/CODEOWNERS': '# owners\n/src/ @octo/core\n/src/lib/ \n*.md @octo/docs\n' }
      },
      // After the window: another importer, which reach at the window's end must not see.
      {
        message: 'Use slugify in e',
        date: '2024-04-03T10:00:00Z',
        files: { 'src/e.ts': importsUtil('e') }
      }
    ])
    report = await runReport({
      source: gitSource({ repoPath: repo.path }),
      config: DEFAULT_CONFIG,
      window,
      now: new Date(window.until)
    })
  })
  afterAll(() => cleanupGitRepos())

  it("counts a shared module's importers at the window's end and at its introduction", () => {
    expect(byPath(report).get('src/lib/utils.ts')).toMatchObject({
      kind: 'shared-module',
      present: true,
      importers: 4,
      importersAtIntroduction: 3
    })
  })

  it('says whether a lint config’s tool is run by CI (through a package script) or a hook', () => {
    const items = byPath(report)
    expect(items.get('.eslintrc.json')).toMatchObject({
      kind: 'lint-config',
      tool: 'eslint',
      ci: true,
      hook: false,
      runBy: ['.github/workflows/ci.yml']
    })
    // prettier runs from the lint script in CI and from lint-staged in the husky hook.
    expect(items.get('.prettierrc')).toMatchObject({ tool: 'prettier', ci: true, hook: true })
    expect(items.get('ruff.toml')).toMatchObject({
      tool: 'ruff',
      ci: false,
      hook: false,
      runBy: []
    })
  })

  it('reads what each workflow triggers on', () => {
    const items = byPath(report)
    expect(items.get('.github/workflows/ci.yml')).toMatchObject({
      triggers: ['pull_request', 'push'],
      push: true,
      pullRequest: true
    })
    expect(items.get('.github/workflows/nightly.yml')).toMatchObject({
      triggers: ['schedule'],
      push: false,
      pullRequest: false
    })
  })

  it('measures how much of the tree CODEOWNERS covers, the last matching entry deciding', () => {
    const item = byPath(report).get('.github/CODEOWNERS')
    // Owned: src/{a,b,c,d,e}.ts (src/lib/ is unowned
    // again by its later entry) and docs/guide.md.
    expect(item).toMatchObject({ kind: 'codeowners', entries: 3, coveredFiles: 6 })
    // 16 files: 7 before the window, utils, 2 workflows, 2 lint configs, 3 hook files, CODEOWNERS.
    expect(item).toMatchObject({ treeFiles: 16, coverage: 0.375 })
  })

  it('writes reach into the JSON and a line per item into the markdown', () => {
    const json = JSON.parse(renderJson(report)) as { reach: Record<string, unknown>[] }
    expect(json.reach.find(item => item.path === 'src/lib/utils.ts')).toEqual({
      path: 'src/lib/utils.ts',
      kind: 'shared-module',
      change: report.reach?.find(item => item.path === 'src/lib/utils.ts')?.change,
      present: true,
      importers: 4,
      importersAtIntroduction: 3
    })
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('### Reach')
    expect(markdown).toContain(
      '- `src/lib/utils.ts` (shared module): imported by 4 files (3 when it was introduced)'
    )
    expect(markdown).toContain(
      '- `ruff.toml` (lint/format config): ruff is run by no CI workflow or git hook'
    )
    expect(markdown).toContain(
      '- `.github/workflows/nightly.yml` (workflow): runs on `schedule` — not on push or pull requests'
    )
    expect(markdown).toMatch(
      /- `\.github\/CODEOWNERS` \(code owners\): 3 entries cover \d+% of the tree \(6 of 16 files\)/
    )
  })
})

describe('reach and percentiles on every surface', () => {
  it('reach the report issue (and the job summary, which is the markdown report)', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'ci: test on pull requests',
      date: '2024-03-02T10:00:00Z',
      files: { '.github/workflows/test.yml': 'on: [pull_request]\njobs: {}\n' }
    })
    const report = await runReport({
      source: gitSource({ repoPath: repo.path }),
      config: DEFAULT_CONFIG,
      window,
      now: new Date(window.until)
    })
    const body = issueBody(report, 'https://github.com/octo/widgets/actions/runs/1')
    expect(body).toContain(
      '### Reach\n\n<details><summary>How far 1 pattern and automation change of the window reaches</summary>\n\n- `.github/workflows/test.yml` (workflow): runs on `pull_request`'
    )
    // A 31-day window meets the 30-day reference windows, but one change gives a low-confidence
    // index: no rank, and the note says how wide it would run.
    expect(report.reference).toMatchObject({ windowDays: 30, reportDays: 31 })
    expect(body).not.toContain('Higher than')
    expect(body).toMatch(
      /No percentiles: the index is of low confidence: its 90 % range \(\d+–\d+\) runs from the \d+(?:st|nd|rd|th) to the \d+(?:st|nd|rd|th) percentile of the reference 30-day windows/
    )
  })
})

describe('reach through the GitHub API (loopback GitHub, answered from a real clone)', () => {
  const API_WINDOW = { since: '2026-10-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }
  const uses = (name: string): string =>
    `import { slugify } from './lib/utils'\nexport const ${name} = slugify('${name}')\n`
  const STEPS: Step[] = [
    {
      message: 'Start',
      files: {
        'src/a.ts': 'export const a = 1\n',
        'src/b.ts': 'export const b = 1\n',
        'src/c.ts': 'export const c = 1\n',
        'package.json': JSON.stringify({ scripts: { lint: 'eslint .' } })
      }
    },
    {
      message: 'Extract slug helpers into shared utils',
      files: {
        'src/lib/utils.ts':
          'export function slugify(text: string): string {\n  return text.toLowerCase()\n}\n',
        'src/a.ts': uses('a'),
        'src/b.ts': uses('b'),
        'src/c.ts': uses('c')
      }
    },
    {
      message: 'ci: lint',
      files: {
        '.github/workflows/ci.yml':
          'on: [push, pull_request]\njobs:\n  l:\n    steps:\n      - run: npm run lint\n'
      }
    },
    { message: 'Lint rules', files: { 'eslint.config.js': 'export default []\n' } },
    { message: 'Owners', files: { CODEOWNERS: '* @octo/all\n' } }
  ]
  let repo: string
  let server: LoopbackGitHub
  beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-reach-api-'))
    buildRepo(repo, STEPS)
    const shas = execFileSync('git', ['rev-list', 'HEAD'], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n')
    server = await LoopbackGitHub.start()
    installPulls(server, {
      owner: 'octo',
      name: 'demo',
      defaultBranch: 'main',
      pulls: pullsFromCommits(repo, STEPS),
      commits: shas.map((oid, i) => ({
        oid,
        message: 'm',
        author: { name: 'Mona', email: 'mona@example.com' },
        committedDate: new Date(
          execFileSync('git', ['show', '-s', '--format=%cI', oid], {
            cwd: repo,
            encoding: 'utf8'
          }).trim()
        ).toISOString(),
        pulls: [shas.length - i],
        files: []
      })),
      gitDir: repo
    })
    // GitHub's recursive tree listing, from the clone.
    server.route('GET', '/repos/:owner/:repo/git/trees/:sha', request => {
      const listed = execFileSync('git', ['ls-tree', '-r', request.params.sha ?? ''], {
        cwd: repo,
        encoding: 'utf8'
      })
      const tree = listed
        .trim()
        .split('\n')
        .map(line => {
          const [meta = '', file = ''] = line.split('\t')
          const [mode, type, sha] = meta.split(' ')
          return { path: file, mode, type, sha }
        })
      return { body: { sha: request.params.sha, tree, truncated: false } }
    })
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(repo, { recursive: true, force: true })
  })

  it('reads the same reach as the clone does, in a few batched requests', async () => {
    const client = createGitHubClient({
      token: 't',
      apiUrl: server.url,
      graphqlUrl: server.graphqlUrl,
      writeSpacingMs: 0
    })
    const remote = await runReport({
      source: githubSource({ client, repository: 'octo/demo' }),
      config: DEFAULT_CONFIG,
      window: API_WINDOW,
      now: new Date(API_WINDOW.until)
    })
    const local = await runReport({
      source: gitSource({ repoPath: repo }),
      config: DEFAULT_CONFIG,
      window: API_WINDOW,
      now: new Date(API_WINDOW.until)
    })
    expect(server.graphqlErrors).toEqual([])
    // The same figures; the API reads no importers at introduction (a PR number names no commit).
    const figures = (report: Report) =>
      (report.reach ?? []).map(item => {
        const { change: _change, ...rest } = item
        if (rest.kind === 'shared-module') delete rest.importersAtIntroduction
        return rest
      })
    expect(figures(remote)).toEqual(figures(local))
    expect(
      figures(remote)
        .map(item => item.kind)
        .sort()
    ).toEqual(['codeowners', 'lint-config', 'shared-module', 'workflow'])
    expect(byPath(remote).get('src/lib/utils.ts')).toMatchObject({ importers: 3 })
    expect(byPath(remote).get('eslint.config.js')).toMatchObject({
      ci: true,
      runBy: ['.github/workflows/ci.yml']
    })
    expect(byPath(remote).get('CODEOWNERS')).toMatchObject({ coverage: 1 })
    expect(server.requests.filter(request => request.path.includes('/git/trees/'))).toHaveLength(1)
  })
})

describe('reach without a local clone', () => {
  it('is left out with a note when the source cannot read the tree', async () => {
    const source = new FakeSource({
      changes: [
        change({
          time: '2024-03-03T00:00:00Z',
          title: 'ci: add workflow',
          files: [
            { path: '.github/workflows/ci.yml', status: 'added', additions: 20, deletions: 0 }
          ]
        })
      ]
    })
    const report = await runReport({
      source,
      config: DEFAULT_CONFIG,
      window,
      now: new Date(window.until)
    })
    expect(report.reach).toBeUndefined()
    expect(report.notes).toContain(REACH_UNREAD_NOTE)
  })
})

describe('score/reach', () => {
  it('takes each file once, from the earliest change of the window that named it', () => {
    const scored = (
      id: string,
      time: string,
      file: string,
      signal: SignalId = 'path:ci-workflows'
    ): ScoredChange => ({
      id,
      kind: 'commit',
      title: id,
      author: { name: 'Ada' },
      time,
      categories: ['automation'],
      reasons: [{ category: 'automation', file, signal, detail: '' }],
      authorIsBot: false
    })
    const targets = reachTargets([
      scored('late', '2024-03-20T00:00:00Z', '.github/workflows/ci.yml'),
      scored('early', '2024-03-02T00:00:00Z', '.github/workflows/ci.yml'),
      scored('script', '2024-03-03T00:00:00Z', 'scripts/release.sh', 'path:scripts')
    ])
    expect(targets).toEqual([
      { path: '.github/workflows/ci.yml', kind: 'workflow', change: 'early' }
    ])
  })

  it('names the tool of a lint config from its file name', () => {
    expect(
      [
        '.eslintrc.json',
        'eslint.config.mjs',
        '.golangci.yml',
        '.rubocop_todo.yml',
        'rustfmt.toml',
        'checkstyle-rules.xml',
        'mypy.ini',
        '.clang-format'
      ].map(toolOf)
    ).toEqual([
      'eslint',
      'eslint',
      'golangci',
      'rubocop_todo',
      'rustfmt',
      'checkstyle',
      'mypy',
      'clang-format'
    ])
  })

  it('names the tools of a shared config file by its sections', () => {
    expect(
      sectionTools('[project]\nname = "x"\n[tool.ruff]\n[tool.ruff.lint]\n[tool.mypy]\n')
    ).toEqual(['mypy', 'ruff'])
    expect(sectionTools('[metadata]\n[flake8]\nmax-line-length = 100\n')).toEqual(['flake8'])
    expect(sectionTools(undefined)).toEqual([])
  })

  it('reads `on:` as a word, a list or a map, and nothing from broken YAML', () => {
    expect(workflowTriggers('on: push\n')).toEqual(['push'])
    expect(workflowTriggers('on: [push, pull_request]\n')).toEqual(['pull_request', 'push'])
    expect(workflowTriggers('on:\n  workflow_dispatch:\n')).toEqual(['workflow_dispatch'])
    expect(workflowTriggers('on: [push\n')).toEqual([])
  })

  it('matches CODEOWNERS patterns as git does: anchored, at any depth, folders', () => {
    const [anchored, anywhere, folder] = parseCodeowners('/build/ @a\n*.js @b\ndocs/ @c\n').rules
    expect(anchored?.matches('build/x.ts')).toBe(true)
    expect(anchored?.matches('src/build/x.ts')).toBe(false)
    expect(anywhere?.matches('src/deep/x.js')).toBe(true)
    expect(folder?.matches('docs/a/b.md')).toBe(true)
  })
})
