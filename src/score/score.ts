// Score: classified changes of a window (and of the previous window) → a Report. Pure and
// deterministic; the formula is documented in the README ("How scores are computed").
import { CATEGORY_IDS, SCORE_PARTS } from '../model.js'
import type {
  Activity,
  ApiUsage,
  CategoryId,
  CategoryScore,
  Direction,
  Report,
  ReportChange,
  ScoredChange,
  ScoreInterval,
  ScorePart,
  SourceKind,
  Window
} from '../model.js'
import type { ScoreOptions } from '../config/types.js'
import { parseTime, weekCount, weekIndexer } from '../window.js'
import { botActivity, countedChanges } from './bots.js'
import { FEW_CHANGES, PRIOR_CHANGES, PRIOR_SCORE, shrinkTowardPrior } from './confidence.js'
import { confidenceOfInterval, directionOf } from './interval.js'
import { countedParts, eachPart, partBounds, scoreParts, weightedMean } from './parts.js'

export const NO_ACTIVITY_NOTE =
  'No activity in this window: no changes were found, so there is nothing to score.'

export interface ScoreInput {
  repository: string
  source: SourceKind
  window: Window
  previousWindow: Window
  /** Classified changes whose time falls in `window`. */
  changes: readonly ScoredChange[]
  /** Classified changes whose time falls in `previousWindow`. */
  previousChanges: readonly ScoredChange[]
  options: ScoreOptions
  /** When the report was made (ISO 8601); passed in so reports are reproducible. */
  generatedAt: string
  /** Coverage notes from the source, shown as they are. */
  notes?: readonly string[]
  api?: ApiUsage
}

type WindowCategory = Omit<CategoryScore, 'previous' | 'previousChanges' | 'trend' | 'direction'>

/** The parts, scores and index of one window, before trend is attached. */
export interface WindowScore {
  activity: Activity
  index: number | null
  indexInterval: ScoreInterval | null
  confidence: Report['confidence']
  categories: Record<CategoryId, WindowCategory>
  totals: Report['totals']
}

/** A score and its interval, when both exist: what a trend is read from. */
export function scored(
  score: number | null,
  interval: ScoreInterval | null
): { score: number; interval: ScoreInterval } | undefined {
  return score === null || interval === null ? undefined : { score, interval }
}

/** The difference and its direction between two windows' scores, when both have one. */
export function trendBetween(
  now: { score: number; interval: ScoreInterval } | undefined,
  before: { score: number; interval: ScoreInterval } | undefined
): { trend: number | null; direction: Direction | null } {
  if (!now || !before) return { trend: null, direction: null }
  return { trend: now.score - before.score, direction: directionOf(now, before) }
}

export function scoreReport(input: ScoreInput): Report {
  const current = scoreWindow(input.changes, input.window, input.options)
  const scoredBefore = scoreWindow(input.previousChanges, input.previousWindow, input.options)
  const previous = scoredBefore.index === null ? null : scoredBefore

  const categories = Object.fromEntries(
    CATEGORY_IDS.map(id => {
      const now = current.categories[id]
      const before = previous ? previous.categories[id] : undefined
      const score: CategoryScore = {
        ...now,
        previous: before?.score ?? null,
        previousChanges: before ? before.changes : null,
        ...trendBetween(
          scored(now.score, now.interval),
          before && scored(before.score, before.interval)
        )
      }
      return [id, score]
    })
  ) as Record<CategoryId, CategoryScore>

  const bots = botActivity(input.changes, input.options.bots)
  const notes = [...(input.notes ?? []), ...sampleNotes(current), ...trendNote(current, previous)]
  const indexTrend = trendBetween(
    scored(current.index, current.indexInterval),
    previous ? scored(previous.index, previous.indexInterval) : undefined
  )

  const report: Report = {
    schemaVersion: 2,
    repository: input.repository,
    source: input.source,
    generatedAt: input.generatedAt,
    window: { since: input.window.since, until: input.window.until },
    previousWindow: { since: input.previousWindow.since, until: input.previousWindow.until },
    activity: current.activity,
    index: current.index,
    indexInterval: current.indexInterval,
    confidence: current.confidence,
    previousIndex: previous ? previous.index : null,
    ...indexTrend,
    categories,
    totals: current.totals,
    scoring: {
      weights: normaliseWeights(input.options.weights),
      targets: { ...input.options.targets },
      prior: { score: PRIOR_SCORE, changes: PRIOR_CHANGES }
    },
    bots,
    changes: sortChanges(input.changes).map(toReportChange),
    notes
  }
  if (input.api) report.api = input.api
  return report
}

