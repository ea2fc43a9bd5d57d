// Reach — config present ≠ in use. For the window's pattern and automation changes, how far
// each reaches in the repository at the window's end: a shared module's importers, whether a
// lint/format tool is run by CI or a hook, what a workflow triggers on, how much of the tree
// CODEOWNERS covers. Pure: collect reads the tree (src/collect/git-tree.ts) with the path tests
// of src/repo-files/reach-reads.ts, this judges what it read with the parsers beside them.
import { LINT_CONFIG_PATH, SIGNAL } from '../classify/signal-ids.js'
import type { SignalId } from '../classify/signal-ids.js'
import { addedImports, pointsTo, resolveSpecifier } from '../classify/diff/shared-module.js'
import type { ReachFacts, ReachItem, ReachTarget, ScoredChange, TreeSnapshot } from '../model.js'
import { codeownersShadowed, parseCodeowners } from '../repo-files/codeowners.js'
import { mentions, scriptWords, sectionTools, toolOf, toolWords } from '../repo-files/lint-tools.js'
import { isHookFile, isSharedConfig, isWorkflow, mayImport } from '../repo-files/reach-reads.js'
import { workflowTriggers } from '../repo-files/workflows.js'

/** At most this many items are read and reported: the newest window's changes first. */
const MAX_REACH_ITEMS = 20

const CODEOWNERS = /^(|\.github\/|docs\/|\.gitlab\/)CODEOWNERS$/
const LINT_SIGNALS: ReadonlySet<SignalId> = new Set([LINT_CONFIG_PATH, SIGNAL.lintRules])

function kindOf(reason: { signal: SignalId; file?: string }): ReachTarget['kind'] | undefined {
  const file = reason.file ?? ''
  if (reason.signal === SIGNAL.sharedModule) return 'shared-module'
  if (LINT_SIGNALS.has(reason.signal)) return 'lint-config'
  if (isWorkflow(file)) return 'workflow'
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

function lintReach(target: ReachTarget, end: TreeSnapshot): ReachItem {
  const shared = isSharedConfig(target.path) ? sectionTools(end.texts[target.path]) : undefined
  const tool = shared === undefined ? toolOf(target.path) : shared.join(', ')
  const words = shared ?? toolWords(tool)
  const viaScripts = [...words, ...scriptWords(end.texts['package.json'], words)]
  const runners = Object.entries(end.texts)
    .filter(([file, text]) => (isWorkflow(file) || isHookFile(file)) && mentions(text, viaScripts))
    .map(([file]) => file)
    .sort()
  // lint-staged runs what its config names, from a hook that runs lint-staged.
  const stagedRunsIt = runners.some(file => /lint-?staged/.test(file))
  const hookRunsStaged = Object.entries(end.texts).some(
    ([file, text]) =>
      isHookFile(file) && !/lint-?staged/.test(file) && mentions(text, ['lint-staged'])
  )
  const hook =
    runners.some(file => isHookFile(file) && !/lint-?staged/.test(file)) ||
    (stagedRunsIt && hookRunsStaged)
  return {
    kind: 'lint-config',
    path: target.path,
    change: target.change,
    present: presence(end, target.path),
    tool,
    ci: runners.some(file => isWorkflow(file)),
    hook,
    runBy: runners
  }
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
  // A file GitHub does not read (one in an earlier location wins) covers nothing, as the teams
  // view, which reads the one GitHub reads, says. A rule that names no one un-owns its paths.
  const coveredFiles = codeownersShadowed(target.path, end.files)
    ? 0
    : end.files.filter(file => (owners.ownerOf(file)?.owners.length ?? 0) > 0).length
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
