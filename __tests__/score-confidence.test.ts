import { describe, expect, it } from '@jest/globals'
import { PRIOR_CHANGES, PRIOR_SCORE, shrinkTowardPrior } from '../src/score/confidence.js'

const prior = PRIOR_SCORE / 100

describe('score/confidence', () => {
  it('leaves a raw score as it is when no change stands behind it, and pulls it from the first change on', () => {
    expect(shrinkTowardPrior(0.9, 0)).toBe(0.9)
    expect(shrinkTowardPrior(0.9, -1)).toBe(0.9)
    expect(shrinkTowardPrior(0.9, 1)).toBeCloseTo(
      (0.9 + PRIOR_CHANGES * prior) / (1 + PRIOR_CHANGES),
      12
    )
  })

  it('gives the prior and the sample an equal say at PRIOR_CHANGES changes, and the sample most of it at ten times that', () => {
    expect(shrinkTowardPrior(1, PRIOR_CHANGES)).toBeCloseTo((1 + prior) / 2, 12)
    expect(shrinkTowardPrior(0, PRIOR_CHANGES)).toBeCloseTo(prior / 2, 12)
    expect(shrinkTowardPrior(1, 10 * PRIOR_CHANGES)).toBeCloseTo((10 + prior) / 11, 12)
  })
})
