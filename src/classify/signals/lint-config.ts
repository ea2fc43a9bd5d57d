import { onlyMovesSettings } from '../diff/config-diff.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { hunksOf, isSmall, revoke, shapeOf } from '../reading/reading.js'
import { SIGNAL, pathRuleOf } from '../signal-ids.js'

function lintRule(reading: FileReading): boolean {
  const kind = reading.facts.categories.get('patterns')?.kind
  return (
    kind === 'lint-config' && pathRuleOf(reading.categories.get('patterns')?.signal) !== undefined
  )
}

/**
 * A lint, format or editor config file counts as patterns when a rule or option changes. An
 * edit of only whitespace, or one that only moves settings (a tool upgrade renaming a section),
 * changes no rule; in a dependency bump, a small edit without its patch is taken as following
 * the bump.
 */
export const lintConfig: FileSignal = {
  id: 'lint-config',
  reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
  wantsPatch(reading, change) {
    return lintRule(reading) && (isSmall(reading, change) || change.bump !== undefined)
  },
  vote(reading, change) {
    if (!lintRule(reading)) return
    const hunks = hunksOf(reading)
    if (hunks === undefined) {
      if (change.bump && isSmall(reading, change))
        revoke(
          reading,
          'patterns',
          change.bump.signal,
          `${change.bump.detail}; a small edit of a lint config in a dependency bump, taken as following it (patch not read)`
        )
      return
    }
    const shape = shapeOf(reading)
    if (shape === 'whitespace-only') {
      revoke(
        reading,
        'patterns',
        SIGNAL.noRuleChange,
        'whitespace-only edit: no rule or option changed'
      )
    } else if (onlyMovesSettings(hunks)) {
      revoke(
        reading,
        'patterns',
        SIGNAL.settingsMoved,
        'settings moved or renamed, none changed: no rule changed'
      )
    } else {
      const rule = reading.categories.get('patterns')
      if (rule)
        reading.categories.set('patterns', {
          ...rule,
          signal: SIGNAL.lintRules,
          detail: `${rule.detail}: rules or options changed`
        })
    }
  }
}
