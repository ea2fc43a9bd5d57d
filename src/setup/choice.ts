// The one check both front doors make of a value that must be one of a fixed list (the action's
// `mode` or `source` input, the CLI's `--format` or `--source`): the value is matched against
// the list and only a match is typed, so nothing is cast before it is checked.

/** The member of `allowed` that `value` is, or undefined when it is none of them. */
export function choiceOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return allowed.find(option => option === value)
}
