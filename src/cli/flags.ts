// Checks of the CLI's flag values that more than one command shares.
import { choiceOf } from '../setup/choice.js'
import { UsageError } from './errors.js'

/**
 * `--<flag> value` as one of `allowed`; anything else is a usage error (exit 2) that names every
 * allowed value. `scope` says where the list applies ("for aggregate") when it differs by command.
 */
export function flagChoice<T extends string>(
  flag: string,
  value: string,
  allowed: readonly T[],
  scope = ''
): T {
  const found = choiceOf(value, allowed)
  if (found === undefined) {
    throw new UsageError(
      `--${flag} must be one of ${allowed.join(', ')}${scope ? ` ${scope}` : ''}, not "${value}"`
    )
  }
  return found
}
