import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../scripts/lib/normalize-text'
import { planDeck } from '../../scripts/plan'
import { LONG_ITEM, MAX_AGENDA_ITEMS, MAX_POINTS, POINT_LENGTH } from '../../scripts/plan/budget'
import { measureText } from '../../scripts/plan/measure-text'
import { renderSlidev } from '../../scripts/render'
import { checkCoverage, isComplete } from '../../scripts/verify/check-coverage'
import { deckStats } from '../helpers/deck-stats'
import { parseFile } from '../helpers/plan-file'
import { ROOT } from '../helpers/run-cli'

const fixtures = join(ROOT, 'tests/fixtures')
const articles = [
  join(ROOT, 'articles/why-chatgpt.md'),
  ...readdirSync(fixtures, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => join(fixtures, entry.name, entry.name === 'e2e' ? 'article.md' : 'input.md')).filter(path => existsSync(path)),
]

async function build(path: string) {
  const article = await parseFile(path)
  const deck = planDeck(article)
  const markdown = renderSlidev(deck)
  return { article, deck, markdown, stats: deckStats(markdown) }
}

describe.each(articles.map(path => [path.slice(ROOT.length), path]))('%s', async (_name, path) => {
  const { article, deck, markdown, stats } = await build(path)

  it('keeps every sentence, number and line of code', () => {
    const report = checkCoverage(article.tree, markdown, deck.meta.lang)
    expect(report.sentences.missing).toEqual([])
    expect(report.numbers.missing).toEqual([])
    expect(report.code.missing).toEqual([])
    expect(isComplete(report)).toBe(true)
  })

  it(`shows at most ${MAX_POINTS} points a slide (an agenda ${MAX_AGENDA_ITEMS} sections in two columns), each within the point budget (a list item's whole sentence within ${LONG_ITEM} times it)`, () => {
    for (const slide of stats) {
      expect(slide.points, `slide ${slide.index} "${slide.title}"`).toBeLessThanOrEqual(slide.layout === 'agenda' ? MAX_AGENDA_ITEMS : MAX_POINTS)
      for (const text of slide.pointTexts) {
        if (slide.layout !== 'agenda' && slide.layout !== 'end')
          expect(measureText(text), `slide ${slide.index}: ${text}`).toBeLessThanOrEqual(POINT_LENGTH * LONG_ITEM)
      }
    }
  })

  it('gives every content slide notes', () => {
    for (const slide of stats.filter(candidate => ['content', 'summary', 'statement'].includes(candidate.layout)))
      expect(slide.notes, `slide ${slide.index} "${slide.title}"`).not.toBe('')
  })

  it('reads back into as many slides as were planned', () => {
    expect(stats).toHaveLength(deck.slides.length)
  })

  it('plans the same bytes every time', async () => {
    expect((await build(path)).markdown).toBe(markdown)
  })
})

describe('the default article', async () => {
  const { deck, markdown, stats } = await build(join(ROOT, 'articles/why-chatgpt.md'))
  const text = normalizeText(markdown)

  it.each(['1750亿', '45TB', '460万美元', '285000', '10000个NVIDIA V100', '7.7万', '70万美金', '100亿美金', '750G', '500B', '100倍', '5亿美金', '30类'])('keeps %s', (figure) => {
    expect(text).toContain(normalizeText(figure))
  })

  it('has a cover, an agenda of the six sections, dividers, a summary and a closing slide with the two questions', () => {
    expect(stats[0]!.layout).toBe('cover')
    expect(stats[1]).toMatchObject({ layout: 'agenda', points: 6 })
    expect(stats.filter(slide => slide.layout === 'section')).toHaveLength(6)
    expect(stats.some(slide => slide.layout === 'summary')).toBe(true)
    expect(stats.at(-1)).toMatchObject({ layout: 'end', points: 2 })
    expect(stats.at(-1)!.pointTexts.every(question => question.endsWith('？'))).toBe(true)
  })

  it('redraws its figures: at least six kinds of diagram, on at least eight slides, and no remote image', () => {
    const diagrams = deck.slides.flatMap(slide => (slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'diagram') : []))
    expect(new Set(diagrams.map(block => block.type === 'diagram' && block.diagram.component)).size).toBeGreaterThanOrEqual(6)
    expect(deck.slides.filter(slide => slide.kind === 'content' && slide.blocks.some(block => block.type === 'diagram')).length).toBeGreaterThanOrEqual(8)
    expect(markdown).not.toMatch(/<img[^>]+src="https?:|!\[[^\]]*\]\(https?:|ImagePlaceholder/)
  })
})

// Precision before recall: en-genai-11's numbered steps open with a bold verb ("**Calling** the API ..."),
// which is no step name, so it keeps one detected diagram (its term cards).
describe.each([['corpus-zh-genai-05-advanced-prompts', 2], ['corpus-en-genai-11-function-calling', 1]] as const)('%s', (name, least) => {
  it('gets diagrams by detection alone', async () => {
    const { deck } = await build(join(fixtures, name, 'input.md'))
    const detected = deck.slides.flatMap(slide => (slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'diagram' && block.origin === 'detected') : []))
    expect(detected.length).toBeGreaterThanOrEqual(least)
  })
})
