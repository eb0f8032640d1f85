import { describe, expect, it } from 'vitest'
import { articleTerms, keyTermWeight, talkTokens } from '../../scripts/plan/key-terms'

/** Ten paragraphs that all use `the`, `of` and `的`; `gradient` recurs in four of them, twice in each; `lunch` comes once. */
const ARTICLE = Array.from({ length: 10 }, (_, index) => `The size of the ${index % 3 === 0 ? 'gradient step 的 gradient' : 'step 的 step'} ${index} matters. ${index === 5 ? 'We had lunch.' : ''}`).join('\n\n')

describe('key terms', () => {
  it('tells the words most paragraphs use from the words the article keeps talking about', () => {
    const terms = articleTerms(ARTICLE)
    expect(terms.common.has('the')).toBe(true)
    expect(terms.common.has('的')).toBe(true)
    expect(terms.common.has('lunch')).toBe(false)
    expect(terms.common.has('gradient')).toBe(false)
    expect(terms.counts.get('gradient')).toBe(8)
  })

  it('weighs a text by its key terms only: function words count for nothing', () => {
    const terms = articleTerms(`${ARTICLE}\n\nGradient descent follows the gradient.\n\nAn optimizer steps along the gradient of the loss.\n\nThe loss falls.`)
    const weight = (text: string) => keyTermWeight(talkTokens(text), terms)
    expect(weight('the of the of')).toBe(0)
    expect(weight('gradient descent')).toBeGreaterThan(weight('we had lunch'))
    expect(weight('')).toBe(0)
  })

  it('finds no common words in an article too short to tell', () => {
    expect(articleTerms('The cat.\n\nThe dog.').common.size).toBe(0)
  })
})
