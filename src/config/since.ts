const LENGTH = /^([1-9][0-9]*)([dwmy])$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Why `value` is not a window start Multiplier understands, or undefined when it is one:
 * a length (`30d`, `12w`, `6m`, `1y`) or a calendar date (`YYYY-MM-DD`) that exists.
 */
export function sinceProblem(value: string): string | undefined {
  if (LENGTH.test(value)) return undefined
  const date = DATE.exec(value)
  if (date) {
    const [, year, month, day] = date.map(Number) as [number, number, number, number]
    const parsed = new Date(Date.UTC(year, month - 1, day))
    const exists =
      parsed.getUTCFullYear() === year &&
      parsed.getUTCMonth() === month - 1 &&
      parsed.getUTCDate() === day
    return exists ? undefined : `is not a calendar date (got '${value}')`
  }
  return `must be a length like 30d, 12w, 6m or 1y, or a date YYYY-MM-DD (got '${value}')`
}
