/** One thing wrong with a config file, located as precisely as the file allows. */
export interface ConfigProblem {
  /** The file as the user knows it: repository-relative path or `owner/repo/path@ref`. */
  file: string
  /** 1-based line and column; absent when the problem is about the file as a whole. */
  line?: number
  column?: number
  /** Key path inside the file, e.g. `categories.documentation.paths[1]`; absent for the root. */
  key?: string
  /** What is wrong, as a sentence fragment: `must be a string (got 3)`. */
  message: string
}

/** `file:line:col: key: message`, the shape editors and CI logs turn into links. */
export function formatProblem(problem: ConfigProblem): string {
  const place =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}:${problem.column ?? 1}`
  return problem.key
    ? `${place}: ${problem.key}: ${problem.message}`
    : `${place}: ${problem.message}`
}

/** Every problem found in a config (and the configs it extends), reported together. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[]

  constructor(problems: ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(
      `Invalid Multiplier configuration (${count}):\n` +
        problems.map(problem => `  ${formatProblem(problem)}`).join('\n')
    )
    this.name = 'ConfigError'
    this.problems = problems
  }
}
