import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readChange } from '../src/classify/reading/change-reading.js'
import { compile } from '../src/classify/rules/compile.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import { pathFactsOf } from '../src/classify/reading/path-facts.js'
import { newReading } from '../src/classify/reading/reading.js'
import type { ChangeReading, FileReading } from '../src/classify/reading/reading.js'
import type { FileSignal } from '../src/classify/signal.js'
import {
  LINT_CONFIG_PATH,
  PIPELINE_PATHS,
  SIGNAL,
  isHintSignal,
  isReleaseSignal,
  messageHintSignal,
  pathRuleOf
} from '../src/classify/signal-ids.js'
import { CHANGE_SIGNALS, FILE_SIGNALS } from '../src/classify/signals/registry.js'
import { toChange } from '../src/eval/dataset.js'
import { CATEGORY_IDS } from '../src/model.js'
import { labelledFixtures } from './support/labelled.js'

const SRC = path.join(process.cwd(), 'src')
const SIGNALS_DIR = path.join(SRC, 'classify', 'signals')
const SIGNAL_IDS_MODULE = path.join(SRC, 'classify', 'signal-ids.ts')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.generated.ts') ? [full] : []
  })
}

/** The signal-id families: a string literal (or regex) opening with one of these is an id. */
const FAMILY_LITERAL = /['"`^|(/:](?:path|exclude|release|label|gitattributes|message):[\w$|)/]/
/**
 * 'shared-module' is also a reach kind (the JSON's reach[].kind): it is a signal id where a
 * `signal` is compared with it or set to it.
 */
const SHARED_MODULE_SIGNAL =
  /signal\s*(?:===|!==|:)\s*['"`]shared-module|['"`]shared-module['"`]\s*(?:===|!==)[^;]*signal/

/** The signal-id literals of one source text, as `line: text`. */
function signalLiterals(text: string): string[] {
  const fixed = Object.values(SIGNAL).filter(id => id !== SIGNAL.sharedModule)
  return text.split('\n').flatMap((line, i) => {
    const named =
      FAMILY_LITERAL.test(line) ||
      fixed.some(id => new RegExp(`['"\`]${id}['"\`]`).test(line)) ||
      SHARED_MODULE_SIGNAL.test(line)
    return named ? [`${i + 1}: ${line.trim()}`] : []
  })
}

