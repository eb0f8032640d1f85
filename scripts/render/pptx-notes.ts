import type { Block, Inline, Point } from '../model/deck'
import type { BlockHandlers, InlineHandlers } from '../model/fold'
import { foldBlocks, foldInlines } from '../model/fold'

/** A stretch of notes text, bold or not; `\n` in it is a line break. */
export interface NotesRun {
  text: string
  bold: boolean
}

/** One paragraph of PowerPoint's speaker notes. */
export interface NotesParagraph {
  runs: NotesRun[]
}

/** Inline content as runs: the words, bold where the article (or the planner, for what the slide shows) made them bold. */
const NOTES_INLINES: InlineHandlers<NotesRun[], boolean> = {
  text: (inline, bold) => [{ text: inline.value.replace(/\s*\n\s*/g, ' '), bold }],
  code: (inline, bold) => [{ text: inline.value, bold }],
  math: (inline, bold) => [{ text: inline.value, bold }],
  break: (_inline, bold) => [{ text: '\n', bold }],
  strong: (inline, _bold, fold) => fold(inline.children, true).flat(),
  emphasis: (inline, bold, fold) => fold(inline.children, bold).flat(),
  delete: (inline, bold, fold) => fold(inline.children, bold).flat(),
  tag: (inline, bold, fold) => fold(inline.children, bold).flat(),
  link: (inline, bold, fold) => fold(inline.children, bold).flat(),
}

/** Runs of inline content, neighbours of the same weight joined. */
function notesRuns(inlines: readonly Inline[], prefix = ''): NotesRun[] {
  const runs: NotesRun[] = prefix ? [{ text: prefix, bold: false }] : []
  for (const run of foldInlines(inlines, NOTES_INLINES, false).flat()) {
    const last = runs.at(-1)
    if (last && last.bold === run.bold)
      last.text += run.text
    else if (run.text)
      runs.push({ ...run })
  }
  return runs
}

/** List items as paragraphs, `- ` or `1. ` before each and two spaces a level, as the plain notes write them. */
function pointParagraphs(items: readonly Point[], ordered: boolean, start: number, depth: number): NotesParagraph[] {
  return items.flatMap((item, index) => [
    { runs: notesRuns(item.inlines, `${'  '.repeat(depth)}${ordered ? `${start + index}.` : '-'} `) },
    ...pointParagraphs(item.children, item.childrenOrdered ?? false, 1, depth + 1),
  ])
}

/** Paragraphs for each block type: the same words as the plain notes (`notes-text.ts`), bold kept, a paragraph per line of code, row of a table, item of a list. */
const NOTES_BLOCKS: BlockHandlers<NotesParagraph[]> = {
  paragraph: block => [{ runs: notesRuns(block.inlines) }],
  heading: block => [{ runs: notesRuns(block.inlines) }],
  points: block => pointParagraphs(block.items, block.ordered, block.start ?? 1, 0),
  quote: (block, _context, fold) => fold(block.blocks).flat().map(paragraph => ({ runs: [{ text: '> ', bold: false }, ...paragraph.runs] })),
  table: block => [block.header, ...block.rows].map(row => ({ runs: row.flatMap((cell, index) => notesRuns(cell, index > 0 ? ' | ' : '')) })),
  code: block => block.value.split('\n').map(line => ({ runs: [{ text: line, bold: false }] })),
  math: block => [{ runs: [{ text: block.value, bold: false }] }],
  image: block => (block.alt ? [{ runs: [{ text: block.alt, bold: false }] }] : []),
  diagram: () => [],
  click: () => [],
}

/**
 * A slide's notes as PowerPoint speaker notes: the article's text for the slide, a
 * paragraph each, with its bold kept (nothing escaped, no markup).
 */
export function pptxNotes(blocks: readonly Block[]): NotesParagraph[] {
  return foldBlocks(blocks, NOTES_BLOCKS).flat().filter(paragraph => paragraph.runs.some(run => run.text.trim()))
}
