// What the reference set's scores depend on, read from behaviour rather than from source text:
// the rules and thresholds the classifier is given, what it decides for a fixed corpus of real
// and hand-written changes, the scoring options, and the scores the formula gives real windows.
// `npm run calibrate` records a digest of it in the reference data, and a test recomputes it,
// so data computed with an older classifier or formula is caught instead of quietly ranking
// today's scores against yesterday's. A comment edit or a refactor leaves it as it was; a
// changed threshold, rule, signal or part of the formula changes it.
//
// The corpus is part of the definition: adding a commit to a fixture file below changes the
// fingerprint too (rerun `npm run calibrate`), since the digest cannot tell a new input from a
// new answer.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createClassifier, DEFAULT_THRESHOLDS } from '../src/classify/classify.js'
import type { Ruleset } from '../src/classify/rules/ruleset.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import type { ScoreOptions } from '../src/config/types.js'
import { parseLabelledSet, toChange } from '../src/eval/dataset.js'
import type { LabelledCommit } from '../src/eval/dataset.js'
import { CATEGORY_IDS, GIT_STATUS_LETTERS } from '../src/model.js'
import type { Change, ClassifiedChange, FileChange, FileStatus, Window } from '../src/model.js'
import { MIN_PEOPLE, MIN_WEEKS, PRIOR_CHANGES, PRIOR_SCORE } from '../src/score/confidence.js'
import { scoreWindow } from '../src/score/score.js'
import { thresholdProbes } from './calibration-probes.js'

/** The committed changes the classifier is run on: hand-written and hand-labelled real commits. */
const CLASSIFIED_FOLDERS = [
  '__tests__/fixtures/labelled',
  '__tests__/fixtures/real',
  '__tests__/fixtures/real-double-labelled'
]
/** Real windows of whole histories (people, times, bots, pull requests), scored by the formula. */
const SCORED_FOLDER = '__tests__/fixtures/histories'
const DAY_MS = 86_400_000
/** Besides its whole month, a history's last week and last two weeks (either side of MIN_WEEKS). */
const SCORED_DAYS = [7, 14]

/** What the scores are computed with: the rules and the formula's options (the defaults unless given). */
export interface ScoringInputs {
  rules: Ruleset
  score: ScoreOptions
}

const DEFAULTS: ScoringInputs = { rules: DEFAULT_CONFIG.rules, score: DEFAULT_CONFIG.score }

/** The data a fingerprint is a digest of; each line says one decision or one score. */
export interface ScoringBehaviour {
  /** The rules without their words (ids and details only name a rule in reasons). */
  rules: unknown
  thresholds: unknown
  score: ScoreOptions
  prior: { score: number; changes: number; minPeople: number; minWeeks: number }
  /** `<file> <sha> <categories>[ bot]` for every change of the classified corpus. */
  classified: string[]
  /** `probe <id> <categories>` for each change on a threshold and just off it (calibration-probes.ts). */
  probes: string[]
  /** `<history> <surface> <since> <days>d: <changes> changes, index …, per category …`. */
  scores: string[]
}

/** The rules' globs, labels, messages and bots, with the words that only name a rule left out. */
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== 'detail')
      .map(([key, inner]) => [key, withoutWords(inner)])
  )
}

function jsonFiles(root: string, folder: string): { name: string; data: unknown }[] {
  const dir = path.join(root, folder)
  return fs
    .readdirSync(dir)
    .filter(name => name.endsWith('.json'))
    .sort()
    .map(name => ({
      name: `${folder}/${name}`,
      data: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as unknown
    }))
}

function decisionLine(origin: string, change: ClassifiedChange): string {
  const categories = change.categories.length > 0 ? change.categories.join(',') : 'output'
  return `${origin} ${change.id} ${categories}${change.authorIsBot ? ' bot' : ''}`
}

function classifiedLines(root: string, rules: Ruleset): string[] {
  return CLASSIFIED_FOLDERS.flatMap(folder =>
    jsonFiles(root, folder).flatMap(({ name, data }) =>
      parseLabelledSet(data, name).map((commit: LabelledCommit) => {
        const context =
          commit.gitattributes !== undefined ? { gitattributes: commit.gitattributes } : {}
        return decisionLine(name, createClassifier(rules, context).classify(toChange(commit)))
      })
    )
  )
}

interface HistoryPerson {
  name: string
  email?: string
}

interface HistoryFile {
  path: string
  previousPath?: string
  status: string
  additions: number | null
  deletions: number | null
}

interface PullFile {
  filename: string
  previous_filename?: string
  status: string
  additions: number
  deletions: number
}