describe('signal ids', () => {
  it('are unique', () => {
    const ids = Object.values(SIGNAL)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('are spelt out in signal-ids.ts only', () => {
    const found = sourceFiles(SRC)
      .filter(file => file !== SIGNAL_IDS_MODULE)
      .flatMap(file =>
        signalLiterals(fs.readFileSync(file, 'utf8')).map(
          hit => `${path.relative(SRC, file)}:${hit}`
        )
      )
    expect(found).toEqual([])
  })

  it('are found by the check wherever they are spelt out', () => {
    expect(signalLiterals(fs.readFileSync(SIGNAL_IDS_MODULE, 'utf8')).length).toBeGreaterThan(
      Object.keys(SIGNAL).length
    )
    expect(signalLiterals("if (reason.signal === 'shared-module') return")).toHaveLength(1)
    expect(signalLiterals('return /^(?:label:|message:|rule:incidental$)/.test(x)')).toHaveLength(1)
    expect(signalLiterals('const rule = `path:${id}`')).toHaveLength(1)
    expect(signalLiterals("signal: 'shared-module',")).toHaveLength(1)
    expect(signalLiterals("case 'shared-module':")).toEqual([])
    expect(signalLiterals("if (x.signal === SIGNAL.sharedModule) return 'shared-module'")).toEqual(
      []
    )
    expect(signalLiterals('function f(path: string, message: string) {}')).toEqual([])
  })

  it('are each described in docs/classification.md', () => {
    const doc = fs.readFileSync(path.join(process.cwd(), 'docs', 'classification.md'), 'utf8')
    const hints = CATEGORY_IDS.flatMap(id => [true, false].map(c => messageHintSignal(id, c)))
    const missing = [...Object.values(SIGNAL), ...hints].filter(id => !doc.includes(`\`${id}\``))
    expect(missing).toEqual([])
  })

  it('name path rules that the default ruleset still has', () => {
    const ruleIds = new Set(
      CATEGORY_IDS.flatMap(id => DEFAULT_RULESET.categories[id].paths.map(rule => rule.id))
    )
    for (const signal of [LINT_CONFIG_PATH, ...PIPELINE_PATHS]) {
      expect(ruleIds.has(pathRuleOf(signal) ?? '')).toBe(true)
    }
  })

  it('tell families apart', () => {
    expect(pathRuleOf('path:docs-dir')).toBe('docs-dir')
    expect(pathRuleOf(SIGNAL.codeInDocsFolder)).toBe('code-in-docs-folder')
    expect(pathRuleOf(SIGNAL.linguistDocumentation)).toBeUndefined()
    expect(pathRuleOf(undefined)).toBeUndefined()
    expect(isReleaseSignal('release:changelog')).toBe(true)
    expect(isReleaseSignal(SIGNAL.dependencyBump)).toBe(true)
    expect(isReleaseSignal(SIGNAL.versionPinOnly)).toBe(false)
    expect(isHintSignal('label:docs')).toBe(true)
    expect(isHintSignal(messageHintSignal('automation', true))).toBe(true)
    expect(isHintSignal(SIGNAL.incidental)).toBe(false)
    expect(messageHintSignal('documentation', true)).toBe('message:conventional-docs')
    expect(messageHintSignal('patterns', false)).toBe('message:patterns-keyword')
  })
})

describe('the signal registry', () => {
  const modules = fs
    .readdirSync(SIGNALS_DIR)
    .filter(name => name.endsWith('.ts') && name !== 'registry.ts')
    .map(name => name.replace(/\.ts$/, ''))
    .sort()

  it('registers each signal module once, under its module name', () => {
    const ids = [...FILE_SIGNALS, ...CHANGE_SIGNALS].map(signal => signal.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(modules)
  })

  it('has every signal that asks for the patch declare it reads the patch', () => {
    for (const signal of [...FILE_SIGNALS, ...CHANGE_SIGNALS]) {
      if (signal.wantsPatch)
        expect([signal.id, signal.reads.includes('patch')]).toEqual([signal.id, true])
    }
  })
})

/** Makes the reading's patch, hunks and diff shapes throw when read, until `restore` is called. */
function guardPatch(reading: FileReading): () => void {
  const saved = { patch: reading.patch, hunks: reading.hunks, shapes: reading.shapes }
  for (const key of ['patch', 'hunks', 'shapes'] as const) {
    Object.defineProperty(reading, key, {
      configurable: true,
      get: () => {
        throw new Error(`read ${key}`)
      },
      set: () => {
        throw new Error(`wrote ${key}`)
      }
    })
  }
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      Object.defineProperty(reading, key, { configurable: true, writable: true, value })
    }
  }
}

/**
 * Runs the file signals over every labelled fixture file, as classify does with patches read:
 * `vote` casts each signal's vote (and may watch it), in order, until the file is settled.
 */
function overFixtures(
  vote: (signal: FileSignal, reading: FileReading, change: ChangeReading) => void
): void {
  const compiled = compile(DEFAULT_RULESET, undefined)
  for (const commit of labelledFixtures()) {
    const change = readChange(toChange(commit), compiled)
    for (const file of change.change.files) {
      const reading = newReading(file, pathFactsOf(file.path, compiled), file.patch)
      for (const signal of FILE_SIGNALS) {
        if (reading.role !== 'counted') break
        vote(signal, reading, change)
      }
    }
  }
}

/** The file signals that read the patch while `guarded` says it is hidden from them. */
function patchReadsBy(guarded: (signal: FileSignal) => boolean): Set<string> {
  const readers = new Set<string>()
  overFixtures((signal, reading, change) => {
    if (!guarded(signal)) return signal.vote(reading, change)
    const restore = guardPatch(reading)
    try {
      signal.vote(reading, change)
    } catch {
      readers.add(signal.id)
    } finally {
      restore()
    }
  })
  return readers
}

/**
 * What each undeclared input guards: the change's fields, and the readings built from them (the
 * hints read the title and the labels; whether it is a bump, those and the author).
 */
const CHANGE_INPUTS = {
  message: { change: ['title', 'body'], reading: ['hints', 'bump'] },
  labels: { change: ['labels'], reading: ['hints', 'bump'] },
  author: { change: ['author'], reading: ['bump'] }
} as const
type ChangeInput = keyof typeof CHANGE_INPUTS

/** The change as a signal that declares only `declared` may see it: anything else throws. */
function guardedChange(change: ChangeReading, declared: readonly string[]): ChangeReading {
  const hidden = (Object.keys(CHANGE_INPUTS) as ChangeInput[]).filter(
    input => !declared.includes(input)
  )
  const hiddenChange = new Set<string>(hidden.flatMap(input => CHANGE_INPUTS[input].change))
  const hiddenReading = new Set<string>(hidden.flatMap(input => CHANGE_INPUTS[input].reading))
  const inner = new Proxy(change.change, {
    get(target, key, receiver) {
      if (typeof key === 'string' && hiddenChange.has(key)) throw new Error(`read change.${key}`)
      return Reflect.get(target, key, receiver) as unknown
    }
  })
  return new Proxy(change, {
    get(target, key, receiver) {
      if (key === 'change') return inner
      if (typeof key === 'string' && hiddenReading.has(key)) throw new Error(`read ${key}`)
      return Reflect.get(target, key, receiver) as unknown
    }
  })
}

/** The file signals that read a change input they do not declare, over every labelled fixture. */
function changeReadsBy(declaredOf: (signal: FileSignal) => readonly string[]): Set<string> {
  const readers = new Set<string>()
  overFixtures((signal, reading, change) => {
    // The guarded signal votes on a copy; the reading goes on as classify would take it.
    const probe = structuredClone(reading)
    const guarded = guardedChange(change, declaredOf(signal))
    try {
      signal.wantsPatch?.(probe, guarded)
      signal.vote(probe, guarded)
    } catch {
      readers.add(signal.id)
    }
    signal.vote(reading, change)
  })
  return readers
}

describe("a signal's reads", () => {
  it('keep a signal from reading the title, labels or author it does not declare', () => {
    expect([...changeReadsBy(signal => signal.reads)]).toEqual([])
  })

  it('are checked by a guard that does catch a signal reading the title', () => {
    const readers = changeReadsBy(() => [])
    expect(readers.has('comment-only')).toBe(true)
    for (const id of readers) {
      const reads = FILE_SIGNALS.find(signal => signal.id === id)?.reads ?? []
      expect([id, reads.some(input => input in CHANGE_INPUTS)]).toEqual([id, true])
    }
  })

  it('keep a signal that does not declare the patch from reading it', () => {
    expect([...patchReadsBy(signal => !signal.reads.includes('patch'))]).toEqual([])
  })

  it('are checked by a guard that does catch a signal reading the patch', () => {
    const readers = patchReadsBy(() => true)
    expect(readers.has('comment-only')).toBe(true)
    for (const id of readers) {
      expect(FILE_SIGNALS.find(signal => signal.id === id)?.reads).toContain('patch')
    }
  })
})
