// The repository's config, read the same way by the action and the CLI: the file (required
// only when the user named it), its `extends:` chain, and another repository's file through
// the API when there is a token to read it with.
import { loadConfig } from '../config/load.js'
import type { Config } from '../config/types.js'
import type { GitHubClient } from '../github/client.js'
import { createOctokitConfigReader } from '../github/config-reader.js'

export interface ConfigSetup {
  /** The config file, relative to `root` or absolute. */
  file: string
  /** The checkout the file and local `extends:` paths are read from. */
  root: string
  /** Given by the user: a missing file is an error, not the defaults. */
  required: boolean
  /** The client for `extends: owner/repo/path@ref`, made only if such an extends is met. */
  client?: () => GitHubClient
}

export function loadRunConfig(setup: ConfigSetup): Promise<Config> {
  const { client } = setup
  return loadConfig({
    file: setup.file,
    root: setup.root,
    required: setup.required,
    ...(client
      ? { readRemote: reference => createOctokitConfigReader(client().octokit)(reference) }
      : {})
  })
}
