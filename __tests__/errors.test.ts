import { describe, expect, it } from '@jest/globals'
import { messageOf, statusOf } from '../src/errors.js'
import {
  BudgetExhaustedError,
  failedWhile,
  GitHubAuthError,
  whileDoing
} from '../src/github/errors.js'
import { isNotFound, isPermissionError, isUncertain } from '../src/publish/errors.js'

const http = (status: number, message = `HTTP ${status}`): Error =>
  Object.assign(new Error(message), { status })
const wrapped = (cause: unknown): Error => new Error('Listing the comments of #7 failed', { cause })

describe('errors', () => {
  it('reads the status of an error or of the first of its causes that has one', () => {
    expect(statusOf(http(404))).toBe(404)
    expect(statusOf(wrapped(http(502)))).toBe(502)
    expect(statusOf(Object.assign(wrapped(http(502)), { status: 409 }))).toBe(409)
  })

  it('reads no status from null, a string, a non-number status or a chain too deep', () => {
    expect(statusOf(null)).toBeUndefined()
    expect(statusOf(undefined)).toBeUndefined()
    expect(statusOf('404')).toBeUndefined()
    expect(statusOf({ status: '404' })).toBeUndefined()
    expect(statusOf(wrapped(wrapped(wrapped(wrapped(http(404))))))).toBe(404)
    expect(statusOf(wrapped(wrapped(wrapped(wrapped(wrapped(http(404)))))))).toBeUndefined()
  })

  it('tells a gone item (404), through a wrapper too, from other failures', () => {
    expect(isNotFound(http(404))).toBe(true)
    expect(isNotFound(wrapped(http(404)))).toBe(true)
    expect(isNotFound(http(410))).toBe(false)
    expect(isNotFound(null)).toBe(false)
  })

  it('calls a failed write uncertain when no answer came or the server failed, not on a 4xx', () => {
    expect(isUncertain(new Error('socket hang up'))).toBe(true)
    expect(isUncertain(http(500))).toBe(true)
    expect(isUncertain(wrapped(http(502)))).toBe(true)
    expect(isUncertain(http(499))).toBe(false)
    expect(isUncertain(http(422))).toBe(false)
  })

  it('reads a 403 as a missing permission unless it is a rate limit', () => {
    expect(isPermissionError(http(403, 'Forbidden'))).toBe(true)
    expect(isPermissionError(wrapped(http(403, 'Forbidden')))).toBe(true)
    expect(isPermissionError(http(403, 'API rate limit exceeded'))).toBe(false)
    expect(isPermissionError(wrapped(http(403, 'You have exceeded a secondary rate limit')))).toBe(
      false
    )
    expect(isPermissionError(http(401, 'Bad credentials'))).toBe(false)
  })

  it("reads GitHub's 'Resource not accessible' as a missing permission whatever the status", () => {
    expect(isPermissionError(wrapped(new Error('Resource not accessible by integration')))).toBe(
      true
    )
    expect(isPermissionError('Resource not accessible by personal access token')).toBe(true)
    expect(isPermissionError(null)).toBe(false)
  })
})

describe('github/errors failedWhile and whileDoing', () => {
  it('says what was being done and why, keeping the original and its causes as cause', () => {
    const original = wrapped(http(502, 'Bad Gateway'))
    const error = failedWhile('Closing the duplicate report issue #3', original)
    expect(error.message).toBe(
      'Closing the duplicate report issue #3 failed: Listing the comments of #7 failed'
    )
    expect(error.cause).toBe(original)
    expect(messageOf(error, { causes: true })).toBe(
      'Closing the duplicate report issue #3 failed: Listing the comments of #7 failed: Bad Gateway'
    )
    expect(statusOf(error)).toBe(502)
  })

  it('passes a spent budget through as it is, for collectors to catch', () => {
    const spent = new BudgetExhaustedError(10)
    expect(failedWhile('reading commit abc', spent)).toBe(spent)
  })

  it('keeps a rejected token a GitHubAuthError, saying what was being done first', () => {
    const rejected = new GitHubAuthError('GITHUB_TOKEN', { cause: http(401) })
    const error = failedWhile('listing merged pull requests of octo/demo (page 1)', rejected)
    expect(error).toBeInstanceOf(GitHubAuthError)
    expect(error.message).toMatch(
      /^listing merged pull requests of octo\/demo \(page 1\) failed: GitHub rejected the token from GITHUB_TOKEN \(401 Bad credentials\)/
    )
    expect(statusOf(error)).toBe(401)
  })

  it('returns what the call returns, and rethrows its failure the same way', async () => {
    await expect(whileDoing('Reading the label', async () => 7)).resolves.toBe(7)
    await expect(
      whileDoing('Reading the label', async () => {
        throw 'a thrown string'
      })
    ).rejects.toThrow('Reading the label failed: a thrown string')
  })
})
