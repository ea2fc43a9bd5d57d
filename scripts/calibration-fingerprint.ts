// What the reference set's scores depend on: the classifier (src/classify/) and the scoring
// formula (src/score/, less the modules that only place a score against the set). A digest of
// those files is recorded in the reference data when `npm run calibrate` computes it, and a
// test compares it with the code's, so data computed with an older classifier or formula is
// caught instead of quietly ranking today's scores against yesterday's.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Files under src/score/ that read the reference set or other reports (the org roll-up), not make scores. */
const NOT_SCORING = new Set(['percentile.ts', 'reference.ts', 'reach.ts', 'aggregate.ts'])

function sourcesUnder(root: string, folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.ts'))
    .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)))
}

/** The files the scores depend on, relative to the repository root, sorted. */
export function scoringSources(root: string): string[] {
  return [
    ...sourcesUnder(root, 'src/classify'),
    ...sourcesUnder(root, 'src/score').filter(file => !NOT_SCORING.has(path.basename(file))),
    'src/config/defaults.ts',
    'src/window.ts'
  ]
    .map(file => file.split(path.sep).join('/'))
    .sort()
}

/** sha256 over each scoring source's path and text, in order: the formula's and classifier's version. */
export function scoringFingerprint(root: string): string {
  const hash = createHash('sha256')
  for (const file of scoringSources(root)) {
    hash.update(`${file}\0`)
    hash.update(fs.readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n'))
    hash.update('\0')
  }
  return hash.digest('hex')
}
