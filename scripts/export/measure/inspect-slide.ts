import type { MeasureOptions } from './options'
import { beyond, drawsBox, imageBox, isVisible } from './elements'

/** Lines of a 1080p slide: what sizes and distances are reported in. */
const SLIDE_LINES = 1080
/** Less than this (in slide lines) past the slide's edge is rounding, not overflow. */
const EDGE_SLACK = 0.5
/** Less than this (in CSS pixels) scrolled out of a box is rounding, not text cut off. */
const CUT_SLACK = 1

/** What one layout of a slide measures, in lines of a 1080p slide. */
export interface SlideInspection {
  /** How far the furthest thing reaches outside the slide (or is cut off inside a box), and what it is. */
  overflow: number
  overflowWhat?: string
  /** The smallest text, of all and of body text, and what the smallest is. */
  minFont: number
  minBodyFont: number
  minFontWhat?: string
  /** The band between the top of the first and the bottom of the last thing drawn, and its share of the height. */
  fill: { top: number, bottom: number, share: number }
  /** How far drawn content reaches below the layout's padding (into the slide's bottom margin). */
  belowFloor: number
}

/** The slide being measured: its box in the page and the scale from page pixels to slide lines. */
interface SlideFrame {
  box: DOMRect
  toSlide: number
  canvasHeight: number
}

/** What the passes over a slide found so far. */
interface Tally {
  overflow: number
  overflowWhat?: string
  minFont: number
  minBodyFont: number
  minFontWhat?: string
  top: number
  bottom: number
}

const round = (value: number) => Math.round(value * 10) / 10

/** Notes an overflow when it is the largest so far. */
function noteOverflow(tally: Tally, amount: number, what: string): void {
  if (amount > tally.overflow + 0.01) {
    tally.overflow = amount
    tally.overflowWhat = what
  }
}

/** Widens the drawn band to a rectangle (as far as it lies on the slide). */
function noteDrawn(tally: Tally, rect: DOMRect, box: DOMRect): void {
  if (rect.width <= 0 || rect.height <= 0)
    return
  tally.top = Math.min(tally.top, Math.max(rect.top, box.top))
  tally.bottom = Math.max(tally.bottom, Math.min(rect.bottom, box.bottom))
}

/** The size an element's text is drawn at, in slide lines: KaTeX at its `.katex` size, SVG text scaled by its transform. */
function fontSizeOf(element: Element, frame: SlideFrame): number {
  const sizer = element.closest('.katex') ?? element
  let size = Number.parseFloat(getComputedStyle(sizer).fontSize)
  if (element.closest('svg') && element instanceof SVGGraphicsElement) {
    const matrix = element.getScreenCTM()
    size *= matrix ? Math.hypot(matrix.a, matrix.b) : 1
  }
  else {
    size *= frame.box.height / frame.canvasHeight
  }
  return size * frame.toSlide
}

/** The text pass: each text node that draws, its line boxes (what is drawn, what lies outside the slide) and its size. */
function measureText(container: HTMLElement, frame: SlideFrame, options: MeasureOptions, invisible: RegExp, tally: Tally): void {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? ''
    const parent = node.parentElement
    if (!parent || !text.replace(invisible, '') || !isVisible(parent) || parent.closest('title, style, script'))
      continue
    const shown = text.replace(invisible, char => (char.trim() ? '' : ' ')).replace(/ {2,}/g, ' ').trim()
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0)
        continue
      noteDrawn(tally, rect, frame.box)
      const outside = beyond(rect, frame.box)
      if (outside > 0)
        noteOverflow(tally, outside * frame.toSlide, `text "${shown.slice(0, 40)}"`)
    }
    const px = fontSizeOf(parent, frame)
    if (px < tally.minFont) {
      tally.minFont = px
      tally.minFontWhat = shown.slice(0, 40)
    }
    if (!parent.closest('svg') && parent.closest(options.bodyText) && !parent.closest(options.smallText) && px < tally.minBodyFont)
      tally.minBodyFont = px
  }
}

/** The element pass: each element of the layout, what it draws, what lies outside the slide, and what a box with hidden overflow cuts off. */
function measureElements(container: HTMLElement, frame: SlideFrame, options: MeasureOptions, tally: Tally): void {
  for (const element of container.querySelectorAll<HTMLElement>(`${options.layout} *`)) {
    if (!isVisible(element))
      continue
    const style = getComputedStyle(element)
    if (element instanceof SVGElement) {
      if (element instanceof SVGSVGElement && !element.parentElement?.closest('svg'))
        noteDrawn(tally, element.getBoundingClientRect(), frame.box)
      continue
    }
    const rect = element.getBoundingClientRect()
    if (rect.width > 0 && rect.height > 0) {
      const outside = beyond(rect, frame.box)
      if (outside > EDGE_SLACK)
        noteOverflow(tally, outside * frame.toSlide, `<${element.tagName.toLowerCase()} class="${element.className}">`)
      if (drawsBox(element, style, rect, frame.box))
        noteDrawn(tally, element instanceof HTMLImageElement ? imageBox(element) : rect, frame.box)
    }
    if (/hidden|auto|scroll|clip/.test(style.overflowX + style.overflowY) && element.childElementCount + (element.textContent?.trim() ? 1 : 0) > 0) {
      const cut = Math.max(element.scrollWidth - element.clientWidth, element.scrollHeight - element.clientHeight, 0)
      if (cut > CUT_SLACK)
        noteOverflow(tally, cut * (frame.box.height / frame.canvasHeight) * frame.toSlide, `content cut inside <${element.tagName.toLowerCase()} class="${element.className}">`)
    }
  }
}

/**
 * Measures one slide of the print view as it is laid out now: what reaches outside it,
 * its smallest text (of all and of body text), the band its drawn content fills, and how
 * far that reaches below the layout's padding.
 */
export function inspectSlide(container: HTMLElement, options: MeasureOptions, invisible: RegExp): SlideInspection {
  const box = container.getBoundingClientRect()
  const frame: SlideFrame = { box, toSlide: SLIDE_LINES / box.height, canvasHeight: options.canvasHeight }
  const tally: Tally = { overflow: 0, minFont: Number.POSITIVE_INFINITY, minBodyFont: Number.POSITIVE_INFINITY, top: Number.POSITIVE_INFINITY, bottom: Number.NEGATIVE_INFINITY }
  measureText(container, frame, options, invisible, tally)
  const root = container.querySelector<HTMLElement>(options.layout)
  measureElements(container, frame, options, tally)
  const rootBox = root?.getBoundingClientRect()
  const floor = rootBox ? rootBox.bottom - Number.parseFloat(getComputedStyle(root!).paddingBottom) : box.bottom
  const some = Number.isFinite(tally.top)
  return {
    overflow: round(tally.overflow),
    overflowWhat: tally.overflowWhat,
    minFont: Number.isFinite(tally.minFont) ? round(tally.minFont) : 0,
    minBodyFont: Number.isFinite(tally.minBodyFont) ? round(tally.minBodyFont) : 0,
    minFontWhat: tally.minFontWhat,
    fill: {
      top: some ? round((tally.top - box.top) * frame.toSlide) : 0,
      bottom: some ? round((tally.bottom - box.top) * frame.toSlide) : 0,
      share: some ? Math.round(((tally.bottom - tally.top) / box.height) * 1000) / 1000 : 0,
    },
    belowFloor: some ? Math.max(0, (tally.bottom - floor) * frame.toSlide) : 0,
  }
}
