// `npm run eval`: precision/recall/F1 and confusion counts of the classifier, per category and
// per set: our labelled fixtures, the real commits of the first draw (__tests__/fixtures/real/,
// split into the calibration half the rules were first tuned on and the held-back half), the
// second draw (__tests__/fixtures/real-double-labelled/, 12 other repositories), and the two
// calibration sets beside the repository (../shared/eval/), each skipped when absent.
// The held-back half's misclassified commits are listed only with --show-held-back, so that
// reading them does not quietly turn it into a second calibration half. Last, the figures that
// decide thresholds and rules: leave-one-repository-out over every repository-labelled commit
// (src/eval/leave-one-out.ts), pooled and per repository, and per set.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { halfOf, parseLabelledSet } from '../src/eval/dataset.js'
import type { LabelledCommit } from '../src/eval/dataset.js'
import { leaveOneRepositoryOut } from '../src/eval/leave-one-out.js'
import { evaluateSet, formatEvaluation, formatMetrics, macroF1 } from '../src/eval/run.js'
import { evaluate } from '../src/eval/metrics.js'

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
  'real, first draw, calibration half (__tests__/fixtures/real)',
  real.filter(c => halfOf(c.sha) === 'calibration')
)
show(
  'real, first draw, held-back half (__tests__/fixtures/real)',
  real.filter(c => halfOf(c.sha) === 'held-back'),
  showHeldBack
)
const doubled = readFolder(path.join(root, '__tests__', 'fixtures', 'real-double-labelled'))
show('real, second draw (__tests__/fixtures/real-double-labelled)', doubled)
const sets: { name: string; commits: LabelledCommit[] }[] = [
  { name: 'real, first draw (13 repositories)', commits: real },
  { name: 'real, second draw (12 repositories)', commits: doubled }
]
for (const name of ['dev-set.json', 'dev-set-2.json']) {
  const file = path.resolve(root, '..', 'shared', 'eval', name)
  const short = name.replace('.json', '')
  if (!fs.existsSync(file)) {
    console.log(`${short} (../shared/eval/${name}): skipped: not found\n`)
    continue
  }
  const commits = readSet(file)
  show(`${short} (../shared/eval/${name})`, commits)
  sets.push({ name: short, commits })
}

// How far two blind readers of the same commits agree: the level the classifier is held to.
for (const set of sets) {
  const read = set.commits.filter(commit => commit.labellers?.['A'] && commit.labellers['B'])
  if (read.length === 0) continue
  const agreement = evaluate(
    read.map(commit => ({
      id: commit.sha,
      expected: commit.labellers?.['A']?.labels ?? [],
      predicted: commit.labellers?.['B']?.labels ?? []
    }))
  )
  console.log(
    `labellers' agreement, ${set.name}: reader B against reader A on ${read.length} commits, ` +
      `macro-F1 ${macroF1(agreement).toFixed(3)}`
  )
  console.log(formatMetrics(agreement))
}
console.log('')

const all = sets.flatMap(set => set.commits)
const loo = leaveOneRepositoryOut(all, DEFAULT_RULESET)
const repos = loo.folds.length
console.log(
  `leave-one-repository-out (${repos} repositories, ${all.length} commits; thresholds chosen ` +
    `without the repository): macro-F1 ${macroF1(loo.pooled).toFixed(3)}`
)
console.log(formatMetrics(loo.pooled))
const predicted = new Map(loo.predictions.map(prediction => [prediction.id, prediction]))
for (const set of sets) {
  const own = set.commits.flatMap(commit => predicted.get(commit.sha) ?? [])
  console.log(`  ${set.name}: ${own.length} commits, macro-F1 ${macroF1(evaluate(own)).toFixed(3)}`)
  console.log(formatMetrics(evaluate(own), '    '))
}
console.log('  per repository (macro-F1, commits, thresholds chosen without it):')
for (const fold of loo.folds) {
  const chosen = Object.entries(fold.chosen)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
  console.log(
    `    ${fold.repo.padEnd(32)} ${macroF1(fold.metrics).toFixed(3)}  ${String(fold.commits).padStart(3)}  ${chosen}`
  )
}
