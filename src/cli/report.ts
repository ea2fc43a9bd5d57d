// `multiplier report`: one repository (git history or the GitHub API) → markdown, JSON or badge.
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gitSource, historyCovers, readGitHistory } from '../collect/git.js'
import { githubSource } from '../collect/github.js'
import type { Source } from '../collect/source.js'
import { DEFAULT_CONFIG } from '../config/defaults.js'
import { DEFAULT_CONFIG_FILE, loadConfig } from '../config/load.js'
import { createOctokitConfigReader } from '../github/config-reader.js'
import type { RemoteConfigReader } from '../config/load.js'
import type { Config } from '../config/types.js'
import { runReport } from '../engine.js'
import { createGitHubClient, githubServerUrlFromEnv } from '../github/client.js'
import { coveredHistory, DEFAULT_HISTORY, shortHistoryNote } from '../insight/history.js'
import type { GitHubClient } from '../github/client.js'
import { renderBadge } from '../render/badge.js'
import { renderJsonChunks } from '../render/json.js'
import { renderMarkdown } from '../render/markdown.js'
import { futureUntilWarning, parseWindow } from '../window.js'
import { UsageError } from './errors.js'
import type { CliIO } from './io.js'
import { emit, emitChunks, prepareOutput } from './output.js'

const FORMATS = ['markdown', 'json', 'badge'] as const
type Format = (typeof FORMATS)[number]
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/

function parseReportFlags(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      github: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'api-budget': { type: 'string' },
      'request-timeout': { type: 'string' },
      history: { type: 'string' },
      teams: { type: 'boolean' }
    },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length > 0) {
    throw new UsageError(
      `report takes no arguments, got "${positionals[0]}" (did you mean --repo?)`
    )
  }
  const format = (values.format ?? 'markdown') as Format
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`)
  }
  if (values.github !== undefined && !REPOSITORY.test(values.github)) {
    throw new UsageError(`--github must be OWNER/REPO, not "${values.github}"`)
  }
  return {
    values,
    format,
    ...apiFlags(values['api-budget'], values['request-timeout']),
    ...historyFlag(values.history)
  }
}

/** `--history N`: a whole number of windows from 0 (no history) to 52. */
function historyFlag(flag: string | undefined): { history?: number } {
  if (flag === undefined) return {}
  const history = Number(flag)
  if (!(Number.isInteger(history) && history >= 0 && history <= 52)) {
    throw new UsageError(`--history must be a whole number from 0 to 52, not "${flag}"`)
  }
  return { history }
}

/** The GitHub client, made on first use: a git report never needs one. */
export function lazyClient(
  io: CliIO,
  budget: number | undefined,
  timeoutSeconds: number | undefined
): { token: string | undefined; github: () => GitHubClient } {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined
  const tokenSource = io.env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'GH_TOKEN'
  let client: GitHubClient | undefined
  const github = (): GitHubClient => {
    if (!token) {
      throw new Error('reading from GitHub needs a token: set GITHUB_TOKEN or GH_TOKEN')
    }
    client ??= createGitHubClient({
      token,
      tokenSource,
      ...(budget !== undefined ? { budget } : {}),
      ...(timeoutSeconds !== undefined ? { requestTimeoutMs: timeoutSeconds * 1000 } : {}),
      ...(io.env.GITHUB_API_URL ? { apiUrl: io.env.GITHUB_API_URL } : {}),
      ...(io.env.GITHUB_GRAPHQL_URL ? { graphqlUrl: io.env.GITHUB_GRAPHQL_URL } : {}),
      log: {
        debug: () => undefined,
        warning: message => io.stderr.write(`multiplier: warning: ${message}\n`)
      },
      ...io.clientOptions
    })
    return client
  }
  return { token, github }
}

export async function runReportCommand(args: string[], io: CliIO): Promise<void> {
  const { values, format, budget, timeoutSeconds, history: historyWanted } = parseReportFlags(args)
  const now = io.now?.() ?? new Date()
  // Check explicit dates before any slow work, so a typo fails at once with exit 2.
  if (values.since !== undefined) parseWindow({ since: values.since, until: values.until }, now)
  else if (values.until !== undefined) parseWindow({ since: '1d', until: values.until }, now)
  if (values.output !== undefined) prepareOutput(values.output, io)
  const untilWarning = futureUntilWarning(values.until, now)
  if (untilWarning) io.stderr.write(`multiplier: warning: ${untilWarning}\n`)
  const { token, github } = lazyClient(io, budget, timeoutSeconds)

  const repoPath = values.repo === undefined ? undefined : resolve(io.cwd, values.repo)
  if (repoPath !== undefined && !isFolder(repoPath)) {
    throw new Error(`--repo ${values.repo}: no such folder`)
  }
  const config = withFlags(
    await readConfig(values.config, values.github, repoPath, io, token ? github : undefined),
    historyWanted,
    values.teams
  )
  const window = parseWindow(
    { since: values.since ?? config.since ?? '30d', until: values.until },
    now
  )

  // Commits and `#123` link to the GitHub host: github.com, or the Enterprise Server that
  // GITHUB_SERVER_URL (or GITHUB_API_URL) names.
  const serverUrl = githubServerUrlFromEnv(io.env)
  const onGitHub = values.github
  const source: Source =
    onGitHub === undefined
      ? gitSource({ repoPath: repoPath ?? io.cwd, githubServers: [serverUrl] })
      : githubSource({ client: github(), repository: onGitHub, serverUrl })
  // A shallow clone serves the windows of history it holds, not an error for the rest.
  const asked = config.history ?? DEFAULT_HISTORY
  const facts = onGitHub === undefined ? await readGitHistory(repoPath ?? io.cwd) : undefined
  const history = facts
    ? coveredHistory(window, asked, since => historyCovers(facts, since))
    : asked
  const report = await runReport({ source, config: { ...config, history }, window, now })
  if (history < asked) report.notes.push(shortHistoryNote(history, asked))
  // JSON goes out one change at a time: over a long history it is the largest text by far.
  if (format === 'json') await emitChunks(renderJsonChunks(report), values.output, io)
  else if (format === 'badge') emit(renderBadge(report), values.output, io)
  else emit(renderMarkdown(report, { target: 'document' }), values.output, io)
}

