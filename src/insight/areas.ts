// Code areas: the folder a file's churn is counted under. Deep enough to point at a part of the
// system a reader recognises (`src/collect`, `packages/api`), shallow enough that a hot part is
// not split into a dozen small folders.

/** Folders that hold a project's source: an area is the root and up to two levels under it. */
const SOURCE_ROOTS = new Set(['src', 'lib', 'app', 'pkg', 'internal', 'cmd', 'source', 'sources'])

/** Folders of documentation whose file and folder names point at the area they describe. */
const DOCS_ROOTS = new Set(['docs', 'doc', 'documentation', 'guides', 'wiki'])

/**
 * Tests and what they run against: test files and folders (`runtime-tests/`), fixtures,
 * snapshots and playgrounds (apps that exist for end-to-end tests, vite's `playground/*`). Their
 * churn follows the code's, and a doc among them (a fixture's README, markdown a parser is
 * tested on) is test input, not docs.
 */
const TEST_DATA =
  /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|__snapshots__|(?:[\w.]+[-_])?tests?|spec|specs|testdata|test[-_]data|fixtures?|e2e|playgrounds?)\/|[._-](?:test|spec)\.[^/]+$|_test\.go$|(?:^|\/)test_[^/]+\.py$/i

/**
 * Showcases: examples, samples, demos and benchmarks. Not a part of the system a lead steers, so
 * not an area; a README among them still documents the area it sits in.
 */
const SHOWCASE =
  /(?:^|\/)(?:examples?|samples?|demos?|bench|benches|benchmarks?)\/|[._-]bench\.[^/]+$/i

/** Whether a path is a test, test data or a playground: neither an area's code nor its docs. */
export function isTestData(path: string): boolean {
  return TEST_DATA.test(path)
}

/** Whether a path's churn is left out of the areas: tests, test data, playgrounds, showcases. */
export function isOutsideAreas(path: string): boolean {
  return TEST_DATA.test(path) || SHOWCASE.test(path)
}

/**
 * Levels kept under a source root, and in a tree that has none. Two levels make each package of
 * a monorepo (`packages/api`, `crates/core`, `apps/web`) its own area, so package roots need no
 * list of their own.
 */
const LEVELS_UNDER_SOURCE_ROOT = 2
const LEVELS_WITHOUT_ROOT = 2

/**
 * The area a file belongs to: its folder cut to two levels under a source root
 * (`src/collect/git.ts` → `src/collect`), else to two levels — a monorepo's package folder
 * (`packages/api/src/x.ts` → `packages/api`); `.` for a file at the root.
 */
export function codeArea(path: string): string {
  const folders = path.split('/').slice(0, -1)
  if (folders.length === 0) return '.'
  const first = (folders[0] as string).toLowerCase()
  const levels = SOURCE_ROOTS.has(first) ? 1 + LEVELS_UNDER_SOURCE_ROOT : LEVELS_WITHOUT_ROOT
  return folders.slice(0, levels).join('/')
}

/**
 * The keys by which a documentation file touches areas: every folder above it (a README in
 * `src/collect` documents `src/collect` and `src`), `.` for one at the root, and — inside a docs
 * folder — the names of its folders and its file name without extension, prefixed `name:`
 * (`docs/collect.md` documents any area called `collect`).
 */
export function docsKeys(path: string): string[] {
  const segments = path.split('/')
  const folders = segments.slice(0, -1)
  const keys = folders.length === 0 ? ['.'] : []
  for (let depth = 1; depth <= folders.length; depth++) keys.push(folders.slice(0, depth).join('/'))
  if (folders.length > 0 && DOCS_ROOTS.has((folders[0] as string).toLowerCase())) {
    const file = (segments.at(-1) as string).replace(/\.[^.]*$/, '')
    for (const name of [...folders.slice(1), file]) keys.push(`name:${name.toLowerCase()}`)
  }
  return keys
}

/** The keys under which docs would have to change for `area` to count as documented. */
export function areaKeys(area: string): string[] {
  if (area === '.') return ['.']
  const leaf = (area.split('/').at(-1) as string).toLowerCase()
  return [area, `name:${leaf}`]
}
