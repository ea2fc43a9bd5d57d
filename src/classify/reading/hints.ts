import type { Change } from '../../model.js'
import { CATEGORY_IDS } from '../../model.js'
import type { CompiledRules } from '../rules/compile.js'
import type { ChangeHints, Hint } from './reading.js'
import { SIGNAL, labelSignal, messageHintSignal } from '../signal-ids.js'

// Message and label hints: what the title (conventional type or keyword) and the PR labels say
// the change is about. A hint never makes a category on its own (decide.ts); it tips a
// category whose files carry a smaller share, and stands in for a patch that was not read.

/** Titles of refactors that may extract or introduce shared code. */
const REFACTOR_TITLE =
  /\b(refactor\w*|extract\w*|share[ds]?|reus(e|es|ed|ing)|dedup\w*|de-dup\w*|consolidat\w*|unif(y|ies|ied)|common|helpers?|utils?|utilit(y|ies)|base class(es)?|abstract\w*)\b/i

function firstLabelIn(labels: readonly string[], wanted: ReadonlySet<string>): string | undefined {
  for (const label of labels) if (wanted.has(label)) return label
  return undefined
}

function firstMatchIn(patterns: readonly RegExp[], text: string): [RegExp, string] | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match) return [pattern, match[0]]
  }
  return undefined
}

function releaseHint(change: Change, compiled: CompiledRules, labels: string[]): Hint | undefined {
  const label = firstLabelIn(labels, compiled.releaseLabels)
  if (label !== undefined) return { signal: labelSignal(label), detail: `labelled '${label}'` }
  const found = firstMatchIn(compiled.releaseMessages, change.title)
  if (found === undefined) return undefined
  return { signal: SIGNAL.releaseOrBumpTitle, detail: `title says '${found[1].trim()}'` }
}

export function readHints(change: Change, compiled: CompiledRules): ChangeHints {
  const labels = change.labels.map(label => label.toLowerCase())
  const release = releaseHint(change, compiled, labels)
  const hints: ChangeHints = {
    categories: { documentation: undefined, automation: undefined, patterns: undefined },
    release,
    refactor: undefined
  }
  for (const id of CATEGORY_IDS) {
    const category = compiled.categories[id]
    const label = firstLabelIn(labels, category.labels)
    if (label !== undefined) {
      hints.categories[id] = { signal: labelSignal(label), detail: `labelled '${label}'`, label }
      continue
    }
    const found = firstMatchIn(category.messages, change.title)
    if (found === undefined) continue
    const [pattern, match] = found
    const conventional = pattern.source.startsWith('^') && match.endsWith(':')
    // In a release or bump title a keyword names what is bumped ("update eslint"), not the
    // change's purpose; a conventional type (`ci:`, `docs:`) still says what the change is.
    if (release && !conventional) continue
    hints.categories[id] = {
      signal: messageHintSignal(id, conventional),
      detail: `title says '${match.trim()}'`
    }
  }
  const refactor = REFACTOR_TITLE.exec(change.title)
  if (refactor)
    hints.refactor = { signal: SIGNAL.refactorTitle, detail: `title says '${refactor[0]}'` }
  return hints
}
