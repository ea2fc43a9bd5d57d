// Benchmark for the bar: the full report over a 20,000-commit, 5-year history takes at
// most 1.5× the time of plain `git log --numstat` over the same window, measured side by side
// in one run, with peak memory under 250 MB.
//
//   npm run bench                 # 3 interleaved runs of each, medians
//   npm run bench -- --runs 5     # more runs
//   npm run bench -- --regenerate # rebuild the cached repository under .bench/
//
// The repository is generated once with `git fast-import` (seconds) and cached under .bench/.
// Every measurement runs in a child process under `/usr/bin/time -f %M` for its peak RSS;
// the collect-only child also reports its own in-process time, so tsx start-up is not counted.

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { needsPatch } from '../src/classify/index.js'
import { gitSource } from '../src/collect/git.js'
import { SPEED_CONFIG } from '../src/collect/git-exec.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const COMMITS = 20_000
const HISTORY_START = Date.parse('2020-01-01T00:00:00Z')
const HISTORY_END = Date.parse('2025-01-01T00:00:00Z')
const WINDOW = { since: '2020-01-01', until: '2025-01-01' }
const REPO_DIR = path.join(ROOT, '.bench', `history-v4-${COMMITS}`)
const READY_MARKER = path.join(REPO_DIR, '.git', 'bench-ready')
const MAX_RATIO = 1.5
const MAX_PEAK_MB = 250

// ---------------------------------------------------------------- generation (git fast-import)

/** Deterministic PRNG (mulberry32) so the generated history is the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = prng(20_000)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1))

const PEOPLE = [
  'Ada Lovelace <ada@example.com>',
  'Grace Hopper <grace@example.com>',
  'Alan Turing <alan@example.com>',
  'Barbara Liskov <barbara@example.com>',
  'Ken Thompson <ken@example.com>',
  'Margaret Hamilton <margaret@example.com>',
  'Linus T <linus@example.com>',
  'Edsger Dijkstra <edsger@example.com>'
]
const BOTS = [
  'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>',
  'renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>',
  'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
]
const WORDS =
  'const let return value config module handler request response cache token user team report index'.split(
    ' '
  )

function codeLine(): string {
  return `  ${pick(WORDS)}_${between(1, 999)} = ${pick(WORDS)}(${pick(WORDS)}, ${between(0, 99)})`
}

function binaryBlob(seed: number): Buffer {
  const bytes = Buffer.alloc(2048 + (seed % 512))
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + seed * 7) % 256
  bytes[0] = 0
  return bytes
}

class HistoryModel {
  readonly files = new Map<string, string[]>()
  private nextId = 0

  create(prefix: string, extension: string, lines: number): string {
    const file = `${prefix}${this.nextId++}${extension}`
    this.files.set(file, Array.from({ length: lines }, codeLine))
    return file
  }

  /** Replaces, inserts and deletes a few lines, keeping files between 10 and 60 lines. */
  edit(file: string): void {
    const lines = this.files.get(file) ?? []
    for (let i = between(1, 3); i > 0; i--)
      lines[between(0, Math.max(0, lines.length - 1))] = codeLine()
    for (let i = between(0, 6); i > 0; i--) lines.splice(between(0, lines.length), 0, codeLine())
    for (let i = lines.length > 60 ? 10 : between(0, 2); i > 0 && lines.length > 10; i--)
      lines.splice(between(0, lines.length - 1), 1)
    this.files.set(file, lines)
  }

  pathsUnder(prefix: string): string[] {
    return [...this.files.keys()].filter(file => file.startsWith(prefix))
  }
}

