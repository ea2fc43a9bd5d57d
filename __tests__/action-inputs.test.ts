import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { readInputs, type InputReader } from '../src/action/inputs.js'
import { decideMode } from '../src/action/mode.js'

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
      onlyWhenChanged: false,
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

  it('decides the mode from the event in auto', () => {
    const pr = { pull_request: { number: 1 } }
    expect(decideMode('auto', 'pull_request', pr)).toBe('pull-request')
    expect(decideMode('auto', 'pull_request_target', pr)).toBe('pull-request')
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
