import type { CategoryId } from '../model.js'
import type { Ruleset, SubstantialThresholds } from '../classify/rules/ruleset.js'
import type { LabelledCommit } from './dataset.js'
import { evaluate } from './metrics.js'
import type { CategoryMetrics, LabelledPrediction } from './metrics.js'
import { evaluateSet, macroF1 } from './run.js'

// Leave-one-repository-out: the thresholds are chosen on every repository but one, and the
// classifier is scored on that one with them. Pooled over the folds this says how the rules do on
// a repository they were not tuned on, which a held-back half of commits from the same
// repositories cannot say (a repository's conventions leak into both halves).

export type ThresholdPoint = Partial<SubstantialThresholds>

/** The grid the folds choose from; the defaults are one of its points. */
function thresholdGrid(): ThresholdPoint[] {
  const points: ThresholdPoint[] = []
  for (const minShare of [0.25, 0.3, 0.35])
    for (const blockLines of [15, 25])
      for (const featureDocLines of [30, 60, 90])
        for (const pipelineLines of [1, 5, 10])
          points.push({ minShare, blockLines, featureDocLines, pipelineLines })
  return points
}

interface RepositoryFold {
  repo: string
  commits: number
  /** The thresholds chosen without this repository. */
  chosen: ThresholdPoint
  metrics: Record<CategoryId, CategoryMetrics>
}

export interface LeaveOneOutResult {
  folds: RepositoryFold[]
  /** Metrics of every commit, each predicted by the fold that left its repository out. */
  pooled: Record<CategoryId, CategoryMetrics>
  predictions: LabelledPrediction[]
}

function repositoryOf(commit: LabelledCommit): string {
  return commit.repo ?? 'unknown'
}

function distance(point: ThresholdPoint, rules: Ruleset): number {
  const base = rules.thresholds ?? {}
  return Object.entries(point).filter(
    ([key, value]) => base[key as keyof SubstantialThresholds] !== value
  ).length
}

/**
 * Scores every commit at every grid point once, then for each repository picks the point with
 * the best pooled macro-F1 on the others (ties go to the point nearest the ruleset's own) and
 * keeps that point's predictions for the left-out repository.
 */
export function leaveOneRepositoryOut(
  commits: readonly LabelledCommit[],
  rules: Ruleset,
  grid: readonly ThresholdPoint[] = thresholdGrid()
): LeaveOneOutResult {
  const atPoint = grid.map(point => {
    const tuned: Ruleset = { ...rules, thresholds: { ...rules.thresholds, ...point } }
    return evaluateSet(commits, tuned).predictions
  })
  const repos = [...new Set(commits.map(repositoryOf))].sort()
  const folds: RepositoryFold[] = []
  const predictions: LabelledPrediction[] = []
  for (const repo of repos) {
    const inFold = commits.map(commit => repositoryOf(commit) === repo)
    let best = -1
    let bestScore = -1
    atPoint.forEach((all, index) => {
      const score = macroF1(evaluate(all.filter((_, at) => !inFold[at])))
      const point = grid[index] ?? {}
      const better =
        score > bestScore + 1e-9 ||
        (Math.abs(score - bestScore) <= 1e-9 &&
          distance(point, rules) < distance(grid[best] ?? {}, rules))
      if (better) {
        best = index
        bestScore = score
      }
    })
    const held = (atPoint[best] ?? []).filter((_, at) => inFold[at])
    predictions.push(...held)
    folds.push({ repo, commits: held.length, chosen: grid[best] ?? {}, metrics: evaluate(held) })
  }
  return { folds, pooled: evaluate(predictions), predictions }
}
