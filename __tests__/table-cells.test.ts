// Table cells stay whole whatever the text in them: GitHub splits a table row on every `|` that
// is not backslash-escaped, inside code spans too. Run through the CLI on a real repository
// whose folder names and CODEOWNERS teams hold `|`, backticks and line-break look-alikes.
import { afterAll, describe, expect, it } from '@jest/globals'
import { main } from '../src/cli/main.js'
import { tableCode } from '../src/render/escape.js'
import { cleanupGitRepos, GitRepo } from './support/git-repo.js'

/** The cells GitHub reads in a row: split on `|` not escaped by a backslash. */
function cellCount(row: string): number {
  return row.split(/(?<!\\)\|/).length - 2
}

/** Every table in `markdown`: its rows, header first. */
function tables(markdown: string): string[][] {
  const found: string[][] = []
  let current: string[] = []
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line)
    else if (current.length > 0) {
      found.push(current)
      current = []
    }
  }
  if (current.length > 0) found.push(current)
  return found
}

describe('table cells', () => {
  afterAll(() => cleanupGitRepos())

  it('escapes every | of a code span in a cell, so the row keeps its cells', () => {
    expect(tableCode('a|b')).toBe('`a\\|b`')
    expect(tableCode('`x`|y')).toBe('`` `x`\\|y ``')
    expect(cellCount(`| ${tableCode('a|b|c')} | 1 |`)).toBe(2)
  })

  it('keeps the hotspot and team tables whole with | and ` in folder names (CLI)', async () => {
    const repo = GitRepo.init()
    const code = (n: number) =>
      Array.from({ length: n }, (_, i) => `export const v${i} = ${i}\n`).join('')
    repo.commit({
      message: 'Owners',
      date: '2024-05-02T10:00:00Z',
      files: { '.github/CODEOWNERS': '/src/ @acme/core\n' }
    })
    for (const [i, folder] of ['src/we|rd', 'src/back`tick|x', 'src/plain'].entries()) {
      repo.commit({
        message: `feat: work ${i}`,
        date: `2024-05-1${i}T10:00:00Z`,
        files: { [`${folder}/a.ts`]: code(20 + i), [`${folder}/b.ts`]: code(10) }
      })
    }
    let stdout = ''
    const exit = await main(
      ['report', '--repo', repo.path, '--since', '2024-05-01', '--until', '2024-06-01', '--teams'],
      {
        stdout: { write: (text: string) => ((stdout += text), true) },
        stderr: { write: () => true },
        cwd: process.cwd(),
        env: {},
        now: () => new Date('2024-06-01T00:00:00Z')
      }
    )
    expect(exit).toBe(0)
    expect(stdout).toContain('`src/we\\|rd`')
    const all = tables(stdout)
    expect(all.length).toBeGreaterThanOrEqual(3)
    for (const table of all) {
      const width = cellCount(table[0] as string)
      for (const row of table) expect({ row, cells: cellCount(row) }).toEqual({ row, cells: width })
    }
  })
})
