import type { CheckReport } from '../../scripts/check/check-report'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { countsForFill, FILL_TARGETS } from '../../scripts/check/fill'
import { LIMITS } from '../../scripts/check/limits'
import { useSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')

useSharedDeck()

const report = () => JSON.parse(readFileSync(join(deckDir, 'exports/check.json'), 'utf8')) as CheckReport

describe('npm run deck uses the canvas', () => {
  it('reports each slide\'s layout and how much of its height it fills', () => {
    const { slides } = report()
    expect(slides.every(slide => typeof slide.layout === 'string')).toBe(true)
    for (const slide of slides.filter(candidate => countsForFill(candidate.layout))) {
      expect(slide.fill!.share).toBeGreaterThan(0)
      expect(slide.fill!.bottom).toBeGreaterThan(slide.fill!.top)
      expect(slide.step, `slide ${slide.slide}`).toMatch(/^(?:xl|lg|md|sm)$/)
    }
  })

  it(`fills a median of at least ${FILL_TARGETS.minMedian * 100}% of the height on content slides, with at most 1 in 10 leaving its lower half empty`, () => {
    const { summary } = report()
    expect(summary.fill.slides).toBeGreaterThanOrEqual(5)
    expect(summary.fill.median).toBeGreaterThanOrEqual(FILL_TARGETS.minMedian)
    expect(summary.fill.halfEmpty.length).toBeLessThanOrEqual(Math.floor(summary.fill.slides * FILL_TARGETS.maxHalfEmpty))
    expect(summary.fill.meetsTargets).toBe(true)
  })

  it('sizes type to the room within the limits: no overflow, nothing under 24 px, body never under 28 px', () => {
    const { summary, slides } = report()
    expect(summary.overflowing).toBe(0)
    expect(summary.minFont).toBeGreaterThanOrEqual(LIMITS.minFont)
    expect(summary.minBodyFont).toBeGreaterThanOrEqual(LIMITS.minBodyFont)
    expect(slides.some(slide => slide.step === 'xl')).toBe(true)
  })
})
