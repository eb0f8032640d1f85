import type { Lang } from './types'

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(lang: Lang, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang}:${granularity}`
  let found = segmenters.get(key)
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity })
    segmenters.set(key, found)
  }
  return found
}

/** A sentence of a text with its offsets. */
export interface Span {
  start: number
  end: number
  text: string
}

/**
 * Splits text into sentences with `Intl.Segmenter`, as spans whose text is trimmed.
 * Whitespace-only segments are dropped; offsets still cover the original text.
 */
export function splitSentences(text: string, lang: Lang): Span[] {
  const spans: Span[] = []
  for (const { segment, index } of segmenter(lang, 'sentence').segment(text)) {
    const leading = segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (trimmed)
      spans.push({ start: index + leading, end: index + leading + trimmed.length, text: trimmed })
  }
  return spans
}

/** Offsets where a word starts, so a cut never falls inside a word or a number. */
export function wordBoundaries(text: string, lang: Lang): number[] {
  const boundaries: number[] = []
  for (const { index } of segmenter(lang, 'word').segment(text))
    boundaries.push(index)
  boundaries.push(text.length)
  return boundaries
}
