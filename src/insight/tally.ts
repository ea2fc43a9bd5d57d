// What the insight views need of each change's files, read while the files are still there:
// the engine sheds files as soon as a change is classified, so code churn by area, the areas
// whose docs changed and the teams owning the files are folded in here, a few numbers per area.
import { pathRole } from './path-role.js'
import type { PathRole } from './path-role.js'
import type { Ruleset } from '../classify/rules/ruleset.js'
import type { ScoreOptions } from '../config/types.js'
import type { Change, Hotspot, RepoContext, ScoredChange, TeamScore, Window } from '../model.js'
import { personKey } from '../score/score.js'
import { inWindowTest, parseTime, previousWindow } from '../window.js'
import { areaKeys, codeArea, docsKeys, isOutsideAreas, isTestData } from './areas.js'
import { parseCodeowners, teamsOwning } from '../repo-files/codeowners.js'
import type { Codeowners } from '../repo-files/codeowners.js'
import { compareTeamNames, scoreTeam } from './teams.js'

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
  /** Each path's role (see roleOf), for the .gitattributes text it was read with. */
  private readonly roles = new Map<string, PathRole>()
  private rolesContext: string | undefined
  private readonly byTeam = new Map<string, ScoredChange[]>()
  private owners: { text: string; rules: Codeowners } | undefined
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
      const role = this.roleOf(file.path, context)
      if (role === 'docs') this.docsChanged(file.path, at)
      else if (role === 'code' && current) {
        this.codeChanged(file.path, change, (file.additions ?? 0) + (file.deletions ?? 0), person)
      }
    }
    // A comment-only edit documents the code it sits in: its reason names that file. A path
    // rule's reason names a file read above, whose role (a licence text is none) already counts.
    for (const reason of scored.reasons) {
      if (reason.category !== 'documentation' || !reason.file) continue
      if (this.roleOf(reason.file, context) === 'code') this.docsChanged(reason.file, at)
    }
    if (this.options.teams && (current || this.inPrevious(change.time))) {
      for (const team of this.teamsOf(change, context)) {
        let changes = this.byTeam.get(team)
        if (!changes) this.byTeam.set(team, (changes = []))
        changes.push(scored)
      }
    }
  }

  /**
   * What a file is to the hotspots: docs and code by pathRole, less what is not an area — tests,
   * test data and playgrounds are neither, showcases (examples, benchmarks) are not code.
   */
  private roleOf(path: string, context: RepoContext): PathRole {
    if (this.rolesContext !== context.gitattributes) {
      this.rolesContext = context.gitattributes
      this.roles.clear()
    }
    let role = this.roles.get(path)
    if (role === undefined) {
      role = pathRole(path, this.options.rules, context)
      if (role !== 'other' && isTestData(path)) role = 'other'
      else if (role === 'code' && isOutsideAreas(path)) role = 'other'
      this.roles.set(path, role)
    }
    return role
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

  /**
   * The areas with code churn in the window and no documentation change touching them;
   * `readSince` is where the history the docs changes were read from starts.
   */
  hotspots(readSince: string, limit = HOTSPOT_LIMIT): Hotspot[] {
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
        docsLastChanged: Number.isFinite(last) ? new Date(last).toISOString() : null,
        docsReadSince: readSince
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

  /** Each team whose files changed in the window, by name; scores only where the sample holds. */
  teams(options: ScoreOptions): TeamScore[] {
    const windows = { window: this.options.window, previous: previousWindow(this.options.window) }
    return [...this.byTeam.keys()].sort(compareTeamNames).flatMap(team => {
      const all = this.byTeam.get(team) ?? []
      const now = all.filter(change => this.inCurrent(change.time))
      if (now.length === 0) return []
      const before = all.filter(change => this.inPrevious(change.time))
      return [scoreTeam({ team, now, before }, windows, options)]
    })
  }
}