interface History {
  repository: string
  window: Window
  commits: {
    sha: string
    boundary?: boolean
    author: HistoryPerson
    commitTime: string
    message: string
    files?: HistoryFile[]
  }[]
  pulls: {
    number: number
    title: string
    body: string | null
    author: { login: string; type: string }
    mergedAt: string
    labels: string[]
    files: PullFile[]
  }[]
}

const PULL_STATUS: Record<string, FileStatus> = {
  removed: 'deleted',
  changed: 'modified',
  unchanged: 'modified'
}

function commitsOf(history: History): Change[] {
  return history.commits
    .filter(commit => commit.boundary !== true)
    .map(commit => {
      const [title = '', ...rest] = commit.message.split('\n')
      return {
        id: commit.sha,
        kind: 'commit',
        title,
        body: rest.join('\n').trim(),
        author: commit.author,
        time: new Date(commit.commitTime).toISOString(),
        labels: [],
        files: (commit.files ?? []).map((file): FileChange => ({
          path: file.path,
          ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
          status: GIT_STATUS_LETTERS[file.status.charAt(0)] ?? 'modified',
          additions: file.additions,
          deletions: file.deletions
        }))
      }
    })
}

function pullsOf(history: History): Change[] {
  return history.pulls.map(pull => ({
    id: String(pull.number),
    kind: 'pull_request',
    title: pull.title,
    body: pull.body ?? '',
    author: { name: pull.author.login, login: pull.author.login, type: pull.author.type },
    time: new Date(pull.mergedAt).toISOString(),
    labels: pull.labels,
    files: pull.files.map((file): FileChange => ({
      path: file.filename,
      ...(file.previous_filename !== undefined ? { previousPath: file.previous_filename } : {}),
      status: PULL_STATUS[file.status] ?? (file.status as FileStatus),
      additions: file.additions,
      deletions: file.deletions
    }))
  }))
}

/** One window's scores as a line: what the reference set stores of a window, and its counts. */
function scoreLine(
  label: string,
  changes: ClassifiedChange[],
  window: Window,
  score: ScoreOptions
): string {
  const [since, until] = [Date.parse(window.since), Date.parse(window.until)]
  const inside = changes.filter(change => {
    const at = Date.parse(change.time)
    return at >= since && at < until
  })
  const scored = scoreWindow(inside, window, score)
  const categories = CATEGORY_IDS.map(id => `${id} ${scored.categories[id].score}`).join(', ')
  const days = Math.round((until - since) / DAY_MS)
  return `${label} ${window.since} ${days}d: ${scored.totals.changes} changes, index ${scored.index}, ${categories}`
}

function scoreLines(root: string, inputs: ScoringInputs): string[] {
  return jsonFiles(root, SCORED_FOLDER).flatMap(({ name, data }) => {
    const history = data as History
    const end = Date.parse(history.window.until)
    const windows = [
      history.window,
      ...SCORED_DAYS.map(days => ({
        since: new Date(end - days * DAY_MS).toISOString(),
        until: history.window.until
      }))
    ]
    return [
      { surface: 'commits', changes: commitsOf(history) },
      { surface: 'pulls', changes: pullsOf(history) }
    ].flatMap(({ surface, changes }) => {
      const classified = changes.map(createClassifier(inputs.rules, {}).classify)
      return windows.map(window =>
        scoreLine(`${name} ${surface}`, classified, window, inputs.score)
      )
    })
  })
}

/** Everything the reference scores depend on, as data (`inputs`: the defaults unless given). */
export function scoringBehaviour(root: string, inputs: ScoringInputs = DEFAULTS): ScoringBehaviour {
  return {
    rules: withoutWords({ ...inputs.rules, thresholds: undefined }),
    thresholds: { ...DEFAULT_THRESHOLDS, ...inputs.rules.thresholds },
    score: inputs.score,
    prior: {
      score: PRIOR_SCORE,
      changes: PRIOR_CHANGES,
      minPeople: MIN_PEOPLE,
      minWeeks: MIN_WEEKS
    },
    classified: classifiedLines(root, inputs.rules),
    probes: thresholdProbes()
      .map(createClassifier(inputs.rules, {}).classify)
      .map(change => decisionLine('probe', change)),
    scores: scoreLines(root, inputs)
  }
}

/** sha256 of the scoring behaviour: the classifier's and the formula's version. */
export function scoringFingerprint(root: string, inputs: ScoringInputs = DEFAULTS): string {
  return createHash('sha256')
    .update(JSON.stringify(scoringBehaviour(root, inputs)))
    .digest('hex')
}
