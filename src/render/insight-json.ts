// The insight views in the JSON report's fixed key order: history, hotspots, teams.
import type { HistoryEntry, Hotspot, Report, TeamScore } from '../model.js'

export function orderInsight(report: Report): Record<string, unknown> {
  const ordered: Record<string, unknown> = {}
  if (report.history) ordered.history = report.history.map(orderHistoryEntry)
  if (report.hotspots) ordered.hotspots = report.hotspots.map(orderHotspot)
  if (report.teams) ordered.teams = report.teams.map(orderTeam)
  return ordered
}

function orderHistoryEntry(entry: HistoryEntry): HistoryEntry {
  return {
    window: { since: entry.window.since, until: entry.window.until },
    index: entry.index,
    interval: entry.interval && { low: entry.interval.low, high: entry.interval.high },
    confidence: entry.confidence,
    changes: entry.changes,
    botChanges: entry.botChanges,
    documentation: entry.documentation,
    automation: entry.automation,
    patterns: entry.patterns,
    direction: entry.direction
  }
}

function orderHotspot(hotspot: Hotspot): Hotspot {
  return {
    path: hotspot.path,
    churn: hotspot.churn,
    changes: hotspot.changes,
    people: hotspot.people,
    docsLastChanged: hotspot.docsLastChanged,
    docsReadSince: hotspot.docsReadSince
  }
}

function orderTeam(team: TeamScore): TeamScore {
  return {
    team: team.team,
    changes: team.changes,
    botChanges: team.botChanges,
    index: team.index,
    documentation: team.documentation,
    automation: team.automation,
    patterns: team.patterns,
    ...(team.reason === undefined ? {} : { reason: team.reason }),
    previousIndex: team.previousIndex
  }
}
