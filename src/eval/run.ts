import type { CategoryId } from '../model.js'
import { CATEGORY_IDS } from '../model.js'
import { createClassifier } from '../classify/classify.js'
import type { Ruleset } from '../classify/rules/ruleset.js'
import { toChange } from './dataset.js'
import type { LabelledCommit } from './dataset.js'
import { evaluate, misclassified } from './metrics.js'
import type { CategoryMetrics, LabelledPrediction } from './metrics.js'

export interface EvaluationResult {
  predictions: (LabelledPrediction & { title: string; hard: boolean })[]
  metrics: Record<CategoryId, CategoryMetrics>
}

/** Classifies every labelled commit (each with its own `.gitattributes`) and scores the result. */
export function evaluateSet(commits: readonly LabelledCommit[], rules: Ruleset): EvaluationResult {
  const predictions = commits.map(commit => {
    const context =
      commit.gitattributes !== undefined ? { gitattributes: commit.gitattributes } : {}
    const classified = createClassifier(rules, context).classify(toChange(commit))
    return {
      id: commit.sha,
      title: commit.message.split('\n')[0] ?? '',
      hard: commit.hard === true,
      expected: commit.labels,
      predicted: classified.categories
    }
  })
  return { predictions, metrics: evaluate(predictions) }
}

function fixed(value: number): string {
  return value.toFixed(3)
}

/** The unweighted mean of the categories' F1. */
export function macroF1(metrics: Record<CategoryId, CategoryMetrics>): number {
  return CATEGORY_IDS.reduce((sum, id) => sum + metrics[id].f1, 0) / CATEGORY_IDS.length
}

/** The per-category rows of a metrics table. */
export function formatMetrics(metrics: Record<CategoryId, CategoryMetrics>, indent = '  '): string {
  const lines = [`${indent}category        precision  recall  F1     tp  fp  fn  tn`]
  for (const id of CATEGORY_IDS) {
    const m = metrics[id]
    lines.push(
      `${indent}${id.padEnd(14)}  ${fixed(m.precision).padStart(9)}  ${fixed(m.recall).padStart(6)}  ${fixed(m.f1)}  ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)} ${String(m.tn).padStart(3)}`
    )
  }
  return lines.join('\n')
}

/** A plain-text table of the metrics and (unless `listWrong` is false) the misclassified commits. */
export function formatEvaluation(
  name: string,
  result: EvaluationResult,
  { listWrong = true }: { listWrong?: boolean } = {}
): string {
  const lines = [
    `${name}: ${result.predictions.length} commits, macro-F1 ${fixed(macroF1(result.metrics))}`
  ]
  lines.push(formatMetrics(result.metrics))
  const wrong = misclassified(result.predictions)
  lines.push(`  misclassified: ${wrong.length}${listWrong ? '' : ' (not listed)'}`)
  for (const prediction of listWrong ? wrong : []) {
    const full = result.predictions.find(entry => entry.id === prediction.id)
    const show = (set: readonly string[]): string =>
      set.length === 0 ? '[]' : `[${set.join(', ')}]`
    lines.push(
      `    ${prediction.id.slice(0, 7)}  expected ${show(prediction.expected)} got ${show(prediction.predicted)}${full?.hard ? ' (hard)' : ''}  ${full?.title.slice(0, 70) ?? ''}`
    )
  }
  return lines.join('\n')
}