/**
 * Scores one window. Bot changes are left out first unless `options.bots` is `include`. With
 * n the changes counted, per category c:
 *   share      = min(1, (changes feeding c / n) / target_c)
 *   people     = non-bot people who fed c / non-bot active people (not counted below 2 people)
 *   steadiness = weeks with ≥1 change feeding c / weeks in the window (not counted below 2 weeks)
 *   raw_c      = weighted mean of the parts
 *   score_c    = round(100 × (n × raw_c + 10 × 0.5) / (n + 10))  (pulled toward 50)
 * and index = round(mean of the three category scores). Each part also has a 90 % interval
 * (interval.ts); the score's interval is the formula at the parts' lower and upper ends. With
 * n = 0 there is nothing to score: every score, interval and confidence is null.
 */
export function scoreWindow(
  changes: readonly ScoredChange[],
  window: Window,
  options: ScoreOptions
): WindowScore {
  const counted = countedChanges(changes, options.bots)
  const weeks = weekCount(window)
  const tally = tallyChanges(counted, changes, window)
  const sample = { changes: counted.length, people: tally.people, weeks }
  const counts = countedParts(sample)
  const weights = partWeights(options.weights, counts)
  const active = counted.length > 0
  const pulled = (raw: number): number => roundScore(shrinkTowardPrior(raw, counted.length))

  const categories = Object.fromEntries(
    CATEGORY_IDS.map(id => {
      const feeding = tally.fed[id]
      const facts = {
        changes: feeding.changes,
        allChanges: counted.length,
        target: options.targets[id],
        people: feeding.people.size,
        allPeople: tally.people,
        activeWeeks: feeding.weeks.size,
        weeks
      }
      const parts = scoreParts(facts)
      const bounds = partBounds(facts)
      const raw = weightedMean(parts, weights, counts)
      const score = pulled(raw)
      // The interval is the raw formula's, not the pulled one's: the pull steadies the point a
      // small sample gives, but it is no evidence, and pulled ends would look falsely narrow
      // (one change would be "50 ± 3"). It always holds the score itself.
      const interval = {
        low: Math.min(score, roundScore(weightedMean(bounds.low, weights, counts))),
        high: Math.max(score, roundScore(weightedMean(bounds.high, weights, counts)))
      }
      const category: WindowCategory = {
        score: active ? score : null,
        rawScore: active ? roundScore(raw) : null,
        interval: active ? interval : null,
        confidence: active ? confidenceOfInterval(interval, counted.length) : null,
        changes: feeding.changes,
        people: feeding.people.size,
        activeWeeks: feeding.weeks.size,
        parts: eachPart(part => roundPart(parts[part]))
      }
      return [id, category]
    })
  ) as WindowScore['categories']

  const totals = {
    changes: counted.length,
    output: counted.length - tally.multiplier,
    multiplier: tally.multiplier,
    people: tally.people,
    bots: tally.bots,
    botChanges: tally.botChanges,
    weeks
  }
  if (!active) {
    const activity = inactivity(tally.botChanges, options.bots)
    return { activity, index: null, indexInterval: null, confidence: null, categories, totals }
  }
  const mean = (value: (id: CategoryId) => number): number =>
    roundHalfUp(CATEGORY_IDS.reduce((sum, id) => sum + value(id), 0) / CATEGORY_IDS.length)
  const at = (id: CategoryId): WindowCategory => categories[id]
  const indexInterval = {
    low: mean(id => at(id).interval?.low ?? 0),
    high: mean(id => at(id).interval?.high ?? 0)
  }
  return {
    activity: { state: 'active' },
    index: mean(id => at(id).score ?? 0),
    indexInterval,
    confidence: confidenceOfInterval(indexInterval, counted.length),
    categories,
    totals
  }
}

/** Why a window with no counted change has no scores: nothing happened, or only bots did. */
function inactivity(botChanges: number, bots: ScoreOptions['bots']): Activity {
  if (botChanges > 0 && bots !== 'include') {
    return {
      state: 'bots-only',
      reason:
        `Only bots were active in this window (${botChanges} change${botChanges === 1 ? '' : 's'}), ` +
        'and bot changes are left out of the scores, so there is nothing to score.'
    }
  }
  return { state: 'none', reason: NO_ACTIVITY_NOTE }
}

interface Tally {
  people: number
  bots: number
  botChanges: number
  multiplier: number
  fed: Record<CategoryId, { changes: number; people: Set<string>; weeks: Set<number> }>
}

/** One pass over the counted changes reads all that the categories need: who, when, what for. */
function tallyChanges(
  counted: readonly ScoredChange[],
  all: readonly ScoredChange[],
  window: Window
): Tally {
  const weekOf = weekIndexer(window)
  const people = new Set<string>()
  const bots = new Set<string>()
  let botChanges = 0
  for (const change of all) {
    if (!change.authorIsBot) continue
    botChanges += 1
    bots.add(personKey(change))
  }
  const fed = Object.fromEntries(
    CATEGORY_IDS.map(id => [
      id,
      { changes: 0, people: new Set<string>(), weeks: new Set<number>() }
    ])
  ) as Tally['fed']
  let multiplier = 0
  for (const change of counted) {
    const person = personKey(change)
    if (!change.authorIsBot) people.add(person)
    if (change.categories.length === 0) continue
    multiplier += 1
    const week = weekOf(change.time)
    for (const id of CATEGORY_IDS) {
      if (!change.categories.includes(id)) continue
      const category = fed[id]
      category.changes += 1
      if (!change.authorIsBot) category.people.add(person)
      if (week !== null) category.weeks.add(week)
    }
  }
  return { people: people.size, bots: bots.size, botChanges, multiplier, fed }
}

