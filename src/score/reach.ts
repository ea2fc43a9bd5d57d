// Reach — config present ≠ in use. For the window's pattern and automation changes, how far
// each reaches in the repository at the window's end: a shared module's importers, whether a
// lint/format tool is run by CI or a hook, what a workflow triggers on, how much of the tree
// CODEOWNERS covers. Pure: collect reads the tree (src/collect/git-tree.ts), this reads it.
import { parse as parseYaml } from 'yaml'
import { addedImports, pointsTo, resolveSpecifier } from '../classify/shared-module.js'
import { parseCodeowners } from '../insight/codeowners.js'
import type { ReachFacts, ReachItem, ReachTarget, ScoredChange, TreeSnapshot } from '../model.js'

/** At most this many items are read and reported: the newest window's changes first. */
const MAX_REACH_ITEMS = 20

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/
const CODEOWNERS = /^(|\.github\/|docs\/|\.gitlab\/)CODEOWNERS$/
const LINT_SIGNALS = new Set(['path:lint-config', 'config:lint-rules'])
const HOOK_FILES =
  /^(\.husky\/[^/]+|\.?lefthook\.ya?ml|\.pre-commit-config\.ya?ml|\.lintstagedrc[^/]*|lint-staged\.config\.[a-z]+|\.githooks\/[^/]+)$/
const CODE_FILE =
  /\.(m?[jt]sx?|c[jt]s|py|go|rs|rb|java|kt|kts|scala|swift|c|cc|cpp|h|hpp|php|cs|ex|exs|vue|svelte)$/

function kindOf(reason: { signal: string; file?: string }): ReachTarget['kind'] | undefined {
  const file = reason.file ?? ''
  if (reason.signal === 'shared-module') return 'shared-module'
  if (LINT_SIGNALS.has(reason.signal)) return 'lint-config'
  if (WORKFLOW.test(file)) return 'workflow'
  if (CODEOWNERS.test(file)) return 'codeowners'
  return undefined
}

/**
 * What to read reach for: each file a pattern or automation reason names, once, with the
 * earliest change of the window that named it (for a shared module, its introduction).
 */
export function reachTargets(changes: readonly ScoredChange[]): ReachTarget[] {
  const byPath = new Map<string, ReachTarget & { at: number }>()
  for (const change of changes) {
    const at = Date.parse(change.time)
    for (const reason of change.reasons) {
      if (reason.category !== 'patterns' && reason.category !== 'automation') continue
      const kind = kindOf(reason)
      if (kind === undefined || reason.file === undefined) continue
      const key = `${kind}\0${reason.file}`
      const known = byPath.get(key)
      if (known === undefined || at < known.at || (at === known.at && change.id < known.change))
        byPath.set(key, { path: reason.file, kind, change: change.id, at })
    }
  }
  return [...byPath.values()]
    .sort((a, b) => b.at - a.at || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, MAX_REACH_ITEMS)
    .map(({ path, kind, change }) => ({ path, kind, change }))
}

/** The word a file that imports `module` must contain: its name, or its folder's for an index. */
export function importWord(module: string): string {
  const parts = module.split('/')
  const base = (parts.at(-1) ?? '').replace(/\.[^.]+$/, '')
  if (/^(index|__init__|mod|lib|main)$/.test(base) && parts.length > 1) return parts.at(-2) ?? base
  return base
}

/** The files whose text reach needs at the window's end, besides shared modules' importers. */
export function configPaths(targets: readonly ReachTarget[], files: readonly string[]): string[] {
  const wanted = new Set<string>()
  const present = new Set(files)
  for (const target of targets) {
    if (target.kind === 'workflow' || target.kind === 'codeowners') wanted.add(target.path)
  }
  if (targets.some(target => target.kind === 'lint-config')) {
    for (const file of files) if (WORKFLOW.test(file) || HOOK_FILES.test(file)) wanted.add(file)
    wanted.add('package.json')
    // A shared config file names its tools only inside: read it to know which.
    for (const target of targets)
      if (target.kind === 'lint-config' && SHARED_CONFIG.test(target.path)) wanted.add(target.path)
  }
  return [...wanted].filter(file => present.has(file)).sort()
}

