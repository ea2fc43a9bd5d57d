// The job summary: the report, then every change of the window, collapsed per category, so
// the full list is one click away on the run's page. GitHub takes at most 1 MiB per step;
// past that the list is cut and a line says how many changes were left out and where all of
// them are.
import { CATEGORY_IDS } from '../model.js'
import type { CategoryId, Report, ReportChange } from '../model.js'
import { CATEGORY_TEXT } from './categories.js'
import { SUMMARY_BYTE_LIMIT, utf8Bytes } from './limits.js'
import { changeLine, countedReportChanges } from './change-lines.js'
import { renderMarkdown } from './markdown.js'

export interface JobSummaryOptions {
  /** Where the JSON report with every change is (the report-path output), for the cut note. */
  jsonPath?: string
  /** Bytes the summary may take; GitHub's limit less a margin by default. */
  byteLimit?: number
}

interface Group {
  label: string
  /** The category whose reasons a line shows; output and bot changes show their first ones. */
  category: CategoryId | null
  changes: readonly ReportChange[]
}

export function renderJobSummary(report: Report, options: JobSummaryOptions = {}): string {
  const head = renderMarkdown(report)
  if (report.changes.length === 0) return head
  const limit = options.byteLimit ?? SUMMARY_BYTE_LIMIT
  const groups = changeGroups(report)
  const where = options.jsonPath
    ? `the JSON report (\`${options.jsonPath.replace(/`/g, "'")}\`, the \`report-path\` output) has them all`
    : 'the JSON report (the `report-path` output) has them all'
  // Room for the cut note, whatever its figures turn out to be.
  const noteRoom = 400 + utf8Bytes(where)
  let budget = limit - utf8Bytes(head) - noteRoom
  const parts: string[] = ['### Every change', '']
  budget -= utf8Bytes(parts.join('\n'))
  let left = 0
  for (const group of groups) {
    const open = `<details><summary>${group.label} (${group.changes.length})</summary>\n`
    const close = '\n</details>\n'
    const lines: string[] = []
    let room = budget - utf8Bytes(open + close)
    for (const change of group.changes) {
      const line = changeLine(change, group.category ?? change.categories[0] ?? 'output')
      const size = utf8Bytes(line) + 1
      if (room - size < 0) {
        left += 1
        continue
      }
      room -= size
      lines.push(line)
    }
    if (lines.length === 0) continue
    const block = `${open}\n${lines.join('\n')}\n${close}`
    budget -= utf8Bytes(block)
    parts.push(block)
  }
  if (left > 0) {
    parts.push(
      `_${left} change${left === 1 ? '' : 's'} left out to fit GitHub's 1 MiB job-summary limit; ${where}._`
    )
  }
  return `${head}\n${parts.join('\n')}\n`
}

/** Each category's changes, then direct output, then the bot changes the scores left out. */
function changeGroups(report: Report): Group[] {
  const counted = countedReportChanges(report)
  const groups: Group[] = CATEGORY_IDS.map(id => ({
    label: CATEGORY_TEXT[id].label,
    category: id,
    changes: counted.filter(change => change.categories.includes(id))
  }))
  groups.push({
    label: 'Output',
    category: null,
    changes: counted.filter(change => change.categories.length === 0)
  })
  if (!report.bots.counted) {
    groups.push({
      label: 'Bots (left out of the scores)',
      category: null,
      changes: report.changes.filter(change => change.bot)
    })
  }
  return groups.filter(group => group.changes.length > 0)
}
