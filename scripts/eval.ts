// `npm run eval`: precision/recall/F1 and confusion counts of the classifier, per category and
// per set: our labelled fixtures, the real commits we labelled (__tests__/fixtures/real/, split
// into the calibration half the rules were tuned on and the held-back half they were not), and
// the two calibration sets beside the repository (../shared/eval/), each skipped when absent.
// The held-back half's misclassified commits are listed only with --show-held-back, so that
// reading them does not quietly turn it into a second calibration half.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_RULESET } from '../src/classify/defaults.js'
import { halfOf, parseLabelledSet } from '../src/eval/dataset.js'
import type { LabelledCommit } from '../src/eval/dataset.js'
import { evaluateSet, formatEvaluation } from '../src/eval/run.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const showHeldBack = process.argv.includes('--show-held-back')

function readSet(file: string): LabelledCommit[] {
  return parseLabelledSet(JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(root, file))
}

function readFolder(folder: string): LabelledCommit[] {
  return fs
    .readdirSync(folder)
    .filter(name => name.endsWith('.json'))
    .sort()
    .flatMap(name => readSet(path.join(folder, name)))
}

function show(name: string, commits: LabelledCommit[], listWrong = true): void {
  console.log(formatEvaluation(name, evaluateSet(commits, DEFAULT_RULESET), { listWrong }))
  console.log('')
}

show(
  'fixtures (__tests__/fixtures/labelled)',
  readFolder(path.join(root, '__tests__', 'fixtures', 'labelled'))
)
const real = readFolder(path.join(root, '__tests__', 'fixtures', 'real'))
show(
  'real, calibration half (__tests__/fixtures/real)',
  real.filter(c => halfOf(c.sha) === 'calibration')
)
show(
  'real, held-back half (__tests__/fixtures/real)',
  real.filter(c => halfOf(c.sha) === 'held-back'),
  showHeldBack
)
for (const name of ['dev-set.json', 'dev-set-2.json']) {
  const file = path.resolve(root, '..', 'shared', 'eval', name)
  if (fs.existsSync(file))
    show(`${name.replace('.json', '')} (../shared/eval/${name})`, readSet(file))
  else console.log(`${name.replace('.json', '')} (../shared/eval/${name}): skipped: not found\n`)
}
