// Unified-diff hunks as the two sides of each hunk, which is what the diff-shape signals read.

export interface Hunk {
  /** Text after the second `@@` of the header (git's function context), trimmed. */
  header: string
  /** The hunk's lines with their marker: ' ' context, '-' removed, '+' added. */
  lines: { kind: ' ' | '-' | '+'; text: string }[]
}

export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = []
  let current: Hunk | undefined
  for (const line of patch.split(/\r?\n/)) {
    const header = /^@@ [^@]* @@(.*)$/.exec(line)
    if (header) {
      current = { header: (header[1] ?? '').trim(), lines: [] }
      hunks.push(current)
      continue
    }
    if (!current || line.startsWith('\\')) continue
    const kind = line[0]
    if (kind === '+' || kind === '-') current.lines.push({ kind, text: line.slice(1) })
    else if (kind === ' ' || line === '') current.lines.push({ kind: ' ', text: line.slice(1) })
  }
  return hunks
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
