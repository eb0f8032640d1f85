import { describe, expect, it } from 'vitest'
import { longArticle } from '../../scripts/bench/long-article'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'

describe('the bench\'s long chapter', () => {
  it('is the same on every run, and plans to 100+ slides holding formulas, tables, code and lists', () => {
    const text = longArticle()
    expect(longArticle()).toBe(text)
    const deck = planDeck(parseArticle({ path: 'long.md', text }))
    expect(deck.slides.length).toBeGreaterThanOrEqual(100)
    const blocks = new Set(deck.slides.flatMap(slide => (slide.kind === 'content' ? slide.blocks.map(block => block.type) : [])))
    expect([...blocks]).toEqual(expect.arrayContaining(['math', 'table', 'code', 'points']))
  })
})
