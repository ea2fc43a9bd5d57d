import { describe, expect, it } from '@jest/globals'
import { createClassifier } from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { DEFAULT_NUDGE_OPTIONS, type NudgeOptions } from '../src/advise/nudge.js'
import { NUDGE_RULES, nudgesFor } from '../src/advise/nudges.js'
import {
  DEFAULT_PUBLIC_API,
  manifestEntries,
  rustPublicModules,
  type PublicApiFacts
} from '../src/advise/public-api.js'
import { quietReason } from '../src/advise/voice.js'
import type { Author, ClassifiedChange, FileChange } from '../src/model.js'

const ADA: Author = { name: 'Ada', login: 'ada', type: 'User' }

/** A realistic PR, classified by the default rules: the nudges read the same verdict. */
function pull(
  title: string,
  files: FileChange[],
  extra: { author?: Author; labels?: string[] } = {}
): ClassifiedChange {
  return createClassifier(DEFAULT_RULESET, {}).classify({
    id: '42',
    kind: 'pull_request',
    title,
    body: '',
    author: extra.author ?? ADA,
    time: '2026-02-01T00:00:00Z',
    labels: extra.labels ?? [],
    files
  })
}

/** A file whose patch adds `lines` (and removes `removed`). */
function edited(
  path: string,
  lines: string[],
  status: FileChange['status'] = 'modified',
  removed: string[] = []
): FileChange {
  const patch = [
    `@@ -1,${removed.length} +1,${lines.length} @@`,
    ...removed.map(line => `-${line}`),
    ...lines.map(line => `+${line}`)
  ].join('\n')
  return { path, status, additions: lines.length, deletions: removed.length, patch }
}

const ids = (change: ClassifiedChange, options?: NudgeOptions): string[] =>
  nudgesFor(change, options).map(nudge => nudge.id)

// hono's package.json maps each entry to dist/; the sources sit under src/.
const HONO_LIKE: PublicApiFacts = {
  jsEntries: manifestEntries(
    'package.json',
    JSON.stringify({
      main: 'dist/cjs/index.js',
      exports: {
        '.': { types: './dist/types/index.d.ts', import: './dist/index.js' },
        './timing': {
          types: './dist/types/middleware/timing/index.d.ts',
          import: './dist/middleware/timing/index.js'
        },
        './adapter/*': './dist/adapter/*/index.js'
      }
    })
  ),
  rustModules: []
}
const withApi = (publicApi: PublicApiFacts): NudgeOptions => ({
  ...DEFAULT_NUDGE_OPTIONS,
  publicApi
})

