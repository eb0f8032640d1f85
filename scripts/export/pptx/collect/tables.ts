import type { IrCell, IrItem, IrTable } from '../ir'
import type { SlideContext } from './context'
import { bordersOf, hasInlineContent, isShown, isTransparent, toRect } from './context'
import { paragraphOf } from './paragraphs'

/** A table's shown rows and cells: each cell's box, fill (its row's when its own is transparent), borders, padding, spans and paragraphs; pictures in cells go to `after`. */
export function tableOf(slide: SlideContext, table: HTMLTableElement, after: IrItem[]): IrTable {
  const rows = [...table.rows].filter(row => isShown(slide.page, row)).map(row => [...row.cells].filter(cell => isShown(slide.page, cell)).map((cell): IrCell => {
    const style = getComputedStyle(cell)
    const rowStyle = getComputedStyle(row)
    const paragraphs = hasInlineContent(slide.page, cell)
      ? [paragraphOf(slide, cell, 0, after)]
      : [...cell.children].filter(child => isShown(slide.page, child) && hasInlineContent(slide.page, child)).map(child => paragraphOf(slide, child, 0, after))
    return {
      rect: toRect(slide, cell.getBoundingClientRect()),
      header: cell.tagName === 'TH',
      fill: isTransparent(style.backgroundColor) ? rowStyle.backgroundColor : style.backgroundColor,
      borders: bordersOf(style, slide.scale),
      padding: [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map(value => (Number.parseFloat(value) || 0) * slide.scale) as IrCell['padding'],
      verticalAlign: style.verticalAlign,
      colSpan: cell.colSpan,
      rowSpan: cell.rowSpan,
      paragraphs,
    }
  }))
  return { kind: 'table', rect: toRect(slide, table.getBoundingClientRect()), rows }
}
