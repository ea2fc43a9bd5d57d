// One change as a line of a report (its title linked, its ref, who, and why it counted), and
// which changes a report lists: what the scores counted, those with the most evidence first.
import type { CategoryId, Reason, Report, ReportChange } from '../model.js'
import { inlineCode, truncate } from './escape.js'
import { type TextPolicy, textPolicy } from './text-policy.js'

const TITLE_LENGTH = 80
const REASONS_SHOWN = 2

/** The changes the scores counted: bot changes only when the report counts them. */
export function countedReportChanges(report: Report): readonly ReportChange[] {
  return report.bots.counted ? report.changes : report.changes.filter(change => !change.bot)
}

/**
 * The changes that fed `category`, those with the most evidence (reasons for the category)
 * first, then the newest; ties by id, so the order is stable.
 */
export function topChanges(
  changes: readonly ReportChange[],
  category: CategoryId,
  limit: number
): ReportChange[] {
  const evidence = (change: ReportChange): number =>
    change.reasons.filter(reason => reason.category === category).length
  return changes
    .filter(change => change.categories.includes(category))
    .map(change => ({ change, evidence: evidence(change), time: Date.parse(change.time) }))
    .sort(
      (a, b) =>
        b.evidence - a.evidence ||
        (b.time || 0) - (a.time || 0) ||
        (a.change.id < b.change.id ? -1 : a.change.id > b.change.id ? 1 : 0)
    )
    .slice(0, Math.max(0, limit))
    .map(entry => entry.change)
}

export function changeLine(
  change: ReportChange,
  category: Reason['category'],
  policy: TextPolicy = textPolicy('posted')
): string {
  const link = safeUrl(pullRequestUrl(change))
  const ref = change.kind === 'pull_request' ? `#${change.id}` : change.id.slice(0, 7)
  // A linked title carries no links of its own: a `#123` inside stays text.
  const title = (link ? textPolicy(policy.target) : policy).text(
    truncate(change.title || '(no title)', TITLE_LENGTH)
  )
  const name = link ? `[${title}](${link})` : title
  const reasons = change.reasons.filter(reason => reason.category === category)
  const why = reasons
    .slice(0, REASONS_SHOWN)
    .map(
      reason => policy.text(reason.detail) + (reason.file ? ` (${inlineCode(reason.file)})` : '')
    )
  if (reasons.length > REASONS_SHOWN) why.push(`+${reasons.length - REASONS_SHOWN} more`)
  return (
    `- ${name} ${inlineCode(ref)} by ${policy.text(change.author)}` +
    (why.length > 0 ? ` — ${why.join('; ')}` : '')
  )
}

/**
 * A pull request links to the pull request, not to the commit it was merged as (git mode
 * knows the merge or squash commit's URL and the PR's number).
 */
function pullRequestUrl(change: ReportChange): string | undefined {
  if (change.kind !== 'pull_request' || !/^\d+$/.test(change.id)) return change.url
  return change.url?.replace(
    /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/commit\/[0-9a-f]+$/i,
    `$1/pull/${change.id}`
  )
}

/** http(s) URLs only, with the characters that would end a markdown link destination encoded. */
export function safeUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return null
  return url.replace(
    /[()<>"'\\`]/g,
    character => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
  )
}
