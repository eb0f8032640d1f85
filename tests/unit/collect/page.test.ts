// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { collectInPage } from '../../../scripts/export/pptx/collect'
import { walk } from '../../../scripts/export/pptx/collect/walk'
import { layOutTextInEachTest, OPTIONS, slideWith } from './helpers'

layOutTextInEachTest(40)

describe('reading a slide', () => {
  it('reads what its layout holds in paint order: a painted box before its text, a list as one text of paragraphs, a table, an image after the text it stands in, a diagram', () => {
    const { slide, root } = slideWith('<h1>Title</h1><div style="background-color: rgb(1, 2, 3)"><p>In a box</p></div><ul><li>one</li><li>two</li></ul><table><tr><td>cell</td></tr></table><p><img src="/a.png" alt=""></p><figure class="deck-diagram flow-chain"><svg style="display:block"><rect /></svg></figure>')
    const items: Parameters<typeof walk>[2] = []
    walk(slide, root, items)
    expect(items.map(item => item.kind === 'text' ? `text:${item.tag}` : item.kind)).toEqual(['text:h1', 'box', 'text:p', 'text:ul', 'table', 'text:p', 'image', 'diagram'])
  })

  it('does not read the layout root\'s own background as a box (it is the slide\'s), nor what is hidden', () => {
    const { slide, root } = slideWith('<p>shown</p><p style="display:none">hidden</p>')
    root.style.backgroundColor = 'rgb(9, 9, 9)'
    const items: Parameters<typeof walk>[2] = []
    walk(slide, root, items)
    expect(items.map(item => item.kind)).toEqual(['text'])
  })
})

describe('reading the print view', () => {
  it('reads every slide, its layout\'s class and background, the captures asked for, and the theme\'s properties', () => {
    slideWith('<p>first</p>')
    document.body.insertAdjacentHTML('beforeend', '<div class="print-slide"><div class="slidev-layout deck-cover" style="background-image: linear-gradient(red, blue)"><p>second</p></div></div>')
    document.head.insertAdjacentHTML('beforeend', '<style>.slidev-layout { --deck-primary: #1e3a5f }</style>')
    const deck = collectInPage(OPTIONS)
    expect(deck.slides.map(slide => [slide.layoutClass, slide.items.length, slide.backgroundCapture])).toEqual([['slidev-layout', 1, undefined], ['slidev-layout deck-cover', 1, 'c1']])
    expect(deck.captures.map(capture => [capture.id, capture.backgroundOnly])).toEqual([['c1', true]])
    expect(deck.theme).toEqual({ '--deck-primary': '#1e3a5f' })
  })
})
