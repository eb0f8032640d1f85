import type { Block, Inline } from '../model/deck'
import { inlineText, sliceInlines } from './inlines'

/** An ellipsis and spaces at the end of a phrase (from the start of their run: a long run is read once). */
const TRAILING_SPACE = /(?<![…\s])[…\s]+$/u

/**
 * Marks the slide's key phrases in its notes: where a point's text stands word for word
 * in a paragraph of the notes, in plain text, it becomes bold, so a speaker reading the
 * notes sees what the audience is reading. Text already emphasized is left as it is.
 */
export function boldKeyPhrases(notes: readonly Block[], phrases: readonly string[]): Block[] {
  const wanted = phrases.map(phrase => phrase.replace(TRAILING_SPACE, '').replace(/^\s+/, '')).filter(phrase => [...phrase].length >= 4)
  if (wanted.length === 0)
    return [...notes]
  return notes.map((block) => {
    if (block.type !== 'paragraph')
      return block
    let inlines = block.inlines
    for (const phrase of wanted)
      inlines = boldPhrase(inlines, phrase)
    return inlines === block.inlines ? block : { ...block, inlines }
  })
}

function boldPhrase(inlines: readonly Inline[], phrase: string): Inline[] {
  const text = inlineText(inlines)
  const start = text.indexOf(phrase)
  if (start < 0)
    return inlines as Inline[]
  const end = start + phrase.length
  const middle = sliceInlines(inlines, start, end)
  if (!middle.every(inline => inline.type === 'text'))
    return inlines as Inline[]
  return [...sliceInlines(inlines, 0, start), { type: 'strong', children: middle }, ...sliceInlines(inlines, end, text.length)]
}
