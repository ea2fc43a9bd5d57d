// What a GitHub Actions workflow file says about when it runs.
import { parse as parseYaml } from 'yaml'

/** A workflow's `on:` as the list of events it triggers on; none when it cannot be read. */
export function workflowTriggers(text: string | undefined): string[] {
  if (text === undefined) return []
  let data: unknown
  try {
    data = parseYaml(text)
  } catch {
    return []
  }
  const on =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>).on : undefined
  if (typeof on === 'string') return [on]
  if (Array.isArray(on))
    return on.filter((event): event is string => typeof event === 'string').sort()
  if (typeof on === 'object' && on !== null) return Object.keys(on).sort()
  return []
}
