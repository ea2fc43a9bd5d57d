// The catalogue of quality gates: the tools that hold code to a standard (linters, formatters,
// type checkers, coverage gates, spell checkers, commit and workflow linters, API-compatibility
// checkers, dependency policies), per ecosystem, and where their configuration lives. The path
// rules, the lint sections of shared manifests, the check words of build files, the title words
// and the hook/CI invocations that count as adding a gate are all read from these rows, so that
// a new tool is a row in quality-gates.json, not code elsewhere. Patterns are regular-expression
// sources; globs are picomatch, as in the ruleset.
import catalogue from './quality-gates.json' with { type: 'json' }

export type QualityGateKind =
  | 'linter'
  | 'formatter'
  | 'type-checker'
  | 'coverage-gate'
  | 'spell-checker'
  | 'commit-linter'
  | 'workflow-linter'
  | 'api-compatibility'
  | 'dependency-policy'
  | 'editor-conventions'

/** Build files whose check settings are read line by line. */
export type BuildSystem = 'gradle' | 'maven' | 'cmake' | 'msbuild' | 'cargo-config'

export interface QualityGate {
  tool: string
  kind: QualityGateKind
  ecosystem: string
  /** Files that hold only this tool's configuration. */
  files?: readonly string[]
  /** Section names of shared TOML/INI manifests (pyproject.toml, setup.cfg, tox.ini, Cargo.toml). */
  sections?: readonly string[]
  /** Top-level keys of package.json or composer.json that hold its settings. */
  jsonKeys?: readonly string[]
  /** Words that switch it on or tune it in a build file. */
  build?: Partial<Record<BuildSystem, readonly string[]>>
  /**
   * How a hook id, CI step or task names it (`id: ruff`, `cargo clippy`, `uses: rhysd/actionlint`):
   * an added invocation adds the gate to the team's workflow.
   */
  invocations?: readonly string[]
  /** Words of a title that speak of it (its name, when unambiguous). */
  title?: readonly string[]
}

const KINDS: ReadonlySet<string> = new Set<QualityGateKind>([
  'linter',
  'formatter',
  'type-checker',
  'coverage-gate',
  'spell-checker',
  'commit-linter',
  'workflow-linter',
  'api-compatibility',
  'dependency-policy',
  'editor-conventions'
])

function checkedCatalogue(rows: unknown): QualityGate[] {
  if (!Array.isArray(rows)) throw new Error('quality-gates.json: expected an array of tools')
  return rows.map((row: Partial<QualityGate>, index) => {
    if (typeof row.tool !== 'string' || typeof row.ecosystem !== 'string')
      throw new Error(`quality-gates.json: row ${index} needs a tool and an ecosystem`)
    if (typeof row.kind !== 'string' || !KINDS.has(row.kind))
      throw new Error(`quality-gates.json: ${row.tool}: unknown kind '${String(row.kind)}'`)
    for (const source of [
      ...(row.sections ?? []),
      ...(row.invocations ?? []),
      ...(row.title ?? [])
    ])
      new RegExp(source)
    return row as QualityGate
  })
}

/**
 * The rows, kept as data in quality-gates.json (one object per tool): a tool's row says what it
 * is and where its configuration lives. The shape is checked once when the module loads, so a
 * broken row fails every test rather than quietly matching nothing.
 */
export const QUALITY_GATES: readonly QualityGate[] = checkedCatalogue(catalogue)

/** Every dedicated config file of the catalogue, but the editor conventions (their own rule). */
export function gateFiles(kinds?: readonly QualityGateKind[]): string[] {
  return QUALITY_GATES.filter(gate =>
    kinds ? kinds.includes(gate.kind) : gate.kind !== 'editor-conventions'
  ).flatMap(gate => gate.files ?? [])
}

function alternation(sources: readonly string[]): string {
  return sources.map(source => `(?:${source})`).join('|')
}

/** A section name (`tool.ruff.lint`, `flake8`, `workspace.lints.clippy`) that holds a gate's settings. */
export const GATE_SECTION = new RegExp(
  `^(tool\\.)?(${alternation(QUALITY_GATES.flatMap(gate => gate.sections ?? []))})(\\b|[-.:]|$)`,
  'i'
)

/** A top-level package.json key that holds a gate's settings, with a settings value. */
export const GATE_JSON_KEY = new RegExp(
  `^"(${alternation(QUALITY_GATES.flatMap(gate => gate.jsonKeys ?? []))})"\\s*:\\s*(\\{|\\[|"[^"\\d^~<>=*]|true|false)`
)

/** Check settings of one build system (a pattern that never matches when there are none). */
export function buildCheck(system: BuildSystem): RegExp {
  const words = QUALITY_GATES.flatMap(gate => gate.build?.[system] ?? [])
  return words.length === 0 ? /(?!)/ : new RegExp(alternation(words))
}

/** An invocation of a gate in a hook, CI step or task. */
export const GATE_INVOCATION = new RegExp(
  alternation(QUALITY_GATES.flatMap(gate => gate.invocations ?? []))
)

/**
 * A manifest line that requires a gate by its package name (`black`, `black==20.8b1`,
 * `"ruff>=0.4"`, `"eslint": "^9.0.0"`): the tool's name as the line's first word.
 */
export const GATE_REQUIREMENT = new RegExp(
  `^\\s*["']?(${alternation(
    QUALITY_GATES.map(gate => gate.tool).filter(tool => /^[\w-]+$/.test(tool))
  )})["']?\\s*([=<>~!;:,[]|$)`,
  'i'
)

/** The tools' names as a title keyword pattern. */
export function gateTitleWords(): string {
  return alternation(QUALITY_GATES.flatMap(gate => gate.title ?? []))
}
