// "What moved the score": the few lines a lead reads first. A category that moved outside the
// noise is named with the changes behind it now and before, and the work that moved it up; when
// nothing moved clearly, it says so and names the period's strongest multiplier work instead.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, Report } from '../model.js'
import { CATEGORY_TEXT } from './categories.js'
import { countedReportChanges, safeUrl, topChanges } from './change-lines.js'
import { truncate } from './escape.js'
import type { TextPolicy } from './text-policy.js'

/** Changes named per category, and their titles' length. */
const NAMED = 2
const TITLE_LENGTH = 60

/** The section's lines (heading excluded); none for a window with nothing to score. */
export function movedLines(report: Report, policy: TextPolicy): string[] {
  if (report.index === null) return []
  const counted = countedReportChanges(report)
  const named = (id: CategoryId): string => {
    const titles = topChanges(counted, id, NAMED).map(change => {
      const title = policy.text(truncate(change.title || '(no title)', TITLE_LENGTH))
      const link = safeUrl(change.url)
      return link ? `[${title}](${link})` : title
    })
    return titles.length > 0 ? ` — ${titles.join(', ')}` : ''
  }
  const moved = CATEGORY_IDS.filter(id => {
    const direction = report.categories[id].direction
    return direction === 'up' || direction === 'down'
  })
  if (moved.length > 0) {
    return moved.map(id => {
      const category = report.categories[id]
      const arrow = category.direction === 'up' ? '▲' : '▼'
      const now = changesText(category.changes)
      const before =
        category.previousChanges === null ? '' : ` (${category.previousChanges} before)`
      const work = category.direction === 'up' ? named(id) : ''
      return (
        `- ${arrow} **${CATEGORY_TEXT[id].label}** ${category.previous} → ${category.score}: ` +
        `fed by ${now}${before}${work}`
      )
    })
  }
  const since =
    report.previousIndex === null
      ? 'There is no earlier activity to compare with.'
      : 'No score moved outside the noise since the window before.'
  const strongest = CATEGORY_IDS.filter(id => report.categories[id].changes > 0).map(
    id =>
      `- **${CATEGORY_TEXT[id].label}**: ${changesText(report.categories[id].changes)}${named(id)}`
  )
  return strongest.length > 0
    ? [`${since} This period's multiplier work:`, '', ...strongest]
    : [`${since} No change of this period fed a category.`]
}

function changesText(count: number): string {
  return `${count} change${count === 1 ? '' : 's'}`
}
