// What the insight views need of each change's files, read while the files are still there:
// the engine sheds files as soon as a change is classified, so code churn by area, the areas
// whose docs changed and the teams owning the files are folded in here, a few numbers per area.
import { pathRole } from './path-role.js'
import type { Ruleset } from '../classify/ruleset.js'
import type { ScoreOptions } from '../config/types.js'
import type { Change, Hotspot, RepoContext, ScoredChange, TeamScore, Window } from '../model.js'
import { personKey, scoreWindow } from '../score/score.js'
import { inWindowTest, parseTime, previousWindow } from '../window.js'
import { areaKeys, codeArea, docsKeys, isTestPath } from './areas.js'
import { parseCodeowners, teamsOwning } from './codeowners.js'
import type { OwnerRule } from './codeowners.js'

/** Hotspots kept in the report, the hottest first. */
const HOTSPOT_LIMIT = 10

interface AreaTally {
  churn: number
  changes: number
  people: Set<string>
  lastChange: Change | undefined
}

export interface InsightTallyOptions {
  rules: Ruleset
  /** The report's window: hotspots and teams are about it. */
  window: Window
  /** Keep the per-team view (CODEOWNERS teams). */
  teams: boolean
}

export class InsightTally {
  private readonly areas = new Map<string, AreaTally>()
  /** Newest documentation change (ms) by docs key (see areas.ts). */
  private readonly docsLast = new Map<string, number>()
  private readonly areaOf = new Map<string, string>()
  private readonly docsKeysOf = new Map<string, string[]>()
  private readonly byTeam = new Map<string, ScoredChange[]>()
  private owners: { text: string; rules: OwnerRule[] } | undefined
  private readonly inCurrent: (time: string) => boolean
  private readonly inPrevious: (time: string) => boolean

  constructor(private readonly options: InsightTallyOptions) {
    this.inCurrent = inWindowTest(options.window)
    this.inPrevious = inWindowTest(previousWindow(options.window))
  }

  /** Folds in one classified change; `change` must still have its files. */
  add(change: Change, scored: ScoredChange, context: RepoContext): void {
    const at = parseTime(change.time)
    const current = this.inCurrent(change.time)
    const person = scored.authorIsBot ? undefined : personKey(scored)
    for (const file of change.files) {
      const role = pathRole(file.path, this.options.rules, context)
      if (role === 'docs') this.docsChanged(file.path, at)
      else if (role === 'code' && current && !isTestPath(file.path)) {
        this.codeChanged(file.path, change, (file.additions ?? 0) + (file.deletions ?? 0), person)
      }
    }
    // A comment-only edit documents the code it sits in: its reason names that file.
    for (const reason of scored.reasons) {
      if (reason.category === 'documentation' && reason.file) this.docsChanged(reason.file, at)
    }
    if (this.options.teams && (current || this.inPrevious(change.time))) {
      for (const team of this.teamsOf(change, context)) {
        let changes = this.byTeam.get(team)
        if (!changes) this.byTeam.set(team, (changes = []))
        changes.push(scored)
      }
    }
  }

  private docsChanged(path: string, at: number): void {
    let keys = this.docsKeysOf.get(path)
    if (!keys) this.docsKeysOf.set(path, (keys = docsKeys(path)))
    for (const key of keys) {
      if (!((this.docsLast.get(key) ?? -Infinity) >= at)) this.docsLast.set(key, at)
    }
  }

  private codeChanged(path: string, change: Change, churn: number, person?: string): void {
    let area = this.areaOf.get(path)
    if (area === undefined) this.areaOf.set(path, (area = codeArea(path)))
    let tally = this.areas.get(area)
    if (!tally) {
      tally = { churn: 0, changes: 0, people: new Set(), lastChange: undefined }
      this.areas.set(area, tally)
    }
    tally.churn += churn
    if (tally.lastChange !== change) {
      tally.lastChange = change
      tally.changes += 1
      if (person !== undefined) tally.people.add(person)
    }
  }

  private teamsOf(change: Change, context: RepoContext): Set<string> {
    const teams = new Set<string>()
    if (!context.codeowners) return teams
    if (this.owners?.text !== context.codeowners) {
      this.owners = { text: context.codeowners, rules: parseCodeowners(context.codeowners) }
    }
    for (const file of change.files) {
      for (const team of teamsOwning(this.owners.rules, file.path)) teams.add(team)
      if (file.previousPath) {
        for (const team of teamsOwning(this.owners.rules, file.previousPath)) teams.add(team)
      }
    }
    return teams
  }

  /** The areas with code churn in the window and no documentation change touching them. */
  hotspots(limit = HOTSPOT_LIMIT): Hotspot[] {
    const since = Date.parse(this.options.window.since)
    const hotspots: Hotspot[] = []
    for (const [path, tally] of this.areas) {
      if (tally.churn === 0) continue
      let last = -Infinity
      for (const key of areaKeys(path)) last = Math.max(last, this.docsLast.get(key) ?? -Infinity)
      if (last >= since) continue
      hotspots.push({
        path,
        churn: tally.churn,
        changes: tally.changes,
        people: tally.people.size,
        docsLastChanged: Number.isFinite(last) ? new Date(last).toISOString() : null
      })
    }
    return hotspots
      .sort(
        (a, b) =>
          b.churn - a.churn ||
          b.changes - a.changes ||
          (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
      )
      .slice(0, limit)
  }

  /** The scores of each team's changes in the window (and its previous index), by team name. */
  teams(options: ScoreOptions): TeamScore[] {
    const window = this.options.window
    const previous = previousWindow(window)
    return [...this.byTeam.keys()].sort().flatMap(team => {
      const all = this.byTeam.get(team) ?? []
      const now = all.filter(change => this.inCurrent(change.time))
      if (now.length === 0) return []
      const before = all.filter(change => this.inPrevious(change.time))
      const score = scoreWindow(now, window, options)
      return [
        {
          team,
          changes: now.length,
          index: score.index,
          documentation: score.categories.documentation.score,
          automation: score.categories.automation.score,
          patterns: score.categories.patterns.score,
          previousIndex: before.length > 0 ? scoreWindow(before, previous, options).index : null
        }
      ]
    })
  }
}
