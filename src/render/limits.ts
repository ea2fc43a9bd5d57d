// GitHub rejects comment and issue bodies over 65,536 characters and job summaries over
// 1 MiB. Renderers produce whole documents; these helpers cut them down by whole sections,
// lowest value first, and say where the rest can be read.

/** GitHub's limit is 65,536; the margin leaves room for the note that says what was cut. */
export const COMMENT_BODY_LIMIT = 65_000
/** GitHub's job-summary limit is 1 MiB per step, in bytes. */
export const SUMMARY_BYTE_LIMIT = 1024 * 1024 - 4096

export interface Section {
  text: string
  /** Higher is kept longer; sections of equal value are dropped from the last one up. */
  value: number
}

export type Measure = (text: string) => number

const characters: Measure = text => text.length
export const utf8Bytes: Measure = text => Buffer.byteLength(text, 'utf8')

/**
 * Joins `sections` with blank lines, dropping the lowest-value sections (then the later of
 * equal value) until the result and `note` fit in `limit`; the note is appended only when
 * something was dropped. A single section still too long is cut at a line boundary.
 */
export function fitSections(
  sections: readonly Section[],
  limit: number,
  note: string,
  measure: Measure = characters
): string {
  const join = (kept: readonly Section[]): string => kept.map(section => section.text).join('\n\n')
  const whole = join(sections)
  if (measure(whole) <= limit) return whole

  const dropOrder = sections
    .map((section, order) => ({ section, order }))
    .sort((a, b) => a.section.value - b.section.value || b.order - a.order)
  const dropped = new Set<number>()
  const budget = limit - measure(note) - 2
  for (const { order } of dropOrder) {
    const kept = sections.filter((_, index) => !dropped.has(index))
    if (kept.length <= 1 || measure(join(kept)) <= budget) break
    dropped.add(order)
  }
  const kept = sections.filter((_, index) => !dropped.has(index))
  return `${truncateLines(join(kept), budget, measure)}\n\n${note}`
}

/** Cuts `text` to whole lines that fit in `limit`, never inside a line. */
export function truncateLines(text: string, limit: number, measure: Measure = characters): string {
  if (measure(text) <= limit) return text
  const lines = text.split('\n')
  let low = 0
  let high = lines.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(lines.slice(0, mid).join('\n')) <= limit) low = mid
    else high = mid - 1
  }
  // One enormous line: cut it by characters (rare: a path or title of megabytes).
  if (low === 0) return [...text].slice(0, Math.max(0, Math.floor(limit / 4))).join('')
  return lines.slice(0, low).join('\n')
}

/** Splits markdown into sections at headings starting with `prefix` (first: what comes before). */
export function splitAtHeadings(markdown: string, prefix = '## '): string[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return markdown
    .split(new RegExp(`\\n(?=${escaped})`))
    .map(part => part.trim())
    .filter(Boolean)
}
