// `npm run bench:aggregate`: the aggregate's time and peak memory over 1,000 and 5,000
// generated reports (60 changes each, like a busy month), with the current src/ bundled by ncc
// into .bench/cli/ as `npm run bench` does. Prints the median of `--runs` (default 3) per size.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeReportFiles } from '../__tests__/support/reports.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PEAK_PRELOAD = path.join(ROOT, 'scripts', 'bench-peak.mjs')
const SIZES = [1000, 5000]

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stderr }))
  })
}

async function bundle(): Promise<string> {
  const out = path.join(ROOT, '.bench', 'cli')
  process.stdout.write('Bundling src/cli/index.ts with ncc into .bench/cli ... ')
  const built = await run(path.join(ROOT, 'node_modules', '.bin', 'ncc'), [
    'build',
    path.join(ROOT, 'src', 'cli', 'index.ts'),
    '-o',
    out,
    '-q'
  ])
  if (built.code !== 0) throw new Error(`ncc exited ${built.code}: ${built.stderr}`)
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n')
  process.stdout.write('done\n')
  return path.join(out, 'index.js')
}

async function measure(cli: string, files: string[], output: string) {
  const started = process.hrtime.bigint()
  const result = await run(process.execPath, [
    '--import',
    PEAK_PRELOAD,
    cli,
    'aggregate',
    ...files,
    '--format',
    'json',
    '--output',
    output
  ])
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.code !== 0) throw new Error(`aggregate exited ${result.code}: ${result.stderr}`)
  const peakKb = Number(/bench-node-peak-kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN)
  return { ms, peakMb: peakKb / 1024 }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

async function main(argv: string[]): Promise<void> {
  const runsFlag = argv.indexOf('--runs')
  const runs = runsFlag >= 0 ? Number(argv[runsFlag + 1]) : 3
  const cli = await bundle()
  const folder = mkdtempSync(path.join(tmpdir(), 'multiplier-bench-aggregate-'))
  try {
    // Node alone, to tell the aggregate's memory from the runtime's.
    const baseline = await run(process.execPath, ['--import', PEAK_PRELOAD, '-e', '0'])
    const nodeMb = Number(/bench-node-peak-kb=(\d+)/.exec(baseline.stderr)?.[1]) / 1024
    console.log(`node -e 0 peaks at ${nodeMb.toFixed(0)} MB`)
    console.log('| reports | their size | time (median) | peak RSS (median) |')
    console.log('| ---: | ---: | ---: | ---: |')
    for (const size of SIZES) {
      const dir = path.join(folder, String(size))
      writeReportFiles(dir, size, { changesPerReport: 60 })
      const files = readdirSync(dir).map(name => path.join(dir, name))
      const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
      const measured = []
      for (let i = 0; i < runs; i++)
        measured.push(await measure(cli, files, path.join(folder, 'org.json')))
      console.log(
        `| ${size} | ${(bytes / 1024 / 1024).toFixed(0)} MB | ` +
          `${(median(measured.map(m => m.ms)) / 1000).toFixed(2)} s | ` +
          `${median(measured.map(m => m.peakMb)).toFixed(0)} MB |`
      )
      rmSync(dir, { recursive: true, force: true })
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main(process.argv.slice(2))
