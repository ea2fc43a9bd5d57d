import { describe, expect, it } from '@jest/globals'
import {
  CONFIDENCE_WIDTH,
  confidenceOfInterval,
  directionOf,
  INTERVAL_Z,
  wilsonInterval
} from '../src/score/interval.js'
import { FEW_CHANGES } from '../src/score/confidence.js'

describe('score/interval', () => {
  it("gives Wilson's 90 % interval, inside 0–1, the whole range with no trials", () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 })
    const half = wilsonInterval(50, 100)
    // p ± z × sqrt(p(1−p)/n) is 0.5 ± 0.082 at n = 100; Wilson's is within a hair of it.
    expect(half.low).toBeCloseTo(0.5 - INTERVAL_Z * 0.05, 2)
    expect(half.high).toBeCloseTo(0.5 + INTERVAL_Z * 0.05, 2)
    expect(wilsonInterval(0, 10).low).toBe(0)
    expect(wilsonInterval(10, 10).high).toBe(1)
    // 2 of 120: not "exactly 1.7 %" — somewhere from 0.5 % to 5 %.
    const rare = wilsonInterval(2, 120)
    expect(rare.low).toBeGreaterThan(0.004)
    expect(rare.low).toBeLessThan(0.006)
    expect(rare.high).toBeGreaterThan(0.045)
    expect(rare.high).toBeLessThan(0.055)
  })

  it('ends at exactly 0 with no successes and exactly 1 with all, and inside them one short of either', () => {
    // Without the exact ends, rounding leaves 0 of 20 at 7e-18 and 6 of 6 at 0.9999999999999999.
    expect(wilsonInterval(0, 20).low).toBe(0)
    expect(wilsonInterval(1, 20).low).toBeGreaterThan(0)
    expect(wilsonInterval(6, 6).high).toBe(1)
    expect(wilsonInterval(5, 6).high).toBeLessThan(1)
  })

  it('reads confidence off the width, on both sides of each threshold', () => {
    const width = (points: number) => ({ low: 40, high: 40 + points })
    const many = FEW_CHANGES
    expect(confidenceOfInterval(width(CONFIDENCE_WIDTH.high), many)).toBe('high')
    expect(confidenceOfInterval(width(CONFIDENCE_WIDTH.high + 1), many)).toBe('medium')
    expect(confidenceOfInterval(width(CONFIDENCE_WIDTH.medium), many)).toBe('medium')
    expect(confidenceOfInterval(width(CONFIDENCE_WIDTH.medium + 1), many)).toBe('low')
    // Below FEW_CHANGES changes, low however narrow.
    expect(confidenceOfInterval(width(0), FEW_CHANGES - 1)).toBe('low')
  })

  it('calls a move up or down only outside the noise of both windows', () => {
    const at = (score: number, half: number) => ({
      score,
      interval: { low: score - half, high: score + half }
    })
    // Both ±10: the band is z × √2 × 10 ÷ z ≈ 14.1 points.
    expect(directionOf(at(64, 10), at(50, 10))).toBe('steady')
    expect(directionOf(at(65, 10), at(50, 10))).toBe('up')
    expect(directionOf(at(36, 10), at(50, 10))).toBe('steady')
    expect(directionOf(at(35, 10), at(50, 10))).toBe('down')
    // Narrow intervals: a few points is real.
    expect(directionOf(at(53, 1), at(50, 1))).toBe('up')
    expect(directionOf(at(50, 0), at(50, 0))).toBe('steady')
  })
})
