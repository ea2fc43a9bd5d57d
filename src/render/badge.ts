// A shields.io endpoint badge (https://shields.io/badges/endpoint-badge): serve this JSON and
// point `https://img.shields.io/endpoint?url=…` at it.
import type { Report } from '../model.js'
import { NO_ACTIVITY } from './categories.js'

export interface Badge {
  schemaVersion: 1
  label: string
  message: string
  color: string
}

/** Colour bands of the index; the lower bound of each band is included. */
const BADGE_COLORS: readonly { min: number; color: string }[] = [
  { min: 70, color: 'brightgreen' },
  { min: 50, color: 'green' },
  { min: 30, color: 'yellow' },
  { min: 15, color: 'orange' },
  { min: 0, color: 'red' }
]

export function badgeColor(index: number): string {
  return BADGE_COLORS.find(band => index >= band.min)?.color ?? 'red'
}

export function badge(report: Report, label = 'multiplier'): Badge {
  // An empty window is "no data", not a red 0: nobody did worse, nobody did anything.
  if (report.index === null) {
    return { schemaVersion: 1, label, message: NO_ACTIVITY, color: 'lightgrey' }
  }
  return {
    schemaVersion: 1,
    label,
    message: `${report.index}/100`,
    color: badgeColor(report.index)
  }
}

export function renderBadge(report: Report, label?: string): string {
  return `${JSON.stringify(badge(report, label), null, 2)}\n`
}
