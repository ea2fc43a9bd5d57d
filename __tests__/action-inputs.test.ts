import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { readInputs, type InputReader } from '../src/action/inputs.js'
import { decideMode } from '../src/action/mode.js'
import { HELP } from '../src/cli/help.js'
import pkg from '../package.json' with { type: 'json' }

interface ActionYaml {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(fs.readFileSync('action.yml', 'utf8')) as ActionYaml

/** Answers with action.yml's defaults plus `values`, and records every input name asked for. */
function reader(values: Record<string, string> = {}): InputReader & { asked: Set<string> } {
  const asked = new Set<string>()
  const get = (name: string): string => {
    asked.add(name)
    return values[name] ?? action.inputs[name]?.default ?? ''
  }
  return {
    asked,
    getInput: get,
    getBooleanInput: name => {
      const value = get(name)
      if (!['true', 'false'].includes(value))
        throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
      return value === 'true'
    }
  }
}

/** The rows of the README table whose header starts with `| <first> |`, inside the action markers. */
function readmeTable(first: string): string[][] {
  const readme = fs.readFileSync('README.md', 'utf8')
  const section = readme.slice(
    readme.indexOf('<!-- action:start -->'),
    readme.indexOf('<!-- action:end -->')
  )
  const lines = section.split('\n')
  const start = lines.findIndex(line => new RegExp(`^\\| ${first} +\\|`).test(line))
  expect(start).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim())
    )
  }
  return rows
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

