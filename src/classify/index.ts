import type {
  CategoryId,
  Change,
  ClassifiedChange,
  FileChange,
  Reason,
  RepoContext
} from '../model.js'
import { CATEGORY_IDS } from '../model.js'
import { isBot } from './bots.js'
import { commentSyntaxOf, diffShape } from './comments.js'
import { isVersionPinOnly, lintSectionLines } from './config-diff.js'
import { EXCLUDING_ATTRIBUTES, parseGitAttributes } from './gitattributes.js'
import type { GitAttributes } from './gitattributes.js'
import { compilePathRules, firstMatch } from './paths.js'
import type { CompiledPathRule } from './paths.js'
import type { Ruleset, SubstantialThresholds } from './ruleset.js'
import { findSharedModules } from './shared-module.js'

export { isBot } from './bots.js'

/**
 * How a change is classified (the same rule is written for readers in docs/classification.md).
 *
 * 1. Each file is read on its own:
 *    - excluded files (lock files, bundles, vendored, minified, snapshots, generated code, and
 *      `.gitattributes` `linguist-generated`/`linguist-vendored`) count for nothing and do not
 *      dilute the share; `linguist-generated=false` / `-linguist-vendored` re-include a file;
 *    - changelogs and release notes are release bookkeeping: neutral, neither a category nor output;
 *    - package manifests and version files are output (dependency and version bumps), except
 *      that an edit of the lint/format/type-check section of a mixed config (pyproject.toml,
 *      setup.cfg, package.json, Cargo.toml) is patterns (`config:lint-rules`);
 *    - path rules give each remaining file its categories (several are possible); generic
 *      rules (`fallback`, e.g. any `*.md`) only apply when no specific rule matched;
 *    - the patch, when present, refines that: a workflow/hook edit that only changes version
 *      pins is output (`diff:version-pin-only`), a comment-only edit of a code, CI or lint
 *      config file is documentation (`diff:comment-only`), and a lint config edit that only
 *      changes whitespace or comments is not patterns (`diff:no-rule-change`);
 *    - without the patch, a message or label hint stands in for the reading it would have
 *      given, for small edits only: a documentation hint makes a small code/CI edit
 *      documentation, a dependency hint makes a balanced workflow/hook edit a version bump,
 *      a lint hint makes a mixed config edit patterns.
 * 2. Each file weighs its changed lines (additions + deletions; at least 1, so renames and
 *    binaries count). A category counts for the change when its files are substantial:
 *    - share of the counted lines ≥ `minShare` (0.3), or
 *    - ≥ `blockLines` (20) added lines and share ≥ `blockShare` (0.1) — a real new section, or
 *    - share ≥ `hintShare` (0.1) and the title or a label hints at the category.
 *    A hint never makes a category on its own.
 * 3. Patterns also counts when a module of the change is newly imported by at least
 *    `sharedModuleImporters` (3) other files of the change (`shared-module`, from patches).
 * 4. Anything else is output, with a reason: release bookkeeping, dependency bump, incidental
 *    share, or direct work.
 */
export const DEFAULT_THRESHOLDS: SubstantialThresholds = {
  minShare: 0.3,
  blockLines: 20,
  blockShare: 0.1,
  hintShare: 0.1,
  smallEditLines: 40,
  sharedModuleImporters: 3
}

/** At most this many file reasons per category, largest files first, to keep reports readable. */
export const MAX_FILE_REASONS = 5

/** Mixed config files whose lint/format/type-check sections are patterns and the rest output. */
const MIXED_CONFIG = /(^|\/)(pyproject\.toml|setup\.cfg|package\.json|Cargo\.toml|tox\.ini)$/i

const CATEGORY_SHORT: Record<CategoryId, string> = {
  documentation: 'docs',
  automation: 'ci',
  patterns: 'patterns'
}

interface CompiledRules {
  rules: Ruleset
  thresholds: SubstantialThresholds
  categories: Record<
    CategoryId,
    {
      specific: CompiledPathRule[]
      fallback: CompiledPathRule[]
      messages: RegExp[]
      labels: Set<string>
    }
  >
  exclude: CompiledPathRule[]
  changelog: CompiledPathRule[]
  manifest: CompiledPathRule[]
  releaseMessages: RegExp[]
  releaseLabels: Set<string>
  attributes: GitAttributes
  /** Path-only verdicts, memoised: a history touches the same paths thousands of times. */
  pathFacts: Map<string, PathFacts>
}

