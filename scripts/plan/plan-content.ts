import type { RootContent } from 'mdast'
import type { Block, ContentSlide, Inline, Lang, Point } from './types'
import { MAX_CODE_LINES, MAX_POINTS, MAX_TABLE_ROWS, POINT_LENGTH } from './budget'
import { clipOffset } from './clip-text'
import { inlineText, sliceInlines, toInlines, trimInlines } from './inlines'
import { splitSentences } from './sentences'
import { imagesOf, isDisplayMath, isImageOnly, listBlock, paragraphBlock, tableBlock, toNoteBlocks } from './to-blocks'

/** A piece of a section as it will be shown: what goes on the slide and what goes in the notes. */
interface Unit {
  slide: Block[]
  notes: Block[]
  weight: number
  line?: number
  /** A heading inside the section: the unit starts a new slide titled with it. */
  heading?: string
}

/** Options for {@link planContent}. */
export interface PlanContentOptions {
  lang: Lang
  title: string
  section?: string
}

/**
 * Plans the content slides of one section or subsection: each paragraph shows its lead
 * sentence as a point with the whole paragraph in the notes; lists, code, tables,
 * formulas, quotes and images are shown as they are; slides are filled up to
 * {@link MAX_POINTS} and split between units, never inside one.
 */
export function planContent(nodes: readonly RootContent[], { lang, title, section }: PlanContentOptions): ContentSlide[] {
  const units = nodes.flatMap(node => toUnits(node, lang))
  const groups = packUnits(units)
  return groups.map((group, index) => ({
    kind: 'content',
    title: group.heading ? `${title} · ${group.heading}` : title,
    section,
    blocks: mergePoints(group.units.flatMap(unit => unit.slide)),
    notes: group.units.flatMap(unit => unit.notes),
    line: group.units[0]?.line,
    part: groups.length > 1 ? { index: index + 1, total: groups.length } : undefined,
  }))
}

function toUnits(node: RootContent, lang: Lang): Unit[] {
  const line = node.position?.start.line
  switch (node.type) {
    case 'paragraph': {
      if (isDisplayMath(node))
        return [{ slide: [{ type: 'math', value: inlineText(toInlines(node.children)) }], notes: [], weight: 2, line }]
      const images = imagesOf(node).map(image => ({ slide: [image], notes: [], weight: 4, line }))
      if (isImageOnly(node))
        return images
      const paragraph = paragraphBlock(node)
      if (paragraph.type !== 'paragraph' || inlineText(paragraph.inlines).trim() === '')
        return images
      return [{ slide: [pointsOf([leadPoint(paragraph.inlines, lang)])], notes: [paragraph], weight: 1, line }, ...images]
    }
    case 'list': {
      const block = listBlock(node)
      return chunk(block.items, MAX_POINTS, countPoints).map((items, index) => ({
        slide: [{ ...block, items, start: block.ordered ? (block.start ?? 1) + offsetOf(block.items, items) : undefined }],
        notes: index === 0 ? [block] : [],
        weight: items.reduce((sum, item) => sum + countPoints(item), 0),
        line,
      }))
    }
    case 'code': {
      const lines = node.value.split('\n').length
      return [{ slide: [{ type: 'code', lang: node.lang ?? undefined, value: node.value }], notes: [], weight: lines > MAX_CODE_LINES ? MAX_POINTS : Math.min(MAX_POINTS, 2 + Math.ceil(lines / 4)), line }]
    }
    case 'math':
      return [{ slide: [{ type: 'math', value: node.value }], notes: [], weight: 2, line }]
    case 'table': {
      const table = tableBlock(node)
      return chunk(table.rows, MAX_TABLE_ROWS, () => 1).map(rows => ({ slide: [{ ...table, rows }], notes: [], weight: MAX_POINTS, line }))
    }
    case 'blockquote': {
      const notes = toNoteBlocks(node)
      const text = inlineText(node.children.flatMap(child => child.type === 'paragraph' ? toInlines(child.children) : []))
      const lead = leadPoint([{ type: 'text', value: text }], lang)
      return [{ slide: [{ type: 'quote', blocks: [{ type: 'paragraph', inlines: lead.inlines }] }], notes, weight: 2, line }]
    }
    case 'heading':
      return [{ slide: [], notes: toNoteBlocks(node), weight: 0, line, heading: inlineText(toInlines(node.children)).trim() }]
    case 'html':
    case 'footnoteDefinition':
      return [{ slide: [], notes: toNoteBlocks(node), weight: 0, line }]
    default:
      return []
  }
}

function leadPoint(inlines: Inline[], lang: Lang): Point {
  const text = inlineText(inlines)
  const first = splitSentences(text, lang)[0] ?? { start: 0, end: text.length }
  const end = first.start + clipOffset(text.slice(first.start, first.end), POINT_LENGTH, lang)
  const point = trimInlines(sliceInlines(inlines, first.start, end))
  const clipped = end < first.end || splitSentences(text, lang).length > 1
  return { inlines: clipped ? [...point, { type: 'text', value: '…' }] : point, children: [] }
}

function pointsOf(items: Point[]): Block {
  return { type: 'points', ordered: false, items }
}

function countPoints(point: Point): number {
  return 1 + point.children.reduce((sum, child) => sum + countPoints(child), 0)
}

function offsetOf<T>(all: T[], part: T[]): number {
  return part.length > 0 ? all.indexOf(part[0]!) : 0
}

function chunk<T>(items: T[], budget: number, weigh: (item: T) => number): T[][] {
  const chunks: T[][] = []
  let current: T[] = []
  let used = 0
  for (const item of items) {
    const weight = weigh(item)
    if (current.length > 0 && used + weight > budget) {
      chunks.push(current)
      current = []
      used = 0
    }
    current.push(item)
    used += weight
  }
  if (current.length > 0)
    chunks.push(current)
  return chunks
}

interface Group {
  heading?: string
  units: Unit[]
}

function packUnits(units: Unit[]): Group[] {
  const groups: Group[] = []
  let current: Group | undefined
  let used = 0
  for (const unit of units) {
    const full = current && current.units.some(u => u.slide.length > 0) && used + unit.weight > MAX_POINTS
    if (!current || unit.heading !== undefined || full) {
      current = { heading: unit.heading ?? current?.heading, units: [] }
      groups.push(current)
      used = 0
    }
    current.units.push(unit)
    used += unit.weight
  }
  return groups
}

function mergePoints(blocks: Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const last = out.at(-1)
    if (block.type === 'points' && !block.ordered && last?.type === 'points' && !last.ordered)
      last.items = [...last.items, ...block.items]
    else
      out.push(block.type === 'points' ? { ...block, items: [...block.items] } : block)
  }
  return out
}
