// A team's own verdict on a pull request. The classifier reads files, messages and labels as
// evidence; a `multiplier:documentation`, `multiplier:automation`, `multiplier:patterns` or
// `multiplier:output` label is not evidence but the team's word, and overrules whatever the
// files say. The verdict becomes exactly the categories such labels name (none for `output`),
// each with a reason that names its label, so a report and a comment still explain themselves.
import { CATEGORY_IDS } from '../../model.js'
import type { CategoryId, Reason } from '../../model.js'
import { SIGNAL } from '../signal-ids.js'

const PREFIX = 'multiplier:'
export const OUTPUT_LABEL = `${PREFIX}output`

/** The categories a change's verdict labels name, or undefined when it carries none. */
function labelledVerdict(labels: readonly string[]): CategoryId[] | undefined {
  let found = false
  const categories = new Set<CategoryId>()
  for (const label of labels) {
    const name = label.trim().toLowerCase()
    if (name === OUTPUT_LABEL) found = true
    const id = CATEGORY_IDS.find(candidate => name === `${PREFIX}${candidate}`)
    if (id) {
      found = true
      categories.add(id)
    }
  }
  return found ? CATEGORY_IDS.filter(id => categories.has(id)) : undefined
}

/**
 * The verdict with the team's labels applied: the labelled categories and their reasons first;
 * the files' reasons kept for the categories the labels keep, and kept as output notes (what
 * the files said) for those they drop.
 */
export function withTeamVerdict(
  labels: readonly string[],
  categories: CategoryId[],
  reasons: Reason[]
): { categories: CategoryId[]; reasons: Reason[] } {
  const verdict = labelledVerdict(labels)
  if (verdict === undefined) return { categories, reasons }
  const said: Reason[] =
    verdict.length === 0
      ? [
          {
            category: 'output',
            signal: SIGNAL.teamVerdict,
            detail: `the team's ${OUTPUT_LABEL} label overrules the files: direct output`
          }
        ]
      : verdict.map(id => ({
          category: id,
          signal: SIGNAL.teamVerdict,
          detail: `the team's ${PREFIX}${id} label overrules the files`
        }))
  const kept = reasons.flatMap((reason): Reason[] => {
    const category = reason.category
    if (category === 'output' || category === 'excluded') return [reason]
    if (verdict.includes(category)) return [reason]
    return [{ ...reason, category: 'output', detail: `overruled: ${reason.detail}` }]
  })
  return { categories: verdict, reasons: [...said, ...kept] }
}
