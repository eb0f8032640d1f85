import type { IrFont, IrItem, IrLine, IrMarker, IrParagraph, IrRun } from '../ir'
import type { SlideContext } from './context'
import { contentBox, fontOf, isInline, isShown, toRect, transformText } from './context'
import { formulaOf } from './formulas'
import { linePieces } from './text-lines'

/** A piece of a paragraph's text (or the room a picture in it takes), before its line is known. */
interface RawRun {
  text: string
  rect: DOMRect
  font: IrFont
  href?: string
  space?: number
  breakAfter?: boolean
}

/** One paragraph: the inline content of `element`, its runs on their lines; pictures inside it go to `extra`. */
export function paragraphOf(slide: SlideContext, element: Element, level: number, extra: IrItem[], marker?: IrMarker): IrParagraph {
  const style = getComputedStyle(element)
  const fontSize = Number.parseFloat(style.fontSize) || 16
  const raw = inlineRuns(slide, element, extra)
  const lines: IrLine[] = []
  const runs: IrRun[] = raw.map((piece) => {
    const rect = toRect(slide, piece.rect)
    const line = lines.at(-1)
    const overlap = line ? Math.min(line.bottom, rect.y + rect.h) - Math.max(line.top, rect.y) : -1
    if (line && overlap > Math.min(line.bottom - line.top, rect.h) / 2) {
      line.left = Math.min(line.left, rect.x)
      line.right = Math.max(line.right, rect.x + rect.w)
      line.top = Math.min(line.top, rect.y)
      line.bottom = Math.max(line.bottom, rect.y + rect.h)
    }
    else {
      lines.push({ top: rect.y, bottom: rect.y + rect.h, left: rect.x, right: rect.x + rect.w })
    }
    return { text: piece.text, font: piece.font, line: lines.length - 1, href: piece.href, breakAfter: piece.breakAfter, space: piece.space }
  })
  const lineHeight = style.lineHeight === 'normal' ? fontSize * 1.2 : Number.parseFloat(style.lineHeight)
  return {
    tag: element.tagName.toLowerCase(),
    rect: contentBox(slide, element),
    runs,
    lines,
    level,
    markerEnd: toRect(slide, element.getBoundingClientRect()).x,
    marker,
    align: style.textAlign,
    lineHeight: lineHeight * slide.scale,
    whiteSpace: style.whiteSpace,
    font: fontOf(slide, element),
  }
}

/** The runs of an element's inline content in order: text pieces with their font and link, line breaks, and the room formulas and pictures take (those go to `extra`). */
function inlineRuns(slide: SlideContext, element: Element, extra: IrItem[]): RawRun[] {
  const raw: RawRun[] = []
  const visit = (parent: Element, href: string | undefined) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const font = fontOf(slide, parent)
        for (const piece of linePieces(node as Text))
          raw.push({ text: transformText(piece.text, parent), rect: piece.rect, font, href })
        continue
      }
      if (!(node instanceof Element) || !isShown(slide.page, node))
        continue
      if (node.tagName === 'BR') {
        const last = raw.at(-1)
        if (last)
          last.breakAfter = true
        continue
      }
      if (!isInline(getComputedStyle(node).display))
        continue
      if (node.matches('.katex')) {
        const formula = formulaOf(slide, node, false)
        extra.push(formula)
        raw.push({ text: '', rect: node.getBoundingClientRect(), font: fontOf(slide, parent), space: formula.rect.w })
        continue
      }
      if (node.matches('img, svg')) {
        slide.walk(node, extra)
        raw.push({ text: '', rect: node.getBoundingClientRect(), font: fontOf(slide, parent), space: node.getBoundingClientRect().width * slide.sx })
        continue
      }
      visit(node, node instanceof HTMLAnchorElement ? node.href : href)
    }
  }
  visit(element, element instanceof HTMLAnchorElement ? element.href : undefined)
  return raw
}
