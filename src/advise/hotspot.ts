import { codeArea } from '../insight/areas.js'
import { isProductSource, type NudgeRule } from './nudge.js'

/** Code in a docs-debt hotspot (an area that changed most while its docs did not), no docs. */
export const hotspotWithoutDocs: NudgeRule = {
  id: 'hotspot-without-docs',
  find({ files, touchesDocs, options }) {
    const hotspots = new Set(options.hotspots ?? [])
    if (touchesDocs || hotspots.size === 0) return undefined
    const found = files.filter(
      file =>
        file.status !== 'deleted' && isProductSource(file.path) && hotspots.has(codeArea(file.path))
    )
    if (found.length === 0) return undefined
    return { id: this.id, files: found.map(file => file.path) }
  }
}
