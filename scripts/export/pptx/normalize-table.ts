import type { IrTable } from './ir'
import type { TextContext } from './normalize-text'
import type { TableCellSpec, TableShape } from './spec'
import { parseColor } from './css-values'
import { frameOf, outlineOf } from './normalize-box'
import { layoutText, round } from './normalize-text'

/** Edges closer than this (points) are one column edge. */
const EDGE_TOLERANCE = 1

/** Right margin a cell keeps at most, in points: the rest of the browser's padding is room, so a slightly wider font does not wrap a line again. */
const RIGHT_MARGIN_MAX = 2

/** Column edges of a table: every cell's left and right edge, merged when they nearly meet. */
function columnEdges(table: IrTable): number[] {
  const edges = table.rows.flatMap(row => row.flatMap(cell => [cell.rect.x, cell.rect.x + cell.rect.w])).sort((a, b) => a - b)
  return edges.reduce<number[]>((kept, edge) => (kept.length > 0 && edge - kept.at(-1)! < EDGE_TOLERANCE ? kept : [...kept, edge]), [])
}

/** A cell's vertical anchor from its `vertical-align`. */
function anchorOf(verticalAlign: string): TableCellSpec['anchor'] {
  if (verticalAlign === 'middle')
    return 'ctr'
  return verticalAlign === 'bottom' ? 'b' : 't'
}

/**
 * A table as a native table: its columns where the browser's cell edges are, each row as
 * tall as the browser drew it, each cell with its fill, borders, padding (the right one
 * mostly given to the text), vertical alignment and spans, and its text with the
 * browser's line breaks. Undefined for a table without cells.
 */
export function normalizeTable(table: IrTable, context: TextContext): TableShape | undefined {
  const edges = columnEdges(table)
  if (edges.length < 2 || table.rows.every(row => row.length === 0))
    return undefined
  const columns = edges.slice(1).map((edge, index) => round(edge - edges[index]!))
  const rows = table.rows.filter(row => row.length > 0).map(row => ({
    height: round(Math.max(...row.map(cell => cell.rect.h / Math.max(1, cell.rowSpan)))),
    cells: row.map((cell): TableCellSpec => {
      const [top, right, bottom, left] = cell.padding
      return {
        paragraphs: layoutText(cell.paragraphs, context)?.paragraphs ?? [],
        fill: parseColor(cell.fill),
        borders: cell.borders.map(border => outlineOf(border)) as TableCellSpec['borders'],
        margins: [round(top), round(Math.min(right, RIGHT_MARGIN_MAX)), round(bottom), round(left)],
        anchor: anchorOf(cell.verticalAlign),
        colSpan: Math.max(1, cell.colSpan),
        rowSpan: Math.max(1, cell.rowSpan),
      }
    }),
  }))
  return { kind: 'table', name: 'table', frame: frameOf(table.rect), columns, rows }
}
