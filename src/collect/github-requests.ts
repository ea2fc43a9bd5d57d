// How the GitHub source spends its requests: a small pool for REST requests in flight, and
// telling GitHub's GraphQL query timeout (a smaller page helps) from other failures.
import { GraphQLQueryError, MalformedAnswerError, RequestTimeoutError } from '../github/client.js'
import { messageOf, statusOf } from '../errors.js'

/** Runs `work` over `items` with at most `limit` in flight; the first failure stops the rest. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++] as T
      try {
        await work(item)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/**
 * GitHub's answers when a query takes too long: a 502/504, or "Something went wrong while
 * executing your query. This may be the result of a timeout" (which the retry plugin turns
 * into a 500 once its retries are spent).
 */
export function isGraphQLTimeout(error: unknown): boolean {
  // The client's own timeout and an unusable answer are not GitHub's query timeout: a smaller
  // page would not help a server that does not answer.
  if (error instanceof RequestTimeoutError || error instanceof MalformedAnswerError) return false
  const status = statusOf(error)
  if (status === 502 || status === 504) return true
  return (
    (status === 500 || error instanceof GraphQLQueryError) &&
    /timeout|timed out|something went wrong/i.test(messageOf(error))
  )
}
