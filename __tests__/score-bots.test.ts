import { describe, expect, it } from '@jest/globals'
import { botActivity, countedChanges } from '../src/score/bots.js'
import { classified, person } from './support/fake-source.js'

function byBot(login: string | undefined, name: string, count: number) {
  return Array.from({ length: count }, () =>
    classified([], { author: person(name, login), authorIsBot: true })
  )
}

describe('score/bots', () => {
  it('lists bots by changes, most first, and bots with as many changes by name', () => {
    const changes = [
      ...byBot('renovate[bot]', 'Renovate', 2),
      classified([], { author: person('Ada'), authorIsBot: false }),
      ...byBot(undefined, 'ci-bot', 3),
      ...byBot('dependabot[bot]', 'Dependabot', 2)
    ]
    expect(botActivity(changes)).toEqual({
      counted: false,
      changes: 7,
      authors: [
        { name: 'ci-bot', changes: 3 },
        { name: 'dependabot[bot]', changes: 2 },
        { name: 'renovate[bot]', changes: 2 }
      ]
    })
    // The same order whatever order the changes came in.
    expect(botActivity([...changes].reverse()).authors).toEqual(botActivity(changes).authors)
    expect(botActivity(changes, 'include').counted).toBe(true)
  })

  it('counts the bots’ changes only when asked to include them', () => {
    const human = classified([], { author: person('Ada'), authorIsBot: false })
    const bot = byBot('renovate[bot]', 'Renovate', 1)
    expect(countedChanges([human, ...bot])).toEqual([human])
    expect(countedChanges([human, ...bot], 'include')).toHaveLength(2)
  })
})
