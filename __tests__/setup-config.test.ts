import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { loadRunConfig, withOverrides } from '../src/setup/config.js'

const root = mkdtempSync(path.join(os.tmpdir(), 'multiplier-setup-config-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
mkdirSync(path.join(root, '.github'))
writeFileSync(path.join(root, '.github/multiplier.yml'), 'history: 4\nteams: true\nunit: commit\n')
const FILE = '.github/multiplier.yml'

describe('setup/config', () => {
  it("puts each override that is set over the file's key of the same name", async () => {
    const config = await loadRunConfig({
      file: FILE,
      root,
      required: true,
      overrides: { history: 0, teams: false, unit: 'pull-request' }
    })
    expect(config).toMatchObject({ history: 0, teams: false, unit: 'pull-request' })
  })

  it("keeps the file's keys where the overrides are unset", async () => {
    const config = await loadRunConfig({
      file: FILE,
      root,
      required: true,
      overrides: { history: undefined, teams: undefined, unit: undefined }
    })
    expect(config).toMatchObject({ history: 4, teams: true, unit: 'commit' })
    expect(await loadRunConfig({ file: FILE, root, required: true })).toEqual(config)
  })

  it('overrides the defaults the same way when there is no file to read', () => {
    expect(withOverrides(DEFAULT_CONFIG, { history: 2 })).toEqual({ ...DEFAULT_CONFIG, history: 2 })
    expect(withOverrides(DEFAULT_CONFIG, { teams: undefined })).toEqual(DEFAULT_CONFIG)
  })
})
