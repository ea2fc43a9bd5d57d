import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from '@jest/globals'

// The project's own ESLint config, run the way `npm run lint` runs it (in a child process, as
// ESLint loads its config), over sources that exist only for this test: each is linted as if
// it were placed at the given path in the tree.
const probes: Record<string, string> = {
  'src/render/probe-fs.ts':
    "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n",
  'src/render/probe-action.ts':
    "import type { ActionInputs } from '../action/inputs.js'\nexport type X = ActionInputs\n",
  'src/score/probe-core.ts': "import * as core from '@actions/core'\nexport const x = core\n",
  'src/classify/signals/probe-collect.ts':
    "import { gitSource } from '../../collect/git.js'\nexport const x = gitSource\n",
  'src/classify/probe-spawn.ts':
    "import { spawnSync } from 'child_process'\nexport const x = spawnSync\n",
  'src/render/probe-publish.ts':
    "import type { PublishTarget } from '../publish/stage.js'\nexport type X = PublishTarget\n",
  'src/config/probe-octokit.ts':
    "import { Octokit } from '@octokit/rest'\nexport const x = Octokit\n",
  'src/insight/probe-git.ts':
    "import { readGitHistory } from '../collect/git.js'\nexport const x = readGitHistory\n",
  'src/report/probe-fs.ts':
    "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n",
  'src/collect/probe-pure-stage.ts':
    "import { parseReportJson } from '../report/read-report.js'\nimport { mayImport } from '../repo-files/reach-reads.js'\nexport const x = [parseReportJson, mayImport]\n",
  'src/insight/probe-advise.ts':
    "import { nudgesFor } from '../advise/nudges.js'\nexport const x = nudgesFor\n",
  'src/classify/probe-advise.ts':
    "import type { Nudge } from '../advise/nudge.js'\nexport type X = Nudge\n",
  'src/advise/probe-fs.ts':
    "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n",
  'src/advise/probe-above.ts':
    "import { codeArea } from '../insight/areas.js'\nimport type { ClassifiedChange } from '../model.js'\nexport const f = (c: ClassifiedChange) => c.files.map(file => codeArea(file.path))\n",
  'src/repo-files/probe-score.ts':
    "import { reachTargets } from '../score/reach.js'\nexport const x = reachTargets\n",
  'src/repo-files/probe-insight.ts':
    "import { codeArea } from '../insight/areas.js'\nexport const x = codeArea\n",
  'src/repo-files/probe-fs.ts':
    "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n",
  'src/score/probe-repo-files.ts':
    "import { parseCodeowners } from '../repo-files/codeowners.js'\nimport { workflowTriggers } from '../repo-files/workflows.js'\nexport const x = [parseCodeowners, workflowTriggers]\n",
  'src/insight/probe-repo-files.ts':
    "import { teamsOwning } from '../repo-files/codeowners.js'\nexport const x = teamsOwning\n",
  'src/render/probe-pure.ts':
    "import type { Report } from '../model.js'\nimport { roundHalfUp } from '../score/score.js'\nexport const f = (r: Report) => roundHalfUp(r.index)\n"
}

// 401 lines of declarations, and a function of 82 lines.
probes['src/collect/probe-long-file.ts'] = Array.from(
  { length: 401 },
  (_, i) => `export const line${i} = ${i}`
).join('\n')
probes['src/publish/probe-long-function.ts'] = [
  'export function long(): number {',
  '  let n = 0',
  ...Array.from({ length: 79 }, () => '  n += 1'),
  '  return n',
  '}'
].join('\n')
// The default ruleset is a table: long by nature, and exempt.
probes['src/classify/rules/defaults.ts'] = probes['src/collect/probe-long-file.ts']

const script = `
import { ESLint } from 'eslint'
const probes = JSON.parse(process.argv[1])
const eslint = new ESLint()
const out = {}
for (const [filePath, code] of Object.entries(probes)) {
  const [result] = await eslint.lintText(code, { filePath })
  out[filePath] = result.messages.map(m => m.ruleId)
}
process.stdout.write(JSON.stringify(out))
`

describe('lint: the layers and the size limits', () => {
  let rules: Record<string, string[]>
  beforeAll(() => {
    const stdout = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify(probes)],
      { encoding: 'utf8' }
    )
    rules = JSON.parse(stdout) as Record<string, string[]>
  })

  it.each([
    'src/render/probe-fs.ts',
    'src/render/probe-action.ts',
    'src/score/probe-core.ts',
    'src/classify/signals/probe-collect.ts',
    'src/classify/probe-spawn.ts',
    'src/render/probe-publish.ts',
    'src/config/probe-octokit.ts',
    'src/insight/probe-git.ts',
    'src/report/probe-fs.ts',
    'src/insight/probe-advise.ts',
    'src/classify/probe-advise.ts',
    'src/advise/probe-fs.ts',
    'src/repo-files/probe-score.ts',
    'src/repo-files/probe-insight.ts',
    'src/repo-files/probe-fs.ts'
  ])('rejects the layer violation in %s', file => {
    expect(rules[file]).toContain('no-restricted-imports')
  })

  it('rejects a source file over 400 lines and a function over 80', () => {
    expect(rules['src/collect/probe-long-file.ts']).toEqual(['max-lines'])
    expect(rules['src/publish/probe-long-function.ts']).toEqual(['max-lines-per-function'])
  })

  it('leaves the default ruleset (a rule table) out of the size limits', () => {
    expect(rules['src/classify/rules/defaults.ts']).toEqual([])
  })

  it('accepts a pure stage importing the model and another pure stage', () => {
    expect(rules['src/render/probe-pure.ts']).toEqual([])
  })

  it('accepts the nudges (advise) reading the insight and the model, the stages below them', () => {
    expect(rules['src/advise/probe-above.ts']).toEqual([])
  })

  it('accepts score and insight reading repository files through repo-files/', () => {
    expect(rules['src/score/probe-repo-files.ts']).toEqual([])
    expect(rules['src/insight/probe-repo-files.ts']).toEqual([])
  })

  it('accepts an outer layer importing pure stages (collect reading reports and reach paths)', () => {
    expect(rules['src/collect/probe-pure-stage.ts']).toEqual([])
  })
})
