// The work of `npm run calibrate` (scripts/calibrate.ts), importable by its tests.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gitSource } from '../src/collect/git.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { CATEGORY_IDS } from '../src/model.js'
import type { CategoryId } from '../src/model.js'
import { REFERENCE_WINDOW_DAYS } from '../src/score/percentile.js'
import type { ReferenceRepository, ReferenceSet } from '../src/score/percentile.js'
import { scoringFingerprint } from './calibration-fingerprint.js'

const DAY_MS = 24 * 60 * 60 * 1000
/** Repositories scored at once: git does the work, and the machines this runs on are small. */
const CONCURRENCY = 2

export interface CalibrateOptions {
  /** The repository root (for the fingerprint). */
  root: string
  /** The folder holding the clones. */
  clones: string
  /** The list of repositories (scripts/calibration-repositories.json). */
  list: string
  /** Where the reference data goes. */
  output: string
  log?: (line: string) => void
}

interface Listed {
  repository: string
  language: string
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
    try {
      git(candidate, ['rev-parse', '--git-dir'])
      return true
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

async function score(listed: Listed, clone: string): Promise<ReferenceRepository> {
  const [head = '', committed = ''] = git(clone, ['log', '-1', '--format=%H %ct', 'HEAD']).split(
    ' '
  )
  // The window ends just after the head commit, so that commit is inside it ([since, until)).
  const untilMs = (Number(committed) + 1) * 1000
  const window = {
    since: new Date(untilMs - REFERENCE_WINDOW_DAYS * DAY_MS).toISOString(),
    until: new Date(untilMs).toISOString()
  }
  const source = gitSource({ repoPath: clone, shallow: 'truncate' })
  const report = await runReport({ source, config: DEFAULT_CONFIG, window, now: new Date(untilMs) })
  const categories = Object.fromEntries(
    CATEGORY_IDS.map(id => [id, report.categories[id].score])
  ) as Record<CategoryId, number>
  return {
    repository: listed.repository,
    language: listed.language,
    head,
    window,
    changes: report.totals.changes,
    people: report.totals.people,
    index: report.index,
    categories
  }
}

/** Scores every listed repository and writes the reference data; returns it. */
export async function calibrate(options: CalibrateOptions): Promise<ReferenceSet> {
  const log = options.log ?? (() => undefined)
  const listed = readList(options.list)
  const clones = listed.map(entry => ({
    entry,
    clone: findClone(options.clones, entry.repository)
  }))
  const missing = clones
    .filter(({ clone }) => clone === undefined)
    .map(({ entry }) => entry.repository)
  if (missing.length > 0)
    throw new Error(
      `no clone in ${options.clones} of: ${missing.join(', ')} (looked for owner+name, owner/name, name)`
    )
  const started = Date.now()
  const scored: ReferenceRepository[] = []
  const queue = [...clones]
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const at = Date.now()
      const { entry, clone = '' } = next
      const result = await score(entry, clone).catch((error: unknown) => {
        queue.length = 0
        throw new Error(
          `${entry.repository} (${clone}): ${error instanceof Error ? error.message : String(error)}`,
          { cause: error }
        )
      })
      scored.push(result)
      log(
        `${result.repository}: index ${result.index}, ${result.changes} changes (${((Date.now() - at) / 1000).toFixed(1)} s)`
      )
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  scored.sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0))
  const data: ReferenceSet = {
    about:
      'Scores of the reference repositories, written by `npm run calibrate`; rerun it whenever the classifier or the scoring formula changes.',
    fingerprint: scoringFingerprint(options.root),
    windowDays: REFERENCE_WINDOW_DAYS,
    // The newest head among the clones: the date the set describes, read from the data, not the clock.
    date:
      scored
        .map(entry => entry.window.until)
        .sort()
        .at(-1)
        ?.slice(0, 10) ?? '',
    repositories: scored
  }
  fs.writeFileSync(options.output, `${JSON.stringify(data, null, 2)}\n`)
  log(
    `${scored.length} repositories in ${((Date.now() - started) / 1000).toFixed(1)} s → ${options.output}`
  )
  return data
}
