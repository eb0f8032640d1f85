import type { IrBorder, IrDeck, IrFont, IrItem, IrRect } from '../ir'
import type { CollectOptions } from './options'

/**
 * What reading the whole print view shares (in the page): the options, the captures asked
 * for so far, and what is measured once (each element's opacity, each list marker's
 * advance).
 */
export interface PageContext {
  options: CollectOptions
  /** Characters that draw nothing (`options.invisible`). */
  invisible: RegExp
  captures: IrDeck['captures']
  opacities: Map<Element, number>
  advances: Map<string, number>
}

/** What reading one slide shares: the page's context, and how the slide's CSS pixels map to canvas pixels. */
export interface SlideContext {
  page: PageContext
  /** The slide's box in the page, and its scale to the canvas on each axis. */
  box: DOMRect
  sx: number
  sy: number
  /** CSS pixels of the slide's own layout to canvas pixels (the print view may scale slides). */
  scale: number
  /** The slide's layout root: its own box is the slide's background, not an item. */
  root: HTMLElement | null
  /** Diagrams read so far on the slide (their index). */
  diagrams: number
  /** Reads an element and what it holds (`walk.ts`), for the readers that meet a block inside inline content. */
  walk: (element: Element, out: IrItem[]) => void
}

const TRANSPARENT = /^(?:transparent|rgba\(.*,\s*0\)|.*\/\s*0\))$/

/** A new context for reading the print view. */
export function pageContext(options: CollectOptions): PageContext {
  return { options, invisible: new RegExp(options.invisible, 'u'), captures: [], opacities: new Map(), advances: new Map() }
}

/** Whether a CSS colour paints nothing. */
export function isTransparent(color: string): boolean {
  return !color || TRANSPARENT.test(color.trim())
}

/** Whether a `display` value lays the element out inline. */
export function isInline(display: string): boolean {
  return display.startsWith('inline') || display === 'contents' || display === 'ruby'
}

/** A rectangle in page coordinates. */
export function pageRect(rect: DOMRect): IrRect {
  return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, w: rect.width, h: rect.height }
}

/** An element's opacity with its ancestors', measured once per element. */
export function opacityOf(page: PageContext, element: Element | null): number {
  if (!element)
    return 1
  const known = page.opacities.get(element)
  if (known !== undefined)
    return known
  const own = Number(getComputedStyle(element).opacity)
  const value = (Number.isFinite(own) ? own : 1) * opacityOf(page, element.parentElement)
  page.opacities.set(element, value)
  return value
}

/** Whether an element is drawn: displayed, visible, not all but transparent, and not one of those never shown. */
export function isShown(page: PageContext, element: Element): boolean {
  const style = getComputedStyle(element)
  return style.display !== 'none' && style.visibility !== 'hidden' && opacityOf(page, element) > 0.01 && !element.matches(page.options.hidden)
}

/** Asks for a picture of a rectangle of the page (its background alone: the element is marked); returns its id. */
export function addCapture(page: PageContext, rect: DOMRect, backgroundOnly: boolean, element?: Element): string {
  const id = `c${page.captures.length + 1}`
  page.captures.push({ id, page: pageRect(rect), backgroundOnly })
  if (backgroundOnly)
    element?.setAttribute(page.options.backgroundAttribute, id)
  return id
}

/** One side's border of a computed style, its width scaled to the canvas. */
export function borderOf(style: CSSStyleDeclaration, side: 'Top' | 'Right' | 'Bottom' | 'Left', scale: number): IrBorder {
  return {
    width: (Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0) * scale,
    color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
    style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
  }
}

/** The four borders of a computed style, top first, clockwise. */
export function bordersOf(style: CSSStyleDeclaration, scale: number): [IrBorder, IrBorder, IrBorder, IrBorder] {
  return [borderOf(style, 'Top', scale), borderOf(style, 'Right', scale), borderOf(style, 'Bottom', scale), borderOf(style, 'Left', scale)]
}

