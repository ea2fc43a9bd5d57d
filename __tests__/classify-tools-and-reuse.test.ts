import { describe, expect, it } from '@jest/globals'
import { classifyCommit, patchedFile, sizedFile } from './support/commits.js'

// Build, release and doc tool settings in shared manifests, a formatter upgraded with the
// reformat it asks for, a gate the workflow already ran, an example's own lint config, and
// reuse told apart from a feature's new module, a split file and an API exercised by tests.

const added = (path: string, lines: readonly string[]) =>
  patchedFile(path, `@@ -0,0 +1,${lines.length} @@\n${lines.map(line => `+${line}`).join('\n')}`, {
    status: 'added'
  })

describe('tool settings in shared manifests', () => {
  const hatch = (lines: number) =>
    patchedFile(
      'pyproject.toml',
      [
        `@@ -1,2 +1,${lines + 2} @@`,
        ' [build-system]',
        ' requires = ["hatchling"]',
        ...Array.from({ length: lines }, (_, i) => `+hook-${i} = "scripts/hook_${i}.py"`)
      ].join('\n')
    )

  it('takes a build backend or lock tool reworked in pyproject.toml for automation', () => {
    expect(classifyCommit('Build with hatchling hooks', [hatch(3)]).categories).toEqual([
      'automation'
    ])
  })

  it('does not take two lines of it, or a test runner option, for automation', () => {
    expect(classifyCommit('Build with hatchling hooks', [hatch(2)]).categories).toEqual([])
    const warnings = patchedFile(
      'pyproject.toml',
      '@@ -1,2 +1,4 @@\n [tool.pytest.ini_options]\n-filterwarnings = ["error"]\n+filterwarnings = [\n+    "error",\n+    "ignore:onerror argument:DeprecationWarning",\n+]'
    )
    expect(classifyCommit('Ignore a warning from pytest', [warnings]).categories).toEqual([])
  })

  it('takes docs.rs flags in Cargo.toml for documentation, not its dependencies', () => {
    const docsrs = patchedFile(
      'tokio-util/Cargo.toml',
      '@@ -58,2 +58,3 @@ futures-test = "0.3.5"\n [package.metadata.docs.rs]\n all-features = true\n-rustdoc-args = ["--cfg", "docsrs"]\n+rustdoc-args = ["--cfg", "docsrs", "--cfg", "tokio_unstable"]\n+rustc-args = ["--cfg", "docsrs", "--cfg", "tokio_unstable"]'
    )
    expect(classifyCommit('util: display JoinMap on docs.rs', [docsrs]).categories).toEqual([
      'documentation'
    ])
    const deps = patchedFile(
      'tokio-util/Cargo.toml',
      '@@ -40,2 +40,3 @@\n [dependencies]\n-bytes = "1.0.0"\n+bytes = "1.1.0"\n+slab = "0.4.4"\n+pin-project = "1.0"'
    )
    expect(classifyCommit('util: add slab', [deps]).categories).toEqual([])
  })
})

describe('a formatter or linter upgraded with the reformat it asks for', () => {
  const bump = patchedFile(
    'package.json',
    '@@ -40,3 +40,3 @@\n     "grunt-contrib-watch": "^1.0.0",\n-    "grunt-eslint": "^19.0.0",\n+    "grunt-eslint": "^20.1.0",\n     "grunt-karma": "^2.0.0",'
  )
  const reformat = (drift: number) => [
    sizedFile('lib/helpers/cookies.js', 41, 41),
    sizedFile('lib/helpers/isURLSameOrigin.js', 38, 38 - drift)
  ]

  it('counts it as patterns when the title names the tool and the code is rewritten in place', () => {
    expect(classifyCommit('chore: upgrade eslint', [bump, ...reformat(0)]).categories).toEqual([
      'patterns'
    ])
  })

  it('does not when the code grows beside it, or the title does not name the tool', () => {
    // 24 of 158 lines drift: 15% is the bar, this is past it.
    expect(classifyCommit('chore: upgrade eslint', [bump, ...reformat(24)]).categories).toEqual([])
    expect(classifyCommit('chore: upgrade deps', [bump, ...reformat(0)]).categories).toEqual([])
  })
})

