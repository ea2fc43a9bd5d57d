// The families of misclassification found on real repositories, each as a realistic commit
// (paths, counts and patches as git gives them), with the verdict the rubric asks for.
import { describe, expect, it } from '@jest/globals'
import type { ClassifiedChange, FileChange } from '../src/model.js'
import { classifyCommit, patchedFile, sizedFile } from './support/commits.js'

const patched = (path: string, patch: string, status: FileChange['status'] = 'modified') =>
  patchedFile(path, patch, { status })
const counted = sizedFile
const commit = (title: string, files: FileChange[], author = 'Ada Lovelace') =>
  classifyCommit(title, files, { author: { name: author } })

const signals = (result: ClassifiedChange) => result.reasons.map(reason => reason.signal)

describe('classify families: lint tools bumped as dependencies', () => {
  it('counts a Renovate update of eslint as a dependency bump, not patterns', () => {
    const result = commit(
      'chore(deps): update dependency eslint to v9',
      [
        patched(
          'package.json',
          '@@ -40,7 +40,7 @@\n     "@vitest/coverage-v8": "^1.6.0",\n-    "eslint": "^8.57.0",\n+    "eslint": "^9.4.0",\n     "prettier": "^3.3.0",'
        ),
        counted('pnpm-lock.yaml', 120, 96)
      ],
      'renovate[bot]'
    )
    expect(result.categories).toEqual([])
    expect(signals(result)).toContain('release:dependency-bump')
  })

  it('reads "update lint" in a dependency title as the name of what is bumped', () => {
    const result = commit('chore(deps): update lint', [
      patched(
        'package.json',
        '@@ -12,8 +12,8 @@\n   "devDependencies": {\n-    "eslint-plugin-import-x": "^0.5.1",\n-    "prettier": "^3.2.5",\n+    "eslint-plugin-import-x": "^0.5.3",\n+    "prettier": "^3.3.2",\n     "typescript": "~5.4.5"'
      )
    ])
    expect(result.categories).toEqual([])
  })

  it('does not count a ruff upgrade that only moves its settings to the new section', () => {
    const result = commit('chore(deps): bump ruff to 0.5.0', [
      patched(
        '.pre-commit-config.yaml',
        '@@ -8,7 +8,7 @@ repos:\n   - repo: https://github.com/astral-sh/ruff-pre-commit\n-    rev: v0.4.10\n+    rev: v0.5.0\n     hooks:\n       - id: ruff'
      ),
      patched(
        'pyproject.toml',
        '@@ -60,6 +60,8 @@ build-backend = "hatchling.build"\n [tool.ruff]\n line-length = 100\n+\n+[tool.ruff.lint]\n select = ["E", "F", "I"]'
      )
    ])
    expect(result.categories).toEqual([])
  })

  it('still counts a bump that also turns on new rules', () => {
    const result = commit('Bump ruff and enable the bugbear rules', [
      patched(
        'pyproject.toml',
        '@@ -60,3 +60,3 @@\n [tool.ruff.lint]\n-select = ["E", "F", "I"]\n+select = ["B", "E", "F", "I"]'
      )
    ])
    expect(result.categories).toEqual(['patterns'])
  })
})

