// A file's before and after text as unified-diff hunks, the way `git diff` prints them (three
// lines of context, `@@ -a,b +c,d @@` headers, "\ No newline at end of file"), so that a patch
// made from two blobs reads to the classifier like git's. Git's function context after the
// header is left empty: the classifier reads sections only from lines starting with `[`, which
// git's default function-context rule never picks.

const CONTEXT = 3

interface Line {
  text: string
  /** The file's last line, without a newline after it. */
  last: boolean
}

type Op = { kind: ' ' | '-' | '+'; line: Line }

function linesOf(text: string): Line[] {
  if (text === '') return []
  const parts = text.split('\n')
  const ends = parts.at(-1) === ''
  if (ends) parts.pop()
  return parts.map((part, i) => ({ text: part, last: !ends && i === parts.length - 1 }))
}

const same = (a: Line, b: Line): boolean => a.text === b.text && a.last === b.last

/**
 * The shortest edit script between `a` and `b` (Myers' O(ND) algorithm), or undefined when it
 * needs more than `maxEdits` edits: such a diff is not worth computing here.
 */
function editScript(a: Line[], b: Line[], maxEdits: number): Op[] | undefined {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, maxEdits)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1
      let y = x - k
      while (x < n && y < m && same(a[x] as Line, b[y] as Line)) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(a, b, trace, offset, d)
    }
  }
  return undefined
}

function backtrack(a: Line[], b: Line[], trace: Int32Array[], offset: number, last: number): Op[] {
  const ops: Op[] = []
  let x = a.length
  let y = b.length
  for (let d = last; d > 0; d--) {
    const v = trace[d] as Int32Array
    const k = x - y
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
    const prevK = down ? k + 1 : k - 1
    const prevX = v[offset + prevK] ?? 0
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[--x] as Line })
      y--
    }
    if (down) ops.push({ kind: '+', line: b[--y] as Line })
    else ops.push({ kind: '-', line: a[--x] as Line })
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[--x] as Line })
    y--
  }
  return ops.reverse()
}

function range(start: number, count: number): string {
  // Git names an empty side by the line before it, and leaves out a count of one.
  const from = count === 0 ? start - 1 : start
  return count === 1 ? `${from}` : `${from},${count}`
}

/** The hunks of an edit script, with context, merged where their context meets. */
function hunksOf(ops: Op[]): string[] {
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]))
  const hunks: string[] = []
  let at = 0
  while (at < changed.length) {
    const first = changed[at] as number
    let lastChange = first
    while (at + 1 < changed.length && (changed[at + 1] as number) - lastChange <= 2 * CONTEXT + 1)
      lastChange = changed[++at] as number
    at++
    const start = Math.max(0, first - CONTEXT)
    const end = Math.min(ops.length, lastChange + CONTEXT + 1)
    hunks.push(hunkText(ops, start, end))
  }
  return hunks
}

function hunkText(ops: Op[], start: number, end: number): string {
  let oldLine = 1
  let newLine = 1
  for (const op of ops.slice(0, start)) {
    if (op.kind !== '+') oldLine++
    if (op.kind !== '-') newLine++
  }
  const body: string[] = []
  let oldCount = 0
  let newCount = 0
  for (const op of ops.slice(start, end)) {
    if (op.kind !== '+') oldCount++
    if (op.kind !== '-') newCount++
    body.push(op.kind + op.line.text)
    if (op.line.last) body.push('\\ No newline at end of file')
  }
  return [`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`, ...body].join('\n')
}

/**
 * The unified-diff hunks from `before` to `after` (either may be '' for an added or deleted
 * file), as GitHub's `patch` field holds them; '' when nothing changed, undefined when the
 * texts differ in more than `maxEdits` lines.
 */
export function unifiedHunks(before: string, after: string, maxEdits = 1000): string | undefined {
  const ops = editScript(linesOf(before), linesOf(after), maxEdits)
  return ops === undefined ? undefined : hunksOf(ops).join('\n')
}

/** Lines added and removed by a patch made by `unifiedHunks`. */
export function countLines(patch: string): { additions: number; deletions: number } {
  let additions = 0
  let deletions = 0
  for (const line of patch.split('\n')) {
    if (line.startsWith('@@')) continue
    if (line.startsWith('+')) additions++
    else if (line.startsWith('-')) deletions++
  }
  return { additions, deletions }
}
