// Benchmark for the bars, at 20,000 and 100,000 commits over the same five years: the
// full report (JSON and markdown) takes at most 1.3× the git pass it needs, `git log
// --no-merges --raw --numstat -M -z` over the same window, measured interleaved in one run,
// with peak memory under 250 MB at both sizes, so growth per commit shows between them.
//
//   npm run bench                          # both sizes, 3 interleaved runs of each, medians
//   npm run bench -- --commits 20000       # one size (any number: 5000, 100000, ...)
//   npm run bench -- --runs 5              # more runs
//   npm run bench -- --regenerate          # rebuild the cached repositories under .bench/
//   npm run bench -- --cli dist            # time the committed bundle instead of src/
//
// Each repository is generated once with `git fast-import` and cached under .bench/. The full
// report runs the current src/ bundled by ncc into .bench/cli/ (dist/ is left alone), so it
// times the code as it is now, without tsx. Every measurement runs in a child process under
// `/usr/bin/time -f %M` for its peak RSS; the collect-only child also reports its own
// in-process time, so tsx start-up is not counted.

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClassifier } from '../src/classify/classify.js'
import { gitSource } from '../src/collect/git.js'
import { SPEED_CONFIG } from '../src/collect/git-exec.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { ensureHistory } from './bench-history.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BENCH_DIR = path.join(ROOT, '.bench')
const DEFAULT_SIZES = [20_000, 100_000]
const WINDOW = { since: '2020-01-01', until: '2025-01-01' }
const PEAK_PRELOAD = path.join(ROOT, 'scripts', 'bench-peak.mjs')
const MAX_RATIO = 1.3
const MAX_PEAK_MB = 250

interface Measurement {
  ms: number
  peakMb: number
}

/**
 * Runs `command` under /usr/bin/time, reading its stdout fully (as a consumer would) but
 * keeping none of it. The child's own report of its time wins over wall time when given.
 */
