import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_PUBLIC_API, isPublicLocation } from '../src/advise/public-api.js'
import { readPublicApi } from '../src/collect/public-api.js'

const roots: string[] = []
function checkout(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-public-api-'))
  roots.push(root)
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
  return root
}
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true })
})

describe('collect/public-api: what a checkout offers its users', () => {
  it('reads a monorepo package’s exports map, built paths mapped back to src/', async () => {
    const facts = await readPublicApi(
      checkout({
        'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'] }),
        'packages/core/package.json': JSON.stringify({
          exports: {
            '.': { import: { types: './dist/node/index.d.ts', default: './dist/node/index.js' } },
            './client': { types: './client.d.ts' },
            './internal/*': null
          }
        })
      })
    )
    const isPublic = (file: string): boolean => isPublicLocation(file, facts)
    expect(isPublic('packages/core/src/node/index.ts')).toBe(true)
    expect(isPublic('packages/core/client.d.ts')).toBe(true)
    // Internal modules, however many `export`s they hold, are not what the package offers.
    expect(isPublic('packages/core/src/node/utils.ts')).toBe(false)
    expect(isPublic('packages/core/src/node/plugins/css.ts')).toBe(false)
    expect(isPublic('playground/app/src/node/index.ts')).toBe(false)
  })

  it('reads the modules a crate’s lib.rs declares pub, and falls back to the usual entries', async () => {
    const crate = await readPublicApi(
      checkout({ 'src/lib.rs': 'pub mod router;\nmod state;\npub(crate) mod util;\n' })
    )
    expect(crate.rustModules).toEqual(['src/router'])
    expect(isPublicLocation('src/router.rs', crate)).toBe(true)
    expect(isPublicLocation('src/router/mod.rs', crate)).toBe(true)
    expect(isPublicLocation('src/state.rs', crate)).toBe(false)
    expect(crate.jsEntries).toEqual(DEFAULT_PUBLIC_API.jsEntries)
    const broken = await readPublicApi(checkout({ 'package.json': '{ not json' }))
    expect(broken.jsEntries).toEqual([])
  })
})
