import type { CheckReport } from '../../scripts/check/check-report'
import type { Slide } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { buildReport } from '../../scripts/check/check-report'
import { slideProblems } from '../../scripts/check/limits'
import { planFixes } from '../../scripts/check/plan-fixes'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'
import { renderSlidev } from '../../scripts/render'

const measure = (slide: number, overflow = 0, minFont = 40, minBodyFont = 40) => ({ slide, overflow, minFont, minBodyFont, brokenImages: [] as string[] })

describe('slideProblems and buildReport', () => {
  it('name each broken limit', () => {
    expect(slideProblems({ ...measure(1, 12.5, 20, 26), overflowWhat: '<ul>', minFontWhat: 'tiny' })).toEqual(['overflows by 12.5px (<ul>)', 'text at 20px ("tiny")', 'body text at 26px'])
    expect(slideProblems(measure(1))).toEqual([])
  })

  it('fail the deck on any console error or request off the machine, even when every slide fits', () => {
    expect(buildReport([measure(1)], ['a'], [], []).summary.passed).toBe(true)
    expect(buildReport([measure(1)], ['a'], ['boom'], []).summary.passed).toBe(false)
    expect(buildReport([measure(1)], ['a'], [], ['https://cdn.example/x.png']).summary.passed).toBe(false)
  })
})

const ARTICLE = `# T

## Long

${Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} says something worth a point of its own, number ${i + 1}.`).join('\n\n')}
`

function planned(fit = new Map()) {
  return planDeck(parseArticle({ path: 'a.md', text: ARTICLE }), { fit })
}

function reportFor(slides: Slide[], failing: number, overflow: number, minFont = 40): CheckReport {
  return buildReport(slides.map((_, i) => (i + 1 === failing ? measure(i + 1, overflow, minFont) : measure(i + 1))), [], [], [])
}

describe('planFixes and the planner', () => {
  const deck = planned()
  const long = deck.slides.findIndex(slide => slide.kind === 'content') + 1

  it('first steps the type down, then splits the slide, once more each round', () => {
    const first = planFixes(reportFor(deck.slides, long, 40), deck.slides, new Map())
    expect(first.changes.map(change => change.change)).toEqual([expect.stringMatching(/^stepped the type down \(\d+ -> 34px body\)$/)])
    const tight = planned(first.hints)
    expect(tight.slides[long - 1]).toMatchObject({ tight: true })
    expect(renderSlidev(tight)).toContain('class: "deck-tight"')

    const second = planFixes(reportFor(tight.slides, long, 20), tight.slides, first.hints)
    expect(second.changes.map(change => change.change)).toEqual(['split it into 2 slides'])
    const split = planned(second.hints)
    expect(split.slides.length).toBe(deck.slides.length + 1)
    const contents = split.slides.filter(slide => slide.kind === 'content')
    expect(contents.map(slide => slide.kind === 'content' && slide.blocks[0]?.type === 'points' && slide.blocks[0].items.length)).toEqual([3, 3])
  })

  it('leaves slides without content of their own as they are', () => {
    const fixes = planFixes(reportFor(deck.slides, 1, 40), deck.slides, new Map())
    expect(fixes.changes).toEqual([])
  })

  it('gives a diagram whose text is too small a slide of its own', () => {
    const withDiagram = planDeck(parseArticle({ path: 'a.md', text: '# T\n\n## Costs\n\nGPT-3使用了大约45TB的文本数据，一次训练费用近460万美元，参数规模达到1750亿。\n' }))
    const index = withDiagram.slides.findIndex(slide => slide.kind === 'content' && slide.blocks.some(block => block.type === 'diagram')) + 1
    const fixes = planFixes(reportFor(withDiagram.slides, index, 0, 20), withDiagram.slides, new Map())
    expect(fixes.changes.map(change => change.change)).toEqual(['gave its diagram a slide of its own'])
    const solo = planDeck(parseArticle({ path: 'a.md', text: '# T\n\n## Costs\n\nGPT-3使用了大约45TB的文本数据，一次训练费用近460万美元，参数规模达到1750亿。\n' }), { fit: fixes.hints })
    const diagramSlide = solo.slides.find(slide => slide.kind === 'content' && slide.blocks.some(block => block.type === 'diagram'))
    expect(diagramSlide?.kind === 'content' && diagramSlide.blocks.map(block => block.type)).toEqual(['diagram'])
  })
})
