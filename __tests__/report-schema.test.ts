// The JSON report's published schema (schema/report.schema.json): what the CLI writes meets it,
// and `multiplier aggregate` reads reports back through it, versions 1 and 2.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { main } from '../src/cli/main.js'
import { CATEGORY_IDS, SCORE_PARTS } from '../src/model.js'
import { parseReportJson, parseReportSummary } from '../src/report/read-report.js'
import { isRepositoryName } from '../src/report/repository-name.js'
import { REPORT_SCHEMA, validatorSource } from '../scripts/validator-source.js'
import { cleanupGitRepos, GitRepo } from './support/git-repo.js'

const root = path.resolve(import.meta.dirname, '..')
const schema = JSON.parse(readFileSync(path.join(root, REPORT_SCHEMA.schema), 'utf8')) as {
  $defs: Record<string, { properties?: Record<string, unknown> }>
}
/** The schema compiled afresh, every problem listed: a check apart from the reader's. */
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(
  schema
)

const NOW = new Date('2024-02-01T00:00:00Z')
const module = (name: string): string => `export function ${name}() {\n  return 1\n}\n`
const code = (lines: number): string =>
  Array.from({ length: lines }, (_, i) => `export const v${i} = ${i}\n`).join('')

/** A month of history with something for every optional section: teams, hotspots, reach. */
function buildRepo(): GitRepo {
  const repo = GitRepo.init()
  repo.commitAll([
    {
      message: 'Initial',
      files: { 'src/api/a.ts': code(5), '.github/CODEOWNERS': 'src/api/ @acme/api\n' },
      date: '2024-01-02T10:00:00Z'
    },
    {
      message: 'docs: write the guide',
      files: { 'docs/guide.md': '# Guide\n\nHow to run it.\n' },
      date: '2024-01-05T10:00:00Z'
    },
    {
      message: 'ci: test on every push',
      files: { '.github/workflows/ci.yml': 'on: push\njobs: {}\n' },
      date: '2024-01-09T10:00:00Z'
    },
    {
      message: 'Share the helpers',
      files: {
        'src/shared/helpers.ts': module('helper'),
        'src/api/b.ts':
          "import { helper } from '../shared/helpers.js'\nexport const b = helper()\n",
        'src/api/c.ts': "import { helper } from '../shared/helpers.js'\nexport const c = helper()\n"
      },
      date: '2024-01-15T10:00:00Z'
    },
    {
      message: 'Grow the API',
      files: { 'src/api/a.ts': code(80) },
      date: '2024-01-22T10:00:00Z'
    }
  ])
  return repo
}

/** A JSON report as `multiplier report --format json` prints it for the fixture. */
async function cliReport(repo: GitRepo): Promise<string> {
  let stdout = ''
  const argv = ['report', '--repo', repo.path, '--since', '30d', '--format', 'json']
  const code = await main([...argv, '--teams', '--history', '2'], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    cwd: repo.path,
    env: {},
    now: () => NOW
  })
  expect(code).toBe(0)
  return stdout
}

/** Marks a field to leave out. */
const GONE = Symbol('gone')

/** The report's JSON with `fields` set (dotted paths, list items by index) or left out. */
function edited(text: string, fields: Record<string, unknown>): string {
  const data = JSON.parse(text) as Record<string, unknown>
  for (const [field, value] of Object.entries(fields)) {
    const keys = field.split('.')
    const last = keys.pop() ?? ''
    let at = data
    for (const key of keys) at = at[key] as Record<string, unknown>
    if (value === GONE) delete at[last]
    else at[last] = value
  }
  return JSON.stringify(data)
}

/** A version 1 report as earlier releases wrote it: no activity, no intervals, no nulls. */
const V1_REPORT = {
  schemaVersion: 1,
  repository: 'octo/old',
  source: 'git',
  generatedAt: '2024-05-31T08:00:00Z',
  window: { since: '2024-05-01T00:00:00Z', until: '2024-05-31T00:00:00Z' },
  previousWindow: { since: '2024-04-01T00:00:00Z', until: '2024-05-01T00:00:00Z' },
  index: 41,
  previousIndex: 38,
  confidence: 'medium',
  categories: Object.fromEntries(
    CATEGORY_IDS.map(id => [id, { score: 41, rawScore: 40, changes: 3, people: 2 }])
  ),
  totals: { changes: 12, output: 8, multiplier: 4, people: 3 },
  changes: [],
  notes: []
}

