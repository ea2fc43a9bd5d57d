// Reach judged from a tree already read: which files of the window's changes it is read for, and
// what it says of each kind — in memory, without git or a server (reach.test.ts reads real trees).
import { describe, expect, it } from '@jest/globals'
import { LINT_CONFIG_PATH, SIGNAL } from '../src/classify/signal-ids.js'
import type { SignalId } from '../src/classify/signal-ids.js'
import type { CategoryId, ReachFacts, ScoredChange, TreeSnapshot } from '../src/model.js'
import { computeReach, reachTargets } from '../src/score/reach.js'
import { classified } from './support/fake-source.js'

/** A change at `time` whose one reason names `file` by `signal`. */
function named(
  file: string | undefined,
  signal: SignalId,
  time: string,
  category: CategoryId = 'patterns',
  id?: string
): ScoredChange {
  return classified([category], {
    time,
    ...(id === undefined ? {} : { id }),
    reasons: [{ category, signal, detail: 'x', ...(file === undefined ? {} : { file }) }]
  })
}

const WORKFLOW_SIGNAL = 'path:ci-workflows' as SignalId
const DAY1 = '2026-11-01T00:00:00.000Z'
const DAY2 = '2026-11-02T00:00:00.000Z'

describe('score/reach: what reach is read for', () => {
  it('reads a shared module, a lint config, a workflow and a CODEOWNERS file, nothing else', () => {
    const targets = reachTargets([
      named('src/lib/retry.ts', SIGNAL.sharedModule, DAY1),
      named('.eslintrc.json', LINT_CONFIG_PATH, DAY1, 'automation'),
      named('ruff.toml', SIGNAL.lintRules, DAY1, 'automation'),
      named('.github/workflows/ci.yml', WORKFLOW_SIGNAL, DAY1, 'automation'),
      named('.github/CODEOWNERS', 'path:codeowners' as SignalId, DAY1),
      named('docs/CODEOWNERS', 'path:codeowners' as SignalId, DAY1),
      named('CODEOWNERS', 'path:codeowners' as SignalId, DAY1),
      named('src/CODEOWNERS', 'path:codeowners' as SignalId, DAY1),
      named('.github/workflows/sub/x.yml', WORKFLOW_SIGNAL, DAY1, 'automation'),
      named('README.md', 'path:docs' as SignalId, DAY1),
      named(undefined, SIGNAL.sharedModule, DAY1),
      // Documentation reasons are not reach's, whatever they name.
      named('.github/workflows/docs.yml', WORKFLOW_SIGNAL, DAY1, 'documentation')
    ])
    expect(targets.map(target => [target.kind, target.path])).toEqual([
      ['lint-config', '.eslintrc.json'],
      ['codeowners', '.github/CODEOWNERS'],
      ['workflow', '.github/workflows/ci.yml'],
      ['codeowners', 'CODEOWNERS'],
      ['codeowners', 'docs/CODEOWNERS'],
      ['lint-config', 'ruff.toml'],
      ['shared-module', 'src/lib/retry.ts']
    ])
  })

  it('names a file once, by the earliest change naming it, the lower id on a tie', () => {
    const later = named('src/lib/a.ts', SIGNAL.sharedModule, DAY2, 'patterns', 'b'.repeat(40))
    const first = named('src/lib/a.ts', SIGNAL.sharedModule, DAY1, 'patterns', 'c'.repeat(40))
    const tie = named('src/lib/a.ts', SIGNAL.sharedModule, DAY1, 'patterns', 'a'.repeat(40))
    const tieHigher = named('src/lib/a.ts', SIGNAL.sharedModule, DAY1, 'patterns', 'd'.repeat(40))
    for (const order of [
      [later, first, tie, tieHigher],
      [tieHigher, tie, first, later]
    ]) {
      expect(reachTargets(order)).toEqual([
        { path: 'src/lib/a.ts', kind: 'shared-module', change: 'a'.repeat(40) }
      ])
    }
  })

  it('puts the newest first, then by path, and keeps 20', () => {
    const changes = Array.from({ length: 25 }, (_, i) =>
      named(`src/lib/m${String(i).padStart(2, '0')}.ts`, SIGNAL.sharedModule, i < 2 ? DAY2 : DAY1)
    )
    const targets = reachTargets([...changes].reverse())
    expect(targets).toHaveLength(20)
    expect(targets.slice(0, 3).map(target => target.path)).toEqual([
      'src/lib/m00.ts',
      'src/lib/m01.ts',
      'src/lib/m02.ts'
    ])
    expect(targets.at(-1)?.path).toBe('src/lib/m19.ts')
  })
})