/** What a file's path alone decides, before its counts, patch or the change's hints. */
interface PathFacts {
  excluded?: Reason
  changelog?: Reason
  manifest?: Reason
  /** Category reasons from path rules (specific ones, else fallbacks) and linguist-documentation. */
  categories: ReadonlyMap<CategoryId, Reason>
  /** Source code in a language whose comments we can read (not a config format). */
  code: boolean
}

type RulesetCompilation = Omit<CompiledRules, 'attributes' | 'pathFacts'>

const compiledCache = new WeakMap<Ruleset, RulesetCompilation>()
/** One compilation per (ruleset, .gitattributes text): classification runs per change, often. */
const contextCache = new WeakMap<RulesetCompilation, Map<string, CompiledRules>>()

function compile(rules: Ruleset, gitattributes: string | undefined): CompiledRules {
  let compiled = compiledCache.get(rules)
  if (!compiled) {
    const categories = {} as CompiledRules['categories']
    for (const id of CATEGORY_IDS) {
      const all = compilePathRules(rules.categories[id].paths)
      categories[id] = {
        specific: all.filter(rule => !rule.fallback),
        fallback: all.filter(rule => rule.fallback),
        messages: rules.categories[id].messages.map(source => new RegExp(source, 'i')),
        labels: new Set(rules.categories[id].labels.map(label => label.toLowerCase()))
      }
    }
    const release = compilePathRules(rules.release.paths)
    compiled = {
      rules,
      thresholds: { ...DEFAULT_THRESHOLDS, ...rules.thresholds },
      categories,
      exclude: compilePathRules(rules.exclude),
      // Release paths with the id 'manifest' are version/dependency files; all others are
      // changelog-like bookkeeping.
      changelog: release.filter(rule => rule.id !== 'manifest'),
      manifest: release.filter(rule => rule.id === 'manifest'),
      releaseMessages: rules.release.messages.map(source => new RegExp(source, 'i')),
      releaseLabels: new Set((rules.release.labels ?? []).map(label => label.toLowerCase()))
    }
    compiledCache.set(rules, compiled)
  }
  let byAttributes = contextCache.get(compiled)
  if (!byAttributes) contextCache.set(compiled, (byAttributes = new Map()))
  const key = gitattributes ?? ''
  let withContext = byAttributes.get(key)
  if (!withContext) {
    withContext = {
      ...compiled,
      attributes: parseGitAttributes(gitattributes),
      pathFacts: new Map()
    }
    byAttributes.set(key, withContext)
  }
  return withContext
}

interface Hint {
  signal: string
  detail: string
}

interface ChangeHints {
  categories: Partial<Record<CategoryId, Hint>>
  release?: Hint
}

/** Every key present from the start: one object shape for all hints keeps the hot paths fast. */
function noHints(): ChangeHints {
  return {
    categories: { documentation: undefined, automation: undefined, patterns: undefined },
    release: undefined
  }
}

function readHints(change: Change, compiled: CompiledRules): ChangeHints {
  const hints = noHints()
  const labels = change.labels.map(label => label.toLowerCase())
  for (const id of CATEGORY_IDS) {
    const category = compiled.categories[id]
    const label = firstLabelIn(labels, category.labels)
    if (label !== undefined) {
      hints.categories[id] = { signal: `label:${label}`, detail: `labelled '${label}'` }
      continue
    }
    const found = firstMatchIn(category.messages, change.title)
    if (found === undefined) continue
    const [pattern, match] = found
    const conventional = pattern.source.startsWith('^') && match.endsWith(':')
    hints.categories[id] = {
      signal: conventional
        ? `message:conventional-${CATEGORY_SHORT[id]}`
        : `message:${CATEGORY_SHORT[id]}-keyword`,
      detail: `title says '${match.trim()}'`
    }
  }
  const releaseLabel = firstLabelIn(labels, compiled.releaseLabels)
  if (releaseLabel !== undefined) {
    hints.release = { signal: `label:${releaseLabel}`, detail: `labelled '${releaseLabel}'` }
  } else {
    const found = firstMatchIn(compiled.releaseMessages, change.title)
    if (found !== undefined) {
      hints.release = {
        signal: 'message:release-or-bump',
        detail: `title says '${found[1].trim()}'`
      }
    }
  }
  return hints
}

