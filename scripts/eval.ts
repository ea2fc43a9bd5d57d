// `npm run eval`: precision/recall/F1 of the classifier on our labelled fixtures and, when the
// calibration set is present beside the repository (../shared/eval/dev-set.json), on it too.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_RULESET } from '../src/classify/defaults.js'
import { parseLabelledSet } from '../src/eval/dataset.js'
import type { LabelledCommit } from '../src/eval/dataset.js'
import { evaluateSet, formatEvaluation } from '../src/eval/run.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesDir = path.join(root, '__tests__', 'fixtures', 'labelled')
const devSetPath = path.resolve(root, '..', 'shared', 'eval', 'dev-set.json')

function readSet(file: string): LabelledCommit[] {
  return parseLabelledSet(JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(root, file))
}

const fixtures = fs
  .readdirSync(fixturesDir)
  .filter(name => name.endsWith('.json'))
  .sort()
  .flatMap(name => readSet(path.join(fixturesDir, name)))
console.log(
  formatEvaluation('fixtures (__tests__/fixtures/labelled)', evaluateSet(fixtures, DEFAULT_RULESET))
)
console.log('')
if (fs.existsSync(devSetPath)) {
  console.log(
    formatEvaluation(
      'dev-set (../shared/eval/dev-set.json)',
      evaluateSet(readSet(devSetPath), DEFAULT_RULESET)
    )
  )
} else {
  console.log('dev-set (../shared/eval/dev-set.json): skipped: not found')
}
