// @vitest-environment happy-dom
import type { collectInPage } from '../../../scripts/export/pptx/collect'
import { describe, expect, it } from 'vitest'
import { pageScript } from '../../../scripts/export/page-bundle'
import { OPTIONS, slideWith } from './helpers'

describe('the collector\'s bundle', () => {
  it('is one self-contained script (no import left) that reads the page as the modules do', async () => {
    const script = await pageScript('collect')
    expect(script).not.toMatch(/^\s*import\s/m)
    // eslint-disable-next-line no-new-func
    const bundled = new Function(`${script}\nreturn deckPageCode`)() as { collectInPage: typeof collectInPage }
    slideWith('<div style="background-color: rgb(1, 2, 3)">boxed</div>')
    const deck = bundled.collectInPage(OPTIONS)
    expect(deck.slides).toHaveLength(1)
    expect(deck.slides[0]!.items.map(item => item.kind)).toEqual(['box', 'text'])
  })
})
