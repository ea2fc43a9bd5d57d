// `multiplier report`: one repository (git history or the GitHub API) → text (a terminal's
// default), markdown (the default otherwise), JSON, badge or a self-contained HTML page.
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readGitHistory } from '../collect/git.js'
import { lastCommitTime } from '../collect/git-last-commit.js'
import type { GitHistoryFacts } from '../collect/git.js'
import { DEFAULT_CONFIG } from '../config/defaults.js'
import { DEFAULT_CONFIG_FILE } from '../config/load.js'
import { CHANGE_UNITS, type ChangeUnit, type Config } from '../config/types.js'
import { runReport } from '../engine.js'
import type { GitHubClient } from '../github/client.js'
import { githubServerUrlFromEnv } from '../github/endpoints.js'
import type { Report, Window } from '../model.js'
import { loadRunConfig, withOverrides, type ConfigOverrides } from '../setup/config.js'
import { chooseSource, SOURCE_CHOICES, type SourceChoice } from '../setup/source.js'
import { renderBadge } from '../render/badge.js'
import { renderHtml } from '../render/html.js'
import { renderJsonChunks } from '../render/json.js'
import { renderMarkdown } from '../render/markdown.js'
import { renderText } from '../render/text.js'
import { futureUntilWarning, parseWindow } from '../window.js'
import { UsageError } from './errors.js'
import { flagChoice } from './flags.js'
import { apiFlags, lazyClient } from './github-access.js'
import type { CliIO } from './io.js'
import { emit, emitChunks, prepareOutput, wantsColour } from './output.js'
import { staleCloneWarning } from './stale-clone.js'

const FORMATS = ['text', 'markdown', 'json', 'badge', 'html'] as const
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/

/**
 * The flags. With no `--format`, a terminal gets text and anything else (a pipe, a file) gets
 * markdown, as `gh` and `git` shape their output for a TTY and keep scripts' output stable.
 */
function parseReportFlags(args: string[], terminal: boolean) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      github: { type: 'string' },
      source: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'api-budget': { type: 'string' },
      'request-timeout': { type: 'string' },
      history: { type: 'string' },
      teams: { type: 'boolean' },
      unit: { type: 'string' },
      'no-color': { type: 'boolean' }
    },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length > 0) {
    throw new UsageError(
      `report takes no arguments, got "${positionals[0]}" (did you mean --repo?)`
    )
  }
  const format = flagChoice(
    'format',
    values.format ?? (terminal && values.output === undefined ? 'text' : 'markdown'),
    FORMATS
  )
  if (values.github !== undefined && !REPOSITORY.test(values.github)) {
    throw new UsageError(`--github must be OWNER/REPO, not "${values.github}"`)
  }
  return {
    values,
    format,
    source: sourceFlag(values.source, values.github),
    ...apiFlags(values['api-budget'], values['request-timeout']),
    ...historyFlag(values.history),
    ...unitFlag(values.unit)
  }
}

/** `--unit pull-request|commit`: how git history is counted (the config's `unit`). */
function unitFlag(flag: string | undefined): { unit?: ChangeUnit } {
  return flag === undefined ? {} : { unit: flagChoice('unit', flag, CHANGE_UNITS) }
}

/**
 * `--source`: by default the API with `--github` and the clone without it; `auto` reads the
 * clone when its history reaches back far enough and the API for `--github` otherwise.
 */
