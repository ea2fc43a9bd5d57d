// The repository's config, read the same way by the action and the CLI: the file (required
// only when the user named it), its `extends:` chain, another repository's file through the
// API when there is a token to read it with, and the front door's own overrides on top.
import { loadConfig } from '../config/load.js'
import type { ChangeUnit, Config } from '../config/types.js'
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
  /** The front door's flags or inputs for the same keys; they beat the file's. */
  overrides?: ConfigOverrides
}

/**
 * The keys a front door sets over the file's: the action's `history` and `teams` inputs, the
 * CLI's `--history`, `--teams` and `--unit`. Undefined leaves the file's value.
 */
export interface ConfigOverrides {
  history?: number | undefined
  teams?: boolean | undefined
  unit?: ChangeUnit | undefined
}

export async function loadRunConfig(setup: ConfigSetup): Promise<Config> {
  const { client } = setup
  const config = await loadConfig({
    file: setup.file,
    root: setup.root,
    required: setup.required,
    ...(client
      ? { readRemote: reference => createOctokitConfigReader(client().octokit)(reference) }
      : {})
  })
  return withOverrides(config, setup.overrides ?? {})
}

/** `config` with each override that is set in place of the file's key of the same name. */
export function withOverrides(config: Config, overrides: ConfigOverrides): Config {
  const { history, teams, unit } = overrides
  return {
    ...config,
    ...(history !== undefined ? { history } : {}),
    ...(teams !== undefined ? { teams } : {}),
    ...(unit !== undefined ? { unit } : {})
  }
}
