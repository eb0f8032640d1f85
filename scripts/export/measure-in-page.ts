import type { SlideMeasure } from '../check/slide-measure'

/** What {@link measureInPage} needs from outside the page: the canvas, the print view's selectors and the rules of what counts as text. */
export interface MeasureOptions {
  /** Slide height in CSS pixels; results are scaled to 1080 lines. */
  canvasHeight: number
  /** Source of a `u`-flag pattern matching characters that draw nothing (`INVISIBLE_CHARS` of `visible-text.ts`). */
  invisible: string
  /** Elements whose text is body text (`BODY_TEXT` of `limits.ts`). */
  bodyText: string
  /** Elements whose text is held only to the smallest-text limit (`SMALL_TEXT` of `limits.ts`). */
  smallText: string
  /** One slide of the print view (`PRINT_VIEW.slide` of the Slidev contract). */
  slide: string
  /** A slide's layout root (`PRINT_VIEW.layout`). */
  layout: string
}

/**
 * Measures every slide of Slidev's print view, in the page. Serialised by Playwright,
 * so it must be self-contained: no imports, no outer variables; what it shares with the
 * rest of the check comes in `options`. Text nodes that draw nothing (whitespace,
 * zero-width and format characters) are skipped; KaTeX text is measured at the size of
 * its `.katex` element.
 */
export function measureInPage(options: MeasureOptions): SlideMeasure[] {
  const { canvasHeight, bodyText, smallText } = options
  const invisible = new RegExp(options.invisible, 'gu')
  const containers = [...document.querySelectorAll<HTMLElement>(options.slide)]
  return containers.map((container, index) => {
    const box = container.getBoundingClientRect()
    const toSlide = 1080 / box.height
    let overflow = 0
    let overflowWhat: string | undefined
    let minFont = Number.POSITIVE_INFINITY
    let minBodyFont = Number.POSITIVE_INFINITY
    let minFontWhat: string | undefined
    const note = (amount: number, what: string) => {
      if (amount > overflow + 0.01) {
        overflow = amount
        overflowWhat = what
      }
    }
    const visible = (element: Element) => {
      const style = getComputedStyle(element)
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0.01 && !element.closest('.is-hidden, .katex-mathml, .sr-only')
    }
    const fontSizeOf = (element: Element) => {
      const sizer = element.closest('.katex') ?? element
      let size = Number.parseFloat(getComputedStyle(sizer).fontSize)
      if (element.closest('svg') && element instanceof SVGGraphicsElement) {
        const matrix = element.getScreenCTM()
        size *= matrix ? Math.hypot(matrix.a, matrix.b) : 1
      }
      else {
        size *= box.height / canvasHeight
      }
      return size * toSlide
    }
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      const parent = node.parentElement
      if (!parent || !text.replace(invisible, '') || !visible(parent) || parent.closest('title, style, script'))
        continue
      const shown = text.replace(invisible, char => (char.trim() ? '' : ' ')).replace(/ {2,}/g, ' ').trim()
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0)
          continue
        const beyond = Math.max(box.left - rect.left, rect.right - box.right, box.top - rect.top, rect.bottom - box.bottom, 0)
        if (beyond > 0)
          note(beyond * toSlide, `text "${shown.slice(0, 40)}"`)
      }
      const px = fontSizeOf(parent)
      if (px < minFont) {
        minFont = px
        minFontWhat = shown.slice(0, 40)
      }
      if (!parent.closest('svg') && parent.closest(bodyText) && !parent.closest(smallText) && px < minBodyFont)
        minBodyFont = px
    }
    for (const element of container.querySelectorAll<HTMLElement>(`${options.layout} *`)) {
      if (!visible(element) || element instanceof SVGElement)
        continue
      const rect = element.getBoundingClientRect()
      if (rect.width > 0 && rect.height > 0) {
        const beyond = Math.max(box.left - rect.left, rect.right - box.right, box.top - rect.top, rect.bottom - box.bottom, 0)
        if (beyond > 0.5)
          note(beyond * toSlide, `<${element.tagName.toLowerCase()} class="${element.className}">`)
      }
      const style = getComputedStyle(element)
      if (/hidden|auto|scroll|clip/.test(style.overflowX + style.overflowY) && element.childElementCount + (element.textContent?.trim() ? 1 : 0) > 0) {
        const cut = Math.max(element.scrollWidth - element.clientWidth, element.scrollHeight - element.clientHeight, 0)
        if (cut > 1)
          note(cut * (box.height / canvasHeight) * toSlide, `content cut inside <${element.tagName.toLowerCase()} class="${element.className}">`)
      }
    }
    const brokenImages = [...container.querySelectorAll('img')].filter(image => image.complete && image.naturalWidth === 0).map(image => image.getAttribute('src') ?? '')
    return {
      slide: index + 1,
      overflow: Math.round(overflow * 10) / 10,
      overflowWhat,
      minFont: Number.isFinite(minFont) ? Math.round(minFont * 10) / 10 : 0,
      minBodyFont: Number.isFinite(minBodyFont) ? Math.round(minBodyFont * 10) / 10 : 0,
      minFontWhat,
      brokenImages,
    }
  })
}
