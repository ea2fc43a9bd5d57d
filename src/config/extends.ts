import { ConfigError } from './errors.js'
import type { ConfigLayer } from './parse.js'
import { parseConfigLayer } from './parse.js'
import { locationKey, locationName, resolveExtends, type ConfigLocation } from './location.js'
import { remoteName, type RemoteConfigReader } from './remote.js'

/** How deep `extends` may nest: a shared config of a shared config is plenty. */
const MAX_EXTENDS_DEPTH = 5

export interface ConfigReaders {
  /** Reads a repository-relative path of the checkout. */
  readLocal(path: string): Promise<string>
  readRemote?: RemoteConfigReader
}

/**
 * Parses a config file and, following `extends`, every file under it. Returns the layers in
 * merge order: the most shared config first, the given file last. Reading is injected, so
 * this holds no I/O of its own.
 */
export async function resolveLayers(
  location: ConfigLocation,
  text: string,
  readers: ConfigReaders,
  maxDepth = MAX_EXTENDS_DEPTH
): Promise<ConfigLayer[]> {
  const layers: ConfigLayer[] = []
  const chain: ConfigLocation[] = [location]
  let current = parseConfigLayer(text, locationName(location))
  let currentLocation = location
  for (;;) {
    layers.unshift(current)
    const extended = current.extends
    if (!extended) return layers
    const fail = (message: string): never => {
      throw new ConfigError([
        { file: current.source, ...extended.position, key: 'extends', message }
      ])
    }
    const target = resolveExtends(currentLocation, extended.reference)
    if ('problem' in target) return fail(target.problem)
    const targetKey = locationKey(target)
    if (chain.some(seen => locationKey(seen) === targetKey)) {
      const names = [...chain, target].map(locationName).join(' → ')
      return fail(`extends cycle: ${names}`)
    }
    if (chain.length > maxDepth) {
      return fail(
        `extends nests more than ${maxDepth} levels deep (${chain.map(locationName).join(' → ')} → ...)`
      )
    }
    const targetText = await readLocation(target, readers).catch((error: unknown) =>
      fail(error instanceof Error ? error.message : String(error))
    )
    chain.push(target)
    current = parseConfigLayer(targetText, locationName(target))
    currentLocation = target
  }
}

async function readLocation(location: ConfigLocation, readers: ConfigReaders): Promise<string> {
  if (location.kind === 'local') return readers.readLocal(location.path)
  if (!readers.readRemote) {
    throw new Error(
      `cannot read ${remoteName(location)}: reading another repository's config needs a GitHub ` +
        'token (set GITHUB_TOKEN or GH_TOKEN for the CLI; the github-token input in the action)'
    )
  }
  const { kind: _kind, ...reference } = location
  return readers.readRemote(reference)
}
