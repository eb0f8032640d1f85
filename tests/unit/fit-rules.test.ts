import type { CheckReport } from '../../scripts/check/check-report'
import type { SlideMeasure, StepTrial } from '../../scripts/check/slide-measure'
import type { Slide } from '../../scripts/model/deck'
import type { FitHint } from '../../scripts/plan/fit-hints'
import { describe, expect, it } from 'vitest'
import { buildReport, fitWarnings } from '../../scripts/check/check-report'
import { BODY_TEXT, hasSmallBody, hasSmallText, LIMITS, overflows, SMALL_TEXT } from '../../scripts/check/limits'
import { extraSlides, MAX_SPLIT, originKey, PART_ROOM_SHARE, planFixes, SLIDE_ROOM_PX } from '../../scripts/check/plan-fixes'
import { trialSteps } from '../../scripts/export/measure'
import { TYPE_STEPS } from '../../scripts/model/slidev-contract'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'

const fine = (slide: number): SlideMeasure => ({ slide, overflow: 0, minFont: 40, minBodyFont: 40, brokenImages: [] })

function reportWith(slides: readonly Slide[], failing: Record<number, Partial<SlideMeasure>>): CheckReport {
  return buildReport(slides.map((_, i) => ({ ...fine(i + 1), ...failing[i + 1] })), slides.map(slide => ('title' in slide ? slide.title : undefined)), [], [])
}

function contentIndex(slides: readonly Slide[], predicate: (slide: Slide) => boolean = () => true): number {
  return slides.findIndex(slide => slide.kind === 'content' && predicate(slide)) + 1
}

describe('limits: which text meets which limit', () => {
  it('holds keys, inline code, scripts, footnote marks and formulas to the smallest-text limit, not the body limit', () => {
    const small = SMALL_TEXT.split(',').map(selector => selector.trim())
    for (const selector of ['kbd', 'code', 'sub', 'sup', '.footnote-ref', '[data-footnote-ref]', '.katex', '.deck-caption', 'header', '.slidev-code'])
      expect(small).toContain(selector)
    expect(BODY_TEXT.split(',').map(selector => selector.trim())).toEqual(['li', 'p', 'blockquote', 'td', 'th', '.statement'])
  })

  it('breaks a limit only below it (0 means no text of that kind)', () => {
    expect(hasSmallText({ minFont: 23.9 })).toBe(true)
    expect(hasSmallText({ minFont: LIMITS.minFont })).toBe(false)
    expect(hasSmallText({ minFont: 0 })).toBe(false)
    expect(hasSmallBody({ minBodyFont: 27.9 })).toBe(true)
    expect(hasSmallBody({ minBodyFont: 28 })).toBe(false)
    expect(overflows({ overflow: 0.5 })).toBe(false)
    expect(overflows({ overflow: 0.6 })).toBe(true)
  })
})

