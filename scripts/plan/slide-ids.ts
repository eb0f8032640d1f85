import type { Root, RootContent } from 'mdast'
import type { Slide } from '../model/deck'
import { toString } from 'mdast-util-to-string'

/** Longest heading text kept in a slide's identity (its start is enough to tell sections apart). */
const MAX_ANCHOR_CHARS = 40

/** What names a section folded into one slide (`fold:Training:1`). */
const FOLDED_PREFIX = 'fold:'

/** Identity of the slides that stand for the whole deck rather than a part of the article. */
const DECK_SLIDE_IDS: Partial<Record<Slide['kind'], string>> = { cover: 'cover', agenda: 'agenda', closing: 'closing' }

/** A heading of the article with the name it gives the blocks under it. */
interface Anchor {
  line: number
  name: string
}

/**
 * Gives every slide its identity across runs (`id`) and the article lines it was made
 * from (`span`). A slide made from the article is named by the heading above its first
 * block and that block's place under the heading (`Training:3`: the third block after
 * the heading `Training`), so an edit in another section, a new section or a rewritten
 * paragraph leaves it its name; a slide with no line of its own (a diagram given a slide
 * of its own) is a part of the slide before it; the cover, agenda and closing are named
 * by their kind, and a slide the plan names itself (the recap) by that name.
 * Slides that would share a name (the parts of a split topic) are numbered in order
 * (`Training:3`, `Training:3/2`); a section folded into one slide for a talk of `--minutes`
 * is `fold:` and the name of its first block (`fold:Training:1`). Returns new slides; the
 * input is not changed.
 */
export function assignSlideIds(slides: readonly Slide[], tree: Root): Slide[] {
  const blocks = tree.children.filter(node => node.position !== undefined)
  const anchors = headingAnchors(blocks)
  const starts = [...new Set(slides.flatMap(slide => (slide.line === undefined ? [] : [slide.line])))].sort((a, b) => a - b)
  const seen = new Map<string, number>()
  let previous: string | undefined
  return slides.map((slide) => {
    const found = slide.id ?? DECK_SLIDE_IDS[slide.kind] ?? (slide.line === undefined ? previous ?? slide.kind : blockId(slide.line, blocks, anchors))
    // A section folded into one slide for a talk is named apart from the slides it folds, which keep their names in the backup slides.
    const base = slide.kind === 'content' && slide.folded ? `${FOLDED_PREFIX}${found}` : found
    previous = found
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    const id = count === 1 ? base : `${base}/${count}`
    const span = slide.line === undefined ? undefined : blockSpan(slide.line, starts, blocks)
    return { ...slide, id, ...(span ? { span } : {}) }
  })
}

/** The article's headings in order, each named by its text (a repeated text numbered: `Example~2`). */
function headingAnchors(blocks: readonly RootContent[]): Anchor[] {
  const counts = new Map<string, number>()
  return blocks.flatMap((node) => {
    if (node.type !== 'heading')
      return []
    const text = toString(node).replace(/\s+/g, ' ').trim().slice(0, MAX_ANCHOR_CHARS) || '#'
    const count = (counts.get(text) ?? 0) + 1
    counts.set(text, count)
    return [{ line: node.position!.start.line, name: count === 1 ? text : `${text}~${count}` }]
  })
}

/** `heading:n`: the heading at or above `line`, and how many blocks after it the block holding `line` is (0: the heading). */
function blockId(line: number, blocks: readonly RootContent[], anchors: readonly Anchor[]): string {
  const anchor = anchors.findLast(candidate => candidate.line <= line)
  const from = anchor?.line ?? 0
  const ordinal = blocks.filter(node => node.position!.start.line > from && node.position!.start.line <= line).length
  return `${anchor?.name ?? 'intro'}:${ordinal}`
}

/** From `line` to the end of the last block that starts before the next slide's first line. */
function blockSpan(line: number, starts: readonly number[], blocks: readonly RootContent[]): { from: number, to: number } {
  const next = starts.find(start => start > line) ?? Number.POSITIVE_INFINITY
  const ends = blocks.filter(node => node.position!.start.line >= line && node.position!.start.line < next).map(node => node.position!.end.line)
  return { from: line, to: Math.max(line, ...ends) }
}
