// Per-team scores: the report's formula over the changes touching what each CODEOWNERS team
// owns — only where a team's sample can carry a score, and never so that a smaller team looks
// better for the same work. Teams are listed by name: the table is not a ranking.
import type { ScoreOptions } from '../config/types.js'
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, ScoredChange, TeamScore, Window } from '../model.js'
import { countedChanges } from '../score/bots.js'
import { roundHalfUp, scoreWindow } from '../score/score.js'

/**
 * Counted changes a team needs in a window for a score. With the default targets (automation
 * and patterns at 10 %), 20 changes is the first sample in which the target share is 2 changes:
 * below it one change moves a share part by half its range or more — the report's own bound
 * for "low" confidence (docs/scoring.md, Confidence). Fewer changes give no score, not a guess.
 */
export const MIN_TEAM_CHANGES = 20

/** Why a team has no score, in words a reader of the table understands. */
function tooFewReason(changes: number): string {
  if (changes === 0) return 'no activity: only bot changes touched its files'
  return `fewer than ${MIN_TEAM_CHANGES} changes: too few to score`
}

/** What a team's score rests on: the changes touching its files in one window. */
interface TeamScores {
  index: number
  categories: Record<CategoryId, number>
}

/**
 * A team's scores, or null below the minimum. The category scores are the raw scores, not the
 * report's scores pulled toward 50: that pull lifts a category with no work by 500 / (n + 10)
 * points, more the fewer changes a team has, which would rank a small team above a large one
 * for the same shares. Above the minimum the sample is large enough to stand without it.
 */
function scoreTeamWindow(
  changes: readonly ScoredChange[],
  window: Window,
  options: ScoreOptions
): TeamScores | null {
  if (!(countedChanges(changes, options.bots).length >= MIN_TEAM_CHANGES)) return null
  const score = scoreWindow(changes, window, options)
  const categories = Object.fromEntries(
    CATEGORY_IDS.map(id => [id, score.categories[id].rawScore ?? 0])
  ) as Record<CategoryId, number>
  const sum = CATEGORY_IDS.reduce((total, id) => total + categories[id], 0)
  return { index: roundHalfUp(sum / CATEGORY_IDS.length), categories }
}

export interface TeamWindows {
  team: string
  /** The team's changes in the report's window (bots' included; they are counted apart). */
  now: readonly ScoredChange[]
  /** The team's changes in the previous window. */
  before: readonly ScoredChange[]
}

/** One team's row: counts always; scores and a previous index only where the sample holds. */
export function scoreTeam(
  { team, now, before }: TeamWindows,
  windows: { window: Window; previous: Window },
  options: ScoreOptions
): TeamScore {
  const changes = countedChanges(now, options.bots).length
  const botChanges = now.filter(change => change.authorIsBot).length
  const current = scoreTeamWindow(now, windows.window, options)
  if (current === null) {
    return {
      team,
      changes,
      botChanges,
      index: null,
      documentation: null,
      automation: null,
      patterns: null,
      reason: tooFewReason(changes),
      previousIndex: null
    }
  }
  const previous = scoreTeamWindow(before, windows.previous, options)
  return {
    team,
    changes,
    botChanges,
    index: current.index,
    documentation: current.categories.documentation,
    automation: current.categories.automation,
    patterns: current.categories.patterns,
    // A trend only between two scored windows: against an unscored one it would be noise.
    previousIndex: previous === null ? null : previous.index
  }
}

/** Team names in the order a reader looks them up: case-insensitive, then as written. */
export function compareTeamNames(a: string, b: string): number {
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()]
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
