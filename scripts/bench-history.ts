// The benchmark's history: a deterministic, realistic mix of commits over five years, written as
// one `git fast-import` script and imported (seconds even at 100,000 commits), cached under
// .bench/ with a marker once it is complete.

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { dataCommand } from '../__tests__/support/git-repo.js'

export const HISTORY_START = Date.parse('2020-01-01T00:00:00Z')
export const HISTORY_END = Date.parse('2025-01-01T00:00:00Z')

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))
    )
  })
}

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

// One seed for every size: the first commits of the 100k history match the 20k one's mix.
let random = prng(20_000)
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

/** Writes a fast-import script of the realistic mix the classifier will meet, and imports it. */
async function generateRepository(repoDir: string, commits: number): Promise<void> {
  random = prng(20_000)
  const readyMarker = path.join(repoDir, '.git', 'bench-ready')
  fs.rmSync(repoDir, { recursive: true, force: true })
  fs.mkdirSync(repoDir, { recursive: true })
  await run('git', ['init', '-q', '-b', 'main', repoDir])
  // The script goes to a file first, then fast-import reads it: feeding fast-import through a
  // pipe while generating measured several times slower on a 2-core machine.
  const script = path.join(path.dirname(repoDir), 'history.fast-import')
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
  const step = (HISTORY_END - HISTORY_START - 86_400_000) / commits
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

  for (let n = 1; n < commits; n++) {
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
    ['-C', repoDir, '-c', 'pack.compression=1', 'fast-import', '--quiet'],
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
  await run('git', ['-C', repoDir, 'reset', '-q', '--hard', 'main'])
  fs.writeFileSync(readyMarker, new Date().toISOString())
}

/** The repository of `commits` commits under `benchDir`, generated unless a complete one is cached. */
export async function ensureHistory(
  benchDir: string,
  commits: number,
  regenerate: boolean,
  log: (text: string) => void
): Promise<string> {
  const repoDir = path.join(benchDir, `history-v4-${commits}`)
  if (!regenerate && fs.existsSync(path.join(repoDir, '.git', 'bench-ready'))) {
    log(`Using cached repository ${repoDir}\n`)
    return repoDir
  }
  const started = performance.now()
  log(`Generating ${commits} commits with git fast-import into ${repoDir} ... `)
  await generateRepository(repoDir, commits)
  log(`${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  return repoDir
}
