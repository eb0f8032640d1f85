import type { Image, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import type { Align, Block, Inline, Point } from '../model/deck'
import { inlineText, toInlines, trimInlines } from './inlines'

const REMOTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i

/** Whether an image or link target points off the machine. */
export function isRemote(url: string): boolean {
  return REMOTE.test(url)
}

/** The image nodes of a paragraph, as image blocks. */
export function imagesOf(paragraph: Paragraph): Block[] {
  return paragraph.children
    .filter((node): node is Image => node.type === 'image')
    .map(image => ({ type: 'image', src: image.url, alt: image.alt ?? '', title: image.title ?? undefined, remote: isRemote(image.url), line: image.position?.start.line }))
}

/** Whether a paragraph holds nothing but images (and whitespace). */
export function isImageOnly(paragraph: Paragraph): boolean {
  return paragraph.children.some(node => node.type === 'image')
    && paragraph.children.every(node => node.type === 'image' || (node.type === 'text' && node.value.trim() === '') || node.type === 'break')
}

/** Whether a paragraph is a single formula: `$$ ... $$` written inline. */
export function isDisplayMath(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter(node => !(node.type === 'text' && node.value.trim() === ''))
  return meaningful.length === 1 && meaningful[0]!.type === 'inlineMath'
}

/** The paragraph's text without its images. */
export function paragraphBlock(paragraph: Paragraph): Block {
  return { type: 'paragraph', inlines: trimInlines(toInlines(paragraph.children as PhrasingContent[])) }
}

/**
 * A list for the notes: a points block with every item's full text and nesting, then the
 * blocks inside items that a point cannot hold (code, tables, formulas, quotes).
 */
export function listBlocks(list: List, items: readonly ListItem[] = list.children, start = list.start ?? 1): Block[] {
  const extras: Block[] = []
  const points = items.map(item => fullPoint(item, extras))
  return [{ type: 'points', ordered: Boolean(list.ordered), start: list.ordered ? start : undefined, items: points }, ...extras]
}

/** A list item with all its text; blocks a point cannot hold are pushed to `extras`. */
function fullPoint(item: ListItem, extras: Block[]): Point {
  const inlines: Inline[] = []
  const children: Point[] = []
  let childrenOrdered = false
  for (const child of item.children) {
    if (child.type === 'list') {
      childrenOrdered ||= Boolean(child.ordered) && children.length === 0
      children.push(...child.children.map(grandchild => fullPoint(grandchild, extras)))
    }
    else if (child.type === 'paragraph' || child.type === 'heading') {
      if (inlines.length > 0)
        inlines.push({ type: 'break' })
      inlines.push(...trimInlines(toInlines(child.children)))
    }
    else {
      extras.push(...toNoteBlocks(child))
    }
  }
  if (item.checked !== null && item.checked !== undefined)
    inlines.unshift({ type: 'text', value: item.checked ? '☑ ' : '☐ ' })
  return { inlines, children, ...(childrenOrdered ? { childrenOrdered } : {}) }
}

/** A GFM table as a table block. */
export function tableBlock(table: Table): Block & { type: 'table' } {
  const [head, ...rows] = table.children
  const cells = (row: typeof head) => row?.children.map(cell => trimInlines(toInlines(cell.children))) ?? []
  return { type: 'table', align: (table.align ?? []).map(align => (align ?? null) as Align), header: cells(head), rows: rows.map(cells) }
}

/**
 * Converts any block-level node to blocks for the notes: the article's words
 * as written, without images. Used for content that is shown condensed on a slide.
 */
export function toNoteBlocks(node: RootContent): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const block = paragraphBlock(node)
      return block.type === 'paragraph' && inlineText(block.inlines).trim() === '' ? [] : [block]
    }
    case 'list':
      return listBlocks(node)
    case 'blockquote':
      return [{ type: 'quote', blocks: node.children.flatMap(toNoteBlocks) }]
    case 'heading':
      return [{ type: 'paragraph', inlines: [{ type: 'strong', children: trimInlines(toInlines(node.children)) }] }]
    case 'html':
      return node.value.trim() ? [{ type: 'paragraph', inlines: [{ type: 'text', value: node.value }] }] : []
    case 'footnoteDefinition': {
      const inlines = node.children.flatMap(child => child.type === 'paragraph' ? trimInlines(toInlines(child.children)) : [])
      return [{ type: 'paragraph', inlines: [{ type: 'text', value: `[^${node.label ?? node.identifier}]: ` }, ...inlines] }]
    }
    case 'code':
      return [{ type: 'code', lang: node.lang ?? undefined, value: node.value }]
    case 'math':
      return [{ type: 'math', value: node.value }]
    case 'table':
      return [tableBlock(node)]
    default:
      return []
  }
}