describe('classify families: tool directives are not documentation', () => {
  const directives: [string, string][] = [
    ['src/app.ts', '+  // eslint-disable-next-line no-console'],
    ['pkg/server.go', '+\t//nolint:errcheck'],
    ['src/app.ts', '+  // @ts-ignore the types lag behind'],
    ['src/app.ts', '+  // prettier-ignore'],
    ['lib/io.py', '+    import ujson  # noqa: F401'],
    ['lib/io.py', '+    value = load()  # type: ignore[attr-defined]']
  ]
  it.each(directives)('reads %s "%s" as code', (path, line) => {
    const before = line.includes('#') ? line.slice(1).replace(/\s+#.*$/, '') : undefined
    const patch =
      before !== undefined
        ? `@@ -10,3 +10,3 @@\n def run():\n-${before}\n${line}\n     return value`
        : `@@ -10,2 +10,3 @@\n function run() {\n${line}\n   console.log(value)`
    const result = commit('Add a comment to silence the linter', [patched(path, patch)])
    expect(result.categories).toEqual([])
    expect(signals(result)).toContain('diff:tool-directive')
  })

  it('still counts an explaining comment beside code as documentation', () => {
    const patch =
      '@@ -10,2 +10,3 @@\n function run() {\n+  // Retries twice: the API drops the first request after a deploy.\n   retry(send)'
    expect(commit('Explain the retry', [patched('src/app.ts', patch)]).categories).toEqual([
      'documentation'
    ])
  })
})

describe('classify families: contribution and governance documents', () => {
  it('counts a typo fix in CONTRIBUTING as documentation, not patterns', () => {
    const result = commit('Fix a typo', [
      patched(
        'CONTRIBUTING.md',
        '@@ -3,3 +3,3 @@\n \n-Before you open a pull requst, run the test suite.\n+Before you open a pull request, run the test suite.\n '
      )
    ])
    expect(result.categories).toEqual(['documentation'])
    expect(signals(result)).toContain('path:contributing')
  })

  it('counts an update of the maintainers list and a new link as documentation', () => {
    const result = commit('Update maintainers', [
      patched(
        'GOVERNANCE.md',
        '@@ -20,4 +20,5 @@ ## Maintainers\n - @alice\n - @bob\n+- @carol\n+- [Dan Smith](https://github.com/dan)\n '
      )
    ])
    expect(result.categories).toEqual(['documentation'])
  })

  it('counts a new rule asked of contributors as patterns', () => {
    const result = commit('Require tests in pull requests', [
      patched(
        'CONTRIBUTING.md',
        '@@ -8,3 +8,5 @@ ## Pull requests\n \n Keep each pull request to one change.\n+Every pull request must include tests for the behaviour it changes,\n+and a line in CHANGELOG.md under Unreleased.\n'
      )
    ])
    expect(result.categories).toEqual(['documentation', 'patterns'])
  })
})

describe('classify families: release preparation', () => {
  it('counts version numbers bumped in the README of a release as release bookkeeping', () => {
    const result = commit('Prepare version 2.4.2', [
      patched('CHANGELOG.md', '@@ -1,2 +1,6 @@\n+## 2.4.2\n+\n+- Fix the parser.\n+\n # Changelog'),
      patched(
        'README.md',
        "@@ -20,7 +20,7 @@ Download\n <dependency>\n-  <version>2.4.1</version>\n+  <version>2.4.2</version>\n </dependency>\n or Gradle:\n-implementation 'com.example:lib:2.4.+'\n+implementation 'com.example:lib:2.4.2'"
      )
    ])
    expect(result.categories).toEqual([])
    expect(signals(result)).toContain('release:version-refs')
  })
})

describe('classify families: code in a docs-like folder', () => {
  it('does not count a docs generator in doc/ as documentation', () => {
    const result = commit('Add YAML docs generation', [
      { path: 'doc/yaml_docs.go', status: 'added', additions: 110, deletions: 0 },
      { path: 'doc/yaml_docs_test.go', status: 'added', additions: 64, deletions: 0 }
    ])
    expect(result.categories).toEqual([])
    expect(signals(result)).toContain('path:code-in-docs-folder')
  })

  it('still counts prose, doc-site config and teaching code in the docs folder', () => {
    expect(commit('Docs', [counted('docs/guide.md', 30, 2)]).categories).toEqual(['documentation'])
    expect(commit('Docs', [counted('docs/conf.py', 1, 5)]).categories).toEqual(['documentation'])
    expect(commit('Docs', [counted('docs/examples/quickstart.py', 20, 0)]).categories).toEqual([
      'documentation'
    ])
  })
})

describe('classify families: shared modules', () => {
  const helper = patched(
    'src/utils/retry.ts',
    '@@ -0,0 +1,4 @@\n+export async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {\n+  try { return await attempt() } catch { return attempt() }\n+}\n+',
    'added'
  )
  const importing = (path: string, status: FileChange['status'] = 'modified'): FileChange =>
    patched(
      path,
      "@@ -1,3 +1,4 @@\n+import { withRetry } from '../utils/retry'\n import { put } from './store'\n-  await put(part)\n+  await withRetry(() => put(part))",
      status
    )

  it('does not count a new module imported only by its own new tests', () => {
    const result = commit('Add retries', [
      helper,
      importing('src/upload/retry.test.ts', 'added'),
      importing('src/upload/retry-more.test.ts', 'added'),
      importing('src/upload/retry-edge.test.ts', 'added')
    ])
    expect(result.categories).toEqual([])
  })

  it('counts a helper that existing code is made to import as patterns', () => {
    const result = commit('Extract a retry helper', [
      helper,
      importing('src/upload/parts.ts'),
      importing('src/download/parts.ts'),
      importing('src/sync/parts.ts')
    ])
    expect(result.categories).toEqual(['patterns'])
    expect(signals(result)).toContain('shared-module')
  })

  it('does not count an import rewritten from require to import as reuse', () => {
    const converted = (path: string): FileChange =>
      patched(
        path,
        "@@ -1,2 +1,2 @@\n-const core = require('../utils/retry')\n+import * as core from '../utils/retry.js'\n const x = 1"
      )
    const result = commit('Extract: convert to ESM', [
      { ...helper, status: 'modified' },
      converted('src/a.ts'),
      converted('src/b.ts'),
      converted('src/c.ts')
    ])
    expect(result.categories).toEqual([])
  })
})

describe('classify families: patterns outside the usual files', () => {
  it('counts Kotlin explicit API mode turned on in a Gradle build file', () => {
    const result = commit('Enable explicit API mode in mockwebserver3', [
      patched(
        'mockwebserver/build.gradle.kts',
        '@@ -29,3 +30,7 @@ dependencies {\n mavenPublishing {\n   configure(KotlinJvm(javadocJar = JavadocJar.Empty()))\n }\n+\n+kotlin {\n+  explicitApi()\n+}'
      ),
      counted('mockwebserver/src/main/kotlin/mockwebserver3/MockResponse.kt', 40, 40),
      counted('mockwebserver/src/main/kotlin/mockwebserver3/MockWebServer.kt', 30, 30)
    ])
    expect(result.categories).toEqual(['patterns'])
  })

  it('counts tsconfig strictness such as isolatedDeclarations, in any package', () => {
    const result = commit('Turn on isolated declarations', [
      patched(
        'packages/core/tsconfig.json',
        '@@ -2,4 +2,5 @@\n   "compilerOptions": {\n     "declaration": true,\n+    "isolatedDeclarations": true,\n     "outDir": "dist"'
      )
    ])
    expect(result.categories).toEqual(['patterns'])
  })

  it('does not count a tsconfig edit that checks nothing new', () => {
    const result = commit('Emit to lib', [
      patched(
        'tsconfig.json',
        '@@ -2,3 +2,3 @@\n   "compilerOptions": {\n-    "outDir": "dist",\n+    "outDir": "lib",'
      )
    ])
    expect(result.categories).toEqual([])
  })

  it('counts a lint script added to package.json as patterns, a fix script as automation', () => {
    const script = (line: string) =>
      patched(
        'package.json',
        `@@ -5,3 +5,4 @@\n   "scripts": {\n     "test": "vitest",\n+    ${line}\n   },`
      )
    expect(commit('Add lint', [script('"lint": "eslint ."')]).categories).toEqual(['patterns'])
    expect(commit('Add lint:fix', [script('"lint:fix": "eslint --fix ."')]).categories).toEqual([
      'automation'
    ])
  })

  it('counts a Go helper that existing files use in place of their own code', () => {
    const use = (path: string, old: string) =>
      patched(
        path,
        `@@ -20,4 +20,2 @@ func handle(w http.ResponseWriter, r *http.Request) {\n-\tw.Header().Set("Content-Type", "application/json")\n-\tjson.NewEncoder(w).Encode(${old})\n+\twriteJSON(w, ${old})\n }`
      )
    const result = commit('Share the JSON writer', [
      patched(
        'internal/httputil/json.go',
        '@@ -0,0 +1,6 @@\n+package httputil\n+\n+func writeJSON(w http.ResponseWriter, v any) {\n+\tw.Header().Set("Content-Type", "application/json")\n+\tjson.NewEncoder(w).Encode(v)\n+}',
        'added'
      ),
      use('internal/api/users.go', 'users'),
      use('internal/api/teams.go', 'teams'),
      use('internal/api/repos.go', 'repos')
    ])
    expect(result.categories).toEqual(['patterns'])
  })

  it('does not count a renamed name taken up by its users as a shared module', () => {
    const rename = (path: string) =>
      patched(
        path,
        '@@ -3,3 +3,3 @@\n-\treturn JwtAlorithmNotImplemented(name)\n+\treturn JwtAlgorithmNotImplemented(name)\n }'
      )
    const result = commit('Refactor: fix the typo in the error name', [
      patched(
        'src/utils/jwt/types.ts',
        '@@ -1,3 +1,3 @@\n-export class JwtAlorithmNotImplemented extends Error {}\n+export class JwtAlgorithmNotImplemented extends Error {}'
      ),
      rename('src/utils/jwt/jwt.ts'),
      rename('src/middleware/jwt/index.ts'),
      rename('src/utils/jwt/jwt.test.ts')
    ])
    expect(result.categories).toEqual([])
  })
})

describe('classify families: examples that follow a dependency bump', () => {
  it('does not count examples edited by a dependency bump as documentation', () => {
    const result = commit(
      'build(deps): bump axum from 0.7.5 to 0.8.0',
      [
        patched(
          'examples/hello/Cargo.toml',
          '@@ -6,3 +6,3 @@\n [dependencies]\n-axum = "0.7.5"\n+axum = "0.8.0"'
        ),
        patched(
          'examples/hello/src/main.rs',
          '@@ -10,3 +10,3 @@ async fn main() {\n-    let app = Router::new().route("/:id", get(show));\n+    let app = Router::new().route("/{id}", get(show));'
        )
      ],
      'dependabot[bot]'
    )
    expect(result.categories).toEqual([])
    expect(signals(result)).toContain('release:follows-bump')
  })

  it('still counts a new example written to teach usage', () => {
    const result = commit('Add a streaming example', [
      { path: 'examples/streaming/main.rs', status: 'added', additions: 48, deletions: 0 }
    ])
    expect(result.categories).toEqual(['documentation'])
  })
})

describe('classify families: formatting sweeps', () => {
  it('does not count a gofmt sweep of an example as documentation', () => {
    const result = commit('Run gofmt on the examples', [
      patched(
        'examples/server/routes.go',
        '@@ -3,4 +3,4 @@ func routes() {\n-\tr.GET("/", index )\n+\tr.GET("/", index)\n }'
      )
    ])
    expect(result.categories).toEqual([])
    expect(signals(result)).toContain('diff:whitespace-only')
  })
})
