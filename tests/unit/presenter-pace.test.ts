import { describe, expect, it } from 'vitest'
import { clockText, paceSeconds, paceState, paceText, readBudget } from '../../setup/presenter/pace'
import { isForward } from '../../setup/presenter/position'

describe('the speaker\'s pace against the plan', () => {
  const slide = { seconds: 40, endsAt: 130 }

  it('is zero for a slide entered on time and left within its budget', () => {
    expect(paceSeconds(slide, 90, 90)).toBe(0)
    expect(paceSeconds(slide, 120, 90)).toBe(0)
    expect(paceSeconds(slide, 130, 90)).toBe(0)
  })

  it('keeps the lead of a slide entered early until its budget runs out, then loses a second a second', () => {
    expect(paceSeconds(slide, 50, 50)).toBe(40)
    expect(paceSeconds(slide, 90, 50)).toBe(40)
    expect(paceSeconds(slide, 100, 50)).toBe(30)
    expect(paceSeconds(slide, 200, 50)).toBe(-70)
  })

  it('starts behind on a slide entered late', () => {
    expect(paceSeconds(slide, 100, 100)).toBe(-10)
    expect(paceSeconds(slide, 150, 100)).toBe(-20)
  })

  it('reads as +m:ss ahead, -m:ss behind and ±0:00 within a second', () => {
    expect([paceText(40), paceState(40)]).toEqual(['+0:40', 'ahead'])
    expect([paceText(-70.4), paceState(-70.4)]).toEqual(['-1:10', 'behind'])
    expect([paceText(0.6), paceState(-0.6)]).toEqual(['±0:00', 'on-time'])
    expect(clockText(3725)).toBe('1:02:05')
  })

  it('takes a slide\'s budget from its front matter, and none from a hand-written slide', () => {
    expect(readBudget({ budget: { seconds: 38, endsAt: 127 } })).toEqual({ seconds: 38, endsAt: 127 })
    expect(readBudget({ layout: 'content' })).toBeUndefined()
    expect(readBudget({ budget: { seconds: 'soon' } })).toBeUndefined()
  })
})

describe('a step forward', () => {
  it('is the next click or a later slide, never a step back', () => {
    expect(isForward([3, 0], [3, 1])).toBe(true)
    expect(isForward([3, 2], [4, 0])).toBe(true)
    expect(isForward([4, 0], [3, 2])).toBe(false)
    expect(isForward([3, 1], [3, 1])).toBe(false)
  })
})
