import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { messageOf } from '../errors.js'
import type { Config } from './types.js'
import { DEFAULT_CONFIG } from './defaults.js'
import { ConfigError } from './errors.js'
import { resolveLayers } from './extends.js'
import type { ConfigLocation } from './location.js'
import { mergeLayers } from './merge.js'
import type { RemoteConfigReader } from './remote.js'

export { ConfigError } from './errors.js'

/** Where the config file lives unless the user says otherwise. */
export const DEFAULT_CONFIG_FILE = '.github/multiplier.yml'

export interface LoadConfigOptions {
  /** The config file, relative to `root` or absolute. */
  file: string
  /** The repository checkout the file (and `extends` paths) are read from. */
  root: string
  /** When false, a missing file means "use the defaults"; when true (given by the user) it is an error. */
  required: boolean
  /** How `extends: owner/repo/path@ref` is fetched; without it such an extends is an error. */
  readRemote?: RemoteConfigReader
}

/**
 * The resolved configuration: defaults ← the `extends` chain ← the file. The only part of
 * the config module that reads files; parsing, validation and merging are pure.
 * Throws `ConfigError` (every problem with file, line, column and key) when anything is wrong.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const root = path.resolve(options.root)
  const absolute = path.resolve(root, options.file)
  const relative = path.relative(root, absolute).split(path.sep).join('/')
  const name = relative.startsWith('../') || path.isAbsolute(relative) ? absolute : relative

  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    if (isNotFound(error)) {
      if (!options.required) return mergeLayers(DEFAULT_CONFIG, [])
      throw new ConfigError([
        { file: name, message: `config file not found (looked for ${absolute})` }
      ])
    }
    throw new ConfigError([
      { file: name, message: `cannot read the config file: ${messageOf(error)}` }
    ])
  }

  const location: ConfigLocation = { kind: 'local', path: relative, name }
  const layers = await resolveLayers(location, text, {
    readLocal: async repoPath => {
      try {
        return await readFile(path.join(root, repoPath), 'utf8')
      } catch (error) {
        throw new Error(
          isNotFound(error)
            ? `${repoPath} does not exist in this repository`
            : `cannot read ${repoPath}: ${messageOf(error)}`,
          { cause: error }
        )
      }
    },
    ...(options.readRemote ? { readRemote: options.readRemote } : {})
  })
  return mergeLayers(DEFAULT_CONFIG, layers)
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}
