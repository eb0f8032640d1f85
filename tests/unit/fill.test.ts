import type { SlideMeasure, StepTrial } from '../../scripts/check/slide-measure'
import type { Deck, Slide } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { buildReport, formatReport } from '../../scripts/check/check-report'
import { FILL_TARGETS, isHalfEmpty, summarizeFill } from '../../scripts/check/fill'
import { planFixes } from '../../scripts/check/plan-fixes'
import { HALF_PAGE_NOTES, handoutPerPageFor } from '../../scripts/export/handout-parts'

const fill = (top: number, bottom: number) => ({ top, bottom, share: (bottom - top) / 1080 })
const measure = (slide: number, extra: Partial<SlideMeasure> = {}): SlideMeasure => ({ slide, overflow: 0, minFont: 40, minBodyFont: 40, brokenImages: [], ...extra })
const trials = (fits: Record<string, boolean>): StepTrial[] => ['xl', 'lg', 'md', 'sm'].map(step => ({ step, fits: fits[step] ?? false, fill: 0.5 }))
const content = (key: string, typeStep: 'xl' | 'lg' | 'md' | 'sm'): Slide => ({ kind: 'content', title: key, key, blocks: [], notes: [], layout: 'focus', typeStep })

describe('fill: how content slides use the canvas', () => {
  it('counts content layouts only, and finds slides with nothing in their lower half', () => {
    expect(isHalfEmpty(fill(60, 540))).toBe(true)
    expect(isHalfEmpty(fill(60, 560))).toBe(false)
    const summary = summarizeFill([
      { slide: 1, layout: 'cover', fill: fill(400, 600) },
      { slide: 2, layout: 'content', fill: fill(60, 300) },
      { slide: 3, layout: 'focus', fill: fill(60, 900) },
      { slide: 4, layout: 'cards', fill: fill(60, 1000) },
      { slide: 5, layout: 'section', fill: fill(300, 700) },
      { slide: 6, layout: 'claim', fill: fill(400, 600) },
    ])
    expect(summary.slides).toBe(3)
    expect(summary.median).toBeCloseTo(840 / 1080, 3)
    expect(summary.halfEmpty).toEqual([2])
    expect(summary.sparse).toEqual([2])
    expect(summary.meetsTargets).toBe(false)
    expect(FILL_TARGETS.maxHalfEmpty).toBe(0.1)
  })

  it('goes into the report and its table, with each slide\'s layout', () => {
    const report = buildReport([measure(1, { fill: fill(60, 1000) }), measure(2, { fill: fill(60, 400) })], ['A', 'B'], [], [], undefined, ['content', 'focus'])
    expect(report.slides.map(slide => slide.layout)).toEqual(['content', 'focus'])
    expect(report.summary.fill).toMatchObject({ slides: 2, halfEmpty: [2] })
    expect(report.summary.passed).toBe(true)
    const table = formatReport(report)
    expect(table).toMatch(/layout\s+fill\s+overflow/)
    expect(table).toMatch(/focus\s+\*31%/)
    expect(table).toMatch(/fill: 2 content slides fill a median 59% of the height; 1 with the lower half empty \(slides 2\), 1 filling less than half \(slides 2\)/)
  })
})

describe('the fit loop sizes type to the room', () => {
  it('steps an overflowing slide down to the largest step the browser found it fits at', () => {
    const slides = [content('a@1', 'xl')]
    const report = buildReport([measure(1, { overflow: 80, step: 'xl', steps: trials({ md: true, sm: true }) })], ['a'], [], [])
    const fixes = planFixes(report, slides, new Map())
    expect(fixes.hints.get('a@1')).toEqual({ step: 'md', lowered: true })
    expect(fixes.changes).toEqual([expect.objectContaining({ change: 'stepped the type down (56 -> 40px body)', kind: 'fix' })])
  })

  it('raises a slide that fits to the largest step that fits, but never one stepped down before', () => {
    const slides = [content('a@1', 'md'), content('b@2', 'md')]
    const report = buildReport([1, 2].map(slide => measure(slide, { fill: fill(60, 500), step: 'md', steps: trials({ lg: true, md: true, sm: true }) })), ['a', 'b'], [], [])
    const fixes = planFixes(report, slides, new Map([['b@2', { step: 'md', lowered: true }]]))
    expect(fixes.hints.get('a@1')).toEqual({ step: 'lg' })
    expect(fixes.hints.get('b@2')).toEqual({ step: 'md', lowered: true })
    expect(fixes.changes).toEqual([expect.objectContaining({ slide: 1, change: 'raised the type (40 -> 48px body)', problem: 'fills 41% of the height', kind: 'room' })])
  })

  it('leaves a slide at the largest step that fits as it is', () => {
    const report = buildReport([measure(1, { step: 'lg', steps: trials({ lg: true, md: true }) })], ['a'], [], [])
    expect(planFixes(report, [content('a@1', 'lg')], new Map()).changes).toEqual([])
  })
})

describe('handout: two slides a page unless the notes need the room', () => {
  const deckWith = (lengths: number[]): Deck => ({
    meta: { title: 'T', lang: 'zh-CN', source: 'a.md' },
    slides: lengths.map(length => ({ kind: 'content', title: 't', blocks: [], notes: [{ type: 'paragraph', inlines: [{ type: 'text', value: '字'.repeat(length) }] }] })),
    diagnostics: [],
  })

  it('puts two slides a page when most notes fit half a page, one when many do not', () => {
    expect(handoutPerPageFor(deckWith([100, 200, 300, HALF_PAGE_NOTES + 100]))).toBe(2)
    expect(handoutPerPageFor(deckWith([100, HALF_PAGE_NOTES + 1, HALF_PAGE_NOTES + 200, 300]))).toBe(1)
  })
})