/** A tree of `texts` (and `more` files not read); complete unless told. */
function tree(
  texts: Record<string, string>,
  more: string[] = [],
  incomplete = false
): TreeSnapshot {
  return {
    commit: 'e'.repeat(40),
    files: [...Object.keys(texts), ...more],
    texts,
    ...(incomplete ? { incomplete: true } : {})
  }
}

const facts = (end: TreeSnapshot, introductions: ReachFacts['introductions'] = {}): ReachFacts => ({
  end,
  introductions,
  reads: { calls: 0, blobs: 0 }
})

describe('score/reach: what it says', () => {
  const target = (
    kind: 'shared-module' | 'lint-config' | 'workflow' | 'codeowners',
    path: string
  ) => ({
    kind,
    path,
    change: 'a'.repeat(40)
  })

  it('counts the files that import a shared module, now and when it came', () => {
    const end = tree({
      'src/lib/retry.ts': 'export const retry = 1\n',
      'src/a.ts': "import { retry } from './lib/retry.js'\n",
      'src/b.ts': "import { retry } from './lib/retry'\n",
      'src/c.ts': "import { other } from './lib/other.js'\n",
      'src/notes.md': "import { retry } from './lib/retry.js'\n"
    })
    const introduction = tree({
      'src/lib/retry.ts': 'export const retry = 1\n',
      'src/a.ts': "import { retry } from './lib/retry.js'\n"
    })
    const [item] = computeReach(
      [target('shared-module', 'src/lib/retry.ts')],
      facts(end, { 'src/lib/retry.ts': introduction })
    )
    expect(item).toEqual({
      kind: 'shared-module',
      path: 'src/lib/retry.ts',
      change: 'a'.repeat(40),
      present: true,
      importers: 2,
      importersAtIntroduction: 1
    })
    const [gone] = computeReach([target('shared-module', 'src/lib/gone.ts')], facts(end))
    expect(gone).toMatchObject({ present: false, importers: 0 })
    expect(gone).not.toHaveProperty('importersAtIntroduction')
    const cut = tree({}, [], true)
    expect(computeReach([target('shared-module', 'src/x.ts')], facts(cut))[0]?.present).toBeNull()
  })

  it('says a lint config is run by CI, by a hook, or by neither, and through which files', () => {
    const config = target('lint-config', '.eslintrc.json')
    const judge = (texts: Record<string, string>) =>
      computeReach([config], facts(tree({ '.eslintrc.json': '{}', ...texts })))[0]
    expect(judge({ '.github/workflows/ci.yml': 'run: npx eslint .\n' })).toEqual({
      kind: 'lint-config',
      path: '.eslintrc.json',
      change: 'a'.repeat(40),
      present: true,
      tool: 'eslint',
      ci: true,
      hook: false,
      runBy: ['.github/workflows/ci.yml']
    })
    // Through a package.json script the workflow runs.
    expect(
      judge({
        'package.json': JSON.stringify({ scripts: { lint: 'eslint .' } }),
        '.github/workflows/ci.yml': 'run: npm run lint\n'
      })
    ).toMatchObject({ ci: true, hook: false })
    expect(judge({ '.husky/pre-commit': 'npx eslint --fix\n' })).toMatchObject({
      ci: false,
      hook: true,
      runBy: ['.husky/pre-commit']
    })
    // A word that only ends in the tool's name runs nothing, nor one that only starts with it.
    expect(judge({ '.github/workflows/ci.yml': 'run: npx my-eslint .\n' })).toMatchObject({
      ci: false,
      hook: false,
      runBy: []
    })
    expect(
      judge({ '.github/workflows/ci.yml': 'run: npx eslint-doc-generator --check\n' })
    ).toMatchObject({ ci: false, hook: false, runBy: [] })
  })

  it('takes lint-staged for a hook only when a hook runs lint-staged', () => {
    const config = target('lint-config', '.prettierrc')
    const staged = { '.lintstagedrc.json': '{ "*.ts": "prettier --write" }' }
    const judge = (texts: Record<string, string>) =>
      computeReach([config], facts(tree({ '.prettierrc': '{}', ...texts })))[0]
    expect(judge(staged)).toMatchObject({ hook: false, runBy: ['.lintstagedrc.json'] })
    expect(judge({ ...staged, '.husky/pre-commit': 'npx lint-staged\n' })).toMatchObject({
      hook: true,
      ci: false
    })
    // A hook that runs lint-staged, and no lint-staged config naming the tool: no hook runs it.
    expect(judge({ '.husky/pre-commit': 'npx lint-staged\n' })).toMatchObject({ hook: false })
  })

  it('takes no mention of lint-staged for a hook that runs it but a hook’s own', () => {
    const config = target('lint-config', '.prettierrc')
    const judge = (texts: Record<string, string>) =>
      computeReach([config], facts(tree({ '.prettierrc': '{}', ...texts })))[0]
    const staged = { '.lintstagedrc': '# run by lint-staged\n*.ts: prettier --write\n' }
    expect(judge(staged)).toMatchObject({ hook: false, runBy: ['.lintstagedrc'] })
    expect(
      judge({ ...staged, 'package.json': JSON.stringify({ 'lint-staged': { '*.ts': 'x' } }) })
    ).toMatchObject({ hook: false })
    expect(judge({ ...staged, '.husky/pre-commit': 'npm test\n' })).toMatchObject({ hook: false })
    expect(judge({ ...staged, '.husky/pre-commit': 'npx lint-staged\n' })).toMatchObject({
      hook: true
    })
  })

  it('lists as runners only workflows and hooks, whatever else names the tool', () => {
    const config = target('lint-config', '.eslintrc.json')
    const end = tree({
      '.eslintrc.json': '{ "extends": "eslint:recommended" }',
      'package.json': JSON.stringify({ devDependencies: { eslint: '9' } }),
      '.husky/pre-push': 'npm test\n'
    })
    expect(computeReach([config], facts(end))[0]).toMatchObject({
      ci: false,
      hook: false,
      runBy: []
    })
  })

  it('finds an import on any line of an importer', () => {
    const end = tree({
      'src/lib/retry.ts': 'export const retry = 1\n',
      'src/a.ts':
        "// the client\nimport fs from 'node:fs'\nimport { retry } from './lib/retry.js'\n"
    })
    expect(
      computeReach([target('shared-module', 'src/lib/retry.ts')], facts(end))[0]
    ).toMatchObject({ importers: 1 })
  })

  it('names the tools of a shared config by its sections', () => {
    const config = target('lint-config', 'pyproject.toml')
    const end = tree({
      'pyproject.toml': '[tool.ruff]\nline-length = 100\n[tool.mypy]\nstrict = true\n',
      '.pre-commit-config.yaml': 'repos:\n  - id: ruff\n'
    })
    expect(computeReach([config], facts(end))[0]).toMatchObject({
      tool: 'mypy, ruff',
      hook: true,
      ci: false
    })
  })

  it('reads what a workflow runs on: push, pull requests of either kind, or neither', () => {
    const judge = (text: string) =>
      computeReach(
        [target('workflow', '.github/workflows/ci.yml')],
        facts(tree({ '.github/workflows/ci.yml': text }))
      )[0]
    expect(judge('on: [push, pull_request]\n')).toMatchObject({
      kind: 'workflow',
      present: true,
      triggers: ['pull_request', 'push'],
      push: true,
      pullRequest: true
    })
    expect(judge('on: pull_request_target\n')).toMatchObject({ push: false, pullRequest: true })
    expect(judge('on: schedule\n')).toMatchObject({ push: false, pullRequest: false })
  })

  it('measures how much of the tree CODEOWNERS covers, and nothing for one GitHub does not read', () => {
    const end = tree({ '.github/CODEOWNERS': '/src/ @octo/src\n/docs/\n' }, [
      'src/a.ts',
      'src/b.ts',
      'docs/x.md',
      'README.md',
      'CODEOWNERS'
    ])
    const [read] = computeReach([target('codeowners', '.github/CODEOWNERS')], facts(end))
    expect(read).toEqual({
      kind: 'codeowners',
      path: '.github/CODEOWNERS',
      change: 'a'.repeat(40),
      present: true,
      entries: 2,
      coveredFiles: 2,
      treeFiles: 6,
      coverage: 0.3333
    })
    const [shadowed] = computeReach([target('codeowners', 'CODEOWNERS')], facts(end))
    expect(shadowed).toMatchObject({ coveredFiles: 0, treeFiles: 6, coverage: 0 })
    const [empty] = computeReach([target('codeowners', 'CODEOWNERS')], facts(tree({})))
    expect(empty).toMatchObject({ present: false, entries: 0, treeFiles: 0, coverage: 0 })
  })
})
