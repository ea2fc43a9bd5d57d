// Bot changes apart: by default they are left out of what the scores count and shown on their
// own, as automation at work, so a team that automates its dependency updates is not marked
// down for it (each update would otherwise dilute every share and steadiness).
import type { BotActivity, ScoredChange } from '../model.js'
import type { BotsMode } from '../config/types.js'

/** The changes the scores count: all of them with `include`, those by people otherwise. */
export function countedChanges(
  changes: readonly ScoredChange[],
  mode: BotsMode = 'exclude'
): readonly ScoredChange[] {
  return mode === 'include' ? changes : changes.filter(change => !change.authorIsBot)
}

/** The bot changes of a window, by bot (login, else name), most changes first, ties by name. */
export function botActivity(
  changes: readonly ScoredChange[],
  mode: BotsMode = 'exclude'
): BotActivity {
  const byName = new Map<string, number>()
  for (const change of changes) {
    if (!change.authorIsBot) continue
    const name = change.author.login ?? change.author.name
    byName.set(name, (byName.get(name) ?? 0) + 1)
  }
  const authors = [...byName]
    .map(([name, count]) => ({ name, changes: count }))
    .sort((a, b) => b.changes - a.changes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return {
    counted: mode === 'include',
    changes: authors.reduce((sum, author) => sum + author.changes, 0),
    authors
  }
}
