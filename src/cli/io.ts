import type { GitHubClientOptions } from '../github/client.js'

// What the CLI needs from the process, passed in so tests run it without spawning.
export interface CliIO {
  /**
   * `write` answers false when the text was queued rather than handed to the system (a pipe
   * whose reader is slower); `once('drain')`, where given, says when to write on, so a long
   * report is not queued whole in memory.
   */
  stdout: {
    write(text: string): unknown
    once?(event: 'drain', listener: () => void): unknown
    /** True for a terminal: the report is text by default there, and may be coloured. */
    isTTY?: boolean
  }
  stderr: { write(text: string): unknown }
  cwd: string
  env: Record<string, string | undefined>
  /** The clock; tests pin it so reports are reproducible. */
  now?: () => Date
  /** Overrides for the GitHub client: tests shrink the retry waits (as the action's run() does). */
  clientOptions?: Partial<GitHubClientOptions>
}
