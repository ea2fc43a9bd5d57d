import type { Nudge } from '../action/nudges.js'
import type { CategoryId, ClassifiedChange, Reason } from '../model.js'
import { CATEGORY_IDS } from '../model.js'
import { COMMENT_BODY_LIMIT, fitSections, type Section } from './limits.js'
import { escapeMarkdown, inlineCode } from './escape.js'

/** Hidden marker that finds this action's comment on a PR again, so reruns update it. */
export const PR_COMMENT_MARKER = '<!-- multiplier:pr-comment -->'

export interface PullRequestCommentInput {
  change: ClassifiedChange
  nudges: Nudge[]
  /** The head commit the comment describes. */
  headSha?: string
  /** Link to the workflow run (its job summary has the full list when the comment is cut). */
  runUrl?: string
  /** Most reasons listed per category before "and N more". */
  reasonsPerCategory?: number
}

const CATEGORY_TITLES: Record<CategoryId, string> = {
  documentation: 'Documentation',
  automation: 'Automation',
  patterns: 'Patterns'
}

const NUDGE_TEXT: Record<Nudge['id'], string> = {
  'public-surface-without-docs':
    'adds new public surface without touching docs; a README line or a doc page helps the next reader',
  'workflow-without-docs':
    'changes a workflow without touching docs; a note on what it runs and when helps whoever debugs it next',
  'many-files-without-tests':
    'changes many source files and no tests; is there a test that would catch a regression?'
}

/** The sticky PR comment: which categories this PR feeds and why, then nudges. Short on purpose. */
export function renderPullRequestComment(input: PullRequestCommentInput): string {
  const { change, nudges } = input
  const perCategory = input.reasonsPerCategory ?? 8
  const fed = CATEGORY_IDS.filter(category => change.categories.includes(category))

  const headline =
    fed.length > 0
      ? `**Multiplier**: this pull request feeds ${joinWords(fed.map(category => `**${category}**`))}.`
      : '**Multiplier**: this pull request is direct output: it feeds none of documentation, automation or patterns.'
  const sections: Section[] = [{ text: `${PR_COMMENT_MARKER}\n${headline}`, value: 100 }]

  for (const category of fed) {
    const lines = reasonLines(
      change.reasons.filter(reason => reason.category === category),
      perCategory
    )
    sections.push({ text: `**${CATEGORY_TITLES[category]}**\n${lines.join('\n')}`, value: 10 })
  }

  if (nudges.length > 0) {
    const lines = nudges.map(nudge => {
      const files = nudge.files.slice(0, 3).map(inlineCode).join(', ')
      const more = nudge.files.length > 3 ? ` and ${nudge.files.length - 3} more` : ''
      return `- This pull request ${NUDGE_TEXT[nudge.id]}${files ? ` (${files}${more})` : ''}.`
    })
    sections.push({ text: `**Worth a look**\n${lines.join('\n')}`, value: 50 })
  }

  if (change.filesTotal !== undefined && change.filesTotal > change.files.length) {
    sections.push({
      text: `_Only the first ${change.files.length} of ${change.filesTotal} files were read (GitHub lists at most 3,000)._`,
      value: 40
    })
  }

  const commit = input.headSha ? ` for ${input.headSha.slice(0, 7)}` : ''
  const run = input.runUrl ? ` · [run](${input.runUrl})` : ''
  sections.push({
    text: `<sub>Updated${commit}${run} · categories come from path, label and message rules in \`.github/multiplier.yml\`.</sub>`,
    value: 90
  })

  const note = input.runUrl
    ? `_Cut to fit GitHub's comment limit; the [job summary](${input.runUrl}) has everything._`
    : "_Cut to fit GitHub's comment limit; the job summary has everything._"
  return fitSections(sections, COMMENT_BODY_LIMIT, note)
}

/** One line per file (or per non-file signal) with its reasons, most relevant first. */
function reasonLines(reasons: readonly Reason[], limit: number): string[] {
  const byFile = new Map<string, string[]>()
  for (const reason of reasons) {
    const key = reason.file ?? ''
    const details = byFile.get(key) ?? []
    if (!details.includes(reason.detail)) details.push(reason.detail)
    byFile.set(key, details)
  }
  const entries = [...byFile.entries()]
  const lines = entries.slice(0, limit).map(([file, details]) => {
    const why = details.map(escapeMarkdown).join('; ')
    return file ? `- ${inlineCode(file)}: ${why}` : `- ${why}`
  })
  if (entries.length > limit) lines.push(`- and ${entries.length - limit} more`)
  return lines
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