describe('advise/nudges: each kind fires on a PR that needs it and not on one that does not', () => {
  it('registers one rule per nudge kind', () => {
    expect(NUDGE_RULES.map(rule => rule.id)).toEqual([
      'public-surface-without-docs',
      'exported-api-without-docs',
      'workflow-without-docs',
      'many-files-without-tests',
      'hotspot-without-docs'
    ])
  })

  it('reads entry points from package.json exports (dist mapped to src) and pub mods from lib.rs', () => {
    expect(HONO_LIKE.jsEntries).toEqual(
      expect.arrayContaining(['src/index', 'src/middleware/timing/index', 'src/adapter/*/index'])
    )
    expect(manifestEntries('packages/ui/package.json', '{"name":"ui"}')).toEqual([
      'packages/ui/index'
    ])
    expect(manifestEntries('package.json', '{"private":true}')).toEqual([])
    expect(manifestEntries('package.json', 'not json')).toEqual([])
    expect(
      rustPublicModules('src/lib.rs', 'pub mod parser;\nmod private;\npub(crate) mod x;')
    ).toEqual(['src/parser'])
  })

  describe('public-surface-without-docs', () => {
    it('fires on a new package entry point and on a new Go file with exported names', () => {
      const middleware = pull('feat: add timing middleware', [
        edited('src/middleware/timing/index.ts', ['export const timing = () => {}'], 'added'),
        edited('src/middleware/timing/index.test.ts', ["it('times', () => {})"], 'added')
      ])
      expect(ids(middleware, withApi(HONO_LIKE))).toEqual(['public-surface-without-docs'])
      const adapter = pull('feat: add an adapter', [
        edited('src/adapter/bun/index.ts', ['export const serve = 1'], 'added')
      ])
      expect(ids(adapter, withApi(HONO_LIKE))).toEqual(['public-surface-without-docs'])
      const pdf = pull('feat(render): add PDF renderer', [
        edited('render/pdf.go', ['package render', 'type PDF struct {', '}'], 'added')
      ])
      expect(nudgesFor(pdf)[0]).toEqual({
        id: 'public-surface-without-docs',
        files: ['render/pdf.go'],
        names: ['PDF']
      })
    })

    it('stays quiet on fixtures, playgrounds, examples, internal modules and a documented PR', () => {
      const quiet = [
        pull('test: add a fixture app', [
          edited('playground/ssr-app/src/index.ts', ['export const app = 1'], 'added'),
          edited('test/fixtures/app/index.ts', ['export const app = 1'], 'added'),
          edited('examples/basic/index.ts', ['export const app = 1'], 'added')
        ]),
        pull('refactor: split url helpers', [
          edited('src/utils/url-helpers.ts', ['export const trailingSeparatorRE = /x/'], 'added')
        ]),
        pull('refactor: internal buffer', [
          edited('internal/bytesconv/pool.go', ['func Get() {}'], 'added'),
          edited('render/helpers.go', ['func helper() {}'], 'added')
        ]),
        pull('feat: add timing middleware', [
          edited('src/middleware/timing/index.ts', ['export const timing = () => {}'], 'added'),
          edited('docs/middleware/timing.md', ['# Timing', 'Use it like this.'], 'added')
        ])
      ]
      for (const change of quiet) expect(ids(change, withApi(HONO_LIKE))).toEqual([])
    })
  })

  describe('exported-api-without-docs', () => {
    it('fires on public API added to an entry point, a Go package, lib.rs and __init__.py', () => {
      const entry = pull('feat: export timing', [
        edited('src/index.ts', ["export { timing, type TimingOptions } from './timing'"])
      ])
      expect(nudgesFor(entry, withApi(HONO_LIKE))[0]).toMatchObject({
        id: 'exported-api-without-docs',
        names: ['timing', 'TimingOptions']
      })
      // A name added inside a multi-line export list of an entry point.
      const listed: FileChange = {
        path: 'src/index.ts',
        status: 'modified',
        additions: 1,
        deletions: 0,
        patch: "@@ -20,3 +20,4 @@\n export type {\n   Env,\n+  TimingVariables,\n } from './types'"
      }
      expect(
        nudgesFor(pull('feat: export TimingVariables', [listed]), withApi(HONO_LIKE))[0]
      ).toMatchObject({
        names: ['TimingVariables']
      })
      const go = pull('feat(context): add Scheme()', [
        edited('context.go', ['func (c *Context) Scheme() string {', '}'])
      ])
      expect(nudgesFor(go)[0]).toMatchObject({ names: ['Scheme'] })
      const rust = pull('feat: render helper', [
        edited('src/lib.rs', ['pub fn render() {}', 'pub(crate) fn internal() {}'])
      ])
      expect(nudgesFor(rust)[0]).toMatchObject({ names: ['render'] })
      const python = pull('feat: load helper', [
        edited('httpx/__init__.py', ['def load(path):', 'def _private():', '__all__ = ["load"]'])
      ])
      expect(nudgesFor(python)[0]).toMatchObject({ names: ['load'] })
    })

    it('stays quiet on exports of internal modules, moved declarations and private names', () => {
      const quiet = [
        pull('fix: trailing separators', [
          edited('src/utils/url.ts', ['export const trailingSeparatorRE = /\\/$/'])
        ]),
        pull('refactor: change a signature', [
          edited('src/index.ts', ['export function parse(a, b) {'], 'modified', [
            'export function parse(a) {'
          ])
        ]),
        pull('refactor: parser', [edited('src/parser.rs', ['pub fn parse() {}'])]),
        pull('fix: helper', [edited('internal/fs/fs.go', ['func Open() {}'])]),
        pull('test: helper', [edited('context_test.go', ['func TestScheme(t *testing.T) {'])]),
        pull('refactor: helpers', [edited('httpx/_utils.py', ['def load(path):'])])
      ]
      for (const change of quiet) expect(ids(change, withApi(HONO_LIKE))).toEqual([])
    })
  })

  describe('workflow-without-docs', () => {
    const step = ['      - name: Test on Windows', '        run: npm test']
    it('fires when a workflow gains steps and nothing documents it', () => {
      const change = pull('ci: test on Windows', [edited('.github/workflows/ci.yml', step)])
      expect(ids(change)).toEqual(['workflow-without-docs'])
    })

    it('stays quiet when the PR edits CONTRIBUTING.md or a template, on pin-only bumps, and where the workflow is incidental', () => {
      // gin-gonic/gin#4580: two workflow lines beside a dependency upgrade, output by the verdict.
      const incidental = pull('chore(deps): upgrade Go dependencies and CI action versions', [
        edited('.github/workflows/gin.yml', ["        go: ['1.25', '1.26']"], 'modified', [
          "        go: ['1.24', '1.25']"
        ]),
        edited(
          'go.mod',
          Array.from({ length: 20 }, (_, i) => `\tgolang.org/x/m${i} v0.${i}.0`)
        )
      ])
      expect(incidental.categories).toEqual([])
      expect(ids(incidental)).toEqual([])
      // gin-gonic/gin#4531: a ci: PR that only requotes values and adds a matrix entry.
      const requoted = pull('ci: standardize Trivy config quotes', [
        edited(
          '.github/workflows/trivy-scan.yml',
          [
            '    - cron: "0 0 * * *"',
            '          scan-type: "fs"',
            '        go: ["1.24", "1.25", "1.26"]'
          ],
          'modified',
          ["    - cron: '0 0 * * *'", "          scan-type: 'fs'", '        go: ["1.24", "1.25"]']
        )
      ])
      expect(requoted.categories).toEqual(['automation'])
      expect(ids(requoted)).toEqual([])
      const documented = pull('ci: test on Windows', [
        edited('.github/workflows/ci.yml', step),
        edited('CONTRIBUTING.md', ['Windows runs too.']),
        edited('.github/PULL_REQUEST_TEMPLATE.md', ['- [ ] tested on Windows'])
      ])
      expect(ids(documented)).toEqual([])
      const pins = pull('chore(deps): bump actions/checkout from 4 to 5', [
        edited('.github/workflows/ci.yml', ['      - uses: actions/checkout@v5'], 'modified', [
          '      - uses: actions/checkout@v4'
        ])
      ])
      expect(pins.reasons.map(reason => reason.signal)).toContain('diff:version-pin-only')
      expect(ids(pins)).toEqual([])
    })
  })

  describe('many-files-without-tests', () => {
    const sources = (folder: string): FileChange[] =>
      Array.from({ length: 15 }, (_, i) => edited(`${folder}/part${i}.go`, ['x := 1']))
    it('fires on 15 product files and no test', () => {
      expect(ids(pull('refactor: rename the router', sources('router')))).toEqual([
        'many-files-without-tests'
      ])
    })
    it('stays quiet with one test changed, on examples or test data, and below 15 files', () => {
      const withTest = [...sources('router'), edited('router/part0_test.go', ['x := 1'])]
      expect(ids(pull('refactor: rename the router', withTest))).toEqual([])
      expect(ids(pull('chore: update examples', sources('examples/router')))).toEqual([])
      expect(ids(pull('test: refresh data', sources('testdata')))).toEqual([])
      expect(ids(pull('refactor: rename', sources('router').slice(1)))).toEqual([])
    })
    it('does not count vendored files, however many more than the reasons name', () => {
      // A vendored library upgrade: 20 files the verdict excludes, though its reasons list 5.
      const files = Array.from({ length: 20 }, (_, i) =>
        edited(`src/pip/_vendor/packaging/part${i}.py`, ['x = 1'])
      )
      const vendored = pull('Upgrade packaging to 26.3', files)
      expect(vendored.reasons.filter(reason => reason.category === 'excluded')).toHaveLength(5)
      expect(ids(vendored)).toEqual([])
    })
  })

  describe('hotspot-without-docs', () => {
    const hotspots = { ...DEFAULT_NUDGE_OPTIONS, hotspots: ['src/web'] }
    it('fires on code in a hotspot area without docs', () => {
      const change = pull('fix: page', [edited('src/web/page.ts', ['const a = 1'])])
      expect(ids(change, hotspots)).toEqual(['hotspot-without-docs'])
    })
    it('stays quiet outside the hotspots and when the PR documents the area', () => {
      expect(
        ids(pull('fix: server', [edited('src/api/server.ts', ['const a = 1'])]), hotspots)
      ).toEqual([])
      const documented = pull('fix: page', [
        edited('src/web/page.ts', ['const a = 1']),
        edited('src/web/README.md', ['How the page renders now.'])
      ])
      expect(ids(documented, hotspots)).toEqual([])
    })
  })

  it('gives no nudge to a bot’s pull request', () => {
    const bump = pull(
      'chore(deps): bump golang.org/x/net',
      Array.from({ length: 16 }, (_, i) => edited(`pkg/p${i}.go`, ['func New() {}'])),
      { author: { name: 'dependabot[bot]', login: 'dependabot[bot]', type: 'Bot' } }
    )
    expect(nudgesFor(bump)).toEqual([])
  })
})

