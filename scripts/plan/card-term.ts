import type { Inline, Point } from '../model/deck'
import { inlineText } from './inlines'

/** Longest term a card may open with, in characters (a CJK character counts one, as a Latin letter does). */
const MAX_TERM_CHARS = 24
/** Most words of a Latin term a card may open with (more read as a clause). */
const MAX_TERM_WORDS = 4
/** The colon that ends a term written before it: `Term: the rest` or `术语：其余`. */
const COLON = /[：:]/u
/** What a term before a colon may not hold: the marks that end a clause or a sentence. */
const CLAUSE_MARK = /[。，,；;！!？?]/u
/** A figure a point opens with: `1750亿 …`, `45TB …`, `40% …`; a date only whole and parted from the rest by a mark: `2022年11月底，…`. */
const NUMBER_TERM = /^(?:约|近|超过|over |about )?\d[\d.,]*(?:年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[底初末]|中旬)?(?=[\s：:，,\-–—]|$)|(?![\d.,年])(?:\s?(?:%|‰|[万亿千百倍]{1,2}|[A-Z]{1,3}\b))?(?:美元|[元人个次月天])?)/u
/** What may stand between a term and the rest: a colon, a dash, a comma, spaces. */
const SEPARATOR = /^[\s：:，,\-–—]+/u

/** A point cut for a card: its heading and the rest. */
export interface Card {
  term: Inline[]
  text: Inline[]
}

/**
 * The term or figure a point opens with, for a card's heading: its leading bold text, a
 * short label before a colon, or a number with its unit; the rest of the point is the
 * card's text. None when the point does not open so, or nothing follows the term.
 */
export function cardOf(point: Pick<Point, 'inlines'>): Card | undefined {
  const [first, ...rest] = point.inlines
  if (!first)
    return undefined
  if (first.type === 'strong') {
    const term = inlineText(first.children).trim()
    const text = trimLead(rest)
    return isTerm(term) && inlineText(text).trim() ? { term: first.children, text } : undefined
  }
  if (first.type !== 'text')
    return undefined
  const value = first.value.trimStart()
  const term = colonTerm(value) ?? NUMBER_TERM.exec(value)?.[0]
  const after = term === undefined ? '' : value.slice(term.length).replace(SEPARATOR, '')
  if (term === undefined || !isTerm(term.trim()) || !(after.trim() || rest.length > 0))
    return undefined
  return { term: [{ type: 'text', value: term.trim() }], text: after ? [{ type: 'text', value: after }, ...rest] : rest }
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