/** The flags that override the config file's keys of the same names. */
function withFlags(config: Config, history?: number, teams?: boolean): Config {
  return {
    ...config,
    ...(history !== undefined ? { history } : {}),
    ...(teams !== undefined ? { teams } : {})
  }
}

/** `--api-budget` (a whole number above 0) and `--request-timeout` (seconds), checked. */
export function apiFlags(
  budgetFlag: string | undefined,
  timeoutFlag: string | undefined
): { budget?: number; timeoutSeconds?: number } {
  const budget = budgetFlag === undefined ? undefined : Number(budgetFlag)
  if (budget !== undefined && !(Number.isInteger(budget) && budget > 0)) {
    throw new UsageError(`--api-budget must be a whole number above 0, not "${budgetFlag}"`)
  }
  const timeoutSeconds = timeoutFlag === undefined ? undefined : Number(timeoutFlag)
  if (timeoutSeconds !== undefined && !(timeoutSeconds >= 0.1 && timeoutSeconds <= 3600)) {
    throw new UsageError(
      `--request-timeout must be a number of seconds from 0.1 to 3600, not "${timeoutFlag}"`
    )
  }
  return {
    ...(budget !== undefined ? { budget } : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {})
  }
}

/**
 * The config: `--config FILE` must exist (relative to the current directory); otherwise the
 * repository's `.github/multiplier.yml` is used when it exists. With `--github` and no
 * `--repo` there is no local checkout, and the current directory may be another project, so
 * the defaults are used.
 */
async function readConfig(
  file: string | undefined,
  github: string | undefined,
  repoPath: string | undefined,
  io: CliIO,
  client: (() => GitHubClient) | undefined
): Promise<Config> {
  // `extends: owner/repo/path@ref` is read through the API when a token is at hand; the
  // client is made only if such an extends is met.
  const readRemote: RemoteConfigReader | undefined = client
    ? reference => createOctokitConfigReader(client().octokit)(reference)
    : undefined
  const root = repoPath ?? io.cwd
  if (file !== undefined) {
    return loadConfig({
      file: resolve(io.cwd, file),
      root: topLevel(root),
      required: true,
      ...(readRemote ? { readRemote } : {})
    })
  }
  if (github !== undefined && repoPath === undefined) return DEFAULT_CONFIG
  return loadConfig({
    file: DEFAULT_CONFIG_FILE,
    root: topLevel(root),
    required: false,
    ...(readRemote ? { readRemote } : {})
  })
}

/** The top of the git working tree holding `folder` (where the config lives), else `folder`. */
function topLevel(folder: string): string {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], {
    cwd: folder,
    encoding: 'utf8'
  })
  const top = result.status === 0 ? result.stdout.trim() : ''
  return top || folder
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
