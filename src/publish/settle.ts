// The one reconcile loop behind everything published once per marker (the sticky comment, the
// report issue, the period and duplicate comments): list the token's own marked items, create
// one when there is none, keep the oldest, remove the rest and bring the one kept up to date.
// A create is never retried blindly: after a failed or uncertain one the list is read again,
// and every run that creates lists afterwards, so concurrent runs converge on one item.
import { messageOf } from '../errors.js'

/** Creates at most this many times while none of ours shows up in the list. */
const CREATE_ATTEMPTS = 3
/** List-and-reconcile passes before giving up on runs that keep changing the list. */
const SETTLE_ROUNDS = 12

/** A create's answer: the item made, or a failure after which it may still have been made. */
export type CreateOutcome<T> = { created: T } | { uncertain: unknown }

/** What the loop needs from one kind of item; `user` names who wrote it. */
export interface Settling<T extends { user?: { login?: string } | null }> {
  /** The item in errors: "the comment on #7", "the report issue". */
  what: string
  /** The own items that carry the marker, oldest first, `identity` being the token's user. */
  list(identity: string): Promise<T[]>
  /** One create, not retried by the client: a retry could make a second item. */
  create(): Promise<CreateOutcome<T>>
  /** Removes a later duplicate of the item kept (a comment is deleted, an issue closed). */
  removeDuplicate(duplicate: T, keep: T, identity: string): Promise<void>
  /** Brings the item kept up to date; undefined when it is gone (a concurrent run removed it). */
  update(keep: T): Promise<T | undefined>
}

/** Leaves exactly one own item for the marker, up to date, and returns it. */
export async function settle<T extends { user?: { login?: string } | null }>(
  steps: Settling<T>,
  identity: string
): Promise<T> {
  let author = identity
  let creates = 0
  let uncertain: unknown
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    const [keep, ...extra] = await steps.list(author)
    if (!keep) {
      if (creates === CREATE_ATTEMPTS) {
        throw new Error(
          `Creating ${steps.what} failed ${creates} times: ${messageOf(uncertain, { causes: true })}`,
          { cause: uncertain }
        )
      }
      creates += 1
      const outcome = await steps.create()
      // The answer names who wrote it: another app's installation token is not github-actions.
      if ('created' in outcome) author = outcome.created.user?.login ?? author
      else uncertain = outcome.uncertain
      continue
    }
    for (const duplicate of extra) await steps.removeDuplicate(duplicate, keep, author)
    const updated = await steps.update(keep)
    if (updated) return updated
  }
  throw new Error(
    `Gave up on ${steps.what} after ${SETTLE_ROUNDS} rounds: concurrent runs kept changing it`
  )
}
