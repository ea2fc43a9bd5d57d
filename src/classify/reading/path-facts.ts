import type { CategoryId, Reason } from '../../model.js'
import { CATEGORY_IDS } from '../../model.js'
import { commentSyntaxOf } from '../diff/comments.js'
import type { CompiledRules } from '../rules/compile.js'
import { EXCLUDING_ATTRIBUTES } from '../rules/gitattributes.js'
import { firstMatch } from '../rules/paths.js'
import type { CompiledPathRule } from '../rules/paths.js'
import type { PathCategory, PathFacts } from './reading.js'
import {
  SIGNAL,
  excludeSignal,
  gitattributesSignal,
  pathSignal,
  releaseSignal
} from '../signal-ids.js'

// What a path alone decides — exclusion, release files, path-rule categories — memoised per
// path, since a history touches the same paths thousands of times. The path signals
// (signals/exclusion.ts, signals/release-files.ts, signals/path-rules.ts) apply these facts.

const CONFIG_FORMAT = /\.(ya?ml|toml|ini|cfg|conf|json5?|jsonc|properties)$/i

function isCodeFile(path: string): boolean {
  return commentSyntaxOf(path) !== undefined && !CONFIG_FORMAT.test(path)
}

function exclusionOf(path: string, compiled: CompiledRules): Reason | undefined {
  for (const attribute of EXCLUDING_ATTRIBUTES) {
    if (compiled.attributes.get(path, attribute) === true) {
      return {
        category: 'excluded',
        file: path,
        signal: gitattributesSignal(attribute),
        detail: `.gitattributes marks it ${attribute}`
      }
    }
  }
  const rule = firstMatch(compiled.exclude, path)
  if (!rule) return undefined
  // An explicit `-linguist-vendored` / `linguist-generated=false` re-includes the file.
  const attribute = rule.kind === 'vendored' ? 'linguist-vendored' : 'linguist-generated'
  if (compiled.attributes.get(path, attribute) === false) return undefined
  return { category: 'excluded', file: path, signal: excludeSignal(rule.id), detail: rule.detail }
}

function releaseReason(path: string, rule: CompiledPathRule, what: string): Reason {
  return {
    category: 'output',
    file: path,
    signal: releaseSignal(rule.id),
    detail: `${rule.detail}: ${what}`
  }
}

function pathCategories(path: string, compiled: CompiledRules): Map<CategoryId, PathCategory> {
  const categories = new Map<CategoryId, PathCategory>()
  const add = (id: CategoryId, rule: CompiledPathRule): void => {
    categories.set(id, {
      reason: { category: id, file: path, signal: pathSignal(rule.id), detail: rule.detail },
      kind: rule.kind
    })
  }
  for (const id of CATEGORY_IDS) {
    const rule = firstMatch(compiled.categories[id].specific, path)
    if (rule) add(id, rule)
  }
  // Generic rules (any *.md) apply only where no specific rule of any category matched.
  if (categories.size === 0) {
    for (const id of CATEGORY_IDS) {
      const rule = firstMatch(compiled.categories[id].fallback, path)
      if (rule) add(id, rule)
    }
  }
  if (
    compiled.attributes.get(path, 'linguist-documentation') === true &&
    !categories.has('documentation')
  ) {
    categories.set('documentation', {
      reason: {
        category: 'documentation',
        file: path,
        signal: SIGNAL.linguistDocumentation,
        detail: '.gitattributes marks it linguist-documentation'
      },
      kind: undefined
    })
  }
  return categories
}

function readPathFacts(path: string, compiled: CompiledRules): PathFacts {
  const code = isCodeFile(path)
  const none = new Map<CategoryId, PathCategory>()
  const excluded = exclusionOf(path, compiled)
  if (excluded) return { excluded, categories: none, code }
  const release = firstMatch(compiled.release, path)
  if (release?.kind === 'manifest')
    return {
      manifest: releaseReason(path, release, 'dependency or version change'),
      categories: none,
      code
    }
  if (release)
    return {
      changelog: releaseReason(path, release, 'release bookkeeping'),
      categories: none,
      code
    }
  return { categories: pathCategories(path, compiled), code }
}

export function pathFactsOf(path: string, compiled: CompiledRules): PathFacts {
  const known = compiled.pathFacts.get(path)
  if (known) return known
  const facts = readPathFacts(path, compiled)
  compiled.pathFacts.set(path, facts)
  return facts
}
