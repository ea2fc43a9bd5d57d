// How fast the project answers a developer: `multiplier --version` against a bare `node -e 0`
// (interleaved runs, so a busy machine slows both alike), the README's test command, and with
// `--ci` the whole CI script on a fresh clone of HEAD (`npm ci` included). It prints figures,
// it asserts nothing: the targets (1.5×, 40 s, 4 min on two cores) are read by a person.
//
//   npm run bench:feedback                   # --version ratio and `npm test`
//   npm run bench:feedback -- --runs 21      # more interleaved --version runs
//   npm run bench:feedback -- --skip-tests   # the ratio only
//   npm run bench:feedback -- --ci           # also `bash .ci/run` in a fresh clone
//   npm run bench:feedback -- --cli dist/cli/index.js
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

interface Timed {
  ms: number
  status: number | null
  output: string
}

function timed(command: string, args: readonly string[], cwd = ROOT, env = process.env): Timed {
  const started = performance.now()
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
  const ms = performance.now() - started
  return { ms, status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name)
  return index === -1 ? undefined : argv[index + 1]
}

/** `node CLI --version` and `node -e 0` in turn, `runs` times each; medians and their ratio. */
function versionRow(cli: string, runs: number): string {
  const bare: number[] = []
  const version: number[] = []
  for (let run = 0; run < runs; run += 1) {
    bare.push(timed(process.execPath, ['-e', '0']).ms)
    const answer = timed(process.execPath, [cli, '--version'])
    if (answer.status !== 0) throw new Error(`${cli} --version failed:\n${answer.output}`)
    version.push(answer.ms)
  }
  const ratio = median(version) / median(bare)
  return (
    `multiplier --version  ${median(version).toFixed(0)} ms vs node -e 0 ` +
    `${median(bare).toFixed(0)} ms: ${ratio.toFixed(2)}× (target ≤ 1.5×, ` +
    `median of ${runs} interleaved runs, ${path.relative(ROOT, cli)})`
  )
}

/**
 * CPU seconds (user + system) of the children this process has waited for, from Linux's
 * /proc/self/stat (cutime, cstime in clock ticks of 1/100 s); undefined elsewhere. Unlike wall
 * time it hardly moves when other work shares the machine, so two runs compare.
 */
function waitedChildrenCpuSeconds(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8')
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return undefined
  }
}

/** The README's test command, once; its own summary line says how many tests ran. */
function testRow(): string {
  const cpuBefore = waitedChildrenCpuSeconds()
  const result = timed('npm', ['test', '--silent'])
  const cpuAfter = waitedChildrenCpuSeconds()
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined
      ? ''
      : `, ${(cpuAfter - cpuBefore).toFixed(0)} CPU s`
  const summary = /^Tests:.*$/m.exec(result.output)?.[0] ?? 'no jest summary'
  const verdict = result.status === 0 ? 'passed' : `FAILED (exit ${result.status})`
  return `npm test              ${(result.ms / 1000).toFixed(1)} s${cpu}, ${verdict}: ${summary} (target ≤ 40 s)`
}

/** `bash .ci/run` in a fresh clone of HEAD, as CI runs it: a cold `npm ci` and a cold jest cache. */
function ciRow(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'multiplier-ci-'))
  try {
    const clone = path.join(folder, 'repo')
    const cloned = timed('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone])
    if (cloned.status !== 0) throw new Error(`git clone failed:\n${cloned.output}`)
    const env = { ...process.env, CI: 'true' }
    const result = timed('bash', ['.ci/run'], clone, env)
    // The script's own last word; the output holds stdout, then stderr (npm's warnings).
    const closing =
      /^\d+ passed, \d+ failed$/m.exec(result.output)?.[0] ??
      result.output.trim().split('\n').at(-1) ??
      ''
    const verdict = result.status === 0 ? 'passed' : `FAILED (exit ${result.status})`
    return `.ci/run (fresh clone)  ${(result.ms / 1000).toFixed(0)} s, ${verdict}: ${closing} (target ≤ 240 s)`
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

function main(argv: readonly string[]): number {
  const runs = Math.max(1, Number(optionValue(argv, '--runs') ?? 11) || 11)
  const cli = path.resolve(ROOT, optionValue(argv, '--cli') ?? path.join('dist', 'cli', 'index.js'))
  process.stdout.write(`${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(2)}\n`)
  if (fs.existsSync(cli)) process.stdout.write(`${versionRow(cli, runs)}\n`)
  else process.stdout.write(`multiplier --version  skipped: ${cli} is not built (npm run bundle)\n`)
  if (!argv.includes('--skip-tests')) process.stdout.write(`${testRow()}\n`)
  if (argv.includes('--ci')) process.stdout.write(`${ciRow()}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
