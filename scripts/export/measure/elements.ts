/** Elements never drawn, whatever their style: what our diagrams hide until a click, KaTeX's MathML, screen-reader text. */
const NEVER_DRAWN = '.is-hidden, .katex-mathml, .sr-only'

/** Whether an element is drawn: displayed, visible, not all but transparent, and not inside what is never drawn. */
export function isVisible(element: Element): boolean {
  const style = getComputedStyle(element)
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0.01 && !element.closest(NEVER_DRAWN)
}

/** The box an image draws in: its content box, less the bands `object-fit: contain` leaves empty. */
export function imageBox(image: HTMLImageElement): DOMRect {
  const rect = image.getBoundingClientRect()
  if (getComputedStyle(image).objectFit !== 'contain' || !image.naturalWidth || !image.naturalHeight)
    return rect
  const scale = Math.min(rect.width / image.naturalWidth, rect.height / image.naturalHeight)
  const width = image.naturalWidth * scale
  const height = image.naturalHeight * scale
  return new DOMRect(rect.left + (rect.width - width) / 2, rect.top + (rect.height - height) / 2, width, height)
}

/** Share of the slide's width and height past which a box is the slide's own background, not something drawn on it. */
const SLIDE_SIZED = 0.9

/** Whether an element draws a box of its own: a background or a border, or a picture (not a box about as large as the slide). */
export function drawsBox(element: Element, style: CSSStyleDeclaration, rect: DOMRect, box: DOMRect): boolean {
  if (rect.width >= box.width * SLIDE_SIZED && rect.height >= box.height * SLIDE_SIZED)
    return false
  const painted = (color: string) => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color)
  const border = ['Top', 'Right', 'Bottom', 'Left'].some(side => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && painted(style.getPropertyValue(`border-${side.toLowerCase()}-color`)) && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none')
  return painted(style.backgroundColor) || style.backgroundImage !== 'none' || border || element instanceof HTMLImageElement || element instanceof HTMLCanvasElement || element instanceof HTMLVideoElement
}

/** How far a rectangle reaches outside another (0 when inside). */
export function beyond(rect: DOMRect, box: DOMRect): number {
  return Math.max(box.left - rect.left, rect.right - box.right, box.top - rect.top, rect.bottom - box.bottom, 0)
}
