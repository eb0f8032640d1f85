import type { Deck, Slide } from '../model/deck'
import { MESSAGES } from '../model/messages'
import { inlineText } from './inlines'

/** One bookmark of the deck: a slide's title and number, with the slides it holds. */
export interface OutlineEntry {
  title: string
  /** 0-based slide number. */
  slide: number
  children: OutlineEntry[]
}

/** A slide's title as a reader sees it in a list: the statement itself for statement slides. */
export function slideLabel(slide: Slide, maxLength = 60): string {
  const text = slide.kind === 'statement' ? inlineText(slide.text) : slide.title
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  const label = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : flat
  return slide.kind === 'content' && slide.part ? `${label} (${slide.part.index}/${slide.part.total})` : label
}

/**
 * The deck's outline for PDF bookmarks: the cover, the agenda, one entry per section
 * (holding its slides, continuations folded into their first part), the closing slide, and
 * one entry holding the backup slides after it.
 */
export function deckOutline(deck: Deck): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  let section: OutlineEntry | undefined
  let backup: OutlineEntry | undefined
  deck.slides.forEach((slide, index) => {
    const entry: OutlineEntry = { title: slideLabel(slide), slide: index, children: [] }
    if (slide.backup) {
      if (!backup)
        entries.push(backup = { title: MESSAGES[deck.meta.lang].backup, slide: index, children: [] })
      if (!isContinuation(slide))
        backup.children.push(entry)
      return
    }
    switch (slide.kind) {
      case 'section':
        section = entry
        entries.push(entry)
        return
      case 'content':
        if (isContinuation(slide))
          return
        break
      case 'agenda':
        if (isContinuation(slide))
          return
        section = undefined
        entries.push(entry)
        return
      case 'cover':
      case 'closing':
        section = undefined
        entries.push(entry)
        return
    }
    if (section)
      section.children.push(entry)
    else
      entries.push(entry)
  })
  return entries
}

/** A later part of a content slide or agenda split over slides: its bookmark is its first part's. */
function isContinuation(slide: Slide): boolean {
  return (slide.kind === 'content' || slide.kind === 'agenda') && slide.part !== undefined && slide.part.index > 1
}
