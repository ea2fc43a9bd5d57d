// Which lint or format tool a config file belongs to, and the words that run it: in a
// workflow, a hook or a package.json script.

/** The tool a lint/format config belongs to, from its file name (`.eslintrc.json` → eslint). */
export function toolOf(path: string): string {
  const base = (path.split('/').at(-1) ?? '').toLowerCase()
  if (base === 'pyrightconfig.json') return 'pyright'
  if (base === 'deno.json' || base === 'deno.jsonc') return 'deno'
  if (base.startsWith('tsconfig')) return 'tsc'
  return base
    .replace(/^\./, '')
    .replace(/\.config\..*$/, '')
    .replace(/(rc)?(\.[^.]*)*$/, '')
    .replace(/^(checkstyle|detekt).*/, '$1')
}

const SECTION_TOOLS =
  /^\[(?:tool[.:])?(ruff|black|isort|mypy|pylint|pyright|flake8|codespell|pydocstyle|pycodestyle)\b/gm

/** The lint tools a shared config file configures, by its sections (`[tool.ruff]`, `[flake8]`). */
export function sectionTools(text: string | undefined): string[] {
  return [...new Set([...(text ?? '').matchAll(SECTION_TOOLS)].map(match => match[1] ?? ''))].sort()
}

/** Tools whose command is not their config file's name (`rustfmt.toml` runs as `cargo fmt`). */
const TOOL_WORDS: Record<string, string[]> = {
  rustfmt: ['rustfmt', 'cargo fmt'],
  clippy: ['clippy'],
  golangci: ['golangci'],
  editorconfig: ['editorconfig'],
  'clang-format': ['clang-format'],
  tsc: ['tsc', 'typecheck', 'type-check']
}

/** The words that run `tool` on a command line. */
export function toolWords(tool: string): string[] {
  return TOOL_WORDS[tool] ?? [tool]
}

/** Whether `text` says one of `words` as a word of its own (`eslint`, not `eslint-plugin`). */
export function mentions(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase()
  return words.some(word => {
    const at = new RegExp(`(^|[^\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`)
    return at.test(lower)
  })
}

/** package.json scripts that run the tool, as the words a workflow or hook would say to run them. */
export function scriptWords(packageJson: string | undefined, words: readonly string[]): string[] {
  if (packageJson === undefined) return []
  let scripts: unknown
  try {
    scripts = (JSON.parse(packageJson) as { scripts?: unknown }).scripts
  } catch {
    return []
  }
  if (typeof scripts !== 'object' || scripts === null) return []
  return Object.entries(scripts)
    .filter(([, command]) => typeof command === 'string' && mentions(command, words))
    .flatMap(([name]) => [
      `npm run ${name}`,
      `yarn ${name}`,
      `pnpm ${name}`,
      `pnpm run ${name}`,
      `yarn run ${name}`,
      `bun run ${name}`
    ])
}
