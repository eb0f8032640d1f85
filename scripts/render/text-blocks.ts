import type { Inline, Point } from '../model/deck'
import type { BlockHandlers } from '../model/fold'

/** Writes inline content in one of the text outputs. */
export type WriteInlines = (inlines: readonly Inline[]) => string

/** The block types both text outputs (plain and script Markdown) write the same way, but for their inline content. */
type SharedTypes = 'paragraph' | 'heading' | 'points' | 'quote' | 'table' | 'diagram' | 'click'

/**
 * Handlers the plain-text and the script's Markdown outputs share: paragraphs and
 * headings as their text, lists as `-` or `1.` lines indented two spaces a level, quotes
 * as `> ` lines, table rows as cells between ` | `; diagrams and click marks say nothing.
 */
export function textBlockHandlers(writeInlines: WriteInlines): Pick<BlockHandlers<string>, SharedTypes> {
  const points = (items: readonly Point[], ordered: boolean, start: number, depth: number): string => items.map((item, index) => {
    const line = `${'  '.repeat(depth)}${ordered ? `${start + index}.` : '-'} ${writeInlines(item.inlines)}`
    return item.children.length > 0 ? `${line}\n${points(item.children, item.childrenOrdered ?? false, 1, depth + 1)}` : line
  }).join('\n')
  return {
    paragraph: block => writeInlines(block.inlines),
    heading: block => writeInlines(block.inlines),
    points: block => points(block.items, block.ordered, block.start ?? 1, 0),
    quote: (block, _context, fold) => joinTextBlocks(fold(block.blocks)).split('\n').map(line => `> ${line}`).join('\n'),
    table: block => [block.header, ...block.rows].map(row => row.map(cell => writeInlines(cell)).join(' | ')).join('\n'),
    diagram: () => '',
    click: () => '',
  }
}

/** Joins the text of blocks with blank lines, leaving out blocks that say nothing. */
export function joinTextBlocks(parts: readonly string[]): string {
  return parts.filter(Boolean).join('\n\n')
}
