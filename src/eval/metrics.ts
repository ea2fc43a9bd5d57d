import type { CategoryId } from '../model.js'
import { CATEGORY_IDS } from '../model.js'

// Precision, recall and F1 per category over labelled examples: each example is judged once
// per category (in the expected set or not, in the predicted set or not).

export interface Confusion {
  tp: number
  fp: number
  fn: number
  tn: number
}

export interface CategoryMetrics extends Confusion {
  precision: number
  recall: number
  f1: number
}

export interface LabelledPrediction {
  id: string
  expected: readonly CategoryId[]
  predicted: readonly CategoryId[]
}

export function confusion(
  predictions: readonly LabelledPrediction[],
  category: CategoryId
): Confusion {
  const counts: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 }
  for (const { expected, predicted } of predictions) {
    const want = expected.includes(category)
    const got = predicted.includes(category)
    if (want && got) counts.tp += 1
    else if (got) counts.fp += 1
    else if (want) counts.fn += 1
    else counts.tn += 1
  }
  return counts
}

/**
 * Precision tp/(tp+fp), recall tp/(tp+fn), F1 their harmonic mean. With no positives at all
 * (nothing expected, nothing predicted) a category is perfect (1); with no predictions but
 * some expected, precision is 1 and recall 0 (so F1 0).
 */
export function metricsOf(counts: Confusion): CategoryMetrics {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp)
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...counts, precision, recall, f1 }
}

export function evaluate(
  predictions: readonly LabelledPrediction[]
): Record<CategoryId, CategoryMetrics> {
  const result = {} as Record<CategoryId, CategoryMetrics>
  for (const id of CATEGORY_IDS) result[id] = metricsOf(confusion(predictions, id))
  return result
}

/** The examples whose predicted set differs from the expected one. */
export function misclassified(predictions: readonly LabelledPrediction[]): LabelledPrediction[] {
  return predictions.filter(
    ({ expected, predicted }) =>
      expected.length !== predicted.length ||
      expected.some(category => !predicted.includes(category))
  )
}
