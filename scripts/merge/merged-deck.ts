import type { Block, Deck, Slide } from '../model/deck'
import type { MergeResult } from './merge-slides'
import type { SlideChunk } from './split-slides'

/**
 * The deck model of a merged `slides.md`, slide for slide, for what is made from the
 * model beside the file (the PowerPoint notes and diagrams, the handout, the talk script,
 * the fit check): a generated slide as planned; a slide the speaker changed as planned
 * but with the speaker's title and notes, and no key (the fit check never re-plans it);
 * a slide the speaker added as a content slide of its title and notes. Every slide of the
 * speaker's knows its line in `slides.md`, its Markdown and its layout (`speaker`).
 */
export function mergedDeck(deck: Deck, merge: Pick<MergeResult, 'slides' | 'lines'>): Deck {
  const slides = merge.slides.map((slide, position): Slide => {
    if (slide.from === 'article')
      return deck.slides[slide.index]!
    const planned = slide.index === undefined ? undefined : deck.slides[slide.index]
    return speakerSlide(slide.chunk, planned, merge.lines[position]!)
  })
  return { ...deck, slides }
}

/** A slide of the speaker's, from its Markdown and (when it replaces one) the generated slide. */
function speakerSlide(chunk: SlideChunk, planned: Slide | undefined, line: number): Slide {
  const notes = noteBlocks(chunk.note ?? '')
  const title = chunk.title ?? (planned && 'title' in planned ? planned.title : '')
  const layout = typeof chunk.frontmatter.layout === 'string' ? chunk.frontmatter.layout : undefined
  const speaker = { line, content: chunk.content, ...(layout ? { layout } : {}) }
  if (planned === undefined)
    return { kind: 'content', title, blocks: [], notes, speaker, ...(chunk.id ? { id: chunk.id } : {}) }
  const { key: _key, ...rest } = planned
  return { ...rest, ...('title' in planned ? { title } : {}), notes, speaker } as Slide
}

/** Notes as written in `slides.md`: a paragraph per block of lines. */
function noteBlocks(note: string): Block[] {
  return note.split(/\n\s*\n/).map(text => text.trim()).filter(Boolean).map(text => ({ type: 'paragraph', inlines: [{ type: 'text', value: text }] }))
}
