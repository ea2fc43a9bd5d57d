import type { CategoryId } from '../model.js'

// Every reason's `signal` id, named once. The ids are part of the JSON report's contract
// (`reasons[].signal`), and classify, render, score and advise match on them: each place takes
// them from here, so a renamed id is one edit and a misspelt one does not compile. A test keeps
// signal-id string literals out of every other module (__tests__/signal-ids.test.ts).

/** The ids with one fixed spelling, by what they say. */
export const SIGNAL = {
  // A change's outcome when it feeds no category.
  noFiles: 'output:no-files',
  direct: 'output:direct',
  onlyExcluded: 'output:only-excluded',
  // The decision's rules (decide.ts).
  featureDocs: 'rule:feature-docs',
  substantialShare: 'rule:substantial-share',
  substantialBlock: 'rule:substantial-block',
  newPipeline: 'rule:new-pipeline',
  newGate: 'rule:new-gate',
  standardChanged: 'rule:standard-changed',
  incidental: 'rule:incidental',
  // Release and dependency bookkeeping.
  releaseBookkeeping: 'release:bookkeeping',
  dependencyBump: 'release:dependency-bump',
  versionRefs: 'release:version-refs',
  followsBump: 'release:follows-bump',
  dependencyBot: 'author:dependency-bot',
  // What the title says, beside the per-category hints (messageHintSignal).
  releaseOrBumpTitle: 'message:release-or-bump',
  refactorTitle: 'message:refactor',
  teamVerdict: 'label:team-verdict',
  // What a file's diff shows.
  commentOnly: 'diff:comment-only',
  helpText: 'diff:help-text',
  whitespaceOnly: 'diff:whitespace-only',
  toolDirective: 'diff:tool-directive',
  versionPinOnly: 'diff:version-pin-only',
  noRuleChange: 'diff:no-rule-change',
  settingsMoved: 'diff:settings-moved',
  noCheckOption: 'diff:no-check-option',
  docsMoved: 'docs:moved',
  yearsOnly: 'docs:years-only',
  changelogUpkeep: 'docs:changelog-upkeep',
  standardsUpkeep: 'standards:upkeep',
  securityPolicyProse: 'docs:security-policy',
  codeInDocsFolder: 'path:code-in-docs-folder',
  linguistDocumentation: 'gitattributes:linguist-documentation',
  // What a config or build file's change does.
  lintRules: 'config:lint-rules',
  gateAdded: 'config:gate-added',
  gateUpgraded: 'config:gate-upgraded',
  buildLogic: 'config:build-logic',
  taskScripts: 'config:task-scripts',
  toolSections: 'config:tool-sections',
  // The change signal (signals/shared-abstraction.ts).
  sharedModule: 'shared-module'
} as const

type FixedSignalId = (typeof SIGNAL)[keyof typeof SIGNAL]

/** A path rule's category (rule ids come from the ruleset and the config, so any string). */
type PathSignalId = `path:${string}`
/** An exclusion rule that matched. */
type ExcludeSignalId = `exclude:${string}`
/** A release path rule (changelog, manifest) that matched. */
type ReleaseSignalId = `release:${string}`
/** A PR label the ruleset reads as a hint. */
type LabelSignalId = `label:${string}`
/** A `.gitattributes` attribute that decided the file. */
type GitattributesSignalId = `gitattributes:${string}`

/** How a category is shortened in the ids of title hints. */
const CATEGORY_SHORT = { documentation: 'docs', automation: 'ci', patterns: 'patterns' } as const
type CategoryShort = (typeof CATEGORY_SHORT)[CategoryId]
/** A title hint for a category: a conventional type (`docs:`) or a keyword. */
type MessageSignalId = `message:conventional-${CategoryShort}` | `message:${CategoryShort}-keyword`

/** Every reason signal id, the fixed ones and the families. */
export type SignalId =
  | FixedSignalId
  | PathSignalId
  | ExcludeSignalId
  | ReleaseSignalId
  | LabelSignalId
  | GitattributesSignalId
  | MessageSignalId

export function pathSignal(ruleId: string): PathSignalId {
  return `path:${ruleId}`
}

export function excludeSignal(ruleId: string): ExcludeSignalId {
  return `exclude:${ruleId}`
}

export function releaseSignal(ruleId: string): ReleaseSignalId {
  return `release:${ruleId}`
}

export function labelSignal(label: string): LabelSignalId {
  return `label:${label}`
}

export function gitattributesSignal(attribute: string): GitattributesSignalId {
  return `gitattributes:${attribute}`
}

/** A title hint for category `id`: a conventional commit type, or a keyword. */
export function messageHintSignal(id: CategoryId, conventional: boolean): MessageSignalId {
  const short = CATEGORY_SHORT[id]
  return conventional ? `message:conventional-${short}` : `message:${short}-keyword`
}

/** The path rule a `path:` signal names; undefined for any other signal, or none. */
export function pathRuleOf(signal: SignalId | undefined): string | undefined {
  return signal?.startsWith('path:') === true ? signal.slice('path:'.length) : undefined
}

/** Whether `signal` is one of `signals` (a reading's category may have none). */
export function hasSignal(signals: ReadonlySet<SignalId>, signal: SignalId | undefined): boolean {
  return signal !== undefined && signals.has(signal)
}

/** A release signal: a release path rule, or the release and bump outcomes and hints. */
export function isReleaseSignal(signal: SignalId): boolean {
  return signal.startsWith('release:')
}

/** A hint from a label or the title (the team's verdict included). */
export function isHintSignal(signal: SignalId): boolean {
  return signal.startsWith('label:') || signal.startsWith('message:')
}

// Path rules of the default ruleset that other stages single out (defaults.ts names them; a test
// checks they are still there).
/** Lint and format configs: their reach is whether CI or a hook runs the tool. */
export const LINT_CONFIG_PATH = pathSignal('lint-config')
/** CI workflows and configs: an edit that adds steps adds to the pipeline. */
export const PIPELINE_PATHS: ReadonlySet<SignalId> = new Set([
  pathSignal('ci-workflows'),
  pathSignal('ci-config')
])
