import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { ConfigError, loadConfig } from '../src/config/load.js'

const fixtures = path.resolve(import.meta.dirname, 'fixtures/config')
const FILE = '.github/multiplier.yml'

const temporary: string[] = []
afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A checkout in a temp folder holding the given files. */
function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'multiplier-config-'))
  temporary.push(root)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

async function loadError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

describe('config load', () => {
  it('uses the defaults when an optional file is missing', async () => {
    const config = await loadConfig({ file: FILE, root: repoWith({}), required: false })
    expect(config).toEqual(DEFAULT_CONFIG)
    expect(config).not.toBe(DEFAULT_CONFIG)
  })

  it('names the path of a required file that is missing', async () => {
    const root = repoWith({})
    const error = await loadError(loadConfig({ file: 'ci/multiplier.yml', root, required: true }))
    expect(error.problems).toEqual([
      {
        file: 'ci/multiplier.yml',
        message: `config file not found (looked for ${path.join(root, 'ci/multiplier.yml')})`
      }
    ])
  })

  it('follows extends through repository paths, relative to the file and to the root', async () => {
    const config = await loadConfig({
      file: FILE,
      root: path.join(fixtures, 'repo'),
      required: true
    })
    expect(config.sources).toEqual(['defaults', 'configs/root.yml', 'configs/base.yml', FILE])
    const { documentation, automation } = config.rules.categories
    expect(documentation.paths.map(rule => [rule.globs[0], rule.detail])).toEqual([
      ...DEFAULT_CONFIG.rules.categories.documentation.paths.map(rule => [
        rule.globs[0],
        rule.detail
      ]),
      ['handbook/**', 'matches `handbook/**` in configs/base.yml'],
      ['wiki/**', `matches \`wiki/**\` in ${FILE}`]
    ])
    expect(documentation.labels).toContain('docs')
    expect(documentation.labels).not.toContain('Docs')
    expect(automation.paths.map(rule => rule.globs[0])).toEqual(['ops/**'])
    expect(config.rules.exclude.map(rule => rule.globs[0]).slice(-1)).toEqual(['gen/**'])
    expect(config.rules.bots.slice(-2)).toEqual(['deploy-robot', 'release-butler'])
    expect(config.since).toBe('12w')
    expect(config.score.weights.people).toBe(0)
    expect(config.score.targets.patterns).toBe(0.25)
  })

  it('reports an extends cycle at the extends that closes it, with the whole chain', async () => {
    const root = repoWith({
      [FILE]: 'extends: /configs/a.yml\n',
      'configs/a.yml': 'since: 6m\nextends: ./b.yml\n',
      'configs/b.yml': 'extends: ../.github/multiplier.yml\n'
    })
    const error = await loadError(loadConfig({ file: FILE, root, required: true }))
    expect(error.problems).toEqual([
      {
        file: 'configs/b.yml',
        line: 1,
        column: 10,
        key: 'extends',
        message: `extends cycle: ${FILE} → configs/a.yml → configs/b.yml → ${FILE}`
      }
    ])
  })

  it('limits how deep extends may nest', async () => {
    const files: Record<string, string> = { [FILE]: 'extends: /c1.yml\n' }
    for (let level = 1; level <= 7; level++)
      files[`c${level}.yml`] = `extends: ./c${level + 1}.yml\n`
    const error = await loadError(loadConfig({ file: FILE, root: repoWith(files), required: true }))
    expect(error.message).toMatch(/c5\.yml:1:10: extends: extends nests more than 5 levels deep/)
  })

  it('reports a missing or escaping extends path where it is written', async () => {
    const root = repoWith({ [FILE]: '# shared rules\nextends: ./base.yml\n' })
    const missing = await loadError(loadConfig({ file: FILE, root, required: true }))
    expect(missing.message).toContain(
      `${FILE}:2:10: extends: .github/base.yml does not exist in this repository`
    )
    const outside = repoWith({ [FILE]: 'extends: ../../etc/passwd\n' })
    const escaping = await loadError(loadConfig({ file: FILE, root: outside, required: true }))
    expect(escaping.message).toContain(
      `${FILE}:1:10: extends: points outside the repository (resolves to '../etc/passwd')`
    )
  })

  it('names the extended file when that file has problems', async () => {
    const root = repoWith({
      [FILE]: 'extends: /base.yml\n',
      'base.yml': 'categories:\n  automation:\n    paths: [3]\n'
    })
    const error = await loadError(loadConfig({ file: FILE, root, required: false }))
    expect(
      error.problems.map(problem => `${problem.file}:${problem.line}:${problem.column}`)
    ).toEqual(['base.yml:3:13'])
  })

  it('names the token to set when extends names another repository and there is none', async () => {
    const root = repoWith({ [FILE]: 'extends: my-org/.github/multiplier.yml@main\n' })
    const error = await loadError(loadConfig({ file: FILE, root, required: true }))
    expect(error.message).toContain(
      `${FILE}:1:10: extends: cannot read my-org/.github/multiplier.yml@main: reading another ` +
        "repository's config needs a GitHub token (set GITHUB_TOKEN or GH_TOKEN for the CLI; " +
        'the github-token input in the action)'
    )
    expect(error.message).not.toContain('client')
  })
})
