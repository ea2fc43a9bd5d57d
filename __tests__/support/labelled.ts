import fs from 'node:fs'
import path from 'node:path'
import { parseLabelledSet } from '../../src/eval/dataset.js'
import type { LabelledCommit } from '../../src/eval/dataset.js'

const FIXTURES = path.join(process.cwd(), '__tests__', 'fixtures')

function readFolder(folder: string): LabelledCommit[] {
  const dir = path.join(FIXTURES, folder)
  return fs
    .readdirSync(dir)
    .filter(name => name.endsWith('.json'))
    .flatMap(name =>
      parseLabelledSet(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')), name)
    )
}

/** Every commit of the labelled fixtures (`__tests__/fixtures/labelled/*.json`). */
export function labelledFixtures(): LabelledCommit[] {
  return readFolder('labelled')
}

/** The hand-labelled real commits of the first draw (`__tests__/fixtures/real/*.json`). */
export function realCommits(): LabelledCommit[] {
  return readFolder('real')
}

/** The second draw, from 12 other repositories (`__tests__/fixtures/real-double-labelled/`). */
export function doubleLabelledCommits(): LabelledCommit[] {
  return readFolder('real-double-labelled')
}
