// The one way a thrown value becomes text, for every layer: errors, strings and anything else
// (a thrown string must still fail the step with its words, not "[object Object]" or nothing).

/**
 * The message of any thrown value. Duck-typed rather than `instanceof Error`: errors from Node
 * internals can come from another realm (a VM context). With `causes`, the messages of its
 * `cause` chain follow, each once (a wrapper often repeats its cause's words already).
 */
export function messageOf(error: unknown, options: { causes?: boolean } = {}): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const message = (current as { message?: unknown }).message
    const text = typeof message === 'string' ? message : String(current)
    if (text && !parts.some(part => part.includes(text))) parts.push(text)
    if (!options.causes) break
    current = (current as { cause?: unknown }).cause
  }
  return parts.join(': ') || 'unknown error'
}

/** The HTTP status an error (or one of its causes) carries, if any. */
export function statusOf(error: unknown): number | undefined {
  let current: unknown = error
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const status = (current as { status?: unknown }).status
    if (typeof status === 'number') return status
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
