// @vitest-environment happy-dom
import type { MeasureOptions } from '../../../scripts/export/measure'
import { describe, expect, it } from 'vitest'
import { INVISIBLE_CHARS } from '../../../scripts/check/visible-text'
import { measureInPage } from '../../../scripts/export/measure'
import { beyond, drawsBox, isVisible } from '../../../scripts/export/measure/elements'
import { inspectSlide } from '../../../scripts/export/measure/inspect-slide'
import { BROWSER_DEFAULTS, layOutTextInEachTest } from '../collect/helpers'

const OPTIONS: MeasureOptions = {
  canvasHeight: 540,
  invisible: INVISIBLE_CHARS.source,
  bodyText: 'p, li',
  smallText: 'code, kbd',
  slide: '.print-slide',
  layout: '.slidev-layout',
  steps: [{ name: 'lg', className: 'deck-step-lg' }, { name: 'md', className: 'deck-step-md' }],
}

/** A page of one slide 960x540 at the top left, holding `html` in its layout root. */
function slideWith(html: string, layoutClass = ''): HTMLElement {
  document.head.innerHTML = `<style>${BROWSER_DEFAULTS}</style>`
  document.body.innerHTML = `<div class="print-slide"><div class="slidev-layout ${layoutClass}">${html}</div></div>`
  const container = document.querySelector<HTMLElement>('.print-slide')!
  container.getBoundingClientRect = () => new DOMRect(0, 0, 960, 540)
  container.querySelector<HTMLElement>('.slidev-layout')!.getBoundingClientRect = () => new DOMRect(0, 0, 960, 540)
  return container
}

layOutTextInEachTest(40, 10)

describe('what the measure asks of an element', () => {
  it('reaches outside the slide by how far its furthest edge is', () => {
    const box = new DOMRect(0, 0, 960, 540)
    expect(beyond(new DOMRect(10, 10, 100, 100), box)).toBe(0)
    expect(beyond(new DOMRect(900, 500, 100, 100), box)).toBe(60)
  })

  it('draws a box when it paints a background or border or is a picture, never when it is as large as the slide', () => {
    const container = slideWith('<div id="a" style="background-color: rgb(1, 2, 3)">a</div><div id="b">b</div><img id="c" src="/x.png">')
    const box = new DOMRect(0, 0, 960, 540)
    const draws = (id: string, rect = new DOMRect(0, 0, 100, 50)) => {
      const element = container.querySelector(`#${id}`)!
      return drawsBox(element, getComputedStyle(element), rect, box)
    }
    expect([draws('a'), draws('b'), draws('c'), draws('a', new DOMRect(0, 0, 950, 530))]).toEqual([true, false, true, false])
  })

  it('is not drawn inside what is hidden until a click, MathML or screen-reader text', () => {
    const container = slideWith('<p id="a">a</p><g class="is-hidden"><p id="b">b</p></g><span class="sr-only"><b id="c">c</b></span>')
    expect(['a', 'b', 'c'].map(id => isVisible(container.querySelector(`#${id}`)!))).toEqual([true, false, false])
  })
})

describe('inspecting a slide', () => {
  it('reports its smallest text and smallest body text in lines of a 1080p slide, and what the smallest is', () => {
    const container = slideWith('<p style="font-size: 20px">Body</p><code style="font-size: 13px">small()</code>')
    const inspected = inspectSlide(container, OPTIONS, new RegExp(OPTIONS.invisible, 'gu'))
    expect([inspected.minFont, inspected.minBodyFont, inspected.minFontWhat]).toEqual([26, 40, 'small()'])
  })

  it('reports what reaches furthest outside the slide, and the band its content fills', () => {
    const container = slideWith('<div id="big" style="background-color: rgb(1, 2, 3)">x</div>')
    container.querySelector<HTMLElement>('#big')!.getBoundingClientRect = () => new DOMRect(0, 100, 200, 500)
    const inspected = inspectSlide(container, OPTIONS, new RegExp(OPTIONS.invisible, 'gu'))
    expect(inspected.overflow).toBe(120)
    expect(inspected.overflowWhat).toBe('<div class="">')
    expect(inspected.fill.top).toBe(0)
    expect(inspected.fill.bottom).toBe(1080)
  })
})

describe('measuring the print view', () => {
  it('tries a slide set at a type step at every step and puts it back at its own', () => {
    slideWith('<p style="font-size: 20px">Body</p>', 'deck-step-md')
    const [measured] = measureInPage(OPTIONS)
    expect(measured).toMatchObject({ slide: 1, step: 'md', brokenImages: [] })
    expect(measured!.steps!.map(step => [step.step, step.fits])).toEqual([['lg', true], ['md', true]])
    expect(document.querySelector('.slidev-layout')!.classList.contains('deck-step-md')).toBe(true)
  })
})
