// Blob reads at any commit (`REF:path`) answered from a real git clone, for the loopback
// GitHub's `object(expression:)`: one `git cat-file --batch` per GraphQL request reads every
// expression among its variables, so the batched patch path is tested against real history.
import { execFileSync } from 'node:child_process'

export interface BlobRecord {
  __typename: 'Blob' | 'Tree' | 'Commit'
  text: string | null
  byteSize: number
  isBinary: boolean
  isTruncated: boolean
}

/** Variables that look like `REF:path` expressions. */
export function expressionsIn(variables: Record<string, unknown>): string[] {
  return Object.values(variables).filter(
    (value): value is string => typeof value === 'string' && /^[^\s:]+:[^\n]+$/.test(value)
  )
}

/** Reads `expressions` from the clone at `gitDir`; a missing object is left out of the map. */
export function readBlobs(gitDir: string, expressions: readonly string[]): Map<string, BlobRecord> {
  const blobs = new Map<string, BlobRecord>()
  if (expressions.length === 0) return blobs
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd: gitDir,
    input: expressions.join('\n') + '\n',
    maxBuffer: 1 << 30
  })
  let at = 0
  for (const expression of expressions) {
    const end = output.indexOf(10, at)
    const header = output.subarray(at, end).toString('utf8')
    at = end + 1
    const match = /^[0-9a-f]+ (blob|tree|commit|tag) (\d+)$/.exec(header)
    if (!match) continue
    const size = Number(match[2])
    const content = output.subarray(at, at + size)
    at += size + 1
    // GitHub calls a blob binary when it holds a NUL byte, as git does.
    const isBinary = content.includes(0)
    const typename = match[1] === 'blob' ? 'Blob' : match[1] === 'tree' ? 'Tree' : 'Commit'
    blobs.set(expression, {
      __typename: typename,
      text: isBinary ? null : content.toString('utf8'),
      byteSize: size,
      isBinary,
      isTruncated: false
    })
  }
  return blobs
}
