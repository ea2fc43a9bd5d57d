// Percentiles: each category score and the index placed against the reference set, the scores
// of public repositories that `npm run calibrate` computed with this classifier and formula
// (src/score/reference-set.json, shipped with the code, never fetched). Pure.
import { CATEGORY_IDS, SCORE_PARTS } from '../model.js'
import type { CategoryId, CategoryScore, Report, Window } from '../model.js'
import type { ScoreOptions } from '../config/types.js'

/** Each reference repository is scored over this many days, ending at its head commit. */
export const REFERENCE_WINDOW_DAYS = 90

export interface ReferenceRepository {
  repository: string
  language: string
  /** The head commit scored (the clone's HEAD when `npm run calibrate` ran). */
  head: string
  window: Window
  changes: number
  people: number
  index: number
  categories: Record<CategoryId, number>
}

export interface ReferenceSet {
  about: string
  /** Digest of the classifier and formula sources the scores were computed with. */
  fingerprint: string
  windowDays: number
  /** The newest head date among the repositories (YYYY-MM-DD). */
  date: string
  repositories: ReferenceRepository[]
}

/**
 * The share of reference scores strictly below `score`, in whole percent rounded down, so that
 * "higher than 70 % of the reference repositories" is never an overstatement. Ties do not count:
 * a 0 among many 0s is higher than none of them.
 */
export function percentileOf(score: number, reference: readonly number[]): number {
  if (reference.length === 0) return 0
  const below = reference.filter(value => value < score).length
  return Math.floor((100 * below) / reference.length)
}

export const CUSTOM_SCORING_NOTE =
  'No percentiles: the config changes the scoring weights, targets or bots setting, and the reference repositories were scored with the defaults.'

function sameScoring(a: ScoreOptions, b: ScoreOptions): boolean {
  return (
    SCORE_PARTS.every(part => a.weights[part] === b.weights[part]) &&
    CATEGORY_IDS.every(id => a.targets[id] === b.targets[id]) &&
    (a.bots ?? 'exclude') === (b.bots ?? 'exclude')
  )
}

/**
 * The report with `percentile` on the index and on each category, and `reference` saying what
 * they were placed against. With scoring options other than the ones the set was computed with,
 * or an empty set, there is nothing fair to compare with: the report gets a note instead.
 */
export function placeAgainstReference(
  report: Report,
  set: ReferenceSet,
  options: { scoring: ScoreOptions; referenceScoring: ScoreOptions }
): Report {
  if (set.repositories.length === 0) return report
  if (!sameScoring(options.scoring, options.referenceScoring))
    return { ...report, notes: [...report.notes, CUSTOM_SCORING_NOTE] }
  const categories = Object.fromEntries(
    CATEGORY_IDS.map(id => {
      const scores = set.repositories.map(entry => entry.categories[id])
      const placed: CategoryScore = {
        ...report.categories[id],
        percentile: percentileOf(report.categories[id].score, scores)
      }
      return [id, placed]
    })
  ) as Record<CategoryId, CategoryScore>
  return {
    ...report,
    categories,
    percentile: percentileOf(
      report.index,
      set.repositories.map(entry => entry.index)
    ),
    reference: {
      repositories: set.repositories.length,
      date: set.date,
      windowDays: set.windowDays
    }
  }
}
