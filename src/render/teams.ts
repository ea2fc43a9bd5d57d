// The per-team section: the same scores over the changes touching what each CODEOWNERS team
// owns, in name order (not a ranking), with no score where a team's sample is too small. Team
// names are shown as code so that the report never notifies a team; people are never listed.
import { MIN_TEAM_CHANGES } from '../insight/teams.js'
import type { TeamScore } from '../model.js'
import { trendText } from './categories.js'
import { tableCode } from './escape.js'

/** The section's lines (heading excluded); a sentence when no team's files changed. */
export function teamLines(teams: readonly TeamScore[] | undefined, botsCounted = false): string[] {
  if (!teams) return []
  if (teams.length === 0) {
    return ['_No change in this window touched files that CODEOWNERS gives to a team._']
  }
  const bots = teams.some(team => team.botChanges > 0)
  const lines = [
    'Scores of the changes touching what each CODEOWNERS team owns: the report’s formula ' +
      'without its pull toward 50, which would lift a smaller team more for the same work. A ' +
      `team with fewer than ${MIN_TEAM_CHANGES} changes in the window gets no score. Teams are ` +
      'listed by name; this is not a ranking.',
    '',
    `| Team | Changes |${bots ? ' Bot changes |' : ''} Index | Trend | Documentation | Automation | Patterns |`,
    `| --- | ---: |${bots ? ' ---: |' : ''} ---: | :---: | ---: | ---: | ---: |`
  ]
  for (const team of teams) {
    const counts = `| ${tableCode(team.team)} | ${team.changes} |${bots ? ` ${team.botChanges} |` : ''}`
    lines.push(`${counts} ${scoreCells(team)} |`)
  }
  if (bots) lines.push('', botsSentence(botsCounted))
  return lines
}

function scoreCells(team: TeamScore): string {
  if (team.index === null) return `_${team.reason ?? 'no score'}_ | — | — | — | —`
  const trend = team.previousIndex === null ? null : team.index - team.previousIndex
  return (
    `**${team.index}** | ${trendText(trend)} ` +
    `| ${team.documentation ?? '—'} | ${team.automation ?? '—'} | ${team.patterns ?? '—'}`
  )
}

/** The teams' bot changes, said the way the report's bots line says them. */
function botsSentence(counted: boolean): string {
  return counted
    ? 'Bot changes are counted in Changes and in the scores (`score.bots: include`); the Bot ' +
        'changes column says how many of them were by bots.'
    : 'Bot changes are counted apart, as in the report’s headline, and left out of the scores ' +
        '(`score.bots: include` counts them).'
}
