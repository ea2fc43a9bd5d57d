import type { CategoryId } from '../../model.js'
import { CATEGORY_IDS } from '../../model.js'
import { parseGitAttributes } from './gitattributes.js'
import type { GitAttributes } from './gitattributes.js'
import { compilePathRules } from './paths.js'
import type { CompiledPathRule } from './paths.js'
import type { Ruleset, SubstantialThresholds } from './ruleset.js'
import type { PathFacts } from '../reading/reading.js'

// A ruleset compiled once for classification: globs to matchers, message patterns to regular
// expressions, and a memo of what each path alone decides (a history touches the same paths
// thousands of times).

/**
 * When a category's part of a change is substantial (documented in docs/classification.md):
 * a share of the counted lines, a block of added lines with a smaller share, or a hinted share.
 */
export const DEFAULT_THRESHOLDS: SubstantialThresholds = {
  minShare: 0.3,
  blockLines: 15,
  blockShare: 0.05,
  hintShare: 0.1,
  labelShare: 0.05,
  smallEditLines: 40,
  sharedModuleImporters: 3,
  pipelineLines: 5,
  featureDocLines: 60
}

interface CompiledCategory {
  specific: CompiledPathRule[]
  fallback: CompiledPathRule[]
  messages: RegExp[]
  labels: Set<string>
}

export interface CompiledRules {
  rules: Ruleset
  thresholds: SubstantialThresholds
  categories: Record<CategoryId, CompiledCategory>
  exclude: CompiledPathRule[]
  release: CompiledPathRule[]
  releaseMessages: RegExp[]
  releaseLabels: Set<string>
  attributes: GitAttributes
  /** Path-only verdicts, memoised per path. */
  pathFacts: Map<string, PathFacts>
}

type RulesetCompilation = Omit<CompiledRules, 'attributes' | 'pathFacts'>

const compiledCache = new WeakMap<Ruleset, RulesetCompilation>()
/** One compilation per (ruleset, .gitattributes text): classification runs per change, often. */
const contextCache = new WeakMap<RulesetCompilation, Map<string, CompiledRules>>()

function lowerSet(items: readonly string[] | undefined): Set<string> {
  return new Set((items ?? []).map(item => item.toLowerCase()))
}

function compileRuleset(rules: Ruleset): RulesetCompilation {
  const categories = {} as Record<CategoryId, CompiledCategory>
  for (const id of CATEGORY_IDS) {
    const all = compilePathRules(rules.categories[id].paths)
    categories[id] = {
      specific: all.filter(rule => !rule.fallback),
      fallback: all.filter(rule => rule.fallback),
      messages: rules.categories[id].messages.map(source => new RegExp(source, 'i')),
      labels: lowerSet(rules.categories[id].labels)
    }
  }
  return {
    rules,
    thresholds: { ...DEFAULT_THRESHOLDS, ...rules.thresholds },
    categories,
    exclude: compilePathRules(rules.exclude),
    release: compilePathRules(rules.release.paths),
    releaseMessages: rules.release.messages.map(source => new RegExp(source, 'i')),
    releaseLabels: lowerSet(rules.release.labels)
  }
}

export function compile(rules: Ruleset, gitattributes: string | undefined): CompiledRules {
  let compiled = compiledCache.get(rules)
  if (!compiled) compiledCache.set(rules, (compiled = compileRuleset(rules)))
  let byAttributes = contextCache.get(compiled)
  if (!byAttributes) contextCache.set(compiled, (byAttributes = new Map()))
  const key = gitattributes ?? ''
  let withContext = byAttributes.get(key)
  if (!withContext) {
    withContext = Object.assign({}, compiled, {
      attributes: parseGitAttributes(gitattributes),
      pathFacts: new Map<string, PathFacts>()
    })
    byAttributes.set(key, withContext)
  }
  return withContext
}