describe('the pipeline edited beside a changed rule', () => {
  const golangci = patchedFile(
    '.golangci.yaml',
    '@@ -1,2 +1,3 @@\n linters:\n   enable:\n+    - revive'
  )
  const workflow = (removed: number) => sizedFile('.github/workflows/lint.yml', 1, removed)
  const fixes = [sizedFile('fish.go', 40, 40), sizedFile('help.go', 30, 30)]

  it('counts it as automation from the hint share on: the rule speaks for it as a title would', () => {
    // 16 of 157 counted lines: just over 10 %.
    const result = classifyCommit('chore: enable revive in golangci-lint', [
      golangci,
      workflow(15),
      ...fixes
    ])
    expect(result.categories).toEqual(['automation', 'patterns'])
  })

  it('does not below that share, or without a changed rule', () => {
    // 15 of 156: just under.
    const small = classifyCommit('chore: enable revive in golangci-lint', [
      golangci,
      workflow(14),
      ...fixes
    ])
    expect(small.categories).toEqual(['patterns'])
    const plain = classifyCommit('Tidy the fish completion', [workflow(15), ...fixes])
    expect(plain.categories).toEqual([])
  })
})

describe('a gate already run', () => {
  it('does not take a tox environment that already runs mypy for a new gate', () => {
    const tox = patchedFile(
      'tox.ini',
      '@@ -21,4 +21,5 @@\n commands =\n-    tests: pytest {posargs}\n+    tests: pytest {posargs:-n auto}\n+    mypy: pytest -k test_mypy\n     mypy: mypy tests/typing_example.py'
    )
    expect(classifyCommit('Move plugin tests into mypy jobs', [tox]).categories).toEqual([
      'automation'
    ])
  })

  it('takes mypy run for the first time for one', () => {
    const tox = patchedFile(
      'tox.ini',
      '@@ -21,2 +21,3 @@\n commands =\n     tests: pytest {posargs}\n+    typing: mypy src'
    )
    expect(classifyCommit('Type-check in tox', [tox]).categories).toEqual([
      'automation',
      'patterns'
    ])
  })
})

describe('a quality gate set up', () => {
  const feature = sizedFile('index.js', 181, 0, { status: 'added' })

  it('counts a new lint or editor config as patterns, however much ships beside it', () => {
    const init = classifyCommit('Init', [
      added('.editorconfig', ['root = true', '[*]', 'indent_style = tab']),
      feature
    ])
    expect(init.categories).toEqual(['patterns'])
  })

  it('does not count an edit of one that already existed, beside as much work', () => {
    const edit = classifyCommit('Add the parser', [
      patchedFile('.editorconfig', '@@ -1,2 +1,3 @@\n root = true\n [*]\n+indent_style = tab'),
      feature
    ])
    expect(edit.categories).toEqual([])
  })
})

describe("an example project's own lint config", () => {
  it('teaches the example; it sets no standard for the team', () => {
    const example = classifyCommit('Add an eslint legacy example', [
      added('examples/react/eslint-legacy/.eslintrc', [
        '{',
        '  "extends": ["plugin:query/recommended"]',
        '}'
      ])
    ])
    expect(example.categories).toEqual(['documentation'])
    const root = classifyCommit('Add an eslint config', [
      added('.eslintrc', ['{', '  "extends": ["plugin:query/recommended"]', '}'])
    ])
    expect(root.categories).toEqual(['patterns'])
  })
})

