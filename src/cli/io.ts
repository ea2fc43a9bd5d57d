// What the CLI needs from the process, passed in so tests run it without spawning.
export interface CliIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  cwd: string
  env: Record<string, string | undefined>
  /** The clock; tests pin it so reports are reproducible. */
  now?: () => Date
}
