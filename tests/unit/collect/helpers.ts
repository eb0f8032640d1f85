import type { SlideContext } from '../../../scripts/export/pptx/collect/context'
import type { CollectOptions } from '../../../scripts/export/pptx/collect/options'
import { afterEach, beforeEach } from 'vitest'
import { pageContext } from '../../../scripts/export/pptx/collect/context'
import { walk } from '../../../scripts/export/pptx/collect/walk'

/** The options the collector is given, as `read-print-view.ts` gives them (selectors of a page made here). */
export const OPTIONS: CollectOptions = {
  slide: '.print-slide',
  layout: '.slidev-layout',
  diagramClass: 'deck-diagram',
  hidden: '.sr-only, .katex-mathml',
  canvasWidth: 960,
  canvasHeight: 540,
  invisible: '[\\u200B\\u200C\\u200D\\uFEFF\\s]',
  backgroundAttribute: 'data-capture',
  themeProperties: ['--deck-primary'],
}

/** The browser's defaults of what the collector and the measure read (opacity, background, border style, padding, inline display): happy-dom computes only what a rule sets. */
export const BROWSER_DEFAULTS = '* { opacity: 1; background-color: transparent; background-image: none; border-style: none; padding-bottom: 0 } a, b, i, em, strong, span, code, sub, sup, img, svg, br { display: inline }'

/** A page holding one slide whose layout root holds `html`; the context reading it (1 CSS pixel = 1 canvas pixel). */
export function slideWith(html: string): { slide: SlideContext, root: HTMLElement } {
  // A browser computes every property the collector reads; happy-dom computes only those a rule sets, so these rules give the browser's defaults.
  document.head.innerHTML = `<style>${BROWSER_DEFAULTS}</style>`
  document.body.innerHTML = `<div class="print-slide"><div class="slidev-layout">${html}</div></div>`
  const root = document.querySelector<HTMLElement>('.slidev-layout')!
  const slide: SlideContext = { page: pageContext(OPTIONS), box: new DOMRect(0, 0, 960, 540), sx: 1, sy: 1, scale: 1, root, diagrams: 0, walk: (element, out) => walk(slide, element, out) }
  return { slide, root }
}

/** Lays text out in the page the way a browser would, in every test of the file: `perLine` characters a line, each `width` wide and 20 high (happy-dom lays nothing out). */
export function layOutTextInEachTest(perLine = 5, width = 10): void {
  let restore: () => void
  beforeEach(() => {
    restore = layOutText(perLine, width)
  })
  afterEach(() => restore())
}

/** Lays text out as {@link layOutTextInEachTest} says, until the function it returns is called. */
function layOutText(perLine: number, width: number): () => void {
  const proto = Range.prototype as unknown as Record<string, unknown>
  const saved = { rects: proto.getClientRects, bounds: proto.getBoundingClientRect }
  const charRect = (index: number) => new DOMRect((index % perLine) * width, Math.floor(index / perLine) * 20, width, 20)
  proto.getClientRects = function (this: Range) {
    const start = this.startOffset
    const end = this.endContainer === this.startContainer ? this.endOffset : (this.startContainer.textContent ?? '').length
    const rects: DOMRect[] = []
    for (let line = Math.floor(start / perLine); line * perLine < end; line++) {
      const from = Math.max(start, line * perLine)
      const to = Math.min(end, (line + 1) * perLine)
      rects.push(new DOMRect(charRect(from).x, line * 20, (to - from) * width, 20))
    }
    return rects
  }
  proto.getBoundingClientRect = function (this: Range) {
    const rects = (proto.getClientRects as () => DOMRect[]).call(this)
    const left = Math.min(...rects.map(rect => rect.left))
    const top = Math.min(...rects.map(rect => rect.top))
    return new DOMRect(left, top, Math.max(...rects.map(rect => rect.right)) - left, Math.max(...rects.map(rect => rect.bottom)) - top)
  }
  return () => {
    proto.getClientRects = saved.rects
    proto.getBoundingClientRect = saved.bounds
  }
}