describe('reuse', () => {
  const base = (lines: number) =>
    added('src/Handler/AbstractSyslogHandler.php', [
      'abstract class AbstractSyslogHandler extends AbstractProcessingHandler',
      '{',
      ...Array.from({ length: lines - 3 }, (_, i) => `    protected $facility${i};`),
      '}'
    ])
  const user = (name: string, removed: number) =>
    patchedFile(
      `src/Handler/${name}.php`,
      [
        `@@ -10,${removed + 1} +10,1 @@`,
        `-class ${name} extends AbstractProcessingHandler`,
        `+class ${name} extends AbstractSyslogHandler`,
        ...Array.from({ length: removed - 1 }, (_, i) => `-    protected $facility${i};`),
        ' {'
      ].join('\n')
    )

  it('counts a base class extracted from the two classes that had its code', () => {
    const result = classifyCommit('Combine common syslog handlers functionality', [
      base(40),
      user('SyslogHandler', 10),
      user('SyslogUdpHandler', 10)
    ])
    expect(result.categories).toEqual(['patterns'])
  })

  it('does not count two users that gave up less than half its lines: new code they call', () => {
    const result = classifyCommit('Combine common syslog handlers functionality', [
      base(42),
      user('SyslogHandler', 10),
      user('SyslogUdpHandler', 10)
    ])
    expect(result.categories).toEqual([])
  })

  const importer = (path: string, from: string, before?: string) =>
    patchedFile(
      path,
      `@@ -1,2 +1,2 @@\n${before === undefined ? '' : `-import { transitional } from '${before}'\n`}+import { transitional } from '${from}'\n-transitional()\n+transitional(true)`
    )

  it('does not count importers moved to a module split out of a file they imported', () => {
    const split = classifyCommit('Refactored project file structure to avoid circular imports', [
      added('lib/defaults/transitional.js', [
        'export const transitional = {',
        '  silentJSONParsing: true',
        '}'
      ]),
      patchedFile(
        'lib/defaults/index.js',
        "@@ -1,4 +1,2 @@\n-const transitional = {\n-  silentJSONParsing: true\n-}\n+import { transitional } from './transitional.js'\n export default { transitional }"
      ),
      importer('lib/adapters/http.js', '../defaults/transitional.js', '../defaults/index.js'),
      importer('lib/adapters/xhr.js', '../defaults/transitional.js', '../defaults/index.js'),
      importer('lib/core/dispatch.js', '../defaults/transitional.js', '../defaults/index.js')
    ])
    expect(split.categories).toEqual([])
    const shared = classifyCommit('Refactor: share the transitional defaults', [
      added('lib/defaults/transitional.js', [
        'export const transitional = {',
        '  silentJSONParsing: true',
        '}'
      ]),
      importer('lib/adapters/http.js', '../defaults/transitional.js'),
      importer('lib/adapters/xhr.js', '../defaults/transitional.js'),
      importer('lib/core/dispatch.js', '../defaults/transitional.js')
    ])
    expect(shared.categories).toEqual(['patterns'])
  })

  it('does not count a new enumeration threaded through a feature as a shared abstraction', () => {
    const enumUser = (name: string) =>
      patchedFile(
        `src/main/java/org/mockito/internal/${name}.java`,
        `@@ -1,2 +1,3 @@\n+import org.mockito.mock.MockType;\n-    boolean isStatic;\n+    MockType type;`
      )
    const files = (module: readonly string[]) => [
      added('src/main/java/org/mockito/mock/MockType.java', module),
      enumUser('MockitoCore'),
      enumUser('MockSettingsImpl'),
      enumUser('CreationSettings')
    ]
    const enumeration = ['public enum MockType {', '    INSTANCE,', '    STATIC', '}']
    expect(classifyCommit('Add support for static mocks', files(enumeration)).categories).toEqual(
      []
    )
    const behaviour = [
      'public final class MockType {',
      '    public static boolean isStatic() {',
      '        return true;',
      '    }',
      '}'
    ]
    expect(classifyCommit('Add support for static mocks', files(behaviour)).categories).toEqual([
      'patterns'
    ])
  })

  it('does not count tests that exercise a product module as places that reuse it', () => {
    const tested = classifyCommit('refactor(SSE): extract the event source factory', [
      added('lib/sse/factory.js', [
        'export function createFactory(client) {',
        '  return client',
        '}'
      ]),
      importer('lib/sse/sources.js', './factory.js'),
      importer('test/sse/factory.test.js', '../../lib/sse/factory.js'),
      importer('test/sse/sources.test.js', '../../lib/sse/factory.js')
    ])
    expect(tested.categories).toEqual([])
    const support = classifyCommit('test: extract a server fixture', [
      added('test/support/server.js', ['export function startServer() {', '  return 1', '}']),
      importer('test/a.test.js', './support/server.js'),
      importer('test/b.test.js', './support/server.js'),
      importer('test/c.test.js', './support/server.js')
    ])
    expect(support.categories).toEqual(['patterns'])
  })
})
