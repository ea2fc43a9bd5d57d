/** Levenshtein distance, small and exact: the inputs are config keys, a few characters long. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * The valid key a typo most likely meant: a close spelling (`lables` → `labels`) or a
 * shortening (`docs` → `documentation`). Undefined when nothing is close enough to be a
 * helpful guess rather than noise.
 */
export function closestKey(unknown: string, valid: readonly string[]): string | undefined {
  const typed = unknown.toLowerCase()
  let best: { key: string; distance: number } | undefined
  for (const key of valid) {
    const candidate = key.toLowerCase()
    const distance = editDistance(typed, candidate)
    if (
      distance <= Math.max(2, Math.floor(candidate.length / 3)) &&
      (!best || distance < best.distance)
    ) {
      best = { key, distance }
    }
  }
  if (best) return best.key
  // A shortening shares its first letters with the key: `docs`, `auto`, `pattern`.
  const prefix = typed.slice(0, 3)
  return prefix.length === 3 ? valid.find(key => key.toLowerCase().startsWith(prefix)) : undefined
}
