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

/**
 * Streams `git diff-tree --stdin -p --format=<PATCH_FORMAT>` output and hands over each
 * commit's patches as soon as they are complete: at the next commit's header, or at `end`.
 * A commit with no diff may have no header at all, hence no call.
 */
export class GitPatchParser {
  private readonly decoder = new StringDecoder('utf8')
  private partialLine = ''
  private sha: string | null = null
  private commit: PatchesByPath = new Map()
  private block: string[] | null = null

  constructor(private readonly onCommit: (sha: string, patches: PatchesByPath) => void) {}

  push(chunk: Buffer): void {
    const text = this.partialLine + this.decoder.write(chunk)
    let start = 0
    let end = text.indexOf('\n', start)
    while (end !== -1) {
      this.line(text.slice(start, end))
      start = end + 1
      end = text.indexOf('\n', start)
    }
    this.partialLine = text.slice(start)
  }

  end(): void {
    const rest = this.partialLine + this.decoder.end()
    this.partialLine = ''
    if (rest !== '') this.line(rest)
    this.flushCommit()
  }

  private line(line: string): void {
    if (line.startsWith('\x1e')) {
      this.flushCommit()
      this.sha = line.slice(1).trim()
    } else if (line.startsWith('diff --git ')) {
      this.flushBlock()
      this.block = [line]
    } else {
      this.block?.push(line)
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
    const block = this.block
    this.block = null
    if (block === null || this.sha === null) return
    const firstHunk = block.findIndex(line => line.startsWith('@@'))
    // Binary and mode-only changes have no hunks, hence no patch.
    if (firstHunk === -1) return
    let last = block.length
    while (last > firstHunk && block[last - 1] === '') last--
    const hunks = block.slice(firstHunk, last).join('\n')
    const path = blockPath(block)
    // A file ⇄ symlink change comes as a deletion block and a creation block for one path.
    const earlier = this.commit.get(path)
    this.commit.set(path, earlier === undefined ? hunks : `${earlier}\n${hunks}`)
  }
}