function dataCommand(content: string | Buffer): Buffer[] {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  return [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')]
}

/** Writes a fast-import script of the realistic mix the classifier will meet, and imports it. */
async function generateRepository(): Promise<void> {
  fs.rmSync(REPO_DIR, { recursive: true, force: true })
  fs.mkdirSync(REPO_DIR, { recursive: true })
  await run('git', ['init', '-q', '-b', 'main', REPO_DIR])
  // The script goes to a file first, then fast-import reads it: feeding fast-import through a
  // pipe while generating measured several times slower on a 2-core machine.
  const script = path.join(path.dirname(REPO_DIR), 'history.fast-import')
  const out = fs.openSync(script, 'w')
  let pending: Buffer[] = []
  let pendingBytes = 0
  const emit = (part: string | Buffer | Buffer[]): void => {
    const parts = Array.isArray(part) ? part : [typeof part === 'string' ? Buffer.from(part) : part]
    for (const piece of parts) {
      pending.push(piece)
      pendingBytes += piece.length
    }
    if (pendingBytes > 1 << 20) flush()
  }
  const flush = (): void => {
    fs.writeSync(out, Buffer.concat(pending))
    pending = []
    pendingBytes = 0
  }

  const model = new HistoryModel()
  const step = (HISTORY_END - HISTORY_START - 86_400_000) / COMMITS
  let mark = 0
  let mainTip: number
  const writeFile = (file: string): Buffer[] => {
    const content = `${(model.files.get(file) ?? []).join('\n')}\n`
    return [Buffer.from(`M 100644 inline ${file}\n`), ...dataCommand(content)]
  }
  const commitHeader = (ref: string, who: string, time: number, message: string): Buffer[] => {
    const seconds = Math.floor(time / 1000)
    return [
      Buffer.from(
        `commit ${ref}\nmark :${++mark}\nauthor ${who} ${seconds} +0000\ncommitter ${who} ${seconds} +0000\n`
      ),
      ...dataCommand(message)
    ]
  }

  // The initial layout.
  const initial: Buffer[] = []
  for (let i = 0; i < 60; i++)
    initial.push(...writeFile(model.create('src/module', '.ts', between(20, 80))))
  for (let i = 0; i < 15; i++)
    initial.push(...writeFile(model.create('__tests__/unit', '.test.ts', between(20, 60))))
  for (let i = 0; i < 10; i++)
    initial.push(...writeFile(model.create('docs/guide', '.md', between(10, 40))))
  for (let i = 0; i < 3; i++)
    initial.push(...writeFile(model.create('.github/workflows/ci', '.yml', 25)))
  model.files.set('README.md', Array.from({ length: 30 }, codeLine))
  model.files.set('package.json', Array.from({ length: 40 }, codeLine))
  model.files.set('package-lock.json', Array.from({ length: 200 }, codeLine))
  model.files.set('tsconfig.json', Array.from({ length: 15 }, codeLine))
  for (const file of ['README.md', 'package.json', 'package-lock.json', 'tsconfig.json'])
    initial.push(...writeFile(file))
  for (let i = 0; i < 4; i++)
    initial.push(
      Buffer.from(`M 100644 inline assets/image${i}.png\n`),
      ...dataCommand(binaryBlob(i))
    )
  emit([
    ...commitHeader('refs/heads/main', PEOPLE[0] as string, HISTORY_START, 'Initial commit\n'),
    ...initial
  ])
  mainTip = mark

  for (let n = 1; n < COMMITS; n++) {
    const time = HISTORY_START + n * step + between(0, Math.floor(step / 2))
    const roll = random()
    const person = pick(PEOPLE)
    if (n % 40 === 0) {
      // A side branch with a docs change, a main commit, then a real merge.
      const doc = pick(model.pathsUnder('docs/'))
      model.edit(doc)
      emit([
        ...commitHeader('refs/heads/side', person, time, `docs: revise ${doc}\n`),
        Buffer.from(`from :${mainTip}\n`),
        ...writeFile(doc)
      ])
      const side = mark
      const src = pick(model.pathsUnder('src/'))
      model.edit(src)
      emit([
        ...commitHeader('refs/heads/main', pick(PEOPLE), time + 1000, `feat: extend ${src}\n`),
        Buffer.from(`from :${mainTip}\n`),
        ...writeFile(src)
      ])
      const feature = mark
      emit([
        ...commitHeader('refs/heads/main', person, time + 2000, `Merge branch 'side'\n`),
        Buffer.from(`from :${feature}\nmerge :${side}\n`),
        ...writeFile(doc)
      ])
      mainTip = mark
      continue
    }
    let who = person
    let message: string
    const changes: Buffer[] = []
    if (roll < 0.5) {
      const files = Array.from({ length: between(1, 4) }, () => pick(model.pathsUnder('src/')))
      if (random() < 0.1) files.push(model.create('src/module', '.ts', between(15, 50)))
      if (random() < 0.4) files.push(pick(model.pathsUnder('__tests__/')))
      for (const file of new Set(files)) {
        model.edit(file)
        changes.push(...writeFile(file))
      }
      message = `${pick(['feat', 'fix', 'refactor'])}: ${pick(WORDS)} ${pick(WORDS)}\n\nDetails about ${pick(WORDS)}.\n`
    } else if (roll < 0.62) {
      const file =
        random() < 0.2
          ? 'README.md'
          : random() < 0.15
            ? model.create('docs/guide', '.md', 20)
            : pick(model.pathsUnder('docs/'))
      model.edit(file)
      changes.push(...writeFile(file))
      message = `docs: update ${file}\n`
    } else if (roll < 0.68) {
      const file =
        random() < 0.1
          ? model.create('.github/workflows/job', '.yml', 20)
          : pick(model.pathsUnder('.github/'))
      model.edit(file)
      changes.push(...writeFile(file))
      message = `ci: tune ${file}\n`
    } else if (roll < 0.8) {
      who = roll < 0.74 ? (BOTS[0] as string) : (BOTS[1] as string)
      model.edit('package.json')
      model.edit('package-lock.json')
      changes.push(...writeFile('package.json'), ...writeFile('package-lock.json'))
      message = `chore(deps): bump ${pick(WORDS)} from 1.${between(0, 9)}.0 to 1.${between(10, 19)}.0\n`
    } else if (roll < 0.85) {
      const from = pick(model.pathsUnder('src/'))
      const to = `src/renamed/${path.basename(from, '.ts')}-${n}.ts`
      model.files.set(to, model.files.get(from) ?? [])
      model.files.delete(from)
      changes.push(Buffer.from(`R ${from} ${to}\n`))
      if (random() < 0.5) {
        model.edit(to)
        changes.push(...writeFile(to))
      }
      message = `refactor: move ${from}\n`
    } else if (roll < 0.88) {
      const victims = model.pathsUnder('src/')
      const file = pick(victims)
      if (victims.length > 30) {
        model.files.delete(file)
        changes.push(Buffer.from(`D ${file}\n`))
      }
      message = `chore: remove ${file}\n`
    } else if (roll < 0.9) {
      const image = `assets/image${between(0, 5)}.png`
      changes.push(Buffer.from(`M 100644 inline ${image}\n`), ...dataCommand(binaryBlob(n)))
      message = `chore: update ${image}\n`
    } else if (roll < 0.92) {
      who = BOTS[2] as string
      model.edit('tsconfig.json')
      changes.push(...writeFile('tsconfig.json'))
      message = 'chore: sync config\n'
    } else {
      const file = pick(model.pathsUnder('__tests__/'))
      model.edit(file)
      changes.push(...writeFile(file))
      message = `test: cover ${pick(WORDS)}\n`
    }
    emit([...commitHeader('refs/heads/main', who, time, message), ...changes])
    mainTip = mark
  }
  flush()
  fs.closeSync(out)
  const input = fs.openSync(script, 'r')
  // Light zlib: generation speed matters more here than pack size.
  const importer = spawn(
    'git',
    ['-C', REPO_DIR, '-c', 'pack.compression=1', 'fast-import', '--quiet'],
    {
      stdio: [input, 'inherit', 'inherit'],
      // glibc's malloc otherwise trims and regrows the heap around every blob (≈200k brk
      // calls): a generous top pad makes the import about 4× faster. Ignored without glibc.
      env: {
        ...process.env,
        GLIBC_TUNABLES: 'glibc.malloc.top_pad=268435456:glibc.malloc.trim_threshold=536870912'
      }
    }
  )
  const exitCode = await new Promise<number>(resolve =>
    importer.on('close', code => resolve(code ?? 1))
  )
  fs.closeSync(input)
  fs.rmSync(script)
  if (exitCode !== 0) throw new Error('git fast-import failed')
  await run('git', ['-C', REPO_DIR, 'reset', '-q', '--hard', 'main'])
  fs.writeFileSync(READY_MARKER, new Date().toISOString())
}

// ---------------------------------------------------------------- measurement

interface Measurement {
  ms: number
  peakMb: number
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))
    )
  })
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
        nodePeakMb: reported('nodePeakMb')
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
 * With `patches`, the classifier's needsPatch selects changes, as the engine does.
 */
