import type { Deck, Slide } from '../model/deck'
import type { RenderOptions } from './render-slidev'
import { createHash } from 'node:crypto'
import { renderSlides } from './render-slidev'

/**
 * What the article gave each slide, as a fingerprint by slide id: the slide rendered
 * without the talk's timing and numbering (its time, where the talk is, its part and
 * section number), which move whenever another part of the article changes. Two runs
 * gave a slide the same content when its fingerprints are equal.
 */
export function contentFingerprints(deck: Deck, options: RenderOptions = {}): Record<string, string> {
  const timeless: Deck = { ...deck, meta: { ...deck.meta, duration: undefined }, slides: deck.slides.map(withoutPlace) }
  const rendered = renderSlides(timeless, { ...options, deckStyle: undefined })
  return Object.fromEntries(deck.slides.flatMap((slide, index) => (slide.id === undefined ? [] : [[slide.id, createHash('sha256').update(rendered[index]!).digest('hex')]])))
}

/** A slide without its time and its place among the talk's sections and parts. */
function withoutPlace(slide: Slide): Slide {
  const timeless = { ...slide, seconds: undefined }
  switch (timeless.kind) {
    case 'section':
      return { ...timeless, index: 0, total: 0 }
    case 'content':
      return { ...timeless, sectionNumber: undefined, part: undefined }
    case 'statement':
      return { ...timeless, sectionNumber: undefined }
    default:
      return timeless
  }
}
