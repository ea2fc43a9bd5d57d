// Where the changes come from, chosen the same way by the action and the CLI.
import { githubSource } from '../collect/github.js'
import { gitSource, historyCovers, readGitHistory } from '../collect/git.js'
import type { GitHistoryFacts } from '../collect/git.js'
import type { Source } from '../collect/source.js'
import type { GitHubClient } from '../github/client.js'
import { DEFAULT_HISTORY } from '../config/defaults.js'
import { coveredHistory } from '../insight/history.js'
import type { ChangeUnit } from '../config/types.js'
import type { Window } from '../model.js'
import { previousWindow } from '../window.js'

export const SOURCE_CHOICES = ['auto', 'git', 'github'] as const
export type SourceChoice = (typeof SOURCE_CHOICES)[number]

export interface SourceSetup {
  choice: SourceChoice
  /** The local clone (`git`, and `auto` when its history is deep enough). */
  repoPath: string
  /** What the clone holds, when the caller has already asked git (the CLI, for its config). */
  clone?: GitHistoryFacts
  /** 'owner/name' for the API (`github`, and `auto` on a shallow clone). */
  repository: string
  /**
   * The clone's name and page when the caller knows them (the action names the repository the
   * workflow runs for, not the checkout's folder or remote); else read from its remote.
   */
  gitNames?: { repository: string; repositoryUrl: string }
  /** GitHub hosts whose remotes link commits and `#123` (the CLI's github.com or GHES). */
  githubServers?: string[]
  /** The GitHub host the API's links point to. */
  serverUrl: string
  client: () => GitHubClient
  hasToken: boolean
  /** The report's window: `auto` needs the clone's history back to the previous one's start. */
  window: Window
  /** How git history is counted (config `unit`); the API always reads pull requests and pushes. */
  unit?: ChangeUnit
  /** Windows of history asked for (config `history`, else the default); a clone serves those it holds. */
  history?: number
  /** Appended to the error when `auto` needs the API and there is no token. */
  noTokenHint: string
  info(message: string): void
}

/**
 * `auto` reads the clone when it holds the history back to the start of the previous window
 * (the trend needs it too) and the API otherwise: a default actions/checkout has one commit,
 * and fetching the API is cheaper than failing. A clone that holds the previous window but not
 * every window of the history serves the windows it holds.
 */
export async function chooseSource(
  setup: SourceSetup
): Promise<{ source: Source; historyHeld: number }> {
  const { window } = setup
  const history = setup.history ?? DEFAULT_HISTORY
  // The facts that chose the clone go with it, so the source does not ask git again.
  const fromGit = (facts: GitHistoryFacts): Source =>
    gitSource({
      repoPath: setup.repoPath,
      ...(setup.gitNames ?? {}),
      ...(setup.githubServers ? { githubServers: setup.githubServers } : {}),
      ...(setup.unit ? { unit: setup.unit } : {}),
      history: facts
    })
  const fromApi = (): Source =>
    githubSource({
      client: setup.client(),
      repository: setup.repository,
      serverUrl: setup.serverUrl,
      // Commits pushed without a PR are changes too: with them the API counts what first-parent
      // history holds, as the clone does (one REST request per such commit).
      includeDirectPushes: true
    })
  if (setup.choice === 'github') return { source: fromApi(), historyHeld: history }
  const facts = setup.clone ?? (await readGitHistory(setup.repoPath))
  const covered = coveredHistory(window, history, since => historyCovers(facts, since))
  if (setup.choice === 'git') return { source: fromGit(facts), historyHeld: covered }
  const earliest = previousWindow(window).since
  if (historyCovers(facts, earliest)) return { source: fromGit(facts), historyHeld: covered }
  // The trend's window comes first: say so, or a reader looks for a bug in the report's dates.
  const needs = `${earliest}, the start of the previous window that the trend compares with (the report's window starts ${window.since})`
  if (!setup.hasToken) {
    throw new Error(
      `The checkout's history does not reach ${needs}, and there is no ${setup.noTokenHint}`
    )
  }
  setup.info(
    `The checkout's history does not reach ${needs} (shallow clone?): reading the GitHub API`
  )
  return { source: fromApi(), historyHeld: history }
}
