import type { Nudge } from '../advise/nudge.js'
import { SKIP_LABEL, type QuietReason } from '../advise/voice.js'
import type { CategoryId, ClassifiedChange, Reason } from '../model.js'
import { SIGNAL, isHintSignal } from '../classify/signal-ids.js'
import { CATEGORY_IDS } from '../model.js'
import { COMMENT_BODY_LIMIT, fitSections, type Section } from './limits.js'
import { inlineCode } from './escape.js'
import { escapeMarkdown } from './text-policy.js'
import { OUTPUT_LABEL } from '../classify/verdict/team-verdict.js'

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
  /**
   * Where the rules came from, in order (the config's `sources`): 'defaults', any `extends`
   * sources, then the repository's file when it exists. The footer names them.
   */
  ruleSources?: readonly string[]
}

/** How the rules work, linked from every comment's footer. */
const RULES_URL = 'https://github.com/multiplier/multiplier/blob/main/docs/classification.md'

const CATEGORY_TITLES: Record<CategoryId, string> = {
  documentation: 'Documentation',
  automation: 'Automation',
  patterns: 'Patterns'
}

const NUDGE_TEXT: Record<Nudge['id'], string> = {
  'public-surface-without-docs':
    'adds a module the package offers its users without touching docs; a README line or a doc page helps the next reader',
  'exported-api-without-docs':
    'adds public API without touching docs; a line in the README or the reference helps whoever calls it next',
  'workflow-without-docs':
    'changes a workflow without touching docs; a note on what it runs and when helps whoever debugs it next',
  'many-files-without-tests':
    'changes many source files and no tests; a test that would catch a regression here helps whoever changes it next',
  'hotspot-without-docs':
    'changes a docs-debt hotspot (code that changed most lately while its docs did not) without touching docs; a line on how it works now helps everyone who reads it next'
}

/**
 * The sticky PR comment: which categories this PR feeds and why — or why it is direct output —
 * what was not counted and why (an overruled label among it), nudges, and where the rules came
 * from. Short on purpose.
 */
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
  const why = outputSection(change, fed.length > 0, perCategory)
  if (why) sections.push({ text: why, value: 60 })

  if (nudges.length > 0) {
    sections.push({ text: `**Worth a look**\n${nudges.map(nudgeLine).join('\n')}`, value: 50 })
  }

  if (change.filesTotal !== undefined && change.filesTotal > change.files.length) {
    sections.push({
      text: `_Only the first ${change.files.length} of ${change.filesTotal} files were read (GitHub lists at most 3,000)._`,
      value: 40
    })
  }

  sections.push({ text: footer(input), value: 90 })

  const note = input.runUrl
    ? `_Cut to fit GitHub's comment limit; the [job summary](${input.runUrl}) has everything._`
    : "_Cut to fit GitHub's comment limit; the job summary has everything._"
  return fitSections(sections, COMMENT_BODY_LIMIT, note)
}

/**
 * Why the PR is output (every verdict has a reason), or — when it feeds a category — what was
 * weighed and not counted: an overruled label or title, a category's files too small a part.
 */
function outputSection(change: ClassifiedChange, fedSome: boolean, limit: number): string {
  const output = change.reasons.filter(reason => reason.category === 'output')
  const shown = fedSome ? output.filter(isOverruled) : output
  if (shown.length === 0) {
    return fedSome ? '' : '**Why output**\n- no documentation, automation or pattern files changed'
  }
  const title = fedSome ? '**Not counted**' : '**Why output**'
  return `${title}\n${reasonLines(shown, limit).join('\n')}`
}

/** A hint (label or title) or a category whose part of the diff was too small. */
function isOverruled(reason: Reason): boolean {
  return isHintSignal(reason.signal) || reason.signal === SIGNAL.incidental
}

/**
 * One short line: the commit, where the rules came from, how a team overrules the comment, and
 * where the rules are explained. No run link: the comment is the same wherever it is rendered
 * (`multiplier pr` prints it before the push).
 */
function footer(input: PullRequestCommentInput): string {
  const commit = input.headSha ? `For ${input.headSha.slice(0, 7)} · ` : ''
  const rules = rulesText(input.ruleSources ?? ['defaults'])
  return (
    `<sub>${commit}rules: ${rules} · a ${inlineCode(SKIP_LABEL)} label silences this comment, ` +
    `a ${inlineCode('multiplier:<category>')} or ${inlineCode(OUTPUT_LABEL)} label overrules the verdict · ` +
    `[how it works](${RULES_URL})</sub>`
  )
}

const QUIET_TEXT: Record<QuietReason, string> = {
  'skip-label': `silenced by the ${inlineCode(SKIP_LABEL)} label.`,
  bot: 'no comment on a bot’s pull request.',
  'nothing-to-say': 'nothing to act on now: this pull request is direct output with no nudge.'
}

/**
 * The one line that replaces an earlier comment when the PR has nothing to say any more (or
 * is silenced): it is never posted where no comment was, only edited into the old one.
 */
export function renderQuietComment(reason: QuietReason, headSha?: string): string {
  const commit = headSha ? ` <sub>For ${headSha.slice(0, 7)}</sub>` : ''
  return `${PR_COMMENT_MARKER}\n**Multiplier**: ${QUIET_TEXT[reason]}${commit}`
}

function nudgeLine(nudge: Nudge): string {
  const names = nudge.names?.length
    ? ` (${nudge.names.slice(0, 5).map(inlineCode).join(', ')}${nudge.names.length > 5 ? ` and ${nudge.names.length - 5} more` : ''} in`
    : ''
  const files = nudge.files.slice(0, 3).map(inlineCode).join(', ')
  const more = nudge.files.length > 3 ? ` and ${nudge.files.length - 3} more` : ''
  if (!files) return `- This pull request ${NUDGE_TEXT[nudge.id]}.`
  return names
    ? `- This pull request ${NUDGE_TEXT[nudge.id]}${names} ${files}${more}).`
    : `- This pull request ${NUDGE_TEXT[nudge.id]} (${files}${more}).`
}

/** The rule sources as a reader says them: the built-in defaults, then each file by name. */
function rulesText(sources: readonly string[]): string {
  const named = sources.map(source =>
    source === 'defaults' ? 'the built-in defaults' : inlineCode(source)
  )
  return joinWords(named.length > 0 ? named : ['the built-in defaults'])
}

/** One line per file with its reasons, and one per reason not about a file; in order given. */
function reasonLines(reasons: readonly Reason[], limit: number): string[] {
  const byFile = new Map<string, string[]>()
  for (const [index, reason] of reasons.entries()) {
    // A key no path can be: a NUL never occurs in a git path.
    const key = reason.file || `\u0000${index}`
    const details = byFile.get(key) ?? []
    if (!details.includes(reason.detail)) details.push(reason.detail)
    byFile.set(key, details)
  }
  const entries = [...byFile.entries()]
  const lines = entries.slice(0, limit).map(([file, details]) => {
    const why = details.map(escapeMarkdown).join('; ')
    return file.startsWith('\u0000') ? `- ${why}` : `- ${inlineCode(file)}: ${why}`
  })
  if (entries.length > limit) lines.push(`- and ${entries.length - limit} more`)
  return lines
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
