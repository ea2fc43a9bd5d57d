// The reach section of the report: one line per pattern or automation change of the window,
// saying how far it reaches in the repository (src/score/reach.ts). Its own module, so other
// report sections merge apart.
import type { ReachItem, Report } from '../model.js'
import { inlineCode } from './escape.js'
import { escapeMarkdown } from './text-policy.js'

const RUNNERS_SHOWN = 2

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

function runners(files: readonly string[]): string {
  const shown = files.slice(0, RUNNERS_SHOWN).map(inlineCode).join(', ')
  return files.length > RUNNERS_SHOWN ? `${shown}, +${files.length - RUNNERS_SHOWN} more` : shown
}

/** What one item's figure says, in words. */
function reachText(item: ReachItem): string {
  if (item.present === null)
    return 'unknown: GitHub listed the tree only in part (truncated), and not this file'
  if (!item.present) return 'gone from the tree at the window’s end'
  switch (item.kind) {
    case 'shared-module':
      return (
        `imported by ${plural(item.importers, 'file')}` +
        (item.importersAtIntroduction === undefined
          ? ''
          : ` (${item.importersAtIntroduction} when it was introduced)`)
      )
    case 'lint-config': {
      const where = [item.ci ? 'CI' : '', item.hook ? 'a git hook' : ''].filter(Boolean)
      return where.length === 0
        ? `${escapeMarkdown(item.tool)} is run by no CI workflow or git hook`
        : `${escapeMarkdown(item.tool)} is run by ${where.join(' and ')} (${runners(item.runBy)})`
    }
    case 'workflow':
      if (item.triggers.length === 0) return 'no trigger read from its `on:`'
      return (
        `runs on ${item.triggers.map(inlineCode).join(', ')}` +
        (item.push || item.pullRequest ? '' : ' — not on push or pull requests')
      )
    case 'codeowners':
      return (
        `${plural(item.entries, 'entry', 'entries')} ${item.entries === 1 ? 'covers' : 'cover'} ` +
        `${Math.round(item.coverage * 100)}% ` +
        `of the tree (${item.coveredFiles} of ${item.treeFiles} files)`
      )
  }
}

const KIND_TEXT: Record<ReachItem['kind'], string> = {
  'shared-module': 'shared module',
  'lint-config': 'lint/format config',
  workflow: 'workflow',
  codeowners: 'code owners'
}

/** The section's lines (heading included), or none when the report has no reach items. */
export function reachLines(report: Report, heading: string): string[] {
  const items = report.reach ?? []
  if (items.length === 0) return []
  // Looked up, not read: one line per pattern or automation change, folded under a count.
  const count = `${items.length} pattern and automation change${items.length === 1 ? '' : 's'}`
  return [
    `${heading} Reach`,
    '',
    `<details><summary>How far ${count} of the window reach${items.length === 1 ? 'es' : ''}</summary>`,
    '',
    ...items.map(
      item => `- ${inlineCode(item.path)} (${KIND_TEXT[item.kind]}): ${reachText(item)}`
    ),
    '',
    '</details>',
    ''
  ]
}