function firstLabelIn(labels: readonly string[], wanted: ReadonlySet<string>): string | undefined {
  for (const label of labels) if (wanted.has(label)) return label
  return undefined
}

/** The first pattern that matches `text`, with the text it matched. */
function firstMatchIn(patterns: readonly RegExp[], text: string): [RegExp, string] | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match) return [pattern, match[0]]
  }
  return undefined
}

type Role = 'excluded' | 'changelog' | 'counted'

interface FileVerdict {
  file: FileChange
  /** The file's patch is known (whether or not this reading used it). */
  hasPatch: boolean
  role: Role
  weight: number
  added: number
  categories: Map<CategoryId, Reason>
  /** Reasons that explain why the file is output or excluded. */
  notes: Reason[]
  manifest: boolean
}

function weightOf(file: FileChange): number {
  return Math.max(1, (file.additions ?? 0) + (file.deletions ?? 0))
}

function exclusionOf(path: string, compiled: CompiledRules): Reason | undefined {
  for (const attribute of EXCLUDING_ATTRIBUTES) {
    if (compiled.attributes.get(path, attribute) === true) {
      return {
        category: 'excluded',
        file: path,
        signal: `gitattributes:${attribute}`,
        detail: `.gitattributes marks it ${attribute}`
      }
    }
  }
  const rule = firstMatch(compiled.exclude, path)
  if (!rule) return undefined
  const attribute = rule.id === 'vendored' ? 'linguist-vendored' : 'linguist-generated'
  if (compiled.attributes.get(path, attribute) === false) return undefined
  return { category: 'excluded', file: path, signal: `exclude:${rule.id}`, detail: rule.detail }
}

function isCodeFile(path: string): boolean {
  return (
    commentSyntaxOf(path) !== undefined &&
    !/\.(ya?ml|toml|ini|cfg|conf|json5?|jsonc|properties)$/i.test(path)
  )
}

function pathFactsOf(path: string, compiled: CompiledRules): PathFacts {
  const known = compiled.pathFacts.get(path)
  if (known) return known
  const facts = readPathFacts(path, compiled)
  compiled.pathFacts.set(path, facts)
  return facts
}

function readPathFacts(path: string, compiled: CompiledRules): PathFacts {
  const categories = new Map<CategoryId, Reason>()
  const code = isCodeFile(path)
  const excluded = exclusionOf(path, compiled)
  if (excluded) return { excluded, categories, code }
  // Release files count as output: changelogs as bookkeeping, manifests as dependency changes.
  const releaseReason = (rule: CompiledPathRule, what: string): Reason => ({
    category: 'output',
    file: path,
    signal: `release:${rule.id}`,
    detail: `${rule.detail}: ${what}`
  })
  const changelog = firstMatch(compiled.changelog, path)
  if (changelog)
    return { categories, code, changelog: releaseReason(changelog, 'release bookkeeping') }
  const manifest = firstMatch(compiled.manifest, path)
  if (manifest) {
    return { categories, code, manifest: releaseReason(manifest, 'dependency or version change') }
  }
  const pathReason = (id: CategoryId, rule: CompiledPathRule): Reason => ({
    category: id,
    file: path,
    signal: `path:${rule.id}`,
    detail: rule.detail
  })
  for (const id of CATEGORY_IDS) {
    const rule = firstMatch(compiled.categories[id].specific, path)
    if (rule) categories.set(id, pathReason(id, rule))
  }
  if (categories.size === 0) {
    for (const id of CATEGORY_IDS) {
      const rule = firstMatch(compiled.categories[id].fallback, path)
      if (rule) categories.set(id, pathReason(id, rule))
    }
  }
  if (
    compiled.attributes.get(path, 'linguist-documentation') === true &&
    !categories.has('documentation')
  ) {
    categories.set('documentation', {
      category: 'documentation',
      file: path,
      signal: 'gitattributes:linguist-documentation',
      detail: '.gitattributes marks it linguist-documentation'
    })
  }
  return { categories, code }
}

