import { describe, expect, it } from '@jest/globals'
import { settle, type CreateOutcome, type Settling } from '../src/publish/settle.js'

interface Item {
  id: number
  body: string
  user: { login: string }
}

/**
 * A thread in memory that the loop settles: `creates` says what each create does (lands and
 * answers, lands but the answer is lost, or never lands), `author` who the token writes as.
 */
function thread(options: {
  items?: Item[]
  body?: string
  author?: string
  creates?: ('answered' | 'lost' | 'refused')[]
  /** Updates (counted from 1) before which a concurrent run replaced the item with its own. */
  replacedBefore?: (update: number) => boolean
}) {
  const items = [...(options.items ?? [])]
  const author = options.author ?? 'github-actions[bot]'
  const creates = [...(options.creates ?? [])]
  let nextId = 100
  let attempts = 0
  let updates = 0
  const steps: Settling<Item> = {
    what: 'the comment on #7',
    list: async identity =>
      items.filter(item => item.user.login === identity).sort((a, b) => a.id - b.id),
    create: async (): Promise<CreateOutcome<Item>> => {
      attempts += 1
      const how = creates.shift() ?? 'answered'
      if (how === 'refused') return { uncertain: new Error('502 Bad Gateway') }
      const item = { id: nextId++, body: options.body ?? 'new', user: { login: author } }
      items.push(item)
      return how === 'answered' ? { created: item } : { uncertain: new Error('no answer') }
    },
    removeDuplicate: async duplicate => {
      items.splice(items.indexOf(duplicate), 1)
    },
    update: async keep => {
      updates += 1
      if (options.replacedBefore?.(updates)) {
        // The other run deleted ours (so the edit finds nothing) and posted its own.
        items.splice(items.indexOf(keep), 1)
        items.push({ id: nextId++, body: 'theirs', user: { login: author } })
        return undefined
      }
      keep.body = options.body ?? keep.body
      return keep
    }
  }
  return { steps, items, attempts: () => attempts }
}

const own = (id: number, body = 'old'): Item => ({
  id,
  body,
  user: { login: 'github-actions[bot]' }
})

describe('publish/settle', () => {
  it('keeps the oldest own item, removes the later ones and brings the kept one up to date', async () => {
    const other = { id: 1, body: 'someone else', user: { login: 'octocat' } }
    const fake = thread({ items: [own(5), other, own(3), own(9)], body: 'now' })
    const kept = await settle(fake.steps, 'github-actions[bot]')
    expect(kept).toMatchObject({ id: 3, body: 'now' })
    expect(fake.items.map(item => item.id).sort()).toEqual([1, 3])
    expect(fake.attempts()).toBe(0)
  })

  it('creates one item when there is none', async () => {
    const fake = thread({ body: 'first' })
    const kept = await settle(fake.steps, 'github-actions[bot]')
    expect(kept.body).toBe('first')
    expect(fake.items).toHaveLength(1)
  })

  it('does not create again after a create whose answer was lost but which landed', async () => {
    const fake = thread({ creates: ['lost'] })
    await settle(fake.steps, 'github-actions[bot]')
    expect(fake.items).toHaveLength(1)
    expect(fake.attempts()).toBe(1)
  })

  it('lists as the author the create answered with, so another app token finds its own item', async () => {
    const fake = thread({ author: 'my-app[bot]' })
    const kept = await settle(fake.steps, 'github-actions[bot]')
    expect(kept.user.login).toBe('my-app[bot]')
    expect(fake.items).toHaveLength(1)
    expect(fake.attempts()).toBe(1)
  })

  it('gives up after three creates that never land, naming the last failure', async () => {
    const fake = thread({ creates: ['refused', 'refused', 'refused', 'answered'] })
    await expect(settle(fake.steps, 'github-actions[bot]')).rejects.toThrow(
      'Creating the comment on #7 failed 3 times: 502 Bad Gateway'
    )
    expect(fake.attempts()).toBe(3)
    expect(fake.items).toEqual([])
  })

  it('settles when the third create lands', async () => {
    const fake = thread({ creates: ['refused', 'refused', 'answered'] })
    await settle(fake.steps, 'github-actions[bot]')
    expect(fake.items).toHaveLength(1)
  })

  it('gives up after twelve rounds when concurrent runs keep replacing the item kept', async () => {
    const fake = thread({ items: [own(1)], replacedBefore: () => true })
    await expect(settle(fake.steps, 'github-actions[bot]')).rejects.toThrow(
      'Gave up on the comment on #7 after 12 rounds: concurrent runs kept changing it'
    )
    expect(fake.attempts()).toBe(0)
  })

  it('settles when the item kept holds still by the twelfth round', async () => {
    const fake = thread({ items: [own(1)], body: 'mine', replacedBefore: update => update < 12 })
    const kept = await settle(fake.steps, 'github-actions[bot]')
    expect(kept.body).toBe('mine')
    expect(fake.items).toHaveLength(1)
  })
})
