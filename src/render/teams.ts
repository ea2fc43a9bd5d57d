// The per-team section: the same scores over the changes touching what each CODEOWNERS team
// owns. Team names are shown as code so that the report never notifies a team; people are
// never listed or ranked.
import type { TeamScore } from '../model.js'
import { trendText } from './categories.js'
import { inlineCode } from './escape.js'

/** The section's lines (heading excluded); a sentence when no team's files changed. */
export function teamLines(teams: readonly TeamScore[] | undefined): string[] {
  if (!teams) return []
  if (teams.length === 0) {
    return ['_No change in this window touched files that CODEOWNERS gives to a team._']
  }
  const lines = [
    'Scores of the changes touching what each CODEOWNERS team owns, computed as the report’s:',
    '',
    '| Team | Changes | Index | Trend | Documentation | Automation | Patterns |',
    '| --- | ---: | ---: | :---: | ---: | ---: | ---: |'
  ]
  for (const team of teams) {
    const trend = team.previousIndex === null ? null : team.index - team.previousIndex
    lines.push(
      `| ${inlineCode(team.team)} | ${team.changes} | **${team.index}** | ${trendText(trend)} ` +
        `| ${team.documentation} | ${team.automation} | ${team.patterns} |`
    )
  }
  return lines
}