/** Whether a text has a character that draws. */
export function hasVisibleText(page: PageContext, text: string): boolean {
  return [...text].some(char => !page.invisible.test(char))
}

/** A rectangle of the page in canvas pixels of the slide. */
export function toRect(slide: SlideContext, rect: { left: number, top: number, width: number, height: number }): IrRect {
  return { x: (rect.left - slide.box.left) * slide.sx, y: (rect.top - slide.box.top) * slide.sy, w: rect.width * slide.sx, h: rect.height * slide.sy }
}

/** A point of the page in canvas pixels of the slide. */
export function toPoint(slide: SlideContext, x: number, y: number): { x: number, y: number } {
  return { x: (x - slide.box.left) * slide.sx, y: (y - slide.box.top) * slide.sy }
}

/** How an element's text is drawn: its font, colour, decoration and inline background, sizes in canvas pixels (`svgScale` for SVG text). */
export function fontOf(slide: SlideContext, element: Element, svgScale?: number): IrFont {
  const style = getComputedStyle(element)
  const anchor = element.closest('a')
  const scale = svgScale ?? slide.scale
  return {
    family: style.fontFamily,
    size: (Number.parseFloat(style.fontSize) || 16) * scale,
    weight: Number(style.fontWeight) || 400,
    italic: style.fontStyle === 'italic' || style.fontStyle.startsWith('oblique'),
    color: element instanceof SVGElement ? style.fill : style.color,
    decoration: anchor && getComputedStyle(anchor).borderBottomStyle !== 'none' ? 'underline' : style.textDecorationLine,
    background: isInline(style.display) ? style.backgroundColor : 'rgba(0, 0, 0, 0)',
    letterSpacing: style.letterSpacing === 'normal' ? 0 : (Number.parseFloat(style.letterSpacing) || 0) * scale,
    verticalAlign: style.verticalAlign,
    opacity: opacityOf(slide.page, element),
  }
}

/** Text as an element's `text-transform` draws it. */
export function transformText(text: string, element: Element): string {
  const transform = getComputedStyle(element).textTransform
  if (transform === 'uppercase')
    return text.toUpperCase()
  if (transform === 'lowercase')
    return text.toLowerCase()
  return text
}

/** An element's content box (inside its borders and padding) in canvas pixels. */
export function contentBox(slide: SlideContext, element: Element): IrRect {
  const style = getComputedStyle(element)
  const rect = element.getBoundingClientRect()
  const left = (Number.parseFloat(style.borderLeftWidth) || 0) + (Number.parseFloat(style.paddingLeft) || 0)
  const right = (Number.parseFloat(style.borderRightWidth) || 0) + (Number.parseFloat(style.paddingRight) || 0)
  const top = (Number.parseFloat(style.borderTopWidth) || 0) + (Number.parseFloat(style.paddingTop) || 0)
  const bottom = (Number.parseFloat(style.borderBottomWidth) || 0) + (Number.parseFloat(style.paddingBottom) || 0)
  const k = rect.width / Math.max(1, (element as HTMLElement).offsetWidth || rect.width)
  return toRect(slide, { left: rect.left + left * k, top: rect.top + top * k, width: rect.width - (left + right) * k, height: rect.height - (top + bottom) * k })
}

/** Whether an element's own content is inline: text, or inline elements holding text or pictures. */
export function hasInlineContent(page: PageContext, element: Element): boolean {
  return [...element.childNodes].some((node) => {
    if (node.nodeType === Node.TEXT_NODE)
      return hasVisibleText(page, node.textContent ?? '')
    if (!(node instanceof Element) || !isShown(page, node))
      return false
    const display = getComputedStyle(node).display
    if (!isInline(display) || node.matches(page.options.hidden))
      return false
    return node.matches('img, svg, .katex') || hasVisibleText(page, node.textContent ?? '') || hasInlineContent(page, node)
  })
}
