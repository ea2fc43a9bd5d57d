import fs from 'node:fs'
import path from 'node:path'
import { parseLabelledSet } from '../../src/eval/dataset.js'
import type { LabelledCommit } from '../../src/eval/dataset.js'

const FIXTURES = path.join(process.cwd(), '__tests__', 'fixtures', 'labelled')

/** Every commit of the labelled fixtures (`__tests__/fixtures/labelled/*.json`). */
export function labelledFixtures(): LabelledCommit[] {
  return fs
    .readdirSync(FIXTURES)
    .filter(name => name.endsWith('.json'))
    .flatMap(name =>
      parseLabelledSet(JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')), name)
    )
}
