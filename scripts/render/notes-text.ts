import type { Block, Inline } from '../model/deck'
import type { BlockHandlers, InlineHandlers } from '../model/fold'
import { foldBlocks, foldInlines } from '../model/fold'
import { joinTextBlocks, textBlockHandlers } from './text-blocks'

/** Plain text for each inline type: the words, a soft line break as a space. */
const PLAIN_INLINES: InlineHandlers<string> = {
  text: inline => inline.value.replace(/\s*\n\s*/g, ' '),
  code: inline => inline.value,
  math: inline => inline.value,
  break: () => '\n',
  strong: (inline, _context, fold) => fold(inline.children).join(''),
  emphasis: (inline, _context, fold) => fold(inline.children).join(''),
  delete: (inline, _context, fold) => fold(inline.children).join(''),
  tag: (inline, _context, fold) => fold(inline.children).join(''),
  link: (inline, _context, fold) => fold(inline.children).join(''),
}

function plainInlines(inlines: readonly Inline[]): string {
  return foldInlines(inlines, PLAIN_INLINES).join('')
}

/** Plain text for each block type: code and formulas as written, an image as its description. */
const PLAIN_BLOCKS: BlockHandlers<string> = {
  ...textBlockHandlers(plainInlines),
  code: block => block.value,
  math: block => block.value,
  image: block => block.alt,
}

/**
 * A slide's notes as plain text: paragraphs, lists and quotes in the article's words,
 * nothing escaped and no markup. For PowerPoint's notes.
 */
export function notesText(blocks: readonly Block[]): string {
  return joinTextBlocks(foldBlocks(blocks, PLAIN_BLOCKS))
}