function measure(
  command: string,
  args: readonly string[]
): Promise<Measurement & { selfMs?: number; nodePeakMb?: number }> {
  const timeFile = path.join(
    os.tmpdir(),
    `multiplier-bench-${process.pid}-${Math.random().toString(36).slice(2)}`
  )
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let tail = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8', Math.max(0, chunk.length - 200))).slice(-200)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000)
    })
    child.on('error', reject)
    child.on('close', code => {
      const ms = performance.now() - started
      const peakKb = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1))
      fs.rmSync(timeFile, { force: true })
      if (code !== 0)
        return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`))
      const reported = (field: string): number | undefined => {
        const value = new RegExp(`"${field}":(\\d+(?:\\.\\d+)?)`).exec(tail)?.[1]
        return value === undefined ? undefined : Number(value)
      }
      resolve({
        ms,
        peakMb: peakKb / 1024,
        selfMs: reported('selfMs'),
        nodePeakMb:
          reported('nodePeakMb') ??
          ((kb?: string) => (kb === undefined ? undefined : Number(kb) / 1024))(
            /bench-node-peak-kb=(\d+)/.exec(stderr)?.[1]
          )
      })
    })
  })
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * Child mode: one collect over the window, printing its in-process time and the Node process's
 * own peak RSS (the /usr/bin/time figure is the larger of Node and the git it runs).
 * With `patches`, the classifier's wantsPatch selects changes, as the engine's does; each
 * change is kept as read (classification itself is not timed here).
 */
async function collectChild(repoPath: string, patches: boolean): Promise<void> {
  const rules = DEFAULT_CONFIG.rules
  const started = performance.now()
  const { changes } = await gitSource({ repoPath }).collect(
    { since: `${WINDOW.since}T00:00:00Z`, until: `${WINDOW.until}T00:00:00Z` },
    context => ({
      wantsPatch: patches ? createClassifier(rules, context).wantsPatch : () => false,
      classify: change => change
    })
  )
  const selfMs = performance.now() - started
  const withPatches = changes.filter(change =>
    change.files.some(file => file.patch !== undefined)
  ).length
  const nodePeakMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(
    `${JSON.stringify({ changes: changes.length, withPatches, nodePeakMb, selfMs })}\n`
  )
}

interface Bench {
  name: string
  command: string
  args: string[]
  /** The rows the bar applies to (the full report's); the others show where the time goes. */
  judged?: boolean
}

/** The CLI to time: the current src/ bundled by ncc into .bench/cli/, or the committed dist/. */
async function reportCli(use: string): Promise<{ label: string; file: string }> {
  if (use === 'dist') {
    const file = path.join(ROOT, 'dist', 'cli', 'index.js')
    if (!fs.existsSync(file)) throw new Error('--cli dist: dist/cli/index.js does not exist')
    return { label: 'dist/cli', file }
  }
  const out = path.join(BENCH_DIR, 'cli')
  process.stdout.write('Bundling src/cli/index.ts with ncc into .bench/cli ... ')
  const started = performance.now()
  await new Promise<void>((resolve, reject) => {
    const ncc = path.join(ROOT, 'node_modules', '.bin', 'ncc')
    const child = spawn(
      ncc,
      ['build', path.join(ROOT, 'src', 'cli', 'index.ts'), '-o', out, '-q'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit']
      }
    )
    child.on('error', reject)
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`ncc exited ${code}`))))
  })
  // The package is ESM; ncc writes an ESM bundle that needs the marker beside it.
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n')
  process.stdout.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  return { label: 'src via ncc', file: path.join(out, 'index.js') }
}

function benchesFor(repoDir: string, cli: { label: string; file: string }): Bench[] {
  const since = `--since=${WINDOW.since}`
  const until = `--until=${WINDOW.until}`
  const self = fileURLToPath(import.meta.url)
  const report = (format: string): Bench => ({
    name: `full report --format ${format} (${cli.label})`,
    command: process.execPath,
    args: [
      '--import',
      PEAK_PRELOAD,
      cli.file,
      'report',
      '--repo',
      repoDir,
      since,
      until,
      '--format',
      format
    ],
    judged: true
  })
  const plainLog = ['-C', repoDir, 'log', '--numstat', since, until]
  return [
    {
      // The bar's reference: the one git pass a full report over this window cannot do without.
      name: 'git log --no-merges --raw --numstat -M -z (baseline)',
      command: 'git',
      args: ['-C', repoDir, 'log', '--no-merges', '--raw', '--numstat', '-M', '-z', since, until]
    },
    { name: 'git log --numstat', command: 'git', args: plainLog },
    // How much of the report's speed is git's tuning rather than Multiplier's own work.
    {
      name: 'git log --numstat, Multiplier git settings',
      command: 'git',
      args: [...SPEED_CONFIG.flatMap(setting => ['-c', setting]), ...plainLog]
    },
    {
      name: 'collect (git source)',
      command: process.execPath,
      args: ['--import', 'tsx', self, '--collect-child', repoDir]
    },
    {
      name: 'collect + patches (wantsPatch)',
      command: process.execPath,
      args: ['--import', 'tsx', self, '--collect-child', repoDir, 'patches']
    },
    report('json'),
    report('markdown')
  ]
}

interface Row {
  bench: Bench
  ms: number
  ratio: number
  peakMb: number
  nodePeakMb: number | undefined
}

async function measureSize(benches: readonly Bench[], runs: number): Promise<Row[]> {
  const results = benches.map(() => ({
    ms: [] as number[],
    peak: [] as number[],
    nodePeak: [] as number[]
  }))
  for (let i = 0; i < runs; i++) {
    // Interleaved, so machine load drifts over all of them alike.
    for (const [index, bench] of benches.entries()) {
      const measured = await measure(bench.command, bench.args)
      results[index]?.ms.push(measured.selfMs ?? measured.ms)
      results[index]?.peak.push(measured.peakMb)
      if (measured.nodePeakMb !== undefined) results[index]?.nodePeak.push(measured.nodePeakMb)
    }
  }
  const baseline = median(results[0]?.ms ?? [])
  return benches.map((bench, index) => {
    const ms = median(results[index]?.ms ?? [])
    const nodePeak = results[index]?.nodePeak ?? []
    return {
      bench,
      ms,
      ratio: ms / baseline,
      peakMb: Math.max(...(results[index]?.peak ?? [])),
      nodePeakMb: nodePeak.length === 0 ? undefined : Math.max(...nodePeak)
    }
  })
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map(row => (row[column] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)
      )
      .join('  ')
  return [header, ...rows].map(line).join('\n')
}

function sizeTable(commits: number, rows: readonly Row[]): string {
  return table(
    [
      `${commits} commits`,
      'median ms',
      'µs/commit',
      '× baseline',
      'peak MB',
      'node MB',
      'KB/commit',
      `≤${MAX_RATIO}× and <${MAX_PEAK_MB} MB`
    ],
    rows.map(row => [
      row.bench.name,
      row.ms.toFixed(0),
      ((row.ms * 1000) / commits).toFixed(1),
      row.ratio.toFixed(2),
      row.peakMb.toFixed(0),
      row.nodePeakMb === undefined ? '' : row.nodePeakMb.toFixed(0),
      ((row.peakMb * 1024) / commits).toFixed(2),
      passes(row) === undefined ? '' : passes(row) ? 'PASS' : 'FAIL'
    ])
  )
}

function passes(row: Row): boolean | undefined {
  if (row.bench.judged !== true) return undefined
  return row.ratio <= MAX_RATIO && row.peakMb < MAX_PEAK_MB
}

/** What one more commit costs between the smallest and the largest size: time and memory. */
function growthTable(sizes: readonly number[], measured: readonly Row[][]): string {
  const first = measured[0] ?? []
  const last = measured.at(-1) ?? []
  const small = sizes[0] ?? 0
  const large = sizes.at(-1) ?? 0
  const span = large - small
  return table(
    [`growth ${small} → ${large}`, 'µs per extra commit', 'KB peak per extra commit'],
    first.map((row, index) => {
      const other = last[index] as Row
      return [
        row.bench.name,
        (((other.ms - row.ms) * 1000) / span).toFixed(1),
        (((other.peakMb - row.peakMb) * 1024) / span).toFixed(2)
      ]
    })
  )
}

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag)
  return index === -1 ? undefined : argv[index + 1]
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--collect-child') {
    await collectChild(argv[1] ?? '.', argv[2] === 'patches')
    return 0
  }
  const runs = Math.max(1, Number(flagValue(argv, '--runs') ?? 3))
  const sizesFlag = flagValue(argv, '--commits')
  const sizes = sizesFlag === undefined ? DEFAULT_SIZES : sizesFlag.split(',').map(Number)
  if (sizes.some(size => !(Number.isInteger(size) && size >= 100)))
    throw new Error(`--commits takes whole numbers of at least 100, comma-separated: ${sizesFlag}`)
  const log = (text: string): void => void process.stdout.write(text)
  const repos: string[] = []
  for (const size of sizes)
    repos.push(await ensureHistory(BENCH_DIR, size, argv.includes('--regenerate'), log))
  const cli = await reportCli(flagValue(argv, '--cli') ?? 'src')
  const measured: Row[][] = []
  for (const repo of repos) measured.push(await measureSize(benchesFor(repo, cli), runs))

  log(
    `\n${runs} run(s) each, window ${WINDOW.since} .. ${WINDOW.until}, ${os.cpus().length} cores\n`
  )
  for (const [index, size] of sizes.entries()) log(`\n${sizeTable(size, measured[index] ?? [])}\n`)
  if (sizes.length > 1) log(`\n${growthTable(sizes, measured)}\n`)
  log(
    '\ncollect ms is measured inside its child (no tsx start-up); the full report is wall time of the CLI process.\n' +
      'peak MB is the largest single process (Node or the git it runs, via /usr/bin/time); node MB is Node alone.\n' +
      '× baseline is against the first row; KB/commit is peak memory over the commit count.\n'
  )
  return measured.flat().some(row => passes(row) === false) ? 1 : 0
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    process.exitCode = 1
  }
)
