// GitHub's rules for an `owner/name`, checked wherever a name arrives from outside (the API's
// listing, a failure record, an expected list) before it reaches an output, a shell step or a
// posted body. A report file's name is checked by the same rules as a pattern of
// schema/report.schema.json (__tests__/report-schema.test.ts holds the two together). A name outside them is never echoed back: the callers say that
// a name was skipped, and where, without its bytes.

/**
 * A login: letters, digits and hyphens, not starting with a hyphen, at most 39 characters (new
 * logins also may not end with one or hold two in a row; some old ones do, so those pass).
 * Enterprise managed users add `_shortcode` to their login, so one `_` part is allowed too.
 */
const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]*(?:_[A-Za-z0-9]+)?$/
const OWNER_MAX = 39
/** A repository name: letters, digits, `.`, `_` and `-`, at most 100; never `.` or `..`. */
const NAME = /^[A-Za-z0-9._-]{1,100}$/

/** Whether `owner` is a GitHub user or organisation name. */
export function isOwnerName(owner: string): boolean {
  return owner.length <= OWNER_MAX && OWNER.test(owner)
}

/** Whether `fullName` is `owner/name` by GitHub's rules. */
export function isRepositoryName(fullName: string): boolean {
  if (fullName.length > OWNER_MAX + 1 + 100) return false
  const slash = fullName.indexOf('/')
  if (slash < 0) return false
  const owner = fullName.slice(0, slash)
  const name = fullName.slice(slash + 1)
  return isOwnerName(owner) && NAME.test(name) && name !== '.' && name !== '..'
}
