// Unified-diff hunks as the two sides of each hunk, which is what the diff-shape signals read.

export interface Hunk {
  /** Text after the second `@@` of the header (git's function context), trimmed. */
  header: string
  /** The hunk's lines with their marker: ' ' context, '-' removed, '+' added. */
  lines: { kind: ' ' | '-' | '+'; text: string }[]
}

const HUNK_HEADER = /^@@ [^@]* @@(.*)$/
const CARRIAGE_RETURN = 13

/**
 * The hunks of a unified diff, its lines split as `split(/\r?\n/)` would. The lines are found
 * with indexOf and only their text is sliced out: every patch read passes through here, and
 * splitting each into line strings first cost as much as reading them.
 */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = []
  let current: Hunk | undefined
  for (let start = 0; ;) {
    const newline = patch.indexOf('\n', start)
    let end = newline === -1 ? patch.length : newline
    if (newline !== -1 && end > start && patch.charCodeAt(end - 1) === CARRIAGE_RETURN) end--
    const kind = patch[start]
    if (kind === '@') {
      const header = HUNK_HEADER.exec(patch.slice(start, end))
      if (header) hunks.push((current = { header: (header[1] ?? '').trim(), lines: [] }))
    } else if (current && (kind === '+' || kind === '-' || kind === ' ')) {
      current.lines.push({ kind, text: patch.slice(start + 1, end) })
    } else if (current && start === end) {
      current.lines.push({ kind: ' ', text: '' })
    }
    if (newline === -1) return hunks
    start = newline + 1
  }
}

/** The old side ('-' and context) or new side ('+' and context) of a hunk, as lines. */
export function side(hunk: Hunk, which: 'old' | 'new'): string[] {
  const drop = which === 'old' ? '+' : '-'
  return hunk.lines.filter(line => line.kind !== drop).map(line => line.text)
}

export function changedLines(hunks: readonly Hunk[]): { kind: '-' | '+'; text: string }[] {
  return hunks.flatMap(hunk =>
    hunk.lines.flatMap(line => (line.kind === ' ' ? [] : [{ kind: line.kind, text: line.text }]))
  )
}

/**
 * The hunk with comma churn taken out: a JSON line that only gained or lost its trailing comma
 * (because a line was added after it) reads as context, so that what counts is what changed.
 */
export function withoutCommaChurn(hunk: Hunk): Hunk {
  const bare = (text: string): string => text.trim().replace(/,$/, '')
  const removed = hunk.lines.filter(line => line.kind === '-')
  const churn = new Set<Hunk['lines'][number]>()
  for (const plus of hunk.lines) {
    if (plus.kind !== '+') continue
    const minus = removed.find(
      line =>
        !churn.has(line) &&
        line.text.trim() !== plus.text.trim() &&
        bare(line.text) === bare(plus.text)
    )
    if (minus === undefined) continue
    churn.add(minus)
    churn.add(plus)
  }
  if (churn.size === 0) return hunk
  const lines = hunk.lines.flatMap(line => {
    if (!churn.has(line)) return [line]
    return line.kind === '-' ? [] : [{ kind: ' ' as const, text: line.text }]
  })
  return { header: hunk.header, lines }
}

/**
 * Whether the non-blank removed and added lines pair up, in order, and each pair is the same
 * text once every match of `varying` is blanked out: an edit that only changed versions, years
 * or links, say.
 */
export function onlyDiffersIn(hunks: readonly Hunk[], varying: RegExp): boolean {
  const lines = changedLines(hunks).filter(line => line.text.trim() !== '')
  const blank = (text: string): string => text.replace(varying, '#')
  const removed = lines.filter(line => line.kind === '-').map(line => blank(line.text))
  const added = lines.filter(line => line.kind === '+').map(line => blank(line.text))
  if (removed.length === 0 || removed.length !== added.length) return false
  return removed.every((line, index) => line === added[index])
}

/** The tokens one list has that the other lacks, counted with repeats (a word added twice is 2). */
export function tokenDifference(before: readonly string[], after: readonly string[]): number {
  const balance = new Map<string, number>()
  for (const token of before) balance.set(token, (balance.get(token) ?? 0) - 1)
  for (const token of after) balance.set(token, (balance.get(token) ?? 0) + 1)
  let changed = 0
  for (const count of balance.values()) changed += Math.abs(count)
  return changed
}
