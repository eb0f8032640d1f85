import type { Inline, Point } from '../model/deck'
import { leadingFigure } from './diagrams/quantities'
import { inlineText } from './inlines'

/** Longest term a card may open with, in characters (a CJK character counts one, as a Latin letter does). */
const MAX_TERM_CHARS = 24
/** Most words of a Latin term a card may open with (more read as a clause). */
const MAX_TERM_WORDS = 4
/** The colon that ends a term written before it: `Term: the rest` or `术语：其余`. */
const COLON = /[：:]/u
/** What a term before a colon may not hold: the marks that end a clause or a sentence. */
const CLAUSE_MARK = /[。，,；;！!？?]/u
/** A date a point opens with, only whole and parted from the rest by a mark: `2022年11月底，…`. */
const DATE_TERM = /^\d[\d.,]*年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[底初末]|中旬)?(?=[\s：:，,\-–—]|$)/u
/** A footnote's mark as a point's text carries it (`[^1]`): no words of a card. */
const FOOTNOTE_MARK = /\[\^[^\]\s]+\]/gu
/** An ellipsis at the end: a card's text that trails off, or was cut. */
const ELLIPSIS = /(?:…|\.\.\.)\s*$/u
/** What may stand between a term and the rest: a colon, a dash, a comma, spaces. */
const SEPARATOR = /^[\s：:，,\-–—]+/u

/** A point cut for a card: its heading and the rest. */
export interface Card {
  term: Inline[]
  text: Inline[]
}

/**
 * The term or figure a point opens with, for a card's heading: its leading bold text, a
 * short label before a colon, or a figure as written, with its qualifier, unit and rate
 * (`约7.7万人`, `80%以上`, `900GB/s`; see `leadingFigure`); the rest of the point is the
 * card's text. None when the point does not open so, or when the rest is no whole clause
 * of words: nothing, only a footnote's mark, or a text that trails off in an ellipsis.
 */
export function cardOf(point: Pick<Point, 'inlines'>): Card | undefined {
  const [first, ...rest] = point.inlines
  if (!first)
    return undefined
  if (first.type === 'strong') {
    const term = inlineText(first.children).trim()
    const text = trimLead(rest)
    return isTerm(term) && isCardText(text) ? { term: first.children, text } : undefined
  }
  if (first.type !== 'text')
    return undefined
  const value = first.value.trimStart()
  const term = colonTerm(value) ?? DATE_TERM.exec(value)?.[0] ?? leadingFigure(value)
  const after = term === undefined ? '' : value.slice(term.length).replace(SEPARATOR, '')
  const text: Inline[] = after ? [{ type: 'text', value: after }, ...rest] : rest
  if (term === undefined || !isTerm(term.trim()) || !isCardText(text))
    return undefined
  return { term: [{ type: 'text', value: term.trim() }], text }
}

/** Whether a card's text is words that stand as a clause: not empty, not a footnote's mark alone, not trailing off. */
function isCardText(text: readonly Inline[]): boolean {
  const plain = inlineText(text)
  return /[\p{L}\p{N}]/u.test(plain.replace(FOOTNOTE_MARK, '')) && !ELLIPSIS.test(plain)
}

/** The text before a point's first colon, when no clause mark comes before it. */
function colonTerm(value: string): string | undefined {
  const colon = COLON.exec(value)
  const term = colon ? value.slice(0, colon.index) : undefined
  return term && !CLAUSE_MARK.test(term) ? term : undefined
}

function isTerm(text: string): boolean {
  return text.length > 0 && [...text].length <= MAX_TERM_CHARS && text.split(/\s+/).length <= MAX_TERM_WORDS
}

/** The inlines after a bold term, without the colon or dash between them. */
function trimLead(inlines: readonly Inline[]): Inline[] {
  const [first, ...rest] = inlines
  if (first?.type !== 'text')
    return [...inlines]
  const value = first.value.replace(SEPARATOR, '')
  return value ? [{ type: 'text', value }, ...rest] : rest
}
