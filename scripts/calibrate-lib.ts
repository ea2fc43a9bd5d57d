// The work of `npm run calibrate` (scripts/calibrate.ts), importable by its tests.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gitSource } from '../src/collect/git.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import type { Report, Window } from '../src/model.js'
import type { ReferenceRepository, ReferenceSet, ReferenceWindow } from '../src/score/percentile.js'
import { scoringFingerprint } from './calibration-fingerprint.js'

const DAY_MS = 24 * 60 * 60 * 1000
/** Repositories scored at once: git does the work, and the machines this runs on are small. */
const CONCURRENCY = 2
/**
 * The window lengths stored, and how many consecutive windows of each end at a repository's
 * head: the last 12 weeks, the last 3 months and the last quarter, all within the 90 days before
 * the head, so one stretch of history serves all three (docs/scoring.md, "Percentiles").
 */
export const REFERENCE_LENGTHS = [
  { days: 7, windows: 12 },
  { days: 30, windows: 3 },
  { days: 90, windows: 1 }
] as const
/** A clone whose head is more than this many days older than the newest head is left out. */
const STALE_DAYS = 365
/**
 * Counted changes a repository needs in the 90 days before its head to be a reference: an
 * active repository, not one that had a single change in a quarter (whose windows are noise).
 */
export const MIN_QUARTER_CHANGES = 5

export interface CalibrateOptions {
  /** The repository root (for the fingerprint). */
  root: string
  /** The folder holding the clones. */
  clones: string
  /** The list of repositories (scripts/calibration-repositories.json). */
  list: string
  /** Where the reference data goes. */
  output: string
  /** Counted changes needed in the last 90 days (MIN_QUARTER_CHANGES unless given). */
  minChanges?: number
  log?: (line: string) => void
}

interface Listed {
  repository: string
  language: string
}

/** A listed repository left out of the set, and why. */
export interface Skipped {
  repository: string
  reason: string
}

function readList(file: string): Listed[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { repositories?: unknown }
  if (!Array.isArray(data.repositories))
    throw new Error(`${file}: repositories: is missing or not a list`)
  return (data.repositories as Listed[]).map((entry, i) => {
    if (typeof entry?.repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(entry.repository))
      throw new Error(`${file}: repositories[${i}].repository: is not 'owner/name'`)
    if (typeof entry.language !== 'string' || entry.language === '')
      throw new Error(`${file}: repositories[${i}].language: is missing`)
    return { repository: entry.repository, language: entry.language }
  })
}

/** The git directory or work tree of a clone in `folder`: owner+name (as fetched), owner/name or name. */
function findClone(folder: string, repository: string): string | undefined {
  const [owner = '', name = ''] = repository.split('/')
  const candidates = [`${owner}+${name}`, path.join(owner, name), name].flatMap(base => [
    path.join(folder, base, 'repo'),
    path.join(folder, base)
  ])
  return candidates.find(candidate => {
    if (!fs.existsSync(candidate)) return false
    try {
      // The folder itself must be a repository (bare, or with its .git), not a folder inside one.
      const gitDir = path.resolve(candidate, git(candidate, ['rev-parse', '--git-dir']))
      return gitDir === path.resolve(candidate) || gitDir === path.resolve(candidate, '.git')
    } catch {
      return false
    }
  })
}