describe('action inputs', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('reads every input action.yml declares, and no other', () => {
    const read = reader({ 'github-token': 'x' })
    readInputs(read)
    expect([...read.asked].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('turns action.yml defaults into the documented behaviour', () => {
    const inputs = readInputs(reader({ 'github-token': 'x' }))
    expect(inputs).toMatchObject({
      mode: 'auto',
      since: '',
      source: 'auto',
      configPath: '.github/multiplier.yml',
      configPathGiven: false,
      comment: 'update',
      onlyWhenChanged: true,
      commentOnBots: false,
      reportIssue: 'rolling',
      failUnder: undefined,
      dryRun: false,
      apiBudget: 1000,
      requestTimeoutSeconds: 30
    })
  })

  it('rejects a bad value with the input name and the allowed values', () => {
    expect(() => readInputs(reader({ mode: 'weekly' }))).toThrow(
      "Input 'mode' is 'weekly'; expected one of: 'auto', 'pull-request', 'report'"
    )
    expect(() => readInputs(reader({ 'fail-under': 'high' }))).toThrow(
      "Input 'fail-under' is 'high'; expected a number from 0 to 100"
    )
    expect(() => readInputs(reader({ 'dry-run': 'yes please' }))).toThrow(/dry-run/)
    expect(() => readInputs(reader({ 'request-timeout': '0' }))).toThrow(
      "Input 'request-timeout' is '0'; expected a number from 0.1 to 3600"
    )
  })

  it.each([
    ['mode', 'mode', ['auto', 'pull-request', 'report', 'repos', 'aggregate']],
    ['source', 'source', ['auto', 'git', 'github']],
    ['comment', 'comment', ['update', 'recreate', 'off']],
    ['report-issue', 'reportIssue', ['rolling', 'new', 'off']],
    ['fail-under-confidence', 'failUnderConfidence', ['low', 'medium', 'high']]
  ] as const)(
    "checks the enum input '%s' against its values before typing it, in any case",
    (name, key, allowed) => {
      for (const value of allowed) {
        expect(readInputs(reader({ [name]: value }))[key]).toBe(value)
        expect(readInputs(reader({ [name]: value.toUpperCase() }))[key]).toBe(value)
      }
      const listed = allowed.map(value => `'${value}'`).join(', ')
      for (const near of [`${allowed[0]}s`, `${allowed[0]}-`, 'none']) {
        expect(() => readInputs(reader({ [name]: near }))).toThrow(
          `Input '${name}' is '${near}'; expected one of: ${listed}`
        )
      }
    }
  )

  it('reads the org inputs: globs one per line, topics by line or comma, a whole chunk size', () => {
    const inputs = readInputs(
      reader({
        'github-token': 'x',
        names: 'api-{users,orders}\n!*-legacy\n',
        topics: 'payments, backend\nweb',
        reports: 'a/*.json\nb/**/*.json',
        'include-forks': 'true'
      })
    )
    expect(inputs).toMatchObject({
      names: ['api-{users,orders}', '!*-legacy'],
      topics: ['payments', 'backend', 'web'],
      reports: ['a/*.json', 'b/**/*.json'],
      includeForks: true,
      includeArchived: false,
      chunkSize: 0,
      owner: '',
      repositories: ''
    })
    expect(() => readInputs(reader({ 'chunk-size': '2.5' }))).toThrow(
      "Input 'chunk-size' is '2.5'; expected a whole number from 0"
    )
  })

  it('decides the mode from the event in auto', () => {
    const pr = { pull_request: { number: 1 } }
    expect(decideMode('auto', 'pull_request', pr)).toBe('pull-request')
    expect(decideMode('auto', 'pull_request_target', pr)).toBe('pull-request')
    // A review carries the pull request but changes no file: auto reports.
    expect(decideMode('auto', 'pull_request_review', pr)).toBe('report')
    expect(decideMode('auto', 'schedule', {})).toBe('report')
    expect(decideMode('auto', 'workflow_dispatch', {})).toBe('report')
    expect(decideMode('auto', 'push', {})).toBe('report')
    expect(decideMode('report', 'pull_request', pr)).toBe('report')
    expect(() => decideMode('pull-request', 'schedule', {})).toThrow(
      /no pull request in its payload/
    )
  })

  it('documents every input in the README with action.yml’s description and default', () => {
    const rows = readmeTable('Input')
    const expected = Object.entries(action.inputs).map(([name, input]) => [
      `\`${name}\``,
      oneLine(input.description),
      input.default ? `\`${input.default}\`` : ''
    ])
    expect(rows).toEqual(expected)
  })

  it('documents every output in the README, and sets exactly those outputs', async () => {
    const rows = readmeTable('Output')
    expect(rows).toEqual(
      Object.entries(action.outputs).map(([name, output]) => [
        `\`${name}\``,
        oneLine(output.description)
      ])
    )
    const source = fs.readFileSync('src/publish/runner.ts', 'utf8')
    const set = [...source.matchAll(/core\.setOutput\('([^']+)'/g)].map(match => match[1])
    expect(set.sort()).toEqual(Object.keys(action.outputs).sort())
  })
})

interface WorkflowStep {
  id?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, string | number | boolean>
}
interface WorkflowJob {
  needs?: string | string[]
  if?: string
  permissions?: Record<string, string>
  outputs?: Record<string, string>
  strategy?: { 'max-parallel'?: number; 'fail-fast'?: boolean; matrix?: Record<string, string> }
  steps: WorkflowStep[]
}
interface Workflow {
  permissions: Record<string, string>
  jobs: Record<string, WorkflowJob>
}

/** The org fan-out workflow of docs/org-rollup.md: the YAML block that uses `mode: aggregate`. */
function aggregateWorkflow(): { text: string; workflow: Workflow } {
  const doc = fs.readFileSync('docs/org-rollup.md', 'utf8')
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1] ?? '')
  const text = blocks.find(block => block.includes('mode: aggregate')) ?? ''
  return { text, workflow: parse(text) as Workflow }
}

describe('the org workflow of docs/org-rollup.md', () => {
  const { text, workflow } = aggregateWorkflow()
  const needsOf = (job: WorkflowJob | undefined): string[] =>
    job?.needs === undefined ? [] : ([] as string[]).concat(job.needs)
  const actionSteps = Object.values(workflow.jobs).flatMap(job =>
    job.steps.filter(step => step.uses?.startsWith('multiplier/multiplier@'))
  )

  it('has three jobs in order, discover → matrix → aggregate, with their permissions', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['discover', 'report', 'aggregate'])
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(needsOf(workflow.jobs['report'])).toEqual(['discover'])
    expect(needsOf(workflow.jobs['aggregate']).sort()).toEqual(['discover', 'report'])
    expect(workflow.jobs['aggregate']?.permissions).toMatchObject({ issues: 'write' })
    // The aggregate runs even when some matrix jobs failed: it names them.
    expect(workflow.jobs['aggregate']?.if).toMatch(/always\(\)/)
    const strategy = workflow.jobs['report']?.strategy
    expect(strategy?.['max-parallel']).toBeGreaterThan(0)
    expect(strategy?.['fail-fast']).toBe(false)
    expect(strategy?.matrix?.['chunk']).toBe('${{ fromJSON(needs.discover.outputs.chunks) }}')
  })

  it('passes the action only inputs action.yml declares, in modes it has', () => {
    expect(actionSteps.map(step => step.with?.['mode'])).toEqual(['repos', 'aggregate'])
    for (const step of actionSteps) {
      const unknown = Object.keys(step.with ?? {}).filter(name => !(name in action.inputs))
      expect(unknown).toEqual([])
    }
    expect(readInputs(reader({ 'github-token': 'x', mode: 'repos' })).mode).toBe('repos')
    expect(readInputs(reader({ 'github-token': 'x', mode: 'aggregate' })).mode).toBe('aggregate')
  })

  it('wires each job output to an output the action sets, and reads only outputs that exist', () => {
    const discover = workflow.jobs['discover']
    const ids = new Set(discover?.steps.map(step => step.id))
    for (const value of Object.values(discover?.outputs ?? {})) {
      const [, id, output] = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(value) ?? []
      expect(ids.has(id)).toBe(true)
      expect(Object.keys(action.outputs)).toContain(output)
    }
    const used = [...text.matchAll(/needs\.discover\.outputs\.([\w-]+)/g)].map(match => match[1])
    expect(used.filter(name => !Object.keys(discover?.outputs ?? {}).includes(name ?? ''))).toEqual(
      []
    )
    for (const match of text.matchAll(/steps\.org\.outputs\.([\w-]+)/g))
      expect(Object.keys(action.outputs)).toContain(match[1])
  })

  it('uploads each chunk under a name the roll-up downloads, where its reports glob looks', () => {
    const upload = workflow.jobs['report']?.steps.find(step =>
      step.uses?.startsWith('actions/upload-artifact@')
    )
    const download = workflow.jobs['aggregate']?.steps.find(step =>
      step.uses?.startsWith('actions/download-artifact@')
    )
    const name = String(upload?.with?.['name']).replace('${{ strategy.job-index }}', '7')
    const pattern = String(download?.with?.['pattern'])
    expect(new RegExp(`^${pattern.replace('*', '.*')}$`).test(name)).toBe(true)
    expect(download?.with?.['merge-multiple']).toBe(true)
    const reports = String(actionSteps[1]?.with?.['reports'])
    expect(reports.startsWith(`${String(download?.with?.['path'])}/`)).toBe(true)
  })

  it('runs a shell loop that parses, with the CLI under its package name and real flags', () => {
    const step = workflow.jobs['report']?.steps.find(item => item.run?.includes('for repo'))
    const script = step?.run ?? ''
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0)
    expect(script).toContain(`npx --yes ${pkg.name}@${pkg.version} report`)
    // The CLI's command line: from npx to the first line that does not continue.
    const command = /npx (?:[^\n]*\\\n)*[^\n]*/.exec(script)?.[0] ?? ''
    const flags = [...command.matchAll(/(?<=\s)--[a-z-]+/g)].map(match => match[0])
    expect(flags).toContain('--format')
    for (const flag of flags.filter(flag => flag !== '--yes')) expect(HELP).toContain(flag)
    expect(script).toContain('kind: "failure"')
  })
})
