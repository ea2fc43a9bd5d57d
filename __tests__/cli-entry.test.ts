import { afterEach, describe, expect, it, jest } from '@jest/globals'
import pkg from '../package.json' with { type: 'json' }
import { HELP } from '../src/cli/help.js'
import { quickAnswer } from '../src/cli/quick.js'

describe('cli entry', () => {
  const argv = process.argv
  afterEach(() => {
    process.argv = argv
    jest.restoreAllMocks()
  })

  it('answers --version and -v with the package version, wherever they stand', () => {
    expect(quickAnswer(['--version'])).toBe(`${pkg.version}\n`)
    expect(quickAnswer(['report', '--since', '30d', '-v'])).toBe(`${pkg.version}\n`)
    // The version wins over help, as it always has.
    expect(quickAnswer(['--help', '--version'])).toBe(`${pkg.version}\n`)
  })

  it('answers --help, -h and the help command with the help text', () => {
    for (const line of [['--help'], ['report', '-h'], ['help']])
      expect(quickAnswer(line)).toBe(HELP)
  })

  it('leaves every other command line to the commands', () => {
    for (const line of [[], ['report'], ['aggregate', 'a.json'], ['report', '--repo', 'help']])
      expect(quickAnswer(line)).toBeUndefined()
  })

  it('prints the version before it loads the commands, the engine and Octokit', async () => {
    // A commands module that cannot even be loaded: the entry must not need it for --version.
    jest.unstable_mockModule('../src/cli/main.js', () => {
      throw new Error('the commands were loaded for --version')
    })
    const printed: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation(text => {
      printed.push(String(text))
      return true
    })
    process.argv = ['node', 'multiplier', '--version']
    await import('../src/cli/index.js')
    expect(printed).toEqual([`${pkg.version}\n`])
  })
})
