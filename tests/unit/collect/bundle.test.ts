// @vitest-environment happy-dom
import type { collectInPage } from '../../../scripts/export/pptx/collect'
import { describe, expect, it } from 'vitest'
import { collectorScript } from '../../../scripts/export/pptx/collector-bundle'
import { OPTIONS, slideWith } from './helpers'

describe('the collector\'s bundle', () => {
  it('is one self-contained script (no import left) that reads the page as the modules do', async () => {
    const script = await collectorScript()
    expect(script).not.toMatch(/^\s*import\s/m)
    // eslint-disable-next-line no-new-func
    const bundled = new Function(`${script}\nreturn deckCollector`)() as { collectInPage: typeof collectInPage }
    slideWith('<div style="background-color: rgb(1, 2, 3)">boxed</div>')
    const deck = bundled.collectInPage(OPTIONS)
    expect(deck.slides).toHaveLength(1)
    expect(deck.slides[0]!.items.map(item => item.kind)).toEqual(['box', 'text'])
  })
})
