import { describe, expect, it } from '@jest/globals'
import {
  WindowError,
  inWindow,
  parseTime,
  parseWindow,
  previousWindow,
  weekBuckets,
  weekCount,
  weekIndex
} from '../src/window.js'

const now = new Date('2024-06-15T12:00:00.000Z')

describe('window', () => {
  it('parses times as Date.parse does, whatever their form or fields', () => {
    const times = [
      new Date(0).toISOString(),
      new Date(-1).toISOString(),
      new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)).toISOString(),
      '2023-02-31T10:00:00.000Z',
      '2024-01-01T24:00:00.000Z',
      '2024-01-01T23:60:00.000Z',
      '2024-01-01T23:59:60.000Z',
      '0050-06-01T00:00:00.000Z',
      '2024-13-01T00:00:00.000Z',
      '2024-00-10T00:00:00.000Z',
      '2024-1a-01T00:00:00.000Z',
      '2024-05-01T12:00:00Z',
      '2024-05-01T12:00:00.000+02:00',
      '2024-05-01',
      'not a time at all, 24 ch'
    ]
    for (const time of times) expect([time, parseTime(time)]).toEqual([time, Date.parse(time)])
  })

  it('reads a length in days, weeks, months or years back from the end of the current UTC day', () => {
    expect(parseWindow({ since: '30d' }, now)).toEqual({
      since: '2024-05-17T00:00:00.000Z',
      until: '2024-06-16T00:00:00.000Z'
    })
    expect(parseWindow({ since: '12w' }, now).since).toBe('2024-03-24T00:00:00.000Z')
    expect(parseWindow({ since: '6m' }, now).since).toBe('2023-12-16T00:00:00.000Z')
    expect(parseWindow({ since: '1y' }, now).since).toBe('2023-06-16T00:00:00.000Z')
  })

  it('gives every report of one UTC day the same window, and the next day the next one', () => {
    const windows = [
      '2024-06-15T00:00:00.000Z',
      '2024-06-15T00:00:00.001Z',
      '2024-06-15T09:41:17.345Z',
      '2024-06-15T23:59:59.999Z'
    ].map(time => parseWindow({ since: '30d' }, new Date(time)))
    expect(new Set(windows.map(window => JSON.stringify(window))).size).toBe(1)
    expect(windows[0]).toEqual({
      since: '2024-05-17T00:00:00.000Z',
      until: '2024-06-16T00:00:00.000Z'
    })
    expect(parseWindow({ since: '30d' }, new Date('2024-06-16T00:00:00.000Z')).until).toBe(
      '2024-06-17T00:00:00.000Z'
    )
    // What is typed stays as given: a start time keeps its minutes.
    expect(parseWindow({ since: '2024-06-01T09:30:00Z' }, now)).toEqual({
      since: '2024-06-01T09:30:00.000Z',
      until: '2024-06-16T00:00:00.000Z'
    })
    expect(parseWindow({ since: '2d', until: '2024-06-10T12:34:00Z' }, now)).toEqual({
      since: '2024-06-08T12:34:00.000Z',
      until: '2024-06-10T12:34:00.000Z'
    })
  })

  it('steps months back to the last day of a shorter month', () => {
    expect(parseWindow({ since: '1m', until: '2024-03-30' }, now)).toEqual({
      since: '2024-02-29T00:00:00.000Z',
      until: '2024-03-31T00:00:00.000Z'
    })
  })

  it('reads a date as the start of that day in UTC', () => {
    expect(parseWindow({ since: '2024-05-01' }, now).since).toBe('2024-05-01T00:00:00.000Z')
  })

  it('reads full ISO times, with an offset or as UTC without one', () => {
    expect(parseWindow({ since: '2024-05-01T10:00:00+02:00' }, now).since).toBe(
      '2024-05-01T08:00:00.000Z'
    )
    expect(parseWindow({ since: '2024-05-01T10:00:00+0200' }, now).since).toBe(
      '2024-05-01T08:00:00.000Z'
    )
    expect(parseWindow({ since: '2024-05-01T10:00' }, now).since).toBe('2024-05-01T10:00:00.000Z')
    expect(parseWindow({ since: '2024-05-01T10:00:00.250Z' }, now).since).toBe(
      '2024-05-01T10:00:00.250Z'
    )
  })

  it('makes a --until date exclusive at the next midnight, so that whole day is included', () => {
    const window = parseWindow({ since: '2024-05-01', until: '2024-05-31' }, now)
    expect(window.until).toBe('2024-06-01T00:00:00.000Z')
    expect(inWindow(window, '2024-05-31T23:59:59.999Z')).toBe(true)
    expect(inWindow(window, '2024-06-01T00:00:00.000Z')).toBe(false)
    expect(inWindow(window, '2024-05-01T00:00:00.000Z')).toBe(true)
  })

  it('counts a relative --since back from --until rather than from now', () => {
    expect(parseWindow({ since: '7d', until: '2024-01-07' }, now)).toEqual({
      since: '2024-01-01T00:00:00.000Z',
      until: '2024-01-08T00:00:00.000Z'
    })
  })

  it('rejects bad input with a message naming the accepted forms', () => {
    for (const since of [
      'yesterday',
      '2024-02-30',
      '2024-13-01',
      '30',
      '0d',
      '2024-05-01T24:00',
      '-3d'
    ]) {
      expect(() => parseWindow({ since }, now)).toThrow(WindowError)
    }
    expect(() => parseWindow({ since: 'soon' }, now)).toThrow(
      /30d, 12w, 6m, 1y.*YYYY-MM-DD.*ISO 8601/
    )
    expect(() => parseWindow({ since: '30d', until: 'tomorrow' }, now)).toThrow(
      /--until "tomorrow".*YYYY-MM-DD/
    )
  })

  it('rejects a window that ends before it starts', () => {
    expect(() => parseWindow({ since: '2024-07-01' }, now)).toThrow(/must be before --until/)
  })

  it('finds the previous window of equal length ending where the window starts', () => {
    expect(
      previousWindow({ since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' })
    ).toEqual({
      since: '2024-04-01T00:00:00.000Z',
      until: '2024-05-01T00:00:00.000Z'
    })
  })

  it('cuts a window into weeks, the last one partial', () => {
    const window = { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' }
    expect(weekCount(window)).toBe(5)
    expect(weekCount({ since: window.since, until: '2024-05-08T00:00:00.000Z' })).toBe(1)
    const buckets = weekBuckets(window)
    expect(buckets).toHaveLength(5)
    expect(buckets[4]).toEqual({
      since: '2024-05-29T00:00:00.000Z',
      until: '2024-05-31T00:00:00.000Z'
    })
    expect(weekIndex(window, '2024-05-07T23:59:59.000Z')).toBe(0)
    expect(weekIndex(window, '2024-05-08T00:00:00.000Z')).toBe(1)
    expect(weekIndex(window, '2024-05-30T12:00:00.000Z')).toBe(4)
    expect(weekIndex(window, '2024-05-31T00:00:00.000Z')).toBeNull()
  })
})
