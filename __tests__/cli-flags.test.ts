import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { UsageError } from '../src/cli/errors.js'
import { flagChoice } from '../src/cli/flags.js'
import { main } from '../src/cli/main.js'

const empty = mkdtempSync(join(tmpdir(), 'multiplier-cli-flags-'))
afterAll(() => rmSync(empty, { recursive: true, force: true }))

/** Runs the CLI in-process in a folder that is no git repository, capturing what it prints. */
async function run(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: empty,
    env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: tmpdir() },
    now: () => new Date('2024-05-31T08:00:00.000Z')
  })
  return { code, stdout, stderr }
}

/** The command line: aggregate needs a report file to get as far as its flags, report takes none. */
const argv = (command: string, flag: string, value: string): string[] =>
  command === 'aggregate' ? [command, flag, value, 'report.json'] : [command, flag, value]

const ENUM_FLAGS: [string, string, readonly string[], string][] = [
  ['report', '--format', ['text', 'markdown', 'json', 'badge', 'html'], ''],
  ['report', '--source', ['auto', 'git', 'github'], ''],
  ['report', '--unit', ['pull-request', 'commit'], ''],
  ['aggregate', '--format', ['markdown', 'json', 'html'], ' for aggregate']
]

describe('cli enum flags', () => {
  it.each(ENUM_FLAGS)(
    '%s %s refuses any other value with exit 2, naming every allowed one',
    async (command, flag, allowed, scope) => {
      const first = allowed[0] ?? ''
      for (const value of [`${first}s`, first.toUpperCase(), 'pdf']) {
        const { code, stdout, stderr } = await run(argv(command, flag, value))
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
        expect(stderr).toBe(
          `multiplier: ${flag} must be one of ${allowed.join(', ')}${scope}, not "${value}" (see multiplier --help)\n`
        )
      }
    }
  )

  it.each(ENUM_FLAGS)(
    '%s %s lets each allowed value past the check',
    async (command, flag, allowed) => {
      for (const value of allowed) {
        // Past the flags, the command fails for want of a repository, a token or a file.
        const { stderr } = await run(argv(command, flag, value))
        expect(stderr).toMatch(/^multiplier: /)
        expect(stderr).not.toContain(`${flag} must be one of`)
      }
    }
  )

  it('types a value only when it is one of the allowed ones', () => {
    expect(flagChoice('unit', 'commit', ['pull-request', 'commit'])).toBe('commit')
    expect(() => flagChoice('unit', 'commits', ['pull-request', 'commit'])).toThrow(UsageError)
    expect(() => flagChoice('unit', '', ['pull-request', 'commit'])).toThrow(
      '--unit must be one of pull-request, commit, not ""'
    )
  })
})