describe('the JSON report schema', () => {
  let real: string
  beforeAll(async () => {
    real = await cliReport(buildRepo())
  })
  afterAll(() => cleanupGitRepos())

  it('is checked by the code Ajv compiles from it today (npm run validator writes it)', () => {
    expect(readFileSync(path.join(root, REPORT_SCHEMA.module), 'utf8')).toBe(
      validatorSource(REPORT_SCHEMA, schema)
    )
  })

  it('holds a real report of the CLI, every optional section in it', () => {
    const data = JSON.parse(real) as Record<string, unknown[]>
    for (const section of ['history', 'teams', 'hotspots', 'reach'])
      expect(data[section]?.length).toBeGreaterThan(0)
    expect(validate(data)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    expect(parseReportJson(real, 'widgets.json')).toEqual(data)
  })

  it('names the categories and score parts the code names', () => {
    const category = schema.$defs['category']?.properties ?? {}
    const parts = category['parts'] as { required: string[] }
    expect(parts.required).toEqual([...SCORE_PARTS])
    const { scoring } = (
      schema as unknown as {
        properties: Record<string, { properties: Record<string, { required: string[] }> }>
      }
    ).properties
    expect(scoring?.properties['targets']?.required).toEqual([...CATEGORY_IDS])
  })

  it('rejects a missing required field, naming it', () => {
    const read = (fields: Record<string, unknown>) => () =>
      parseReportJson(edited(real, fields), 'r.json')
    expect(read({ notes: GONE })).toThrow(
      /^r.json: notes is missing; is this a multiplier JSON report\?$/
    )
    expect(read({ 'categories.automation.changes': GONE })).toThrow(
      'r.json: categories.automation.changes is missing'
    )
    expect(read({ 'changes.1.reasons': GONE })).toThrow('r.json: changes[1].reasons is missing')
    expect(read({ activity: { state: 'none' } })).toThrow('r.json: activity.reason is missing')
    expect(read({ 'teams.0.team': GONE })).toThrow('r.json: teams[0].team is missing')
  })

  it('rejects a field of the wrong type or range, naming it and never quoting it', () => {
    const problem = (fields: Record<string, unknown>): string => {
      try {
        parseReportSummary(edited(real, fields), 'r.json')
      } catch (error) {
        return (error as Error).message
      }
      return 'read'
    }
    expect(problem({ 'totals.weeks': '5' })).toBe(
      'r.json: totals.weeks is not a whole number ≥ 0; is this a multiplier JSON report?'
    )
    expect(problem({ 'categories.patterns.score': 100.5 })).toContain(
      'categories.patterns.score is not a number from 0 to 100 or null'
    )
    expect(problem({ 'changes.0.kind': 'ghp_secret' })).toContain(
      'changes[0].kind is not commit or pull_request'
    )
    expect(problem({ source: 'svn' })).toContain('source is not git or github')
    expect(problem({ 'bots.counted': 'yes' })).toContain('bots.counted is not true or false')
    expect(problem({ 'window.since': 'yesterday' })).toContain(
      'window.since is not an ISO 8601 time'
    )
    expect(problem({ repository: 'octo/$(id)' })).toContain(
      "repository is not a GitHub owner/name (or a folder's name"
    )
    expect(problem({ 'changes.0.kind': 'ghp_secret' })).not.toContain('ghp_')
  })

  it('still checks what the schema cannot say: real times, window order, counts within the total', () => {
    const problem = (fields: Record<string, unknown>) => () =>
      parseReportSummary(edited(real, fields), 'r.json')
    expect(problem({ 'window.since': '2024-13-45' })).toThrow(
      'window.since is not an ISO 8601 time'
    )
    expect(problem({ 'window.until': '2023-01-01T00:00:00Z' })).toThrow(
      'window.until is before window.since'
    )
    expect(problem({ 'totals.multiplier': 10_000, 'totals.changes': 9_999 })).toThrow(
      'totals.multiplier is more than totals.changes'
    )
    expect(problem({ indexInterval: { low: 60, high: 40 } })).toThrow(
      'indexInterval has low above high'
    )
    expect(problem({ index: null })).toThrow('index is null while active')
  })

  it('still reads a version 1 report, whose scores may not be null', () => {
    const text = JSON.stringify(V1_REPORT)
    expect(validate(V1_REPORT)).toBe(true)
    expect(parseReportSummary(text, 'v1.json')).toMatchObject({
      repository: 'octo/old',
      index: 41,
      categories: { documentation: { score: 41 } },
      totals: { changes: 12, multiplier: 4, output: 8, people: 3 }
    })
    const nullScore = edited(text, { 'categories.automation.score': null })
    expect(() => parseReportSummary(nullScore, 'v1.json')).toThrow(
      'v1.json: categories.automation.score is not a number from 0 to 100;'
    )
    // A version 2 report must hold what the writer always writes; version 1 need not.
    const asVersion2 = edited(text, { schemaVersion: 2 })
    expect(() => parseReportSummary(asVersion2, 'v2.json')).toThrow('v2.json: activity is missing')
  })

  it("takes as a repository's owner/name exactly what GitHub's rules do", () => {
    const names = [
      'octo/api',
      'Octo-Cat/api.js',
      'octo_ab12/x',
      'octo/.github',
      'octo/..',
      'octo/.',
      '-octo/api',
      'octo/a b',
      'octo/api/extra',
      `${'a'.repeat(39)}/x`,
      `${'a'.repeat(40)}/x`,
      `octo/${'n'.repeat(100)}`,
      `octo/${'n'.repeat(101)}`
    ]
    const accepted = (repository: string): boolean => validate({ ...V1_REPORT, repository })
    expect(names.filter(accepted)).toEqual(names.filter(isRepositoryName))
    expect(['widgets', 'my.repo', '..', '.'].filter(accepted)).toEqual(['widgets', 'my.repo'])
  })
})
