import type { FileChange, FileStatus } from '../model.js'
import { GIT_STATUS_LETTERS } from '../model.js'

// Incremental parser for `git log -z --raw --numstat --format=<LOG_FORMAT>`. Output arrives in
// chunks and is consumed token by token (git terminates every token with NUL under -z), so a
// 100k-commit history is never held as one string: only the current token is decoded.
//
// Shape of one commit under -z:
//   \x1e<sha>\x1f<parents>\x1f<author name>\x1f<author email>\x1f<committer unix time>\x1f<message>  NUL
//   [\n]:<modes> <shas> <status>  NUL <path> NUL                  (raw; R/C entries carry two paths)
//   <added>\t<deleted>\t<path>  NUL                                (numstat; '-' for binary)
//   <added>\t<deleted>\t NUL <old path> NUL <new path> NUL         (numstat of a rename or copy)
// A header token starts with \x1e, a raw token with ':' (after the first one's leading newline),
// a numstat token with a digit or '-': the kinds cannot be confused, whatever the paths hold.

/** %aN/%aE apply .mailmap; %ct (committer time) decides window membership, see git.ts. */
export const LOG_FORMAT = '%x1e%H%x1f%P%x1f%aN%x1f%aE%x1f%ct%x1f%B'

export interface ParsedCommit {
  sha: string
  parents: string[]
  authorName: string
  authorEmail: string
  /** Committer time, seconds since the epoch. */
  committedAt: number
  title: string
  body: string
  files: FileChange[]
}

const NUL = 0
const TAB = 9
const NEWLINE = 10
const SPACE = 32
const DASH = 45
const COLON = 58
const RECORD_SEPARATOR_BYTE = 0x1e
const UNIT_SEPARATOR = '\x1f'

function unexpected(bytes: Buffer, start: number, end: number): Error {
  const text = bytes.toString('utf8', start, Math.min(end, start + 80))
  return new Error(`unexpected git log output: ${JSON.stringify(text)}`)
}

/** What the next token completes, when the current entry spans several tokens. */
const enum Expect {
  Entry,
  RawPath,
  RawFrom,
  RawTo,
  NumstatFrom,
  NumstatTo
}

/** Splits a commit message the way git's %s/%b do: the first paragraph is the subject. */
export function splitMessage(message: string): { title: string; body: string } {
  const unix = message.includes('\r') ? message.replace(/\r\n/g, '\n') : message
  const text = unix.startsWith('\n') ? unix.replace(/^\n+/, '') : unix
  const blank = text.indexOf('\n\n')
  const subject = (blank === -1 ? text : text.slice(0, blank)).trimEnd()
  const rest = blank === -1 ? '' : text.slice(blank + 2)
  // Nearly every subject is one line, which needs no joining.
  const title = subject.includes('\n')
    ? subject
        .split('\n')
        .map(line => line.trim())
        .join(' ')
        .trim()
    : subject.trim()
  return { title, body: rest.replace(/^\n+/, '').trimEnd() }
}

/**
 * Reads one numstat count ("12\t", or "-\t" for binary files) at `position`. Returns the count
 * and where the next field starts, or undefined when the bytes are not a count.
 */
function readCount(
  bytes: Buffer,
  position: number
): { count: number | null; next: number } | undefined {
  if (bytes[position] === DASH && bytes[position + 1] === TAB)
    return { count: null, next: position + 2 }
  let count = 0
  let at = position
  for (let byte = bytes[at]; byte !== undefined && byte >= 48 && byte <= 57; byte = bytes[++at]) {
    count = count * 10 + byte - 48
  }
  return at > position && bytes[at] === TAB ? { count, next: at + 1 } : undefined
}

export class GitLogParser {
  private carry: Buffer | null = null
  // Paths and names repeat across thousands of commits: one string each keeps the heap small.
  private readonly strings = new Map<string, string>()
  private current: ParsedCommit | null = null
  private expect = Expect.Entry
  // The entry being read across tokens: a raw entry's status (and a rename's old path), or a
  // numstat entry's counts until its path arrives.
  private status: FileStatus = 'modified'
  private previousPath = ''
  private additions: number | null = 0
  private deletions: number | null = 0
  /** Numstat lists the files in raw's order: the position of the next numstat entry. */
  private numstatIndex = 0

  /** `onCommit` receives each commit once all its files are known. */
  constructor(private readonly onCommit: (commit: ParsedCommit) => void) {}

  push(chunk: Buffer): void {
    let start = 0
    let end = chunk.indexOf(NUL, start)
    if (this.carry !== null) {
      if (end === -1) {
        this.carry = Buffer.concat([this.carry, chunk])
        return
      }
      const joined = Buffer.concat([this.carry, chunk.subarray(0, end)])
      this.carry = null
      this.token(joined, 0, joined.length)
      start = end + 1
      end = chunk.indexOf(NUL, start)
    }
    while (end !== -1) {
      this.token(chunk, start, end)
      start = end + 1
      end = chunk.indexOf(NUL, start)
    }
    // Copy the tail: keeping a view would pin the whole chunk until the next NUL arrives.
    if (start < chunk.length) this.carry = Buffer.from(chunk.subarray(start))
  }

