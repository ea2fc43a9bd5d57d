// The docs-debt hotspots section: the code areas that changed most in the window while no
// documentation touching them did. A count of people, never names.
import type { Hotspot } from '../model.js'
import { inlineCode } from './escape.js'

/** Rows shown in the report; the JSON keeps up to ten. */
const HOTSPOTS_SHOWN = 5

/** The section's lines (heading excluded); none when there is no hotspot. */
export function hotspotLines(hotspots: readonly Hotspot[] | undefined): string[] {
  if (!hotspots || hotspots.length === 0) return []
  const lines = [
    'Code areas with the most changed lines in this window and no documentation change touching ' +
      'them (a doc inside the area, or a docs page named after it):',
    '',
    '| Area | Changed lines | Changes | People | Docs last changed |',
    '| --- | ---: | ---: | ---: | --- |'
  ]
  for (const hotspot of hotspots.slice(0, HOTSPOTS_SHOWN)) {
    const docs = hotspot.docsLastChanged
      ? hotspot.docsLastChanged.slice(0, 10)
      : 'not in the history read'
    lines.push(
      `| ${inlineCode(hotspot.path)} | ${hotspot.churn} | ${hotspot.changes} | ${hotspot.people} | ${docs} |`
    )
  }
  return lines
}