/** Files that could import `module` (code files other than itself), for collect to narrow by word. */
export function mayImport(module: string, file: string): boolean {
  return file !== module && CODE_FILE.test(file)
}

/** Whether `text`, the file at `file`, imports `module`. */
function imports(text: string, file: string, module: string): boolean {
  const lines = text.split('\n')
  const patch = `@@ -0,0 +1,${lines.length} @@\n${lines.map(line => `+${line}`).join('\n')}`
  return addedImports(patch).some(spec => pointsTo(resolveSpecifier(spec, file), module))
}

function importersIn(snapshot: TreeSnapshot, module: string): number {
  return Object.entries(snapshot.texts).filter(
    ([file, text]) => mayImport(module, file) && imports(text, file, module)
  ).length
}

/** The tool a lint/format config belongs to, from its file name (`.eslintrc.json` → eslint). */
export function toolOf(path: string): string {
  const base = (path.split('/').at(-1) ?? '').toLowerCase()
  if (base === 'pyrightconfig.json') return 'pyright'
  if (base === 'deno.json' || base === 'deno.jsonc') return 'deno'
  if (base.startsWith('tsconfig')) return 'tsc'
  return base
    .replace(/^\./, '')
    .replace(/\.config\..*$/, '')
    .replace(/(rc)?(\.[^.]*)*$/, '')
    .replace(/^(checkstyle|detekt).*/, '$1')
}

/** Config files of many tools, whose tools are named by their sections. */
const SHARED_CONFIG = /(^|\/)(pyproject\.toml|setup\.cfg|tox\.ini)$/
const SECTION_TOOLS =
  /^\[(?:tool[.:])?(ruff|black|isort|mypy|pylint|pyright|flake8|codespell|pydocstyle|pycodestyle)\b/gm

/** The lint tools a shared config file configures, by its sections (`[tool.ruff]`, `[flake8]`). */
export function sectionTools(text: string | undefined): string[] {
  return [...new Set([...(text ?? '').matchAll(SECTION_TOOLS)].map(match => match[1] ?? ''))].sort()
}

const TOOL_WORDS: Record<string, string[]> = {
  rustfmt: ['rustfmt', 'cargo fmt'],
  clippy: ['clippy'],
  golangci: ['golangci'],
  editorconfig: ['editorconfig'],
  'clang-format': ['clang-format'],
  tsc: ['tsc', 'typecheck', 'type-check']
}

function mentions(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase()
  return words.some(word => {
    const at = new RegExp(`(^|[^\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`)
    return at.test(lower)
  })
}

/** package.json scripts that run the tool, as the words a workflow or hook would say to run them. */
function scriptWords(packageJson: string | undefined, words: readonly string[]): string[] {
  if (packageJson === undefined) return []
  let scripts: unknown
  try {
    scripts = (JSON.parse(packageJson) as { scripts?: unknown }).scripts
  } catch {
    return []
  }
  if (typeof scripts !== 'object' || scripts === null) return []
  return Object.entries(scripts)
    .filter(([, command]) => typeof command === 'string' && mentions(command, words))
    .flatMap(([name]) => [
      `npm run ${name}`,
      `yarn ${name}`,
      `pnpm ${name}`,
      `pnpm run ${name}`,
      `yarn run ${name}`,
      `bun run ${name}`
    ])
}

function lintReach(target: ReachTarget, end: TreeSnapshot): ReachItem {
  const shared = SHARED_CONFIG.test(target.path) ? sectionTools(end.texts[target.path]) : undefined
  const tool = shared === undefined ? toolOf(target.path) : shared.join(', ')
  const words = shared ?? TOOL_WORDS[tool] ?? [tool]
  const viaScripts = [...words, ...scriptWords(end.texts['package.json'], words)]
  const runners = Object.entries(end.texts)
    .filter(
      ([file, text]) => (WORKFLOW.test(file) || HOOK_FILES.test(file)) && mentions(text, viaScripts)
    )
    .map(([file]) => file)
    .sort()
  // lint-staged runs what its config names, from a hook that runs lint-staged.
  const stagedRunsIt = runners.some(file => /lint-?staged/.test(file))
  const hookRunsStaged = Object.entries(end.texts).some(
    ([file, text]) =>
      HOOK_FILES.test(file) && !/lint-?staged/.test(file) && mentions(text, ['lint-staged'])
  )
  const hook =
    runners.some(file => HOOK_FILES.test(file) && !/lint-?staged/.test(file)) ||
    (stagedRunsIt && hookRunsStaged)
  return {
    kind: 'lint-config',
    path: target.path,
    change: target.change,
    present: presence(end, target.path),
    tool,
    ci: runners.some(file => WORKFLOW.test(file)),
    hook,
    runBy: runners
  }
}

/** A workflow's `on:` as the list of events it triggers on. */
export function workflowTriggers(text: string | undefined): string[] {
  if (text === undefined) return []
  let data: unknown
  try {
    data = parseYaml(text)
  } catch {
    return []
  }
  const on =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>).on : undefined
  if (typeof on === 'string') return [on]
  if (Array.isArray(on))
    return on.filter((event): event is string => typeof event === 'string').sort()
  if (typeof on === 'object' && on !== null) return Object.keys(on).sort()
  return []
}

