// Fixed changes that sit exactly on the classifier's thresholds (with the default ones) and
// just off them, for the calibration fingerprint: a real corpus seldom has a change at exactly
// 30 % of its lines, so without these a `>=` turned `>` would leave the fingerprint as it was.
import type { Change, FileChange } from '../src/model.js'

function probe(id: string, title: string, files: FileChange[], labels: string[] = []): Change {
  return {
    id: `probe:${id}`,
    kind: 'commit',
    title,
    body: '',
    author: { name: 'Probe' },
    time: '2024-01-01T00:00:00Z',
    labels,
    files
  }
}

const code = (additions: number): FileChange => ({
  path: 'src/parser.ts',
  status: 'modified',
  additions,
  deletions: 0
})

/** README lines that weigh in the share but add no block of new text. */
const readmeDeleted = (deletions: number): FileChange => ({
  path: 'README.md',
  status: 'modified',
  additions: 0,
  deletions
})

/**
 * Script lines: a category whose share and block rules apply as they are (a feature's own
 * README lines follow the feature-docs rule first).
 */
const scriptDeleted = (deletions: number): FileChange => ({
  path: 'scripts/release.sh',
  status: 'modified',
  additions: 0,
  deletions
})

const scriptAdded = (additions: number): FileChange => ({
  path: 'scripts/release.sh',
  status: 'modified',
  additions,
  deletions: 0
})

const readmeAdded = (additions: number): FileChange => ({
  path: 'README.md',
  status: 'modified',
  additions,
  deletions: 0
})

/** One rule of a lint config changed: two changed lines. */
const lintRule: FileChange = {
  path: '.eslintrc.json',
  status: 'modified',
  additions: 1,
  deletions: 1,
  patch: '@@ -3,3 +3,3 @@\n   "rules": {\n-    "semi": "off"\n+    "semi": "error"\n   }'
}

/** Each threshold's probes: at it and just below it, for the default thresholds. */
export function thresholdProbes(): Change[] {
  const plain = 'Rework the parser'
  return [
    // The minimum share (30 % of the changed lines).
    ...[29, 30].map(n => probe(`share-${n}`, plain, [scriptDeleted(n), code(100 - n)])),
    // A block of added lines (15), and the share it needs (5 %).
    ...[14, 15].map(n => probe(`block-${n}`, plain, [scriptAdded(n), code(100 - n)])),
    ...[285, 286].map(n => probe(`block-share-${n}`, plain, [scriptAdded(15), code(n)])),
    // A feature's own docs (60 added lines beside more work).
    ...[59, 60].map(n => probe(`feature-docs-${n}`, plain, [readmeAdded(n), code(300)])),
    // A message hint (10 %) and a label (5 %).
    ...[9, 10].map(n => probe(`hint-${n}`, 'Update the docs', [readmeDeleted(n), code(100 - n)])),
    ...[4, 5].map(n =>
      probe(`label-${n}`, plain, [readmeDeleted(n), code(100 - n)], ['documentation'])
    ),
    // A changed lint rule, which is a hint of its own: at 2 of 20 lines and 2 of 21, and with a
    // hint far below the hint share.
    ...[18, 19].map(n => probe(`rule-${n}`, plain, [lintRule, code(n)])),
    probe('rule-hinted', 'Turn on the eslint semi rule', [lintRule, code(198)])
  ]
}
