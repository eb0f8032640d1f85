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
  /** The type steps, largest first, by name and class (`TYPE_STEPS` of the Slidev contract): a slide at one is tried at each. */
  steps: readonly { name: string, className: string }[]
}

/**
 * Measures every slide of Slidev's print view, in the page. Serialised by Playwright,
 * so it must be self-contained: no imports, no outer variables; what it shares with the
 * rest of the check comes in `options`. Text nodes that draw nothing (whitespace,
 * zero-width and format characters) are skipped; KaTeX text is measured at the size of
 * its `.katex` element. Each slide's fill is the share of its height between the top of
 * the first and the bottom of the last thing drawn (text, pictures, diagrams, boxes with
 * a background or border; not the slide's own background). A slide set at a type step
 * is laid out again at every step, and whether it fits at each (nothing outside the slide
 * or cut off, nothing below the layout's padding) is reported; then its step is restored.
 */
export function measureInPage(options: MeasureOptions): SlideMeasure[] {
  const { canvasHeight, bodyText, smallText } = options
  const invisible = new RegExp(options.invisible, 'gu')
  const containers = [...document.querySelectorAll<HTMLElement>(options.slide)]
  const round = (value: number) => Math.round(value * 10) / 10
  const visible = (element: Element) => {
    const style = getComputedStyle(element)
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0.01 && !element.closest('.is-hidden, .katex-mathml, .sr-only')
  }
  /** The box an image draws in: its content box, less the bands `object-fit: contain` leaves empty. */
  const imageBox = (image: HTMLImageElement): DOMRect => {
    const rect = image.getBoundingClientRect()
    if (getComputedStyle(image).objectFit !== 'contain' || !image.naturalWidth || !image.naturalHeight)
      return rect
    const scale = Math.min(rect.width / image.naturalWidth, rect.height / image.naturalHeight)
    const width = image.naturalWidth * scale
    const height = image.naturalHeight * scale
    return new DOMRect(rect.left + (rect.width - width) / 2, rect.top + (rect.height - height) / 2, width, height)
  }
  /** Whether an element draws a box of its own: a background or a border (not one as large as the slide). */
  const drawsBox = (element: Element, style: CSSStyleDeclaration, rect: DOMRect, box: DOMRect) => {
    if (rect.width >= box.width * 0.9 && rect.height >= box.height * 0.9)
      return false
    const painted = (color: string) => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color)
    const border = ['Top', 'Right', 'Bottom', 'Left'].some(side => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && painted(style.getPropertyValue(`border-${side.toLowerCase()}-color`)) && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none')
    return painted(style.backgroundColor) || style.backgroundImage !== 'none' || border || element instanceof HTMLImageElement || element instanceof HTMLCanvasElement || element instanceof HTMLVideoElement
  }

  const inspect = (container: HTMLElement) => {
    const box = container.getBoundingClientRect()
    const toSlide = 1080 / box.height
    let overflow = 0
    let overflowWhat: string | undefined
    let minFont = Number.POSITIVE_INFINITY
    let minBodyFont = Number.POSITIVE_INFINITY
    let minFontWhat: string | undefined
    let top = Number.POSITIVE_INFINITY
    let bottom = Number.NEGATIVE_INFINITY
    const note = (amount: number, what: string) => {
      if (amount > overflow + 0.01) {
        overflow = amount
        overflowWhat = what
      }
    }
    const drawn = (rect: DOMRect) => {
      if (rect.width <= 0 || rect.height <= 0)
        return
      top = Math.min(top, Math.max(rect.top, box.top))
      bottom = Math.max(bottom, Math.min(rect.bottom, box.bottom))
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
        drawn(rect)
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
    const root = container.querySelector<HTMLElement>(options.layout)
    for (const element of container.querySelectorAll<HTMLElement>(`${options.layout} *`)) {
      if (!visible(element))
        continue
      const style = getComputedStyle(element)
      if (element instanceof SVGElement) {
        if (element instanceof SVGSVGElement && !element.parentElement?.closest('svg'))
          drawn(element.getBoundingClientRect())
        continue
      }
      const rect = element.getBoundingClientRect()
      if (rect.width > 0 && rect.height > 0) {
        const beyond = Math.max(box.left - rect.left, rect.right - box.right, box.top - rect.top, rect.bottom - box.bottom, 0)
        if (beyond > 0.5)
          note(beyond * toSlide, `<${element.tagName.toLowerCase()} class="${element.className}">`)
        if (drawsBox(element, style, rect, box))
          drawn(element instanceof HTMLImageElement ? imageBox(element) : rect)
      }
      if (/hidden|auto|scroll|clip/.test(style.overflowX + style.overflowY) && element.childElementCount + (element.textContent?.trim() ? 1 : 0) > 0) {
        const cut = Math.max(element.scrollWidth - element.clientWidth, element.scrollHeight - element.clientHeight, 0)
        if (cut > 1)
          note(cut * (box.height / canvasHeight) * toSlide, `content cut inside <${element.tagName.toLowerCase()} class="${element.className}">`)
      }
    }
    const rootBox = root?.getBoundingClientRect()
    const floor = rootBox ? rootBox.bottom - Number.parseFloat(getComputedStyle(root!).paddingBottom) : box.bottom
    const some = Number.isFinite(top)
    return {
      overflow: round(overflow),
      overflowWhat,
      minFont: Number.isFinite(minFont) ? round(minFont) : 0,
      minBodyFont: Number.isFinite(minBodyFont) ? round(minBodyFont) : 0,
      minFontWhat,
      fill: {
        top: some ? round((top - box.top) * toSlide) : 0,
        bottom: some ? round((bottom - box.top) * toSlide) : 0,
        share: some ? Math.round(((bottom - top) / box.height) * 1000) / 1000 : 0,
      },
      /** How far drawn content reaches below the layout's padding (into the slide's bottom margin). */
      belowFloor: some ? Math.max(0, (bottom - floor) * toSlide) : 0,
    }
  }

  return containers.map((container, index) => {
    const { belowFloor, ...measured } = inspect(container)
    const brokenImages = [...container.querySelectorAll('img')].filter(image => image.complete && image.naturalWidth === 0).map(image => image.getAttribute('src') ?? '')
    const root = container.querySelector<HTMLElement>(options.layout)
    const current = root ? options.steps.find(step => root.classList.contains(step.className)) : undefined
    if (!root || !current)
      return { slide: index + 1, ...measured, brokenImages }
    const steps = options.steps.map((step) => {
      root.classList.replace(current.className, step.className)
      const trial = step === current ? { overflow: measured.overflow, fill: measured.fill, belowFloor } : inspect(container)
      root.classList.replace(step.className, current.className)
      return { step: step.name, fits: trial.overflow <= 0.5 && trial.belowFloor <= 1, fill: trial.fill.share }
    })
    return { slide: index + 1, ...measured, brokenImages, step: current.name, steps }
  })
}