/**
 * The weights the parts are combined with. A part the sample does not let count (the people
 * part below MIN_PEOPLE people: one person is always "everyone") stays at the neutral 0.5 when
 * it is the only weighted part, and otherwise its weight goes to the others, in proportion.
 */
function partWeights(
  weights: ScoreOptions['weights'],
  counted: Record<ScorePart, boolean>
): ScoreOptions['weights'] {
  const normal = normaliseWeights(weights)
  if (SCORE_PARTS.every(part => counted[part])) return normal
  const rest = SCORE_PARTS.reduce((sum, part) => sum + (counted[part] ? normal[part] : 0), 0)
  if (!(rest > 0)) return normal
  return eachPart(part => (counted[part] ? normal[part] / rest : 0))
}

/**
 * Both windows are pulled toward the prior, by how few changes each has: when they differ in
 * size and one is small, part of a trend is the sample, not the work, and the report says so.
 */
function trendNote(current: WindowScore, previous: WindowScore | null): string[] {
  if (!previous || current.index === null) return []
  if (current.confidence !== 'low' && previous.confidence !== 'low') return []
  const [now, before] = [current.totals.changes, previous.totals.changes]
  if (now === before) return []
  return [
    `The trend compares ${now} change${now === 1 ? '' : 's'} with ${before} before; with so few, ` +
      `both are pulled toward ${PRIOR_SCORE} by different amounts, so part of each move is the ` +
      'sample size, not the work.'
  ]
}

/** Notes on the sample: nothing to score (and why), or so little that each change counts. */
function sampleNotes(current: WindowScore): string[] {
  if (current.activity.reason !== undefined) return [current.activity.reason]
  const count = current.totals.changes
  if (count < FEW_CHANGES) {
    return [
      `Only ${count} change${count === 1 ? '' : 's'} in this window: scores are pulled toward ` +
        `${PRIOR_SCORE} and their intervals are wide.`
    ]
  }
  return []
}

/** Who a change counts for: the login where known, else the email, else the name. */
export function personKey(change: ScoredChange): string {
  const { login, email, name } = change.author
  if (login) return `login:${login.toLowerCase()}`
  if (email) return `email:${email.toLowerCase()}`
  return `name:${name.trim().toLowerCase()}`
}

/** Weights scaled to sum to 1; all-zero (or invalid) weights fall back to equal thirds. */
export function normaliseWeights(weights: ScoreOptions['weights']): ScoreOptions['weights'] {
  const clean = eachPart(part => Math.max(0, weights[part]) || 0)
  const total = SCORE_PARTS.reduce((sum, part) => sum + clean[part], 0)
  if (!(total > 0)) return eachPart(() => 1 / SCORE_PARTS.length)
  return eachPart(part => clean[part] / total)
}

/**
 * 0–1 → 0–100, rounded half up. The product is first cut to 6 decimals so that binary noise
 * (100 × 0.285 = 28.499999999999996) cannot flip a .5 downwards: the same parts always give
 * the same score on every machine.
 */
export function roundScore(fraction: number): number {
  return roundHalfUp(fraction * 100)
}

/** Rounds half up after cutting binary noise at 6 decimals (see roundScore). */
export function roundHalfUp(value: number): number {
  return Math.floor(Number(value.toFixed(6)) + 0.5)
}

/** Parts are kept to 4 decimals in the report: enough to explain a score, stable in JSON. */
function roundPart(value: number): number {
  return Number(value.toFixed(4))
}

/** Newest first; ties by kind then id, so the order never depends on the source's order. */
function sortChanges(changes: readonly ScoredChange[]): ScoredChange[] {
  // Times are parsed once, not in the comparator: 20,000 changes mean ~600,000 comparisons.
  return changes
    .map(change => ({ change, at: parseTime(change.time) }))
    .sort(
      (a, b) =>
        b.at - a.at || compare(a.change.kind, b.change.kind) || compare(a.change.id, b.change.id)
    )
    .map(entry => entry.change)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function toReportChange(change: ScoredChange): ReportChange {
  const reported: ReportChange = {
    id: change.id,
    kind: change.kind,
    title: change.title,
    author: change.author.login ?? change.author.name,
    time: change.time,
    categories: CATEGORY_IDS.filter(id => change.categories.includes(id)),
    reasons: [...change.reasons]
  }
  if (change.url) reported.url = change.url
  if (change.authorIsBot) reported.bot = true
  return reported
}