/**
 * One file's verdict. With `readPatch` false the patch is ignored as if missing: what the
 * file would say before its patch is fetched.
 */
function readFile(
  file: FileChange,
  compiled: CompiledRules,
  hints: ChangeHints,
  readPatch = true
): FileVerdict {
  const patch = readPatch ? file.patch : undefined
  const verdict: FileVerdict = {
    file,
    hasPatch: file.patch !== undefined,
    role: 'counted',
    weight: weightOf(file),
    added: file.additions ?? 0,
    categories: new Map(),
    notes: [],
    manifest: false
  }
  const path = file.path
  const facts = pathFactsOf(path, compiled)
  if (facts.excluded) {
    verdict.role = 'excluded'
    verdict.notes.push(facts.excluded)
    return verdict
  }
  if (facts.changelog) {
    verdict.role = 'changelog'
    verdict.notes.push(facts.changelog)
    return verdict
  }
  const small = verdict.weight <= compiled.thresholds.smallEditLines
  if (facts.manifest) {
    verdict.manifest = true
    verdict.notes.push(facts.manifest)
  } else {
    for (const [id, reason] of facts.categories) verdict.categories.set(id, reason)
  }

  // Mixed config: only its lint/format/type-check sections are patterns.
  if (MIXED_CONFIG.test(path) && !verdict.categories.has('patterns')) {
    if (patch !== undefined) {
      const { lint, total } = lintSectionLines(patch)
      if (lint > 0 && lint * 2 >= total) {
        verdict.categories.set('patterns', {
          category: 'patterns',
          file: path,
          signal: 'config:lint-rules',
          detail: `the edit changes lint/format/type-check settings (${lint} of ${total} lines)`
        })
      }
    } else if (small && hints.categories.patterns) {
      verdict.categories.set('patterns', {
        category: 'patterns',
        file: path,
        signal: hints.categories.patterns.signal,
        detail: `${hints.categories.patterns.detail}; taken as a lint settings edit (patch not read)`
      })
    }
  }

  const automation = verdict.categories.get('automation')
  if (automation) {
    if (patch !== undefined) {
      if (isVersionPinOnly(patch)) {
        verdict.categories.delete('automation')
        verdict.notes.push({
          category: 'output',
          file: path,
          signal: 'diff:version-pin-only',
          detail: 'only version pins changed: a dependency bump'
        })
      } else if (diffShape(path, patch) === 'comment-only') {
        verdict.categories.delete('automation')
        verdict.categories.set('documentation', {
          category: 'documentation',
          file: path,
          signal: 'diff:comment-only',
          detail: 'only comments changed'
        })
      }
    } else if (small && hints.release && file.additions === file.deletions) {
      verdict.categories.delete('automation')
      verdict.notes.push({
        category: 'output',
        file: path,
        signal: hints.release.signal,
        detail: `${hints.release.detail}; balanced edit taken as version pins (patch not read)`
      })
    } else if (small && hints.categories.documentation && (file.deletions ?? 0) === 0) {
      verdict.categories.delete('automation')
      verdict.categories.set('documentation', {
        category: 'documentation',
        file: path,
        signal: hints.categories.documentation.signal,
        detail: `${hints.categories.documentation.detail}; added lines taken as comments (patch not read)`
      })
    }
  }

  const patterns = verdict.categories.get('patterns')
  if (patterns?.signal.startsWith('path:') && patch !== undefined) {
    const shape = diffShape(path, patch)
    if (shape === 'whitespace-only' || shape === 'comment-only') {
      verdict.categories.delete('patterns')
      verdict.notes.push({
        category: 'output',
        file: path,
        signal: 'diff:no-rule-change',
        detail: `${shape} edit: no rule or option changed`
      })
      if (shape === 'comment-only') {
        verdict.categories.set('documentation', {
          category: 'documentation',
          file: path,
          signal: 'diff:comment-only',
          detail: 'only comments changed'
        })
      }
    } else if (
      shape === 'code' &&
      /lint|format|type-check|TypeScript|editor/.test(patterns.detail)
    ) {
      verdict.categories.set('patterns', {
        ...patterns,
        signal: 'config:lint-rules',
        detail: `${patterns.detail}: rules or options changed`
      })
    }
  }

  if (verdict.categories.size === 0 && !verdict.manifest && facts.code) {
    if (patch !== undefined) {
      if (diffShape(path, patch) === 'comment-only') {
        verdict.categories.set('documentation', {
          category: 'documentation',
          file: path,
          signal: 'diff:comment-only',
          detail: 'only comments or docstrings changed'
        })
      }
    } else if (small && hints.categories.documentation) {
      verdict.categories.set('documentation', {
        category: 'documentation',
        file: path,
        signal: hints.categories.documentation.signal,
        detail: `${hints.categories.documentation.detail}; small code edit taken as comments/docstrings (patch not read)`
      })
    }
  }
  return verdict
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function classifyOne(change: Change, compiled: CompiledRules): ClassifiedChange {
  const hints = readHints(change, compiled)
  return (
    withoutReading(change, compiled, hints) ??
    decide(change, compiled, hints, readFiles(change, compiled, hints))
  )
}

/** The classification of a change that needs no reading of its files, if it is one. */
function withoutReading(
  change: Change,
  compiled: CompiledRules,
  hints: ChangeHints
): ClassifiedChange | undefined {
  if (change.files.length === 0) return noFiles(change, compiled, hints)
  if (isPlainWork(change, compiled, hints)) return plainWork(change, compiled)
  return undefined
}

/**
 * Whether the change is plain direct work, with nothing for the rules to weigh: no hint in its
 * title or labels, and no file that an exclusion, a release rule, a path rule or the reading
 * of a patch could make anything but output. Most changes of a history are; `plainWork`
 * classifies them without reading each file, and gives what the full reading would give.
 */
function isPlainWork(change: Change, compiled: CompiledRules, hints: ChangeHints): boolean {
  if (change.files.length === 0 || hints.release !== undefined) return false
  for (const id of CATEGORY_IDS) if (hints.categories[id] !== undefined) return false
  // Such a title asks for the patches of small code edits (see needsPatch).
  if (COMMENT_EDIT_TITLE.test(change.title)) return false
  let codeFiles = 0
  let newCode = false
  for (const file of change.files) {
    if (file.patch !== undefined || MIXED_CONFIG.test(file.path)) return false
    const facts = pathFactsOf(file.path, compiled)
    if (facts.excluded || facts.changelog || facts.manifest || facts.categories.size > 0)
      return false
    if (facts.code) {
      codeFiles += 1
      newCode ||= file.status === 'added'
    }
  }
  // A new module among several code edits may be a shared one: its imports need reading.
  return !(newCode && codeFiles > compiled.thresholds.sharedModuleImporters)
}

function plainWork(change: Change, compiled: CompiledRules): ClassifiedChange {
  return classified(change, compiled, [], [DIRECT_WORK])
}

/**
 * The change with its classification. Copied with Object.assign, not `{ ...change, ... }`:
 * V8 takes a slow path for a spread followed by more properties, which cost a tenth of a
 * second over a 20,000-commit history.
 */
function classified(
  change: Change,
  compiled: CompiledRules,
  categories: CategoryId[],
  reasons: Reason[]
): ClassifiedChange {
  const result = Object.assign({}, change) as ClassifiedChange
  result.categories = categories
  result.reasons = reasons
  result.authorIsBot = isBot(change.author, compiled.rules)
  return result
}

/**
 * The full reading, without the plain-work shortcut: for tests that hold the shortcut to it.
 */
export function classifyInFull(
  change: Change,
  rules: Ruleset,
  context: RepoContext = {}
): ClassifiedChange {
  const compiled = compile(rules, context.gitattributes)
  const hints = readHints(change, compiled)
  return decide(change, compiled, hints, readFiles(change, compiled, hints))
}

function readFiles(change: Change, compiled: CompiledRules, hints: ChangeHints): FileVerdict[] {
  return change.files.map(file => readFile(file, compiled, hints))
}

/** Whether a hint can stand in for a missing patch in `readFile`; if not, hints change nothing there. */
function hintsStandIn(hints: ChangeHints): boolean {
  return (
    hints.release !== undefined ||
    hints.categories.documentation !== undefined ||
    hints.categories.patterns !== undefined
  )
}

/** The change's decision from its files' verdicts: categories, reasons, output notes. */
function decide(
  change: Change,
  compiled: CompiledRules,
  hints: ChangeHints,
  verdicts: readonly FileVerdict[]
): ClassifiedChange {
  const counted = verdicts.filter(verdict => verdict.role === 'counted')
  const total = sumOf(counted, 'weight')
  const categories: CategoryId[] = []
  const reasons: Reason[] = []
  const output: Reason[] = []

  for (const id of CATEGORY_IDS) {
    const mine = counted.filter(verdict => verdict.categories.has(id))
    if (mine.length === 0) continue
    const decision = categoryDecision(id, mine, total, hints, compiled.thresholds)
    if (decision.category === 'output') {
      output.push(decision)
      continue
    }
    categories.push(id)
    reasons.push(decision)
    const largest = [...mine].sort((a, b) => b.weight - a.weight).slice(0, MAX_FILE_REASONS)
    for (const verdict of largest) {
      const reason = verdict.categories.get(id)
      if (reason) reasons.push(reason)
    }
  }

  if (!categories.includes('patterns')) {
    const shared = sharedModuleReason(counted, compiled.thresholds)
    if (shared) {
      categories.push('patterns')
      reasons.push(shared)
    }
  }

  output.push(...unsupportedHints(hints, categories))
  if (categories.length === 0) output.unshift(outputReason(change, verdicts, counted, hints))

  // The notes of files that fed no category: why they are output or excluded, a few of each.
  const outputNotes: Reason[] = []
  const excluded: Reason[] = []
  for (const verdict of verdicts) {
    if (categories.some(id => verdict.categories.has(id))) continue
    for (const note of verdict.notes) {
      if (note.category === 'excluded') {
        if (excluded.length < MAX_FILE_REASONS) excluded.push(note)
      } else if (note.category === 'output' && outputNotes.length < MAX_FILE_REASONS) {
        outputNotes.push(note)
      }
    }
  }
  reasons.push(...output, ...outputNotes, ...excluded)
  return classified(change, compiled, categories, reasons)
}

/** Why each hint that no category took is no reason: a hint alone does not count. */
function unsupportedHints(hints: ChangeHints, categories: readonly CategoryId[]): Reason[] {
  const reasons: Reason[] = []
  for (const id of CATEGORY_IDS) {
    const hint = hints.categories[id]
    if (hint && !categories.includes(id)) {
      reasons.push({
        category: 'output',
        signal: hint.signal,
        detail: `${hint.detail}, but the diff does not support ${id}: a hint alone does not count`
      })
    }
  }
  return reasons
}

/**
 * A change without files (an empty commit, a pull request whose files were not listed) is
 * output, and says which hints it had. Kept apart from `decide`: an empty list of verdicts is
 * another kind of array to V8, and meeting one there cost a recompilation of all of `decide`.
 */
function noFiles(change: Change, compiled: CompiledRules, hints: ChangeHints): ClassifiedChange {
  return classified(change, compiled, [], [NO_FILES, ...unsupportedHints(hints, [])])
}

function sumOf(verdicts: readonly FileVerdict[], field: 'weight' | 'added'): number {
  let sum = 0
  for (let i = 0; i < verdicts.length; i++) sum += (verdicts[i] as FileVerdict)[field]
  return sum
}

/** Whether `mine`, the files of one category, are substantial: a category reason, else output. */
function categoryDecision(
  id: CategoryId,
  mine: readonly FileVerdict[],
  total: number,
  hints: ChangeHints,
  thresholds: SubstantialThresholds
): Reason {
  const lines = sumOf(mine, 'weight')
  const added = sumOf(mine, 'added')
  const share = total === 0 ? 0 : lines / total
  const hint = hints.categories[id]
  const measure = `${percent(share)} of the counted changed lines (${lines} of ${total})`
  if (share >= thresholds.minShare) {
    return {
      category: id,
      signal: 'rule:substantial-share',
      detail: `${id} files carry ${measure}`
    }
  }
  if (added >= thresholds.blockLines && share >= thresholds.blockShare) {
    return {
      category: id,
      signal: 'rule:substantial-block',
      detail: `${added} lines added to ${id} files, ${measure}`
    }
  }
  if (hint && share >= thresholds.hintShare) {
    return {
      category: id,
      signal: hint.signal,
      detail: `${hint.detail}, and ${id} files carry ${measure}`
    }
  }
  return {
    category: 'output',
    signal: 'rule:incidental',
    detail: `${id} files carry only ${measure}: incidental to the change`
  }
}

function sharedModuleReason(
  counted: readonly FileVerdict[],
  thresholds: SubstantialThresholds
): Reason | undefined {
  const [shared] = findSharedModules(
    counted.map(verdict => verdict.file),
    thresholds.sharedModuleImporters
  )
  if (!shared) return undefined
  const named = shared.importers.slice(0, 3).join(', ')
  return {
    category: 'patterns',
    file: shared.module,
    signal: 'shared-module',
    detail: `${shared.importers.length} other files are made to import it (${named}${shared.importers.length > 3 ? ', ...' : ''})`
  }
}

/** Why a change with no category is output. */
function outputReason(
  change: Change,
  verdicts: readonly FileVerdict[],
  counted: readonly FileVerdict[],
  hints: ChangeHints
): Reason {
  if (change.files.length === 0) return NO_FILES
  const bookkeeping = verdicts.some(verdict => verdict.role === 'changelog')
  if (counted.length === 0) {
    return bookkeeping
      ? {
          category: 'output',
          signal: 'release:bookkeeping',
          detail: 'only changelog/release notes and excluded files: release bookkeeping'
        }
      : {
          category: 'output',
          signal: 'output:only-excluded',
          detail: 'only generated, vendored or lock files changed'
        }
  }
  const releaseOnly = counted.every(
    verdict =>
      verdict.manifest ||
      verdict.notes.some(
        note => note.signal === 'diff:version-pin-only' || note.signal === hints.release?.signal
      )
  )
  if (releaseOnly) {
    return {
      category: 'output',
      signal: bookkeeping ? 'release:bookkeeping' : 'release:dependency-bump',
      detail:
        'only manifests, version pins, changelogs and lock files: a release or dependency bump'
    }
  }
  return DIRECT_WORK
}

const NO_FILES: Reason = {
  category: 'output',
  signal: 'output:no-files',
  detail: 'the change has no file changes'
}

const DIRECT_WORK: Reason = {
  category: 'output',
  signal: 'output:direct',
  detail: 'product code, tests or other direct work'
}

/** Classifies each change into multiplier categories with the reasons for the decision. Pure. */
export function classifyChanges(
  changes: readonly Change[],
  rules: Ruleset,
  context: RepoContext
): ClassifiedChange[] {
  const compiled = compile(rules, context.gitattributes)
  return changes.map(change => classifyOne(change, compiled))
}

/** One change, for callers that classify changes as they arrive (the compiled rules are cached). */
export function classifyChange(
  change: Change,
  rules: Ruleset,
  context: RepoContext
): ClassifiedChange {
  return classifyOne(change, compile(rules, context.gitattributes))
}

/** A mixed config edit this large a share of a change is worth reading without a lint hint. */
export const MIXED_CONFIG_ALONE_SHARE = 0.8

/** At most this many small code files are worth fetching to look for a comment-only edit. */
export const MAX_COMMENT_CANDIDATES = 3

/**
 * Titles that say a code edit is about its comments. Patches cost a second git pass (or one API
 * call per pull request), and most small code edits are code: fetching them all doubled the cost
 * of a report. Comment-only edits nearly always say so in the title, so only those are read.
 */
export const COMMENT_EDIT_TITLE =
  /\b(comments?|commented|docstrings?|jsdoc|javadoc|godoc|rustdoc|doc ?comments?|typos?|spelling|wording|clarif\w*|explain\w*|document\w*|docs?)\b/i

/**
 * Whether classifying `change` needs its patches: true only when files whose reading depends on
 * the patch, and whose patches are missing, could tip a category:
 * - up to `MAX_COMMENT_CANDIDATES` small code edits that may be comment-only, when the title
 *   says the edit is about comments or docs (`COMMENT_EDIT_TITLE`, or a documentation label or
 *   message hint) and they would carry ≥ `hintShare` of the change;
 * - small balanced CI/hook edits that may be version pins, carrying ≥ `hintShare`;
 * - small lint config edits that may be whitespace-only, carrying ≥ `hintShare`;
 * - small mixed-config edits (pyproject.toml, package.json...) that may be lint settings, when
 *   they are (nearly) the whole change (≥ `MIXED_CONFIG_ALONE_SHARE`) or carry ≥ `hintShare`
 *   with a lint hint, unless the title says release or dependency bump;
 * - a new code file plus more than `sharedModuleImporters` other code edits (possible reuse).
 */
export function needsPatch(change: Change, rules: Ruleset, context: RepoContext = {}): boolean {
  if (change.files.length === 0) return false
  const compiled = compile(rules, context.gitattributes)
  return patchCouldTip(
    change,
    compiled,
    readHints(change, compiled),
    readUnpatched(change, compiled)
  )
}

/**
 * `needsPatch` and `classifyChange` in one reading of the change, for callers that classify
 * changes as a source reads them: undefined when the patch is needed (classify the change once
 * it has it), else its classification. Both answers equal those of the two separate calls; the
 * files are read once instead of twice, which is most of the cost of either.
 */
export function classifyUnlessPatchNeeded(
  change: Change,
  rules: Ruleset,
  context: RepoContext = {}
): ClassifiedChange | undefined {
  const compiled = compile(rules, context.gitattributes)
  const hints = readHints(change, compiled)
  const quick = withoutReading(change, compiled, hints)
  if (quick) return quick
  const unpatched = readUnpatched(change, compiled)
  if (patchCouldTip(change, compiled, hints, unpatched)) return undefined
  // Without patches to read or hints to stand in for them, readFile gives the same verdicts.
  const same = !hintsStandIn(hints) && unpatched.every(verdict => !verdict.hasPatch)
  return decide(change, compiled, hints, same ? unpatched : readFiles(change, compiled, hints))
}

/** Every file read as if its patch were missing and without hint stand-ins. */
function readUnpatched(change: Change, compiled: CompiledRules): FileVerdict[] {
  return change.files.map(file => readFile(file, compiled, NO_HINTS, false))
}

const NO_HINTS: ChangeHints = noHints()

function patchCouldTip(
  change: Change,
  compiled: CompiledRules,
  hints: ChangeHints,
  verdicts: readonly FileVerdict[]
): boolean {
  const thresholds = compiled.thresholds
  const counted = verdicts.filter(verdict => verdict.role === 'counted')
  const total = sumOf(counted, 'weight')
  if (total === 0) return false
  // The small files whose reading a patch could change, among those that really lack one.
  const open = counted.filter(
    verdict => !verdict.hasPatch && verdict.weight <= thresholds.smallEditLines
  )
  const shareOf = (group: readonly FileVerdict[]): number => sumOf(group, 'weight') / total

  const comments = open.filter(
    verdict =>
      verdict.categories.size === 0 &&
      !verdict.manifest &&
      pathFactsOf(verdict.file.path, compiled).code
  )
  const aboutComments =
    hints.categories.documentation !== undefined || COMMENT_EDIT_TITLE.test(change.title)
  if (
    aboutComments &&
    comments.length > 0 &&
    comments.length <= MAX_COMMENT_CANDIDATES &&
    shareOf(comments) >= thresholds.hintShare
  )
    return true
  const pins = open.filter(
    verdict =>
      verdict.categories.has('automation') &&
      (verdict.file.additions === verdict.file.deletions ||
        (hints.categories.documentation !== undefined && verdict.file.deletions === 0))
  )
  if (pins.length > 0 && shareOf(pins) >= thresholds.hintShare) return true
  const lint = open.filter(verdict =>
    [...verdict.categories.values()].some(
      reason => reason.category === 'patterns' && reason.signal.startsWith('path:')
    )
  )
  if (lint.length > 0 && shareOf(lint) >= thresholds.hintShare) return true
  const mixed = open.filter(verdict => MIXED_CONFIG.test(verdict.file.path))
  if (mixed.length > 0 && !hints.release) {
    const share = shareOf(mixed)
    if (share >= MIXED_CONFIG_ALONE_SHARE) return true
    if (hints.categories.patterns && share >= thresholds.hintShare) return true
  }
  // A shared module needs added import lines: a new module plus several other code edits.
  const code = counted.filter(
    verdict => pathFactsOf(verdict.file.path, compiled).code && !verdict.hasPatch
  )
  return (
    code.some(verdict => verdict.file.status === 'added') &&
    code.length > thresholds.sharedModuleImporters
  )
}