describe('advise/voice: whether the comment speaks', () => {
  const output = pull('fix: a typo in a log line', [edited('src/log.go', ['a := 1'])])
  const docs = pull('docs: explain the router', [
    edited(
      'docs/router.md',
      Array.from({ length: 20 }, () => 'How the router matches.')
    )
  ])
  it('is quiet on output with nothing to act on, unless asked to always speak', () => {
    expect(output.categories).toEqual([])
    expect(quietReason(output, [])).toBe('nothing-to-say')
    expect(quietReason(output, [{ id: 'many-files-without-tests', files: [] }])).toBeUndefined()
    expect(
      quietReason(output, [], { onlyWhenChanged: false, commentOnBots: false })
    ).toBeUndefined()
    expect(quietReason(docs, [])).toBeUndefined()
  })
  it('is quiet on a bot’s PR unless opted in, and under the skip label whatever the PR', () => {
    const bot = pull('chore(deps): bump x', [edited('go.mod', ['require x v1.2.0'])], {
      author: { name: 'renovate[bot]', login: 'renovate[bot]' }
    })
    expect(quietReason(bot, [])).toBe('bot')
    expect(quietReason(bot, [], { onlyWhenChanged: true, commentOnBots: true })).toBe(
      'nothing-to-say'
    )
    const skipped = pull('docs: explain the router', docs.files, { labels: ['Multiplier:Skip'] })
    expect(quietReason(skipped, [])).toBe('skip-label')
  })
  it('keeps the defaults when no public API facts could be read', () => {
    expect(DEFAULT_PUBLIC_API.jsEntries).toContain('src/index')
  })
})
