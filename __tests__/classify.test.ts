import { describe, expect, it } from '@jest/globals'
import { createClassifier, DEFAULT_THRESHOLDS, isBot } from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import type { Change, RepoContext } from '../src/model.js'
import { commitOf, sizedFile as file } from './support/commits.js'

const change = commitOf

function classify(input: Change, context: RepoContext = {}) {
  return createClassifier(DEFAULT_RULESET, context).classify(input)
}

describe('classify', () => {
  it('counts a README-only change as documentation with a path reason', () => {
    const result = classify(change('Update README.md', [file('README.md', 10, 10)]))
    expect(result.categories).toEqual(['documentation'])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({
        category: 'documentation',
        file: 'README.md',
        signal: 'path:readme'
      })
    )
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ category: 'documentation', signal: 'rule:substantial-share' })
    )
  })

  it('ignores a README line that is incidental to a feature', () => {
    const result = classify(
      change('Add CSV export', [file('src/csv.ts', 120), file('README.md', 2)])
    )
    expect(result.categories).toEqual([])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ category: 'output', signal: 'rule:feature-docs' })
    )
  })

  it('counts a category at exactly the minimum share and not just below it', () => {
    // Removed lines only, so that no added block can count instead.
    const at = classify(change('Feature', [file('src/a.ts', 70), file('scripts/a.sh', 0, 30)]))
    expect(at.categories).toEqual(['automation'])
    expect(at.reasons).toContainEqual(expect.objectContaining({ signal: 'rule:substantial-share' }))
    const below = classify(change('Feature', [file('src/a.ts', 71), file('scripts/a.sh', 0, 29)]))
    expect(below.categories).toEqual([])
    expect(DEFAULT_THRESHOLDS.minShare).toBe(0.3)
  })

  it("counts a feature's own docs only from a block a reader would come for", () => {
    const docs = (lines: number) =>
      change('Add CSV export', [file('src/csv.ts', 300), file('README.md', lines)])
    expect(classify(docs(60)).categories).toEqual(['documentation'])
    expect(classify(docs(59)).categories).toEqual([])
    expect(classify(docs(59)).reasons).toContainEqual(
      expect.objectContaining({ signal: 'rule:feature-docs' })
    )
    // A title that says docs lifts it: the share rules apply as before.
    const hinted = change('Add CSV export and document it', [
      file('src/csv.ts', 300),
      file('README.md', 59)
    ])
    expect(classify(hinted).categories).toEqual(['documentation'])
    // Docs larger than the work beside them are not a feature's README lines.
    const mostlyDocs = change('Configure the timeout', [file('src/a.ts', 3), file('README.md', 10)])
    expect(classify(mostlyDocs).categories).toEqual(['documentation'])
    expect(DEFAULT_THRESHOLDS.featureDocLines).toBe(60)
  })

  it('counts a substantial block of added docs in a large feature', () => {
    const result = classify(
      change('Add platform helpers', [file('src/platform.ts', 150), file('README.md', 60)])
    )
    expect(result.categories).toEqual(['documentation'])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ signal: 'rule:substantial-block' })
    )
  })

  it('does not count a block whose share is under the block share', () => {
    const result = classify(
      change('Big feature', [file('src/platform.ts', 600), file('README.md', 25)])
    )
    expect(result.categories).toEqual([])
    expect(DEFAULT_THRESHOLDS.blockShare).toBe(0.05)
  })

  it('lets a label tip a share between the hint share and the minimum share', () => {
    const files = [file('src/source.ts', 75), file('docs/sources.md', 14)]
    expect(classify(change('Add the GraphQL source', files)).categories).toEqual([])
    const labelled = classify(
      change('Add the GraphQL source', files, { labels: ['Documentation'] })
    )
    expect(labelled.categories).toEqual(['documentation'])
    expect(labelled.reasons).toContainEqual(
      expect.objectContaining({ category: 'documentation', signal: 'label:documentation' })
    )
  })

  it('does not let a docs: title alone make a code change documentation', () => {
    const patch = '@@ -1,2 +1,2 @@\n-  await put(part)\n+  await withRetry(() => put(part))'
    const result = classify(change('docs: retry uploads', [file('src/upload.ts', 1, 1, { patch })]))
    expect(result.categories).toEqual([])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ category: 'output', signal: 'message:conventional-docs' })
    )
  })

  it('takes a documentation hint as the comment reading of a small code edit whose patch is missing', () => {
    const result = classify(
      change('Fix docstring of test_request_context', [file('src/app.py', 1, 1)])
    )
    expect(result.categories).toEqual(['documentation'])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ file: 'src/app.py', signal: 'message:docs-keyword' })
    )
  })

  it('counts a comment-only code edit as documentation from its patch', () => {
    const patch =
      '@@ -1,3 +1,3 @@\n-// Sends it.\n+// Sends the request, retrying on 5xx.\n export function send() {}'
    const result = classify(change('Clarify send', [file('src/send.ts', 1, 1, { patch })]))
    expect(result.categories).toEqual(['documentation'])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ signal: 'diff:comment-only', file: 'src/send.ts' })
    )
  })

  it('does not read the patch of a code edit that grows, when its title says nothing of comments', () => {
    // The report reads patches only where a signal asks for them (here: a title about
    // comments, or a small edit rewritten in place), so the PR comment must not read a patch
    // it happens to have: one verdict.
    const grows =
      '@@ -1,2 +1,3 @@\n-// Sends it.\n+// Sends the request,\n+// retrying on 5xx.\n export function send() {}'
    expect(
      classify(change('Tidy', [file('src/send.ts', 2, 1, { patch: grows })])).categories
    ).toEqual([])
    const inPlace =
      '@@ -1,2 +1,2 @@\n-// Sends it.\n+// Sends the request, retrying on 5xx.\n export function send() {}'
    expect(
      classify(change('Tidy', [file('src/send.ts', 1, 1, { patch: inPlace })])).categories
    ).toEqual(['documentation'])
  })

  it('excludes lock files so they do not dilute the share', () => {
    const result = classify(
      change('Docs and deps', [file('package-lock.json', 900, 800), file('docs/a.md', 5)])
    )
    expect(result.categories).toEqual(['documentation'])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ category: 'excluded', file: 'package-lock.json' })
    )
    const lockOnly = classify(
      change('chore(deps): bump x', [
        file('yarn.lock', 10, 10),
        file('go.sum', 2, 2),
        file('poetry.lock', 3, 3)
      ])
    )
    expect(lockOnly.categories).toEqual([])
    expect(lockOnly.reasons).toContainEqual(
      expect.objectContaining({
        category: 'excluded',
        signal: 'exclude:lockfile',
        file: 'yarn.lock'
      })
    )
  })

  it('excludes bundles, vendored, minified, snapshot and generated files', () => {
    const paths = [
      'dist/index.js',
      'vendor/x/y.go',
      'third_party/z.c',
      'web/app.min.js',
      '__tests__/__snapshots__/a.snap',
      'src/generated/api.ts'
    ]
    const result = classify(
      change(
        'Regenerate',
        paths.map(path => file(path, 100))
      )
    )
    expect(result.categories).toEqual([])
    expect(result.reasons[0]).toEqual(
      expect.objectContaining({ category: 'output', signal: 'output:only-excluded' })
    )
  })

  it('excludes files that .gitattributes marks generated and re-includes those it unsets', () => {
    const gitattributes =
      'src/gen/** linguist-generated=true\nsrc/gen/hand.ts -linguist-generated\ndist/report.js linguist-generated=false\n'
    const generated = classify(
      change('Regenerate and document', [file('src/gen/client.ts', 500), file('docs/api.md', 10)]),
      { gitattributes }
    )
    expect(generated.categories).toEqual(['documentation'])
    const reincluded = classify(
      change('Edit and document', [file('src/gen/hand.ts', 500), file('docs/api.md', 10)]),
      { gitattributes }
    )
    expect(reincluded.categories).toEqual([])
    const unsetDefault = classify(
      change('Edit bundle entry', [file('dist/report.js', 50), file('docs/api.md', 5)]),
      { gitattributes }
    )
    expect(unsetDefault.categories).toEqual([])
  })

  it('treats changelog and version-bump commits as release output', () => {
    const result = classify(
      change('Release 2.0.0', [
        file('CHANGELOG.md', 6),
        file('package.json', 1, 1),
        file('package-lock.json', 2, 2)
      ])
    )
    expect(result.categories).toEqual([])
    expect(result.reasons[0]).toEqual(expect.objectContaining({ signal: 'release:bookkeeping' }))
    const notes = classify(
      change('Document unreleased changes', [file('packages/cache/RELEASES.md', 4, 1)])
    )
    expect(notes.categories).toEqual([])
  })

  it('treats a dependency bump of manifests as output even under docs/', () => {
    const result = classify(change('Bump sphinx', [file('docs/requirements.txt', 1, 1)]))
    expect(result.categories).toEqual([])
    expect(result.reasons[0]).toEqual(
      expect.objectContaining({ signal: 'release:dependency-bump' })
    )
  })

  it('counts workflow edits as automation unless a dependency hint marks balanced edits as pins', () => {
    const workflows = [
      file('.github/workflows/ci.yml', 2, 2),
      file('.github/workflows/release.yml', 1, 1)
    ]
    expect(classify(change('Use ubuntu-latest for releases', workflows)).categories).toEqual([
      'automation'
    ])
    const bump = classify(change('Update workflows to use v4 actions', workflows))
    expect(bump.categories).toEqual([])
    const labelled = classify(change('Update checkout', workflows, { labels: ['dependencies'] }))
    expect(labelled.categories).toEqual([])
  })

  it('reads version-pin-only workflow edits from the patch', () => {
    const patch =
      '@@ -10,2 +10,2 @@\n-      - uses: actions/checkout@v3\n+      - uses: actions/checkout@v4'
    const result = classify(change('Tidy CI', [file('.github/workflows/ci.yml', 1, 1, { patch })]))
    expect(result.categories).toEqual([])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ signal: 'diff:version-pin-only' })
    )
  })

  it('gives a file several categories when several rules match', () => {
    const result = classify(change('ADR 3', [file('docs/adr/0003-queues.md', 40)]))
    expect(result.categories).toEqual(['documentation', 'patterns'])
  })

  it('does not count a PR template as a prose guide', () => {
    const result = classify(
      change('Add PR template', [file('.github/pull_request_template.md', 12)])
    )
    expect(result.categories).toEqual(['patterns'])
  })

  it('explains an empty change', () => {
    const result = classify(change('Empty squash', []))
    expect(result.categories).toEqual([])
    expect(result.reasons).toEqual([
      expect.objectContaining({ category: 'output', signal: 'output:no-files' })
    ])
  })

  it('honours threshold overrides from the rules', () => {
    const rules = { ...DEFAULT_RULESET, thresholds: { minShare: 0.05 } }
    const files = [file('src/a.ts', 90), file('scripts/a.sh', 0, 10)]
    const [result] = [change('Feature', files)].map(createClassifier(rules, {}).classify)
    expect(result?.categories).toEqual(['automation'])
    expect(classify(change('Feature', files)).categories).toEqual([])
  })
})