function git(repo: string, args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** ISO 8601 without milliseconds: heads are whole seconds, and the data stays small. */
const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')

interface Head {
  sha: string
  /** The window end: one second after the head commit, so it is inside its windows ([since, until)). */
  untilMs: number
}

function readHead(clone: string): Head {
  const [sha = '', committed = ''] = git(clone, ['log', '-1', '--format=%H %ct', 'HEAD']).split(' ')
  if (!/^[0-9a-f]{40}$/.test(sha) || !/^\d+$/.test(committed))
    throw new Error(`cannot read the head commit of ${clone}`)
  return { sha, untilMs: (Number(committed) + 1) * 1000 }
}

/** Counted (non-bot) changes per window, from the report whose window holds them all. */
function countedIn(report: Report, window: Window): number {
  const [since, until] = [Date.parse(window.since), Date.parse(window.until)]
  if (since < Date.parse(report.window.since) || until > Date.parse(report.window.until))
    throw new Error(`the window ${window.since}–${window.until} is outside the counted one`)
  return report.changes.filter(change => {
    const at = Date.parse(change.time)
    return change.bot !== true && at >= since && at < until
  }).length
}

/** The `count` windows of `days` ending at the head, oldest first, each scored by the engine. */
async function scoreLength(
  clone: string,
  untilMs: number,
  length: { days: number; windows: number },
  counting: Report | undefined
): Promise<{ report: Report; windows: ReferenceWindow[] }> {
  const window = {
    since: new Date(untilMs - length.days * DAY_MS).toISOString(),
    until: new Date(untilMs).toISOString()
  }
  const source = gitSource({ repoPath: clone, shallow: 'truncate' })
  const config = { ...DEFAULT_CONFIG, history: length.windows, teams: false }
  const report = await runReport({ source, config, window, now: new Date(untilMs) })
  const history = report.history ?? []
  if (history.length !== length.windows)
    throw new Error(`${history.length} of ${length.days}-day windows read, ${length.windows} asked`)
  const windows = history.map(entry => {
    const changes = countedIn(counting ?? report, entry.window)
    const index: number | null = entry.index
    const quiet = changes === 0 || index === null
    return {
      since: isoSeconds(Date.parse(entry.window.since)),
      until: isoSeconds(Date.parse(entry.window.until)),
      changes,
      index: quiet ? null : index,
      documentation: quiet ? null : entry.documentation,
      automation: quiet ? null : entry.automation,
      patterns: quiet ? null : entry.patterns
    }
  })
  return { report, windows }
}

/**
 * Every stored window of one repository. The longest length first: its report's window holds
 * all the others (12 weeks and 3 months lie within the 90 days), so its changes count theirs.
 */
async function score(listed: Listed, clone: string, head: Head): Promise<ReferenceRepository> {
  const longestFirst = [...REFERENCE_LENGTHS].sort((a, b) => b.days - a.days)
  const windows: Record<string, ReferenceWindow[]> = {}
  let counting: Report | undefined
  for (const length of longestFirst) {
    const scored = await scoreLength(clone, head.untilMs, length, counting)
    counting ??= scored.report
    windows[String(length.days)] = scored.windows
  }
  const ordered = Object.fromEntries(
    REFERENCE_LENGTHS.map(({ days }) => [String(days), windows[String(days)] ?? []])
  )
  return {
    repository: listed.repository,
    language: listed.language,
    head: head.sha,
    windows: ordered
  }
}

/** Scores every listed repository and writes the reference data; returns it. */
export async function calibrate(
  options: CalibrateOptions
): Promise<ReferenceSet & { skipped: Skipped[] }> {
  const log = options.log ?? (() => undefined)
  const minChanges = options.minChanges ?? MIN_QUARTER_CHANGES
  const started = Date.now()
  const skipped: Skipped[] = []
  const skip = (repository: string, reason: string): void => {
    skipped.push({ repository, reason })
    log(`${repository}: skipped, ${reason}`)
  }
  const found = locate(readList(options.list), options.clones, skip)
  const newest = Math.max(0, ...found.map(({ head }) => head.untilMs))
  const fresh = found.filter(({ entry, head }) => {
    if (newest - head.untilMs <= STALE_DAYS * DAY_MS) return true
    skip(
      entry.repository,
      `its head (${isoSeconds(head.untilMs).slice(0, 10)}) is more than ${STALE_DAYS} days older than the newest head`
    )
    return false
  })
  const scored: ReferenceRepository[] = []
  const queue = [...fresh]
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const at = Date.now()
      const { entry, clone, head } = next
      try {
        const result = await score(entry, clone, head)
        const quarter = result.windows['90']?.[0]
        const changes = quarter?.index === null ? 0 : (quarter?.changes ?? 0)
        if (quarter === undefined || changes < minChanges) {
          skip(
            entry.repository,
            `${changes} counted change${changes === 1 ? '' : 's'} in the 90 days before its head (${minChanges} needed)`
          )
          continue
        }
        scored.push(result)
        log(
          `${entry.repository}: index ${quarter.index}, ${quarter.changes} changes in 90 days (${((Date.now() - at) / 1000).toFixed(1)} s)`
        )
      } catch (error) {
        skip(entry.repository, `failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  if (scored.length === 0)
    throw new Error(`no repository of ${options.list} could be scored from ${options.clones}`)
  scored.sort((a, b) => byName(a.repository, b.repository))
  skipped.sort((a, b) => byName(a.repository, b.repository))
  const data: ReferenceSet = {
    about:
      'Scores of the reference repositories, written by `npm run calibrate`: per repository, consecutive windows of each length ending at its head commit, a window with no activity stored with null scores. Rerun it whenever the classifier or the scoring formula changes.',
    fingerprint: scoringFingerprint(options.root),
    lengths: REFERENCE_LENGTHS.map(({ days, windows }) => ({ days, windows })),
    // The newest head among the clones: the date the set describes, read from the data, not the clock.
    date: isoSeconds(Math.max(...scored.map(entry => Date.parse(lastUntil(entry))))).slice(0, 10),
    repositories: scored
  }
  fs.writeFileSync(options.output, serialise(data, skipped))
  log(
    `${scored.length} repositories (${skipped.length} skipped) in ${((Date.now() - started) / 1000).toFixed(1)} s → ${options.output}`
  )
  return { ...data, skipped }
}

function lastUntil(entry: ReferenceRepository): string {
  return entry.windows['90']?.at(-1)?.until ?? entry.windows['7']?.at(-1)?.until ?? ''
}

/** Each listed repository's clone and head; the ones without a readable clone skipped. */
function locate(
  listed: Listed[],
  clones: string,
  skip: (repository: string, reason: string) => void
): { entry: Listed; clone: string; head: Head }[] {
  return listed.flatMap(entry => {
    const clone = findClone(clones, entry.repository)
    if (clone === undefined) {
      skip(entry.repository, `no clone in ${clones} (looked for owner+name, owner/name, name)`)
      return []
    }
    try {
      return [{ entry, clone, head: readHead(clone) }]
    } catch (error) {
      skip(entry.repository, `failed: ${error instanceof Error ? error.message : String(error)}`)
      return []
    }
  })
}

/**
 * The data as JSON with one window a line: readable in a diff, and a few hundred kilobytes for
 * a hundred repositories rather than a megabyte. `skipped` says which listed repositories are not in it.
 */
function serialise(data: ReferenceSet, skipped: Skipped[]): string {
  const line = (value: unknown): string => JSON.stringify(value)
  const repositories = data.repositories.map(entry => {
    const lengths = Object.entries(entry.windows).map(
      ([days, windows]) =>
        `        ${line(days)}: [\n${windows.map(window => `          ${line(window)}`).join(',\n')}\n        ]`
    )
    return [
      '    {',
      `      "repository": ${line(entry.repository)},`,
      `      "language": ${line(entry.language)},`,
      `      "head": ${line(entry.head)},`,
      `      "windows": {\n${lengths.join(',\n')}\n      }`,
      '    }'
    ].join('\n')
  })
  return [
    '{',
    `  "about": ${line(data.about)},`,
    `  "fingerprint": ${line(data.fingerprint)},`,
    `  "lengths": ${line(data.lengths)},`,
    `  "date": ${line(data.date)},`,
    `  "skipped": [\n${skipped.map(entry => `    ${line(entry)}`).join(',\n')}\n  ],`,
    `  "repositories": [\n${repositories.join(',\n')}\n  ]`,
    '}',
    ''
  ].join('\n')
}
