import { parseSync } from '@slidev/parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { decodeArticle } from '../../scripts/parse/read-article'
import { planDeck } from '../../scripts/plan'
import { renderSlidev } from '../../scripts/render'
import { checkCoverage } from '../../scripts/verify/check-coverage'
import { article } from '../helpers/hostile-markdown'

describe('any article, however hostile or broken', () => {
  it('gives a slides.md that Slidev reads back into the planned slides, keeping every sentence', () => {
    fc.assert(fc.property(article, (markdown) => {
      const text = decodeArticle('article.md', new TextEncoder().encode(markdown))
      const parsed = parseArticle({ path: 'article.md', text })
      const deck = planDeck(parsed)
      const rendered = renderSlidev(deck)
      const slides = parseSync(rendered, 'slides.md').slides
      expect(slides).toHaveLength(deck.slides.length)
      const report = checkCoverage(parsed.tree, rendered, deck.meta.lang)
      expect(report.sentences.missing).toEqual([])
      expect(report.numbers.missing).toEqual([])
      expect(report.code.missing).toEqual([])
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 200), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261128 })
  }, 120_000)
})