/** Whether `file` is in the tree: true, false, or null when a cut listing cannot say. */
function presence(end: TreeSnapshot, file: string): boolean | null {
  if (end.files.includes(file)) return true
  return end.incomplete ? null : false
}

function workflowReach(target: ReachTarget, end: TreeSnapshot): ReachItem {
  const triggers = workflowTriggers(end.texts[target.path])
  return {
    kind: 'workflow',
    path: target.path,
    change: target.change,
    present: presence(end, target.path),
    triggers,
    push: triggers.includes('push'),
    pullRequest: triggers.includes('pull_request') || triggers.includes('pull_request_target')
  }
}

function codeownersReach(target: ReachTarget, end: TreeSnapshot): ReachItem {
  const owners = parseCodeowners(end.texts[target.path] ?? '')
  const entries = owners.rules
  // A rule that names no one un-owns its paths: the last match decides.
  const coveredFiles = end.files.filter(
    file => (owners.ownerOf(file)?.owners.length ?? 0) > 0
  ).length
  const treeFiles = end.files.length
  return {
    kind: 'codeowners',
    path: target.path,
    change: target.change,
    present: presence(end, target.path),
    entries: entries.length,
    coveredFiles,
    treeFiles,
    coverage: treeFiles === 0 ? 0 : Number((coveredFiles / treeFiles).toFixed(4))
  }
}

function moduleReach(target: ReachTarget, facts: ReachFacts): ReachItem {
  const introduction = facts.introductions[target.path]
  const item: ReachItem = {
    kind: 'shared-module',
    path: target.path,
    change: target.change,
    present: presence(facts.end, target.path),
    importers: importersIn(facts.end, target.path)
  }
  if (introduction !== undefined)
    item.importersAtIntroduction = importersIn(introduction, target.path)
  return item
}

/** One reach item per target, in the targets' order. */
export function computeReach(targets: readonly ReachTarget[], facts: ReachFacts): ReachItem[] {
  return targets.map(target => {
    switch (target.kind) {
      case 'shared-module':
        return moduleReach(target, facts)
      case 'lint-config':
        return lintReach(target, facts.end)
      case 'workflow':
        return workflowReach(target, facts.end)
      case 'codeowners':
        return codeownersReach(target, facts.end)
    }
  })
}
