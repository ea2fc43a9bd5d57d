// `npm run bench:codeowners`: CODEOWNERS matching at scale and against a pathological line, the
// reader of src/repo-files/codeowners.ts against the one it replaced (picomatch globs tried from
// the last rule up for every file, as score/reach.ts did), and a whole `multiplier report` on a
// 20,000-file repository with and without a 5,001-rule CODEOWNERS.
//
//   npm run bench:codeowners
//
// The replaced reader is timed on a sample of the files and scaled up (it takes minutes on all
// of them), and on the pathological line with names short enough to finish.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import { main } from '../src/cli/main.js'
import { parseCodeowners } from '../src/repo-files/codeowners.js'

const FILES = 20_000
const RULES = 5_000
const PATHOLOGICAL = '*a*a*a*a*a*a*a*a*a*a*a*az @acme/slow'

/** The reader score/reach.ts had before: a picomatch matcher per line, last match wins. */
function replacedReader(text: string): (file: string) => boolean {
  const entries = text
    .split('\n')
    .map(raw => raw.replace(/\s#.*$/, '').trim())
    .filter(line => line !== '' && !line.startsWith('#'))
    .map(line => {
      const [pattern = '', ...owners] = line.split(/\s+/)
      const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/')
      let glob = pattern.replace(/^\//, '')
      if (glob.endsWith('/')) glob = `${glob}**`
      const globs = anchored ? [glob, `${glob}/**`] : [`**/${glob}`, `**/${glob}/**`]
      return { match: picomatch(globs, { dot: true }), owned: owners.length > 0 }
    })
    .reverse()
  return file => entries.find(entry => entry.match(file))?.owned === true
}

function ms(started: number): number {
  return Math.round(performance.now() - started)
}

const files = Array.from({ length: FILES }, (_, i) => `svc-${i % RULES}/f${i}.ts`)
const large = ['* @acme/all', ...Array.from({ length: RULES }, (_, i) => `/svc-${i}/ @acme/t${i}`)]
  .concat('')
  .join('\n')

function matchingLarge(): void {
  let started = performance.now()
  const codeowners = parseCodeowners(large)
  const covered = files.filter(file => (codeowners.ownerOf(file)?.owners.length ?? 0) > 0)
  const now = ms(started)
  const sample = files.filter((_, i) => i % 40 === 0)
  started = performance.now()
  const before = replacedReader(large)
  sample.forEach(file => before(file))
  const was = ms(started) * (files.length / sample.length)
  console.log(
    `${RULES + 1} rules over ${FILES} files: ${now} ms (${covered.length} covered); ` +
      `replaced reader ≈ ${(was / 1000).toFixed(1)} s (${sample.length} files timed, scaled ×40)`
  )
}

function matchingPathological(): void {
  const codeowners = parseCodeowners(`${PATHOLOGICAL}\n`)
  let started = performance.now()
  for (let i = 0; i < 1000; i++) codeowners.ownerOf(`src/${'a'.repeat(250)}`)
  console.log(
    `pathological line, 250-character name: ${(ms(started) / 1000).toFixed(3)} ms a match`
  )
  const before = replacedReader(`${PATHOLOGICAL}\n`)
  for (const length of [24, 28, 32, 36]) {
    started = performance.now()
    before(`src/${'a'.repeat(length)}`)
    console.log(`  replaced reader, ${length}-character name: ${ms(started)} ms`)
  }
}

/** One commit per entry by one `git fast-import`, no checkout (the report reads objects). */
function repository(folder: string, commits: [string, string][][]): string {
  fs.mkdirSync(folder)
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: folder })
  const stream = commits.map((entries, i) => {
    const time = Date.UTC(2026, 9, 2 + 2 * i, 10) / 1000
    const commands = entries.map(
      ([file, text]) => `M 100644 inline ${file}\ndata ${Buffer.byteLength(text)}\n${text}\n`
    )
    return (
      `commit refs/heads/main\nauthor A <a@example.com> ${time} +0000\n` +
      `committer A <a@example.com> ${time} +0000\ndata 7\nchange\n${commands.join('')}\n`
    )
  })
  execFileSync('git', ['fast-import', '--quiet'], { cwd: folder, input: stream.join('') })
  return folder
}

async function report(repo: string): Promise<number> {
  const started = performance.now()
  const code = await main(
    [
      'report',
      '--repo',
      repo,
      '--since',
      '2026-10-01',
      '--until',
      '2026-11-01',
      '--format',
      'json',
      '--teams'
    ],
    {
      stdout: { write: () => true },
      stderr: { write: (text: string) => process.stderr.write(text) },
      cwd: process.cwd(),
      env: {},
      now: () => new Date('2026-11-01T00:00:00Z')
    }
  )
  if (code !== 0) throw new Error(`report exited ${code}`)
  return ms(started)
}

async function reports(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-bench-codeowners-'))
  try {
    const tree: [string, string][] = files.map(file => [file, ''])
    const plain = repository(path.join(folder, 'plain'), [tree, [['README.md', 'x\n']]])
    const owned = repository(path.join(folder, 'owned'), [tree, [['.github/CODEOWNERS', large]]])
    const slow = repository(path.join(folder, 'slow'), [
      [...tree, [`src/${'a'.repeat(200)}`, '']],
      [['.github/CODEOWNERS', `${PATHOLOGICAL}\n`]]
    ])
    console.log(`report, ${FILES} files, no CODEOWNERS: ${await report(plain)} ms`)
    console.log(`report, ${FILES} files, ${RULES + 1}-rule CODEOWNERS: ${await report(owned)} ms`)
    console.log(
      `report, ${FILES} files + a 200-character name, pathological line: ${await report(slow)} ms`
    )
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

matchingLarge()
matchingPathological()
await reports()
