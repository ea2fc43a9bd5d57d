// The PR comment's advice, one module per nudge kind (as the classification's signals are).
// Nudges read the verdict and the insight (hotspots), so they sit above both stages.
import type { ClassifiedChange } from '../model.js'
import { exportedApi } from './exported-api.js'
import { hotspotWithoutDocs } from './hotspot.js'
import { manyFilesWithoutTests } from './many-files.js'
import {
  DEFAULT_NUDGE_OPTIONS,
  countedFiles,
  touchesDocs,
  type Nudge,
  type NudgeOptions,
  type NudgeRule
} from './nudge.js'
import { publicSurface } from './public-surface.js'
import { workflowWithoutDocs } from './workflow.js'

/** Every nudge kind, in the order the comment lists them. */
export const NUDGE_RULES: readonly NudgeRule[] = [
  publicSurface,
  exportedApi,
  workflowWithoutDocs,
  manyFilesWithoutTests,
  hotspotWithoutDocs
]

/**
 * Nudges for one classified pull request. Pure and quiet on purpose: each fires only on a
 * pattern a reviewer would agree with; excluded (generated/vendored) files never count, and a
 * bot's PR (a bump) gets none.
 */
export function nudgesFor(
  change: ClassifiedChange,
  options: NudgeOptions = DEFAULT_NUDGE_OPTIONS
): Nudge[] {
  if (change.authorIsBot) return []
  const files = countedFiles(change)
  const context = { change, files, touchesDocs: touchesDocs(change, files), options }
  return NUDGE_RULES.flatMap(rule => rule.find(context) ?? [])
}