describe('classify bots', () => {
  it('recognises [bot] suffixes, Bot account types and known bot names', () => {
    expect(isBot({ name: 'dependabot[bot]' }, DEFAULT_RULESET)).toBe(true)
    expect(isBot({ name: 'Some App', login: 'some-app[bot]' }, DEFAULT_RULESET)).toBe(true)
    expect(isBot({ name: 'x', type: 'Bot' }, DEFAULT_RULESET)).toBe(true)
    expect(isBot({ name: 'Renovate Bot' }, DEFAULT_RULESET)).toBe(true)
    expect(isBot({ name: 'github-actions' }, DEFAULT_RULESET)).toBe(true)
    expect(
      isBot(
        { name: 'x', email: '49699333+dependabot[bot]@users.noreply.github.com' },
        DEFAULT_RULESET
      )
    ).toBe(true)
    expect(isBot({ name: 'Ana Lima', login: 'ana' }, DEFAULT_RULESET)).toBe(false)
    expect(isBot({ name: 'Robert' }, DEFAULT_RULESET)).toBe(false)
  })

  it('adds the ruleset bots and marks classified changes', () => {
    const rules = { ...DEFAULT_RULESET, bots: [...DEFAULT_RULESET.bots, 'acme-release'] }
    expect(isBot({ name: 'ACME-Release' }, rules)).toBe(true)
    const [result] = [change('x', [], { author: { name: 'acme-release' } })].map(
      createClassifier(rules, {}).classify
    )
    expect(result?.authorIsBot).toBe(true)
  })
})
