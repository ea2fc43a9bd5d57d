// jest's transformer for the TypeScript sources: ts-jest, loaded only for a file that is not in
// jest's cache yet.
//
// ts-jest's own cache key loads TypeScript (a 9 MB module: about 50 MB and a third of a second
// in every worker) even when every file comes from the cache. A jest worker forks git hundreds
// of times, and each fork copies the page tables of the worker's whole memory, so those 50 MB
// cost on every fork too. Transpiling one file at a time (isolatedModules), ts-jest's output
// depends only on what this key hashes: the file, the tsconfig, the options, the versions.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

// ts-jest is CommonJS, and `process` must return synchronously.
const require = createRequire(import.meta.url)

const versions = ['ts-jest', 'typescript']
  .map(name => `${name}@${require(`${name}/package.json`).version}`)
  .join(' ')

export default {
  createTransformer(options = {}) {
    let tsJest
    const transformer = () => (tsJest ??= require('ts-jest').default.createTransformer(options))
    let settings
    const cacheKey = (source, filePath, { config, instrument, supportsStaticESM }) => {
      const tsconfig = path.resolve(config.rootDir, options.tsconfig ?? 'tsconfig.json')
      settings ??= [versions, JSON.stringify(options), readFileSync(tsconfig, 'utf8')].join('\0')
      const modes = `instrument:${instrument === true} esm:${supportsStaticESM === true}`
      return createHash('sha1').update([settings, modes, filePath, source].join('\0')).digest('hex')
    }
    return {
      canInstrument: false,
      getCacheKey: cacheKey,
      getCacheKeyAsync: async (...args) => cacheKey(...args),
      process: (...args) => transformer().process(...args),
      processAsync: (...args) => transformer().processAsync(...args)
    }
  }
}
