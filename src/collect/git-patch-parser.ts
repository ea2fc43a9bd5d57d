import { StringDecoder } from 'node:string_decoder'

// Splits `git diff-tree -p --format=%x1e%H` (or `git log -p`) output into one patch (hunks
// only) per commit and file.
// A line starting with \x1e cannot be part of a diff (every diff line starts with a header word,
// '@@', or a ' ', '+', '-', '\' prefix), so it marks the next commit unambiguously.

export const PATCH_FORMAT = '%x1e%H'

/** path (the new path for renames) → hunks text, as GitHub's `patch` field has it. */
export type PatchesByPath = Map<string, string>

const ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92
}

/**
 * Reverses git's C-style path quoting (`"dir/caf\303\251 \"x\".txt"`); unquoted text is
 * returned as is. Octal escapes are bytes, so they are collected before decoding UTF-8.
 */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text
  const bytes: number[] = []
  const inner = text.slice(1, -1)
  for (let i = 0; i < inner.length; i++) {
    const char = inner.charAt(i)
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const next = inner.charAt(i + 1)
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0))
      i += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** `a/x`, `"a/x"` or `a/x\t` (git adds the tab when the name has spaces) → `x`. */
function stripPrefix(field: string, prefix: string): string {
  const unquoted = unquoteGitPath(field.endsWith('\t') ? field.slice(0, -1) : field)
  return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted
}

/**
 * The path of a non-rename block from its `diff --git a/P b/P` line alone (binary and mode-only
 * blocks have no ---/+++ lines). Both sides name the same path, which resolves the ambiguity
 * of unquoted names with spaces.
 */
function pathFromDiffLine(rest: string): string {
  if (rest.startsWith('"')) {
    let close = 1
    while (close < rest.length && rest.charAt(close) !== '"')
      close += rest.charAt(close) === '\\' ? 2 : 1
    return stripPrefix(rest.slice(0, close + 1), 'a/')
  }
  const length = (rest.length - 5) / 2
  return rest.slice(2, 2 + length)
}

function blockPath(lines: readonly string[]): string {
  let minus: string | undefined
  let plus: string | undefined
  for (const line of lines) {
    if (line.startsWith('@@')) break
    if (line.startsWith('rename to ')) return unquoteGitPath(line.slice('rename to '.length))
    if (line.startsWith('copy to ')) return unquoteGitPath(line.slice('copy to '.length))
    if (line.startsWith('+++ ')) plus = line.slice(4)
    else if (line.startsWith('--- ')) minus = line.slice(4)
  }
  if (plus !== undefined && plus !== '/dev/null') return stripPrefix(plus, 'b/')
  if (minus !== undefined && minus !== '/dev/null') return stripPrefix(minus, 'a/')
  return pathFromDiffLine((lines[0] ?? '').slice('diff --git '.length))
}

/** The block and commit markers: lines that end a file's hunks. */
const BLOCK_MARKER = 'diff --git '
const COMMIT_MARKER = '\x1e'
const NEWLINE = 10

/**
 * Finds, in one decoded text, the next line that starts a block or a commit. Hunk lines start
 * with ' ', '+', '-' or '\', so only those two markers can end a file's hunks, and the text
 * between them is taken whole instead of line by line. Each marker is searched forward once
 * per text: a commit's many blocks do not each rescan the text up to the next commit.
 */
class MarkerScan {
  private blockAt = -1
  private commitAt = -1

  constructor(private readonly text: string) {}

  /** The start of the first marker line at or after the line start `from`, or text.length. */
  next(from: number): number {
    if (this.blockAt < from) this.blockAt = this.lineStarting(BLOCK_MARKER, from)
    if (this.commitAt < from) this.commitAt = this.lineStarting(COMMIT_MARKER, from)
    return Math.min(this.blockAt, this.commitAt)
  }

  private lineStarting(marker: string, from: number): number {
    if (from === 0 && this.text.startsWith(marker)) return 0
    const newline = this.text.indexOf(`\n${marker}`, Math.max(0, from - 1))
    return newline === -1 ? this.text.length : newline + 1
  }
}

/** `text` without its trailing newlines (the blank lines git may print after the last hunk). */
function withoutTrailingNewlines(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === NEWLINE) end--
  return end === text.length ? text : text.slice(0, end)
}

/**
 * Streams `git diff-tree --stdin -p --format=<PATCH_FORMAT>` output and hands over each
 * commit's patches as soon as they are complete: at the next commit's header, or at `end`.
 * A commit with no diff may have no header at all, hence no call.
 *
 * Header lines (the commit's, a block's `diff --git`, `---`, `+++`, `rename to`) are read one
 * by one; a block's hunks, most of the output, are sliced out of the text in one piece per
 * chunk: splitting them into lines only to join them again was most of this parser's work.
 */
export class GitPatchParser {
  private readonly decoder = new StringDecoder('utf8')
  private partialLine = ''
  private sha: string | null = null
  private commit: PatchesByPath = new Map()
  /** The current block's lines up to its first hunk; undefined outside a block. */
  private header: string[] | undefined
  /** The current block's hunks so far, one piece per chunk; undefined before its first hunk. */
  private hunks: string[] | undefined

  constructor(private readonly onCommit: (sha: string, patches: PatchesByPath) => void) {}

  push(chunk: Buffer): void {
    const text = this.partialLine + this.decoder.write(chunk)
    const complete = text.lastIndexOf('\n') + 1
    this.partialLine = text.slice(complete)
    this.lines(text, complete)
  }

  end(): void {
    const rest = this.partialLine + this.decoder.end()
    this.partialLine = ''
    if (rest !== '') this.lines(`${rest}\n`, rest.length + 1)
    this.flushCommit()
  }

  /** Reads the lines of text up to `end`, which is just past a newline. */
  private lines(text: string, end: number): void {
    const markers = new MarkerScan(text)
    let at = 0
    while (at < end) {
      if (this.hunks === undefined && this.header !== undefined && text.startsWith('@@', at))
        this.hunks = []
      if (this.hunks !== undefined) {
        const next = Math.min(markers.next(at), end)
        this.hunks.push(text.slice(at, next))
        if (next < end) this.flushBlock()
        at = next
        continue
      }
      const newline = text.indexOf('\n', at)
      this.line(text.slice(at, newline))
      at = newline + 1
    }
  }

  private line(line: string): void {
    if (line.startsWith(COMMIT_MARKER)) {
      this.flushCommit()
      this.sha = line.slice(1).trim()
    } else if (line.startsWith(BLOCK_MARKER)) {
      this.flushBlock()
      this.header = [line]
    } else {
      this.header?.push(line)
    }
  }

  private flushCommit(): void {
    this.flushBlock()
    const sha = this.sha
    if (sha === null) return
    const patches = this.commit
    this.sha = null
    this.commit = new Map()
    this.onCommit(sha, patches)
  }

  private flushBlock(): void {
    const { header, hunks } = this
    this.header = undefined
    this.hunks = undefined
    // Binary and mode-only changes have no hunks, hence no patch.
    if (header === undefined || hunks === undefined || this.sha === null) return
    const patch = withoutTrailingNewlines(
      hunks.length === 1 ? (hunks[0] as string) : hunks.join('')
    )
    const path = blockPath(header)
    // A file ⇄ symlink change comes as a deletion block and a creation block for one path.
    const earlier = this.commit.get(path)
    this.commit.set(path, earlier === undefined ? patch : `${earlier}\n${patch}`)
  }
}
