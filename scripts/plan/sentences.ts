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

/**
 * Characters the segmenter is given at a time. `Intl.Segmenter` (V8 11, in Node 20) takes
 * time in proportion to its whole text for every segment it steps over: a paragraph of
 * 300,000 characters and 15,000 sentences takes half a minute. Given a window at a time,
 * cut where no rule of Unicode's text segmentation (UAX #29) looks across, it finds the
 * same segments in time linear in the text.
 */
const WINDOW = 2048
/**
 * What settles the sentence breaks before it: a letter, a sentence terminator or a line
 * break (the rules that look ahead of a break, like "no break before a lowercase word",
 * read on only over other characters).
 */
const SETTLES_SENTENCE = /[\p{L}.!?。！？\n\r\u2028\u2029]/u
/** Where a window of words may end: before a space or an ideographic full stop or comma that follows a letter or a digit (no rule joins words across one). */
const WORD_CUT = /[\p{L}\p{N}](?=[ 。、])/gu

/** The segments of a text, as `Intl.Segmenter` finds them in the whole text, found a window at a time ({@link WINDOW}). */
function* segments(text: string, lang: Lang, granularity: 'sentence' | 'word'): Generator<{ segment: string, index: number }> {
  for (let start = 0, size = WINDOW; start < text.length;) {
    const end = Math.min(text.length, start + size)
    const window = text.slice(start, end)
    const cut = end === text.length ? window.length : granularity === 'word' ? lastWordCut(window) : undefined
    const found = [...segmenter(lang, granularity).segment(cut === undefined ? window : window.slice(0, cut))]
    const settled = cut ?? lastSettledBreak(window, found)
    if (settled <= 0) {
      size *= 2
      continue
    }
    for (const { segment, index } of found) {
      if (index >= settled)
        break
      yield { segment, index: start + index }
    }
    start += settled
    size = WINDOW
  }
}

/** The last place a window of words may end ({@link WORD_CUT}), or 0 when there is none. */
function lastWordCut(window: string): number {
  let cut = 0
  for (const match of window.matchAll(WORD_CUT))
    cut = match.index + match[0].length
  return cut
}

/** The last sentence break in a window that a letter, a terminator or a line break after it settles ({@link SETTLES_SENTENCE}), or 0. */
function lastSettledBreak(window: string, found: readonly { index: number }[]): number {
  let settler = window.length - 1
  while (settler >= 0 && !SETTLES_SENTENCE.test(window[settler]!))
    settler--
  return found.findLast(({ index }) => index > 0 && index <= settler)?.index ?? 0
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
 * How much of the end of a sentence {@link continuesAfter} needs: more than the longest
 * abbreviation with its dot and the space before it, so a match never reaches the start
 * of a tail cut from a longer sentence.
 */
const TAIL_LENGTH = 16

/**
 * Splits text into sentences with `Intl.Segmenter`, as spans whose text is trimmed, then
 * joins what it split at an abbreviation (`e.g.`, `et al.`, `Fig.`, `vs.`, `Dr.` ...) or
 * inside a number (`图 5.3`, `3.11.2`). Whitespace-only segments are dropped; offsets
 * still cover the original text. Only the end of a sentence tells whether the next one
 * joins it ({@link TAIL_LENGTH} characters), and each sentence's text is cut once, so
 * the time stays linear however many segments join.
 */
export function splitSentences(text: string, lang: Lang): Span[] {
  const spans: Omit<Span, 'text'>[] = []
  for (const { segment, index } of segments(text, lang, 'sentence')) {
    const leading = segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (!trimmed)
      continue
    const last = spans.at(-1)
    if (last && (continuesAfter(text.slice(Math.max(last.start, last.end - TAIL_LENGTH), last.end), trimmed) || isDotInsideWord(text, last.end, index + leading))) {
      last.end = index + leading + trimmed.length
      continue
    }
    spans.push({ start: index + leading, end: index + leading + trimmed.length })
  }
  return spans.map(span => ({ ...span, text: text.slice(span.start, span.end) }))
}

/** A mark in brackets (`hundreds (!) of proposals`, `it works (?) most days`): an aside, not a sentence's end. */
const BRACKETED_MARK = /[(（][!?！？]+[)）]$/
/** What a sentence never starts with in Latin script: a lowercase word (the segment before ended inside the sentence). */
const LOWERCASE_START = /^[a-z]/

/** Whether a break between two segments fell inside a sentence: after an abbreviation, inside a number, or after a mark in brackets followed by a lowercase word. */
export function continuesAfter(before: string, after: string): boolean {
  return ABBREVIATIONS.test(before) || (NUMBER_CUT.test(before) && DIGIT_START.test(after)) || (BRACKETED_MARK.test(before) && LOWERCASE_START.test(after))
}

/** A dot that touches the word after it (`MIT 6.S081`, `Node.js`): no sentence ends there. */
const DOT_BEFORE_WORD = /\.[\p{L}\p{N}]/u

/** Whether a break between two segments, nothing between them, falls at a dot inside a word ({@link DOT_BEFORE_WORD}). */
function isDotInsideWord(text: string, end: number, next: number): boolean {
  return end === next && DOT_BEFORE_WORD.test(text.slice(end - 1, end + 1))
}

/** Offsets where a word starts, so a cut never falls inside a word or a number. */
export function wordBoundaries(text: string, lang: Lang): number[] {
  const boundaries: number[] = []
  for (const { index } of segments(text, lang, 'word'))
    boundaries.push(index)
  boundaries.push(text.length)
  return boundaries
}

/** The words of a text (segments holding a letter or a digit), lowercased, in order. */
export function wordsOf(text: string, lang: Lang): string[] {
  const out: string[] = []
  for (const { segment } of segments(text, lang, 'word')) {
    if (/[\p{L}\p{N}]/u.test(segment))
      out.push(segment.toLowerCase())
  }
  return out
}
