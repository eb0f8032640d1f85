import type { IrBox } from '../ir'
import type { SlideContext } from './context'
import { addCapture, bordersOf, fontOf, hasVisibleText, isTransparent, opacityOf, toRect } from './context'

/** An element's painted box (background, background image, borders), none when it paints nothing; a background image is captured as a picture. */
export function boxOf(slide: SlideContext, element: Element, style: CSSStyleDeclaration): IrBox | undefined {
  const borders = bordersOf(style, slide.scale)
  const painted = !isTransparent(style.backgroundColor) || style.backgroundImage !== 'none' || borders.some(border => border.width > 0 && border.style !== 'none' && !isTransparent(border.color))
  if (!painted)
    return undefined
  const rect = element.getBoundingClientRect()
  return {
    kind: 'box',
    tag: element.tagName.toLowerCase(),
    className: typeof element.className === 'string' ? element.className : '',
    rect: toRect(slide, rect),
    fill: style.backgroundColor,
    backgroundImage: style.backgroundImage,
    radius: (Number.parseFloat(style.borderTopLeftRadius) || 0) * slide.scale,
    borders,
    opacity: opacityOf(slide.page, element),
    capture: style.backgroundImage !== 'none' ? addCapture(slide.page, rect, true, element) : undefined,
  }
}

/** A `::before` that paints (a tick in a circle, a dash before a name) as a box, with its text when it has some. */
export function pseudoBox(slide: SlideContext, element: Element): IrBox | undefined {
  const style = getComputedStyle(element, '::before')
  if (style.content === 'none' || style.content === 'normal' || style.display === 'none')
    return undefined
  const text = /^"(.*)"$/.exec(style.content)?.[1] ?? ''
  const width = Number.parseFloat(style.width) || 0
  const height = Number.parseFloat(style.height) || 0
  if (width <= 0 || height <= 0 || (isTransparent(style.backgroundColor) && !text))
    return undefined
  const host = element.getBoundingClientRect()
  const hostStyle = getComputedStyle(element)
  const k = host.width / Math.max(1, (element as HTMLElement).offsetWidth || host.width)
  let left: number
  let top: number
  if (style.position === 'absolute') {
    left = host.left + ((Number.parseFloat(hostStyle.borderLeftWidth) || 0) + (Number.parseFloat(style.left) || 0)) * k
    top = host.top + ((Number.parseFloat(hostStyle.borderTopWidth) || 0) + (Number.parseFloat(style.top) || 0)) * k
  }
  else {
    const first = [...element.childNodes].find(node => node.nodeType === Node.TEXT_NODE && hasVisibleText(slide.page, node.textContent ?? ''))
    if (!first)
      return undefined
    const range = document.createRange()
    range.setStart(first, 0)
    range.setEnd(first, 1)
    const glyph = range.getBoundingClientRect()
    left = glyph.left - ((Number.parseFloat(style.marginRight) || 0) + width) * k
    top = glyph.top + glyph.height / 2 - height * k / 2
  }
  const radius = style.borderTopLeftRadius.endsWith('%') ? Math.min(width, height) * Number.parseFloat(style.borderTopLeftRadius) / 100 : Number.parseFloat(style.borderTopLeftRadius) || 0
  return {
    kind: 'box',
    tag: '::before',
    className: typeof element.className === 'string' ? element.className : '',
    rect: toRect(slide, { left, top, width: width * k, height: height * k }),
    fill: style.backgroundColor,
    backgroundImage: 'none',
    radius: radius * slide.scale,
    borders: bordersOf(style, slide.scale),
    opacity: opacityOf(slide.page, element),
    text: text || undefined,
    font: text ? { ...fontOf(slide, element), family: style.fontFamily, size: (Number.parseFloat(style.fontSize) || 16) * slide.scale, weight: Number(style.fontWeight) || 400, color: style.color } : undefined,
  }
}