  /** Flushes the last commit. Throws if the output stopped in the middle of an entry. */
  end(): void {
    if (this.carry !== null) {
      // tformat ends the last header with NUL too, so a tail here is a truncated stream,
      // except for a header with no diff that git printed without its terminator.
      const tail = this.carry
      this.carry = null
      if (tail.toString('utf8').trim() !== '') this.token(tail, 0, tail.length)
    }
    if (this.expect !== Expect.Entry)
      throw new Error('git log output ended in the middle of an entry')
    this.flush()
  }

  // Tokens arrive as byte ranges: raw and numstat tokens are read from the bytes directly,
  // and only paths and headers are decoded, which keeps parsing a small share of git's time.
  private token(bytes: Buffer, start: number, end: number): void {
    switch (this.expect) {
      case Expect.Entry:
        return this.entry(bytes, start, end)
      case Expect.RawPath:
        this.addFile(this.text(bytes, start, end), undefined)
        return
      case Expect.RawFrom:
        this.previousPath = this.text(bytes, start, end)
        this.expect = Expect.RawTo
        return
      case Expect.RawTo:
        this.addFile(this.text(bytes, start, end), this.previousPath)
        return
      case Expect.NumstatFrom:
        this.expect = Expect.NumstatTo
        return
      case Expect.NumstatTo:
        this.count(bytes.toString('utf8', start, end))
        return
    }
  }

  private entry(bytes: Buffer, from: number, end: number): void {
    // The first diff line of a commit comes after the header's newline separator.
    const start = bytes[from] === NEWLINE ? from + 1 : from
    const first = bytes[start]
    if (first === RECORD_SEPARATOR_BYTE) return this.header(bytes.toString('utf8', start, end))
    if (this.current === null) throw unexpected(bytes, start, end)
    if (first === COLON) {
      // ":100644 100644 <sha> <sha> R086": the status letter follows the last space.
      const letter = String.fromCharCode(bytes[bytes.lastIndexOf(SPACE, end - 1) + 1] ?? 0)
      this.status = GIT_STATUS_LETTERS[letter] ?? 'modified'
      this.expect = letter === 'R' || letter === 'C' ? Expect.RawFrom : Expect.RawPath
      return
    }
    // "<added>\t<deleted>\t<path>", counts as decimal digits or '-' for binary files.
    const added = readCount(bytes, start)
    const deleted = added === undefined ? undefined : readCount(bytes, added.next)
    if (added === undefined || deleted === undefined || deleted.next > end)
      throw unexpected(bytes, start, end)
    this.additions = added.count
    this.deletions = deleted.count
    // A rename's numstat names both paths in the next two tokens; others end with the path.
    if (deleted.next === end) this.expect = Expect.NumstatFrom
    else this.count(bytes.toString('utf8', deleted.next, end))
  }

  private text(bytes: Buffer, start: number, end: number): string {
    return this.intern(bytes.toString('utf8', start, end))
  }

  private intern(text: string): string {
    const known = this.strings.get(text)
    if (known !== undefined) return known
    this.strings.set(text, text)
    return text
  }

  private header(text: string): void {
    this.flush()
    const fields: string[] = []
    let from = 1
    for (let i = 0; i < 5; i++) {
      const next = text.indexOf(UNIT_SEPARATOR, from)
      if (next === -1)
        throw new Error(`unexpected git log header: ${JSON.stringify(text.slice(0, 80))}`)
      fields.push(text.slice(from, next))
      from = next + 1
    }
    const [sha = '', parents = '', authorName = '', authorEmail = '', committedAt = ''] = fields
    const { title, body } = splitMessage(text.slice(from))
    this.current = {
      sha,
      parents: parents === '' ? [] : parents.split(' '),
      authorName: this.intern(authorName),
      authorEmail: this.intern(authorEmail),
      committedAt: Number(committedAt),
      title,
      body,
      files: []
    }
    this.numstatIndex = 0
  }

  private addFile(path: string, previousPath: string | undefined): void {
    const status = this.status
    this.current?.files.push(
      previousPath === undefined
        ? { path, status, additions: 0, deletions: 0 }
        : { path, previousPath, status, additions: 0, deletions: 0 }
    )
    this.expect = Expect.Entry
  }

  /** Gives the line counts just read to the file at `path`: by position, checked by path. */
  private count(path: string): void {
    this.expect = Expect.Entry
    const files = this.current?.files ?? []
    const index = this.numstatIndex++
    const file = files[index]?.path === path ? files[index] : files.find(f => f.path === path)
    if (file === undefined) return
    file.additions = this.additions
    file.deletions = this.deletions
  }

  private flush(): void {
    const commit = this.current
    if (commit === null) return
    this.current = null
    this.onCommit(commit)
  }
}
