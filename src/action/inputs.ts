import * as core from '@actions/core'
import { choiceOf } from '../setup/choice.js'
import { SOURCE_CHOICES, type SourceChoice } from '../setup/source.js'
import { DEFAULT_CONFIG_FILE } from '../config/load.js'
import { CONFIDENCE_LEVELS, type Confidence } from '../model.js'

const MODES = ['auto', 'pull-request', 'report', 'repos', 'aggregate'] as const
const COMMENT_MODES = ['update', 'recreate', 'off'] as const
const REPORT_ISSUE_MODES = ['rolling', 'new', 'off'] as const

export type ModeInput = (typeof MODES)[number]
type CommentMode = (typeof COMMENT_MODES)[number]
type ReportIssueMode = (typeof REPORT_ISSUE_MODES)[number]

/** Every input of action.yml, read once at the boundary and validated. */
export interface ActionInputs {
  githubToken: string
  mode: ModeInput
  since: string
  /** Empty means now. */
  until: string
  source: SourceChoice
  configPath: string
  /** Whether the user changed config-path: then a missing file is an error. */
  configPathGiven: boolean
  comment: CommentMode
  /** Pull-request mode: no comment on output with nothing to act on (false: always comment). */
  onlyWhenChanged: boolean
  /** Pull-request mode: comment on bots' pull requests too. */
  commentOnBots: boolean
  reportIssue: ReportIssueMode
  /** Empty means the mode's own title ('Multiplier report', 'Multiplier org report'). */
  reportIssueTitle: string
  reportIssueLabel: string
  /** undefined when the check is off. */
  failUnder: number | undefined
  /** The least confidence at which fail-under is applied; a less sure index is let pass. */
  failUnderConfidence: Confidence
  /** Empty means the default location under RUNNER_TEMP. */
  jsonPath: string
  /** Empty means no badge file. */
  badgePath: string
  /** Empty means no HTML page (the report, or the dashboard in aggregate mode). */
  htmlPath: string
  /** aggregate mode: where each repository's report is, `{repository}` etc. replaced; empty: none. */
  htmlReportLink: string
  dryRun: boolean
  apiBudget: number
  /** Longest wait for one answer from GitHub, in seconds; a request is then retried, then fails. */
  requestTimeoutSeconds: number
  /** repos mode: whose repositories; empty means the current repository's owner. */
  owner: string
  includeArchived: boolean
  includeForks: boolean
  /** repos mode: name globs (`!` leaves out), one per line. */
  names: string[]
  /** repos mode: topics, any of which keeps a repository. */
  topics: string[]
  /** repos mode: repositories per chunk in the `chunks` output; 0 the fewest within 256 jobs. */
  chunkSize: number
  /** aggregate mode: globs of the JSON report files. */
  reports: string[]
  /** aggregate mode: the expected repositories as JSON text (the repos output); empty: none. */
  repositories: string
  /** Windows of history; undefined defers to the config file. */
  history: number | undefined
  /** The per-team view; undefined defers to the config file. */
  teams: boolean | undefined
}

/** How inputs are read: the runner's `INPUT_*` variables through @actions/core, or a test's map. */
export interface InputReader {
  getInput(name: string): string
  getBooleanInput(name: string): boolean
}

const coreInputReader: InputReader = {
  getInput: name => core.getInput(name),
  getBooleanInput: name => core.getBooleanInput(name)
}

export function readInputs(reader: InputReader = coreInputReader): ActionInputs {
  const text = (name: string, fallback = ''): string => reader.getInput(name).trim() || fallback
  const configPath = text('config-path', DEFAULT_CONFIG_FILE)
  const githubToken = reader.getInput('github-token').trim()
  // Registering the token as a secret masks it in every later log line, whatever prints it.
  if (githubToken) core.setSecret(githubToken)
  return {
    githubToken,
    mode: oneOf('mode', text('mode', 'auto'), MODES),
    // Empty defers to the config file's `since` (itself `30d` by default).
    since: text('since'),
    until: text('until'),
    source: oneOf('source', text('source', 'auto'), SOURCE_CHOICES),
    configPath,
    configPathGiven: configPath !== DEFAULT_CONFIG_FILE,
    comment: oneOf('comment', text('comment', 'update'), COMMENT_MODES),
    onlyWhenChanged: booleanOr(reader, 'only-when-changed', true),
    commentOnBots: booleanOr(reader, 'comment-on-bots', false),
    reportIssue: oneOf('report-issue', text('report-issue', 'rolling'), REPORT_ISSUE_MODES),
    reportIssueTitle: text('report-issue-title'),
    reportIssueLabel: text('report-issue-label', 'multiplier'),
    failUnder: optionalNumber('fail-under', text('fail-under'), 0, 100),
    failUnderConfidence: oneOf(
      'fail-under-confidence',
      text('fail-under-confidence', 'medium'),
      CONFIDENCE_LEVELS
    ),
    jsonPath: text('json-path'),
    badgePath: text('badge-path'),
    htmlPath: text('html-path'),
    htmlReportLink: text('html-report-link'),
    dryRun: booleanOr(reader, 'dry-run', false),
    apiBudget:
      optionalNumber('api-budget', text('api-budget', '1000'), 1, Number.MAX_SAFE_INTEGER) ?? 1000,
    requestTimeoutSeconds:
      optionalNumber('request-timeout', text('request-timeout', '30'), 0.1, 3600) ?? 30,
    owner: text('owner'),
    includeArchived: booleanOr(reader, 'include-archived', false),
    includeForks: booleanOr(reader, 'include-forks', false),
    // One glob per line: a comma may belong to a glob's braces (`api-{users,orders}`).
    names: list(reader.getInput('names'), /\n/),
    topics: list(reader.getInput('topics')),
    chunkSize: wholeNumber('chunk-size', text('chunk-size', '0')),
    reports: list(reader.getInput('reports'), /\n/),
    repositories: text('repositories'),
    history: optionalWhole('history', text('history'), 0, 52),
    teams: reader.getInput('teams').trim() === '' ? undefined : reader.getBooleanInput('teams')
  }
}

/** One item per line (and, unless `separator` says otherwise, per comma), blanks dropped. */
function list(value: string, separator: RegExp = /[\n,]/): string[] {
  return value
    .split(separator)
    .map(item => item.trim())
    .filter(Boolean)
}

function wholeNumber(name: string, value: string): number {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`Input '${name}' is '${value}'; expected a whole number from 0`)
  }
  return parsed
}

/** An input whose value must be one of `allowed`; case does not matter in a workflow's YAML. */
function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = choiceOf(value.toLowerCase(), allowed)
  if (found === undefined) {
    throw new Error(
      `Input '${name}' is '${value}'; expected one of: ${allowed.map(option => `'${option}'`).join(', ')}`
    )
  }
  return found
}

/** getBooleanInput rejects an empty value; an empty input means the action's default here. */
function booleanOr(reader: InputReader, name: string, fallback: boolean): boolean {
  if (reader.getInput(name).trim() === '') return fallback
  return reader.getBooleanInput(name)
}

function optionalWhole(name: string, value: string, min: number, max: number): number | undefined {
  const parsed = optionalNumber(name, value, min, max)
  if (parsed !== undefined && !Number.isInteger(parsed)) {
    throw new Error(`Input '${name}' is '${value}'; expected a whole number from ${min} to ${max}`)
  }
  return parsed
}

function optionalNumber(name: string, value: string, min: number, max: number): number | undefined {
  if (value === '') return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new Error(`Input '${name}' is '${value}'; expected a number from ${min} to ${max}`)
  }
  return parsed
}
