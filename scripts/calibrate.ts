// `npm run calibrate [-- --clones DIR] [--output FILE]`: scores every repository of the
// reference set (scripts/calibration-repositories.json) from a local clone and writes the
// reference data the scorer places each report against (src/score/reference-set.json).
// Each repository is scored over the 90 days that end at its own head commit, with the default
// config, so a snapshot taken months ago is still scored over a full window of its activity.
// The output depends only on the clones and the code: no clock, repositories in name order.
// Rerun it whenever the classifier or the scoring formula changes (a test checks the recorded
// fingerprint against the code's).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { calibrate } from './calibrate-lib.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    clones: { type: 'string', default: path.resolve(root, '..', '.mirror') },
    output: { type: 'string', default: path.join(root, 'src', 'score', 'reference-set.json') },
    list: { type: 'string', default: path.join(root, 'scripts', 'calibration-repositories.json') }
  }
})

calibrate({ root, ...values, log: line => console.error(line) }).catch((error: unknown) => {
  console.error(`calibrate: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