async function collectChild(repoPath: string, patches: boolean): Promise<void> {
  const rules = DEFAULT_CONFIG.rules
  const started = performance.now()
  const { changes } = await gitSource({ repoPath }).collect(
    { since: `${WINDOW.since}T00:00:00Z`, until: `${WINDOW.until}T00:00:00Z` },
    patches ? change => needsPatch(change, rules) : () => false
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

function reportCommand(): { label: string; command: string; args: string[] } | undefined {
  const reportArgs = [
    'report',
    '--repo',
    REPO_DIR,
    '--since',
    WINDOW.since,
    '--until',
    WINDOW.until,
    '--format',
    'json'
  ]
  const bundled = path.join(ROOT, 'dist', 'cli', 'index.js')
  if (fs.existsSync(bundled))
    return {
      label: 'node dist/cli/index.js',
      command: process.execPath,
      args: [bundled, ...reportArgs]
    }
  const source = path.join(ROOT, 'src', 'cli.ts')
  if (fs.existsSync(source)) {
    return {
      label: 'tsx src/cli.ts (no dist/ yet)',
      command: process.execPath,
      args: ['--import', 'tsx', source, ...reportArgs]
    }
  }
  return undefined
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--collect-child') {
    await collectChild(argv[1] ?? REPO_DIR, argv[2] === 'patches')
    return 0
  }
  const runsIndex = argv.indexOf('--runs')
  const runs = runsIndex === -1 ? 3 : Math.max(1, Number(argv[runsIndex + 1]))
  if (argv.includes('--regenerate') || !fs.existsSync(READY_MARKER)) {
    const started = performance.now()
    process.stdout.write(
      `Generating ${COMMITS} commits with git fast-import into ${path.relative(ROOT, REPO_DIR)} ... `
    )
    await generateRepository()
    process.stdout.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  } else {
    process.stdout.write(`Using cached repository ${path.relative(ROOT, REPO_DIR)}\n`)
  }

  const baselineArgs = [
    '-C',
    REPO_DIR,
    'log',
    '--numstat',
    `--since=${WINDOW.since}`,
    `--until=${WINDOW.until}`
  ]
  const report = reportCommand()
  const benches: { name: string; command: string; args: string[] }[] = [
    { name: 'git log --numstat (baseline)', command: 'git', args: baselineArgs },
    // The same with the settings Multiplier runs git with: how much of the report's speed is
    // git's tuning rather than Multiplier's own work. The bar stays against plain git.
    {
      name: 'git log --numstat, Multiplier git settings',
      command: 'git',
      args: [...SPEED_CONFIG.flatMap(setting => ['-c', setting]), ...baselineArgs]
    },
    {
      name: 'collect (git source)',
      command: process.execPath,
      args: ['--import', 'tsx', fileURLToPath(import.meta.url), '--collect-child', REPO_DIR]
    }
  ]
  benches.push({
    name: 'collect + patches (needsPatch)',
    command: process.execPath,
    args: [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--collect-child',
      REPO_DIR,
      'patches'
    ]
  })
  if (report !== undefined)
    benches.push({
      name: `full report: ${report.label}`,
      command: report.command,
      args: report.args
    })
  else
    process.stdout.write(
      'Full report skipped: neither dist/cli/index.js nor src/cli.ts exists yet.\n'
    )

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
  let failed = false
  const rows = benches.map((bench, index) => {
    const ms = median(results[index]?.ms ?? [])
    const peak = Math.max(...(results[index]?.peak ?? []))
    const ratio = ms / baseline
    const verdict =
      bench.command === 'git' ? '' : ratio <= MAX_RATIO && peak < MAX_PEAK_MB ? 'PASS' : 'FAIL'
    // The bar is the full report's; collect rows show where the time goes.
    if (verdict === 'FAIL' && bench.name.startsWith('full report')) failed = true
    const nodePeak = results[index]?.nodePeak ?? []
    const node = nodePeak.length === 0 ? '' : Math.max(...nodePeak).toFixed(0)
    return [bench.name, ms.toFixed(0), ratio.toFixed(2), peak.toFixed(0), node, verdict]
  })
  const header = [
    'measurement',
    'median ms',
    '× baseline',
    'peak MB',
    'node MB',
    `≤${MAX_RATIO}× and <${MAX_PEAK_MB} MB`
  ]
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map(row => (row[column] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)
      )
      .join('  ')
  process.stdout.write(
    `\n${runs} run(s) each, window ${WINDOW.since} .. ${WINDOW.until}\n${line(header)}\n`
  )
  for (const row of rows) process.stdout.write(`${line(row)}\n`)
  process.stdout.write(
    '\ncollect ms is measured inside its child (no tsx start-up); the full report is wall time of the CLI process.\n' +
      'peak MB is the largest single process (Node or the git it runs, via /usr/bin/time); node MB is Node alone.\n'
  )
  return failed ? 1 : 0
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
