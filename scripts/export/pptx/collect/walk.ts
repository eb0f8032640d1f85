import type { IrItem, IrParagraph, IrText } from '../ir'
import type { SlideContext } from './context'
import { boxOf, pseudoBox } from './boxes'
import { hasInlineContent, isInline, isShown, toRect } from './context'
import { formulaOf } from './formulas'
import { imageOf } from './images'
import { listParagraphs } from './lists'
import { paragraphOf } from './paragraphs'
import { diagramOf } from './svg'
import { tableOf } from './tables'

/** Reads an element and what it holds into `out`, in paint order: SVGs, formulas, images, painted boxes, tables, lists and text, then its children. */
export function walk(slide: SlideContext, element: Element, out: IrItem[]): void {
  if (!isShown(slide.page, element))
    return
  if (element instanceof SVGSVGElement) {
    out.push(diagramOf(slide, element))
    return
  }
  if (!(element instanceof HTMLElement))
    return
  if (element.matches('.katex-display, .katex')) {
    const katex = element.matches('.katex') ? element : element.querySelector('.katex') ?? element
    out.push(formulaOf(slide, katex, true))
    return
  }
  if (element instanceof HTMLImageElement) {
    out.push(imageOf(slide, element))
    return
  }
  const style = getComputedStyle(element)
  if (element !== slide.root) {
    const painted = boxOf(slide, element, style)
    if (painted)
      out.push(painted)
  }
  if (element instanceof HTMLTableElement) {
    const after: IrItem[] = []
    out.push(tableOf(slide, element, after), ...after)
    return
  }
  const pseudo = pseudoBox(slide, element)
  if (pseudo)
    out.push(pseudo)
  if (element.matches('ul, ol')) {
    const after: IrItem[] = []
    const paragraphs: IrParagraph[] = []
    listParagraphs(slide, element, 1, paragraphs, after)
    if (paragraphs.length > 0)
      out.push({ kind: 'text', tag: element.tagName.toLowerCase(), className: element.className, rect: toRect(slide, element.getBoundingClientRect()), paragraphs })
    out.push(...after)
    return
  }
  const inline = hasInlineContent(slide.page, element)
  if (inline) {
    const after: IrItem[] = []
    const text: IrText = { kind: 'text', tag: element.tagName.toLowerCase(), className: element.className, rect: toRect(slide, element.getBoundingClientRect()), paragraphs: [paragraphOf(slide, element, 0, after)] }
    out.push(text, ...after)
  }
  for (const child of element.children) {
    if (!inline || !isInline(getComputedStyle(child).display))
      walk(slide, child, out)
  }
}
