import type { Lang } from '../model/deck'

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
 * Abbreviations that end with a period but almost never end a sentence: a break after
 * one of them (`Dr. Smith`, `GPT-4 vs. GPT-3.5`, `et al. 2020`) is no sentence end.
 */
const ABBREVIATIONS = /(?:^|[\s(（])(?:e\.g|i\.e|et al|vs|cf|approx|Dr|Mr|Mrs|Ms|Prof|Jr|Sr|Fig|Figs|Eq|Eqs|Tab|Sec|Ch|Vol|pp|ca|resp|incl|esp|viz)\.$/i
/** A number cut at its dot (`图 5.` + `3 所示`, `version 3.` + `11`). */
const NUMBER_CUT = /\d\.$/
const DIGIT_START = /^\d/

/**
 * Splits text into sentences with `Intl.Segmenter`, as spans whose text is trimmed, then
 * joins what it split at an abbreviation (`e.g.`, `et al.`, `Fig.`, `vs.`, `Dr.` ...) or
 * inside a number (`图 5.3`, `3.11.2`). Whitespace-only segments are dropped; offsets
 * still cover the original text.
 */
export function splitSentences(text: string, lang: Lang): Span[] {
  const spans: Span[] = []
  for (const { segment, index } of segmenter(lang, 'sentence').segment(text)) {
    const leading = segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (!trimmed)
      continue
    const last = spans.at(-1)
    if (last && continuesAfter(last.text, trimmed)) {
      last.end = index + leading + trimmed.length
      last.text = text.slice(last.start, last.end)
      continue
    }
    spans.push({ start: index + leading, end: index + leading + trimmed.length, text: trimmed })
  }
  return spans
}

/** Whether a break between two segments fell inside a sentence: after an abbreviation, or inside a number. */
export function continuesAfter(before: string, after: string): boolean {
  return ABBREVIATIONS.test(before) || (NUMBER_CUT.test(before) && DIGIT_START.test(after))
}

/** Offsets where a word starts, so a cut never falls inside a word or a number. */
export function wordBoundaries(text: string, lang: Lang): number[] {
  const boundaries: number[] = []
  for (const { index } of segmenter(lang, 'word').segment(text))
    boundaries.push(index)
  boundaries.push(text.length)
  return boundaries
}
