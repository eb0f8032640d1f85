import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { replanner } from '../../scripts/pipeline/replan'
import { planDeck } from '../../scripts/plan'

const article = [
  '# Deck',
  '',
  '## Part one',
  '',
  'The first paragraph says what the part is about and why it matters to the audience.',
  '',
  '![a chart of the results](missing.png)',
  '',
  'The second paragraph explains how the listing below sets the service up before it starts.',
  '',
  '```js',
  ...Array.from({ length: 8 }, (_, i) => `configure${i}()`),
  '```',
].join('\n')

describe('replanner', () => {
  it('plans the fix rounds as the deck was planned: without the images that could not be shown', () => {
    const parsed = parseArticle({ path: 'a.md', text: article })
    const unavailableImages = new Set(['missing.png'])
    const shown = planDeck(parsed, { unavailableImages }).slides.flatMap(slide => (slide.key ? [slide.key] : []))
    expect(replanner(parsed, { unavailableImages }).splittable(new Map())).toEqual(new Set(shown))
    const withImage = planDeck(parsed).slides.flatMap(slide => (slide.key ? [slide.key] : []))
    expect(withImage).not.toEqual(shown)
  })
})
