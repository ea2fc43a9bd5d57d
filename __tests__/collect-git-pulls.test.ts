import { describe, expect, it } from '@jest/globals'
import { pullRequestOf } from '../src/collect/git-pulls.js'

describe('collect/git-pulls', () => {
  it("reads GitHub's merge message as the PR, its title from the body's first line", () => {
    expect(
      pullRequestOf('Merge pull request #14 from octo/fix-docs', '\nFix the docs\n\nWhy.\n', true)
    ).toEqual({ number: 14, title: 'Fix the docs', body: 'Why.' })
    // A merge message written by hand keeps its own subject when the body has no title.
    expect(pullRequestOf('Merge pull request #14754, handle infinite tolerance', '', true)).toEqual(
      { number: 14754, title: 'Merge pull request #14754, handle infinite tolerance', body: '' }
    )
  })

  it('trusts a merge subject only on a merge commit', () => {
    expect(pullRequestOf('Merge pull request #14 from octo/fix-docs', 'Fix', false)).toBe(undefined)
    expect(pullRequestOf("Merge branch 'main' into release", '', true)).toBe(undefined)
  })

  it('reads a squash title\'s last "(#N)" at the very end, on a commit or a merge', () => {
    expect(pullRequestOf('Fix #12 in the parser (#13)', 'Body', false)).toEqual({
      number: 13,
      title: 'Fix #12 in the parser',
      body: 'Body'
    })
    expect(pullRequestOf('[ruff] Apply autofixes (#14913)', '', true)).toMatchObject({
      number: 14913,
      title: '[ruff] Apply autofixes'
    })
    expect(pullRequestOf('Revert (#13) and more', '', false)).toBe(undefined)
    expect(pullRequestOf('(#13)', '', false)).toBe(undefined)
    expect(pullRequestOf('Closes issue (#13).', '', false)).toBe(undefined)
  })
})
