// The docs-debt hotspots section: the code areas that changed most in the window while no
// documentation touching them did. A count of people, never names.
import type { Hotspot } from '../model.js'
import { tableCode } from './escape.js'

/** Rows shown in the report; the JSON keeps up to ten. */
const HOTSPOTS_SHOWN = 5

/** The section's lines (heading excluded); none when there is no hotspot. */
export function hotspotLines(hotspots: readonly Hotspot[] | undefined): string[] {
  if (!hotspots || hotspots.length === 0) return []
  const lines = [
    'Code areas with the most changed lines in this window and no documentation change touching ' +
      'them (a doc inside the area, or a docs page named after it). Tests, fixtures, playgrounds, ' +
      'examples, benchmarks, generated and vendored files are not areas, and a licence text or a ' +
      'changelog is not a documentation change:',
    '',
    '| Area | Changed lines | Changes | People | Docs last changed |',
    '| --- | ---: | ---: | ---: | --- |'
  ]
  for (const hotspot of hotspots.slice(0, HOTSPOTS_SHOWN)) {
    lines.push(
      `| ${tableCode(hotspot.path)} | ${hotspot.churn} | ${hotspot.changes} | ${hotspot.people} ` +
        `| ${docsLastChanged(hotspot)} |`
    )
  }
  return lines
}

/** The day docs last touched the area, or how far back the history read holds none. */
function docsLastChanged(hotspot: Hotspot): string {
  if (hotspot.docsLastChanged) return hotspot.docsLastChanged.slice(0, 10)
  return `none since ${hotspot.docsReadSince.slice(0, 10)}`
}
