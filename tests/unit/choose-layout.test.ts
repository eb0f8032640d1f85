import type { Block, ContentSlide, Inline, Point } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { cardOf } from '../../scripts/plan/card-term'
import { chooseLayout, chooseLayouts } from '../../scripts/plan/choose-layout'
import { inlineText } from '../../scripts/plan/inlines'
import { estimateHeight, startStep } from '../../scripts/plan/start-step'
import { renderSlidev } from '../../scripts/render'

const text = (value: string): Inline[] => [{ type: 'text', value }]
const point = (inlines: Inline[] | string, extra: Partial<Point> = {}): Point => ({ inlines: typeof inlines === 'string' ? text(inlines) : inlines, children: [], ...extra })
const points = (...items: (Point | string)[]): Block => ({ type: 'points', ordered: false, items: items.map(item => typeof item === 'string' ? point(item) : item) })
const image: Block = { type: 'image', src: 'a.png', alt: 'A chart', remote: false }
const code: Block = { type: 'code', lang: 'ts', value: 'const a = 1\nconst b = 2' }
const slide = (blocks: Block[], extra: Partial<ContentSlide> = {}): ContentSlide => ({ kind: 'content', title: 'Title', blocks, notes: [], ...extra })
const bold = (term: string, rest: string): Inline[] => [{ type: 'strong', children: text(term) }, ...text(rest)]

describe('chooseLayout: the layout a slide\'s content asks for', () => {
  it('shows a single point as a claim, and a few points larger in the middle of the room', () => {
    expect(chooseLayout(slide([points('One thing to remember.')]))).toBe('claim')
    expect(chooseLayout(slide([points('First point.', 'Second point.')]))).toBe('focus')
    expect(chooseLayout(slide([points('One.', 'Two.', 'Three.')]))).toBe('focus')
    expect(chooseLayout(slide([points('One.', 'Two.', 'Three.', 'Four.')]))).toBe('content')
    expect(chooseLayout(slide([points(point('Parent.', { children: [point('Child.')] }), 'Other.')]))).toBe('content')
  })

  it('makes cards of two to four points that each open with a term or a figure, shown together', () => {
    expect(chooseLayout(slide([points(point(bold('Speed', ': answers in a second')), point(bold('Cost', ' — a cent a call')))]))).toBe('cards')
    expect(chooseLayout(slide([points('Persona-Chat：专门用于对话的数据集', 'DailyDialog：日常对话数据集', 'Ubuntu：技术支持对话')]))).toBe('cards')
    expect(chooseLayout(slide([points('1750亿参数的模型', '45TB的训练数据')]))).toBe('cards')
    expect(chooseLayout(slide([points(point(bold('Speed', ': fast'), { click: 1 }), point(bold('Cost', ': low'), { click: 2 }))]))).toBe('focus')
    expect(chooseLayout(slide([points(point(bold('Speed', ': fast')), 'No term here at all.')]))).toBe('focus')
  })

  it('puts a figure beside its text, or alone over the slide', () => {
    expect(chooseLayout(slide([points('What the chart shows.'), image]))).toBe('figure')
    expect(chooseLayout(slide([points('Before.'), image, points('After.')]))).toBe('figure')
    expect(chooseLayout(slide([image]))).toBe('picture')
    expect(chooseLayout(slide([points('1', '2', '3', '4', '5'), image]))).toBe('content')
  })

  it('keeps code with a sentence, diagrams and summaries in their own layouts', () => {
    expect(chooseLayout(slide([points('Call it so:'), code]))).toBe('code')
    expect(chooseLayout(slide([points('One.', 'Two.'), code]))).toBe('focus')
    expect(chooseLayout(slide([points('1.', '2.', '3.', '4.'), code]))).toBe('content')
    expect(chooseLayout(slide([points('A.')], { variant: 'summary' }))).toBe('summary')
    expect(chooseLayout(slide([{ type: 'math', value: 'a = b' }, code]))).toBe('focus')
    expect(chooseLayout(slide([{ type: 'heading', inlines: text('Part') }, points('A.')]))).toBe('content')
  })
})

describe('cardOf: the term or figure a point opens with', () => {
  it('takes a leading bold term, a label before a colon, or a number with its unit', () => {
    const cut = (inlines: Inline[] | string) => {
      const card = cardOf(point(inlines))
      return card && [inlineText(card.term), inlineText(card.text)]
    }
    expect(cut(bold('Speed', ': answers in a second'))).toEqual(['Speed', 'answers in a second'])
    expect(cut('Persona-Chat：专门用于对话的数据集')).toEqual(['Persona-Chat', '专门用于对话的数据集'])
    expect(cut('1750亿参数的模型')).toEqual(['1750亿', '参数的模型'])
    expect(cut('40% of the mix is web text')).toEqual(['40%', 'of the mix is web text'])
    expect(cut('2022年11月底，OpenAI发布了ChatGPT')).toEqual(['2022年11月底', 'OpenAI发布了ChatGPT'])
  })

  it('takes nothing from a point that opens with a sentence, or whose term is all there is', () => {
    expect(cardOf(point('Every year the models grow larger: more parameters are trained.'))).toBeUndefined()
    expect(cardOf(point(bold('Only a term', '')))).toBeUndefined()
    expect(cardOf(point('A sentence without a term.'))).toBeUndefined()
    expect(cardOf(point('2023年3月开始，ChatGPT燃爆中国互联网界')), 'a date cut in two').toBeUndefined()
  })
})

describe('type steps: where the plan starts a slide', () => {
  it('starts sparse slides at the largest step and dense ones lower', () => {
    expect(startStep(slide([points('One short point.')]), 'claim')).toBe('xl')
    expect(startStep(slide([points('Short.', 'Points.')]), 'focus')).toBe('xl')
    const dense = slide([points(...Array.from({ length: 6 }, (_, i) => `Point ${i} is a long sentence that takes most of a line on the slide at any size of type.`))])
    expect(startStep(dense, 'content')).not.toBe('xl')
    expect(estimateHeight(dense, 'xl')).toBeGreaterThan(estimateHeight(dense, 'md'))
  })

  it('lets the fit check\'s step win over the estimate, and renders the step and the layout', () => {
    const planned = slide([points('First point.', 'Second point.')], { key: 'k@1' })
    const deck = { meta: { title: 'T', lang: 'en' as const, source: 'a.md' }, slides: [planned], diagnostics: [] }
    expect(chooseLayouts(deck).slides[0]).toMatchObject({ layout: 'focus', typeStep: 'xl' })
    const stepped = chooseLayouts(deck, new Map([['k@1', { step: 'md' as const }]]))
    expect(stepped.slides[0]).toMatchObject({ layout: 'focus', typeStep: 'md' })
    expect(chooseLayouts(deck, new Map([['k@1', { tight: true }]])).slides[0]).toMatchObject({ typeStep: 'sm', tight: true })
    const markdown = renderSlidev(stepped)
    expect(markdown).toContain('layout: "focus"')
    expect(markdown).toContain('class: "deck-step-md"')
  })

  it('renders cards with their terms as headings, the point\'s words all there', () => {
    const cards = slide([points(point(bold('Speed', ': fast answers')), point(bold('Cost', ': a cent a call')))])
    const deck = chooseLayouts({ meta: { title: 'T', lang: 'en', source: 'a.md' }, slides: [cards], diagnostics: [] })
    const markdown = renderSlidev(deck)
    expect(markdown).toContain('layout: "cards"')
    expect(markdown).toContain('- <span class="deck-card-term">Speed</span> fast answers')
  })
})