describe('planFixes: more ways to make a slide fit', () => {
  const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `Paragraph ${i + 1} says something worth a point of its own, number ${i + 1}.`).join('\n\n')
  const article = `# T\n\n## Long\n\n${paragraphs(12)}\n`
  const plan = (fit = new Map()) => planDeck(parseArticle({ path: 'a.md', text: article }), { fit })

  it('asks for as many more slides as the overflow needs', () => {
    expect(extraSlides(10)).toBe(1)
    expect(extraSlides(SLIDE_ROOM_PX)).toBe(1)
    expect(extraSlides(SLIDE_ROOM_PX * 2 + 1)).toBe(3)
    const deck = plan(new Map([['Long@5', { tight: true }]]))
    const index = contentIndex(deck.slides)
    const fixes = planFixes(reportWith(deck.slides, { [index]: { overflow: SLIDE_ROOM_PX * 2 + 1 } }), deck.slides, new Map([['Long@5', { tight: true }]]))
    expect(fixes.changes.map(change => change.change)).toEqual(['split it into 4 slides'])
  })

  it(`splits no further than ${MAX_SPLIT} more slides`, () => {
    const deck = plan()
    const index = contentIndex(deck.slides)
    const key = deck.slides[index - 1]!.key!
    const near = planFixes(reportWith(deck.slides, { [index]: { overflow: 1e6 } }), deck.slides, new Map([[key, { tight: true, split: MAX_SPLIT - 1 }]]))
    expect(near.hints.get(key)?.split).toBe(MAX_SPLIT)
    const done = planFixes(reportWith(deck.slides, { [index]: { overflow: 50 } }), deck.slides, new Map([[key, { tight: true, split: MAX_SPLIT }]]))
    expect(done.changes).toEqual([])
  })

  it('splits the slide a later part was cut from, so the planner sees the hint', () => {
    const first = plan()
    const key = first.slides[contentIndex(first.slides) - 1]!.key!
    const hints = new Map<string, FitHint>([[key, { tight: true, split: 1 }]])
    const split = plan(hints)
    const parts = split.slides.filter(slide => slide.kind === 'content')
    expect(parts.length).toBeGreaterThan(first.slides.filter(slide => slide.kind === 'content').length)
    const splittable = new Set(plan(new Map([[key, { tight: true }]])).slides.flatMap(slide => slide.key ? [slide.key] : []))
    const later = split.slides.findIndex(slide => slide.key && !splittable.has(slide.key)) + 1
    expect(later).toBe(split.slides.findIndex(slide => slide.key === key) + 2)
    expect(originKey({ index: later - 1, key: split.slides[later - 1]!.key! }, split.slides, splittable)).toBe(key)
    const laterKey = split.slides[later - 1]!.key!
    const fixes = planFixes(reportWith(split.slides, { [later]: { overflow: 40 } }), split.slides, new Map<string, FitHint>([...hints, [laterKey, { tight: true }]]), { splittable })
    expect(fixes.hints.get(key)?.split).toBe(2)
    expect(fixes.changes[0]?.change).toMatch(/^split "Long" into 3 slides$/)
    expect(plan(fixes.hints).slides.filter(slide => slide.kind === 'content').length).toBeGreaterThan(parts.length)
  })

  /** The slide tried at every type step: overflowing by these amounts, largest step first. */
  const tried = (...overflows: number[]) => TYPE_STEPS.map((step, i) => ({ step: step.name, fits: overflows[i]! <= LIMITS.overflow, overflow: overflows[i]!, fill: 0.9 }))

  it('splits at once, at the largest step its parts fit, when no smaller step ends the overflow', () => {
    const index = contentIndex(plan().slides)
    const key = plan().slides[index - 1]!.key!
    const atMd = new Map<string, FitHint>([[key, { step: 'md' }]])
    const deck = plan(atMd)
    const md = TYPE_STEPS.findIndex(step => step.name === 'md')
    expect(deck.slides[index - 1]).toMatchObject({ typeStep: 'md' })
    // At md it overflows by 150px, at sm by 20px: two parts, each about (800 + 150) / 2 = 475px, fit at md.
    const fixes = planFixes(reportWith(deck.slides, { [index]: { overflow: 150, step: 'md', steps: tried(500, 300, 150, 20) } }), deck.slides, atMd)
    expect(fixes.changes.map(change => change.change)).toEqual(['split it into 2 slides'])
    expect(fixes.hints.get(key)).toEqual({ step: 'md', lowered: true, split: 1 })
    expect((SLIDE_ROOM_PX + 150) / 2).toBeLessThanOrEqual(SLIDE_ROOM_PX * PART_ROOM_SHARE)
    // Overflowing by 330px at md, by 60px at sm: two parts of (800 + 330) / 2 = 565px would be too full at md, so they are set at sm.
    expect((SLIDE_ROOM_PX + 330) / 2).toBeGreaterThan(SLIDE_ROOM_PX * PART_ROOM_SHARE)
    const fuller = planFixes(reportWith(deck.slides, { [index]: { overflow: 330, step: 'md', steps: tried(700, 500, 330, 60) } }), deck.slides, atMd)
    expect(fuller.hints.get(key)).toEqual({ step: 'sm', lowered: true, split: 1 })
    // Three parts at sm: at md they would be too full, so the parts are set at sm.
    const denser = planFixes(reportWith(deck.slides, { [index]: { overflow: 1500, step: 'md', steps: tried(2500, 2000, 1500, 900) } }), deck.slides, atMd)
    expect(denser.hints.get(key)).toEqual({ step: 'sm', lowered: true, split: 2 })
    expect(denser.changes[0]!.change).toBe(`split it into 3 slides at ${TYPE_STEPS[md + 1]!.px.body * 2}px body`)
    // The parts after the first start at the split's step (the topic's next slide keeps its own).
    const parts = plan(denser.hints).slides.filter(slide => slide.kind === 'content')
    expect(parts.slice(0, 3).map(slide => slide.kind === 'content' && slide.typeStep)).toEqual(['sm', 'sm', 'sm'])
  })

  it('steps the type down instead when a smaller step ends the overflow, or when a step was not measured', () => {
    const index = contentIndex(plan().slides)
    const atMd = new Map<string, FitHint>([[plan().slides[index - 1]!.key!, { step: 'md' }]])
    const deck = plan(atMd)
    const fits = planFixes(reportWith(deck.slides, { [index]: { overflow: 60, step: 'md', steps: tried(300, 150, 60, 0) } }), deck.slides, atMd)
    expect(fits.changes.map(change => change.change)).toEqual(['stepped the type down (40 -> 34px body)'])
    const unknown = tried(700, 500, 330, 60).map(({ overflow: _overflow, ...trial }) => trial)
    expect(planFixes(reportWith(deck.slides, { [index]: { overflow: 330, step: 'md', steps: unknown } }), deck.slides, atMd).changes.map(change => change.change)).toEqual(['stepped the type down (40 -> 34px body)'])
  })

  it('plans the same from the trials the page takes (trialSteps) as from trials at every step', () => {
    const index = contentIndex(plan().slides)
    const key = plan().slides[index - 1]!.key!
    // Overflow at xl, lg, md, sm: none, only at the larger steps, at every step, and out of order.
    const patterns = [[0, 0, 0, 0], [300, 0, 0, 0], [300, 150, 0, 0], [500, 300, 150, 20], [700, 500, 330, 60], [2500, 2000, 1500, 900], [0, 300, 0, 0], [60, 0, 60, 0], [0, 0, 300, 100]]
    let laidOut = 0
    for (const [at, step] of TYPE_STEPS.entries()) {
      const hints = new Map<string, FitHint>([[key, { step: step.name }]])
      const deck = plan(hints)
      for (const overflow of patterns) {
        const every = tried(...overflow)
        const taken = trialSteps(TYPE_STEPS, every[at]!, (trial) => {
          laidOut++
          return every[TYPE_STEPS.indexOf(trial)]!
        })
        const fixes = (steps: StepTrial[]) => planFixes(reportWith(deck.slides, { [index]: { overflow: overflow[at], step: step.name, steps } }), deck.slides, hints)
        expect(fixes(taken), `at ${step.name}, overflowing by ${overflow.join('/')}`).toEqual(fixes(every))
      }
    }
    expect(laidOut, 'fewer layouts than every step of every case').toBeLessThan(TYPE_STEPS.length * patterns.length * (TYPE_STEPS.length - 1))
  })

  it('lays a slide that fits out only at the larger steps, down to the first it fits at; one that does not at every other step', () => {
    const fitsFrom = (first: number) => (step: typeof TYPE_STEPS[number]) => ({ step: step.name, fits: TYPE_STEPS.indexOf(step) >= first, fill: 0.5 })
    const names = (trials: StepTrial[]) => trials.map(trial => trial.step)
    expect(names(trialSteps(TYPE_STEPS, { step: 'md', fits: true, fill: 0.5 }, fitsFrom(0)))).toEqual(['xl', 'md'])
    expect(names(trialSteps(TYPE_STEPS, { step: 'md', fits: true, fill: 0.5 }, fitsFrom(1)))).toEqual(['xl', 'lg', 'md'])
    expect(names(trialSteps(TYPE_STEPS, { step: 'xl', fits: true, fill: 0.5 }, fitsFrom(0)))).toEqual(['xl'])
    expect(names(trialSteps(TYPE_STEPS, { step: 'md', fits: false, fill: 0.9 }, fitsFrom(3)))).toEqual(['xl', 'lg', 'md', 'sm'])
  })

  it('does not raise the type of a later part when the slide it was cut from was stepped down', () => {
    const first = plan()
    const key = first.slides[contentIndex(first.slides) - 1]!.key!
    const hints = new Map<string, FitHint>([[key, { step: 'sm', lowered: true, split: 1 }]])
    const split = plan(hints)
    const splittable = new Set(plan(new Map([[key, { step: 'sm', lowered: true }]])).slides.flatMap(slide => slide.key ? [slide.key] : []))
    const later = split.slides.findIndex(slide => slide.key && !splittable.has(slide.key)) + 1
    expect(split.slides[later - 1]).toMatchObject({ typeStep: 'sm' })
    const roomy = { [later]: { step: 'sm', steps: tried(0, 0, 0, 0), fill: { top: 100, bottom: 400, share: 0.3 } } }
    expect(planFixes(reportWith(split.slides, roomy), split.slides, hints, { splittable }).changes).toEqual([])
    expect(planFixes(reportWith(split.slides, roomy), split.slides, new Map([[key, { step: 'sm', split: 1 }]]), { splittable }).changes.map(change => change.change)).toEqual([expect.stringMatching(/^raised the type/)])
  })

  it('moves a diagram off a slide that overflows with other blocks on it', () => {
    const text = '# T\n\n## Costs\n\nGPT-3使用了大约45TB的文本数据，一次训练费用近460万美元，参数规模达到1750亿。\n'
    const deck = planDeck(parseArticle({ path: 'a.md', text }))
    const index = contentIndex(deck.slides, slide => slide.kind === 'content' && slide.blocks.some(block => block.type === 'diagram'))
    const fixes = planFixes(reportWith(deck.slides, { [index]: { overflow: 120 } }), deck.slides, new Map())
    expect(fixes.changes.map(change => change.change)).toEqual(['gave its diagram a slide of its own'])
  })

  it('leaves statements and slides with nothing left to try in the report', () => {
    const deck = planDeck(parseArticle({ path: 'a.md', text: '# T\n\n## Quote\n\n**Only this bold statement stands here.**\n' }))
    const index = deck.slides.findIndex(slide => slide.kind === 'statement') + 1
    expect(index).toBeGreaterThan(0)
    expect(planFixes(reportWith(deck.slides, { [index]: { overflow: 300 } }), deck.slides, new Map()).changes).toEqual([])
    const small = plan()
    const at = contentIndex(small.slides)
    expect(planFixes(reportWith(small.slides, { [at]: { minBodyFont: 20 } }), small.slides, new Map()).changes).toEqual([])
  })
})

describe('fitWarnings', () => {
  it('names the article, the slide\'s line, its number, title and problems', () => {
    const deck = planDeck(parseArticle({ path: 'a.md', text: '# T\n\n## Long\n\nA point on line five.\n' }))
    const index = contentIndex(deck.slides)
    const report = reportWith(deck.slides, { [index]: { overflow: 12.5, overflowWhat: 'text "123"' } })
    expect(fitWarnings(report, deck.slides, 'articles/a.md')).toEqual([{ severity: 'warning', file: 'articles/a.md', line: 5, message: `slide ${index} "Long": overflows by 12.5px (text "123")` }])
    const noisy = buildReport(deck.slides.map((_, i) => fine(i + 1)), [], ['boom'], ['https://cdn.example/x.png'])
    expect(fitWarnings(noisy, deck.slides, 'a.md').map(warning => warning.message)).toEqual(['console error in the built deck: boom', 'the built deck asked for https://cdn.example/x.png (blocked: off the machine)'])
  })
})