function sourceFlag(flag: string | undefined, github: string | undefined): SourceChoice {
  const choice = flagChoice(
    'source',
    flag ?? (github === undefined ? 'git' : 'github'),
    SOURCE_CHOICES
  )
  if (choice !== 'git' && github === undefined) {
    throw new UsageError(`--source ${choice} reads the GitHub API and needs --github OWNER/REPO`)
  }
  if (choice === 'git' && github !== undefined) {
    throw new UsageError('--source git reads the local clone (--repo); drop --github')
  }
  return choice
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

type ReportFlags = ReturnType<typeof parseReportFlags>

export async function runReportCommand(args: string[], io: CliIO): Promise<void> {
  const flags = parseReportFlags(args, io.stdout.isTTY === true)
  const { values } = flags
  const now = io.now?.() ?? new Date()
  // Check explicit dates before any slow work, so a typo fails at once with exit 2.
  if (values.since !== undefined) parseWindow({ since: values.since, until: values.until }, now)
  else if (values.until !== undefined) parseWindow({ since: '1d', until: values.until }, now)
  if (values.output !== undefined) prepareOutput(values.output, io)
  const untilWarning = futureUntilWarning(values.until, now)
  if (untilWarning) io.stderr.write(`multiplier: warning: ${untilWarning}\n`)
  const { token, github } = lazyClient(io, flags.budget, flags.timeoutSeconds)

  const repoPath = values.repo === undefined ? undefined : resolve(io.cwd, values.repo)
  if (repoPath !== undefined && !isFolder(repoPath)) {
    throw new Error(`--repo ${values.repo}: no such folder`)
  }
  const folder = repoPath ?? io.cwd
  // With --github and no --repo there is no local checkout: the current folder may be another
  // project, so its config is not read (unless --config names a file there).
  const readsCheckout = !(flags.source === 'github' && repoPath === undefined)
  // git is asked about the clone once: the work tree's top is where the config lives, and the
  // same facts choose the source. A failure is left for the source's choice to report.
  const clone =
    readsCheckout || values.config !== undefined
      ? await readGitHistory(folder).catch(() => undefined)
      : undefined
  const config = await readConfig(values.config, readsCheckout, clone?.topLevel ?? folder, io, {
    client: token ? github : undefined,
    overrides: { history: flags.history, teams: values.teams, unit: flags.unit }
  })
  const window = parseWindow(
    { since: values.since ?? config.since ?? '30d', until: values.until },
    now
  )
  const access = { repoPath: folder, clone, hasToken: token !== undefined, github }
  const { source, historyHeld } = await chooseCliSource(flags, access, window, io, config)
  const report = await runReport({ source, config, window, now, historyHeld })
  // A window that ends in the future has had its own warning; the clone's age adds nothing.
  if (report.source === 'git' && clone?.hasCommits && !untilWarning) {
    const stale = staleCloneWarning(window, await lastCommitTime(folder))
    if (stale) io.stderr.write(`multiplier: warning: ${stale}\n`)
  }
  await emitReport(report, flags, io)
}

async function emitReport(report: Report, flags: ReportFlags, io: CliIO): Promise<void> {
  const { format, values } = flags
  // JSON goes out in pieces (render/json.ts stringifies 64 changes a call): over a long history
  // it is the largest text by far.
  if (format === 'json') await emitChunks(renderJsonChunks(report), values.output, io)
  else if (format === 'badge') emit(renderBadge(report), values.output, io)
  else if (format === 'html') emit(renderHtml(report), values.output, io)
  else if (format === 'text') {
    const colour = wantsColour(io, values['no-color'] === true, values.output)
    emit(renderText(report, { colour }), values.output, io)
  } else emit(renderMarkdown(report, { target: 'document' }), values.output, io)
}

/** The setup layer's source choice with the CLI's flags; a clone serves the history it holds. */
function chooseCliSource(
  flags: ReportFlags,
  access: {
    repoPath: string
    clone: GitHistoryFacts | undefined
    hasToken: boolean
    github: () => GitHubClient
  },
  window: Window,
  io: CliIO,
  { history, unit }: Config
): ReturnType<typeof chooseSource> {
  // Commits and `#123` link to the GitHub host: github.com, or the Enterprise Server that
  // GITHUB_SERVER_URL (or GITHUB_API_URL) names.
  const serverUrl = githubServerUrlFromEnv(io.env)
  return chooseSource({
    ...(unit ? { unit } : {}),
    choice: flags.source,
    repoPath: access.repoPath,
    clone: access.clone,
    repository: flags.values.github ?? '',
    githubServers: [serverUrl],
    serverUrl,
    client: access.github,
    hasToken: access.hasToken,
    window,
    history,
    noTokenHint:
      'GITHUB_TOKEN or GH_TOKEN for the API: fetch the whole history (git fetch --unshallow) or set a token',
    info: message => io.stderr.write(`multiplier: ${message}\n`)
  })
}

/**
 * The config: `--config FILE` must exist (relative to the current directory); otherwise the
 * checkout's `.github/multiplier.yml` is used when it exists, and the defaults when there is
 * no checkout to read. `root` is the top of the work tree, where local `extends:` paths start.
 */
async function readConfig(
  file: string | undefined,
  readsCheckout: boolean,
  root: string,
  io: CliIO,
  { client, overrides }: { client: (() => GitHubClient) | undefined; overrides: ConfigOverrides }
): Promise<Config> {
  // `extends: owner/repo/path@ref` is read through the API when a token is at hand; the
  // client is made only if such an extends is met.
  const shared = { overrides, ...(client ? { client } : {}) }
  if (file !== undefined) {
    return loadRunConfig({ file: resolve(io.cwd, file), root, required: true, ...shared })
  }
  if (!readsCheckout) return withOverrides(DEFAULT_CONFIG, overrides)
  return loadRunConfig({ file: DEFAULT_CONFIG_FILE, root, required: false, ...shared })
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
