// Which of a repository's files reach reads, by path alone: collect uses these tests to choose
// what to fetch from the tree (src/collect/git-tree.ts, github-tree.ts) and score/reach.ts to
// judge what was fetched, so both sides name the same files.
import type { ReachTarget } from '../model.js'

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/
const HOOK_FILE =
  /^(\.husky\/[^/]+|\.?lefthook\.ya?ml|\.pre-commit-config\.ya?ml|\.lintstagedrc[^/]*|lint-staged\.config\.[a-z]+|\.githooks\/[^/]+)$/
const CODE_FILE =
  /\.(m?[jt]sx?|c[jt]s|py|go|rs|rb|java|kt|kts|scala|swift|c|cc|cpp|h|hpp|php|cs|ex|exs|vue|svelte)$/
/** Config files of many tools, whose tools are named by their sections. */
const SHARED_CONFIG = /(^|\/)(pyproject\.toml|setup\.cfg|tox\.ini)$/

/** A GitHub Actions workflow file. */
export function isWorkflow(path: string): boolean {
  return WORKFLOW.test(path)
}

/** A git hook or hook manager's config (husky, lefthook, pre-commit, lint-staged). */
export function isHookFile(path: string): boolean {
  return HOOK_FILE.test(path)
}

/** A config file of many tools (`pyproject.toml`, `setup.cfg`, `tox.ini`). */
export function isSharedConfig(path: string): boolean {
  return SHARED_CONFIG.test(path)
}

/** The word a file that imports `module` must contain: its name, or its folder's for an index. */
export function importWord(module: string): string {
  const parts = module.split('/')
  const base = (parts.at(-1) ?? '').replace(/\.[^.]+$/, '')
  if (/^(index|__init__|mod|lib|main)$/.test(base) && parts.length > 1) return parts.at(-2) ?? base
  return base
}

/** Files that could import `module` (code files other than itself), for collect to narrow by word. */
export function mayImport(module: string, file: string): boolean {
  return file !== module && CODE_FILE.test(file)
}

/** The files whose text reach needs at the window's end, besides shared modules' importers. */
export function configPaths(targets: readonly ReachTarget[], files: readonly string[]): string[] {
  const wanted = new Set<string>()
  const present = new Set(files)
  for (const target of targets) {
    if (target.kind === 'workflow' || target.kind === 'codeowners') wanted.add(target.path)
  }
  if (targets.some(target => target.kind === 'lint-config')) {
    for (const file of files) if (isWorkflow(file) || isHookFile(file)) wanted.add(file)
    wanted.add('package.json')
    // A shared config file names its tools only inside: read it to know which.
    for (const target of targets)
      if (target.kind === 'lint-config' && isSharedConfig(target.path)) wanted.add(target.path)
  }
  return [...wanted].filter(file => present.has(file)).sort()
}
