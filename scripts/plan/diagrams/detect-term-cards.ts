import type { List, ListItem } from 'mdast'
import type { Term, TermCardsData } from '../../../diagrams/types'
import type { Lang } from '../../model/deck'
import { toString } from 'mdast-util-to-string'
import { wrapText } from '../../../diagrams/text'
import { splitClauses } from '../clip-text'
import { pointFaults } from '../point-faults'
import { splitSentences, wordsOf } from '../sentences'

const SEPARATOR = /^\s*[：:，,.。—-]+\s*/
/** A footnote's mark as the article's text carries it (`[^1]`): no words of a description. */
const FOOTNOTE_MARK = /\[\^[^\]\s]+\]/g
/** Marks a description ends with that the card leaves off (its last full stop or comma). */
const CLOSING_MARK = /[。.，,；;]$/
/** Marks that end an independent clause inside a sentence: a clause before one stands alone. */
const CLAUSE_END = /[；;]$/
/** An ellipsis: a description that ends in one was cut, or trails off. */
const ELLIPSIS = /(?:…|\.\.\.)$/
/** How TermCards.vue lays a card out in two columns: the text's width, its type size and lines; the term's. */
const CARD_TEXT = { width: 386, size: 15, lines: 3 }
const CARD_TERM = { width: 386, size: 18, lines: 2 }
const MIN_ITEMS = 3
/** Share of items that must open with a bold term. */
const BOLD_SHARE = 0.75

/**
 * A list of three or more items that mostly open with a bold term makes TermCards, when
 * every card can be whole: each item's term with a whole sentence of its description (or
 * its first clause up to a semicolon), never cut and never trailing off in an ellipsis,
 * fitting the card. One item whose description does not fit, that has no description (a
 * term alone, or a footnote's mark after it), or no term, leaves the list as points (its
 * full text is in the notes either way): a card's description is never empty, as the
 * sidecar's schema requires of an author's.
 */
export function detectTermCards(list: List, lang: Lang): TermCardsData | undefined {
  if (list.children.length < MIN_ITEMS)
    return undefined
  const split = list.children.map(item => splitItem(item))
  if (split.some(item => !item) || split.filter(item => item!.bold).length < list.children.length * BOLD_SHARE)
    return undefined
  const terms: Term[] = []
  for (const item of split as ItemSplit[]) {
    const description = item.rest ? wholeDescription(item.rest, item.term, lang) : undefined
    if (!description)
      return undefined
    terms.push({ term: item.term, description })
  }
  return { terms }
}

/** An item cut into its term and the rest (empty when only a footnote's mark follows the term); `bold` when the term was written bold. */
interface ItemSplit {
  term: string
  rest: string
  bold: boolean
}

function splitItem(item: ListItem): ItemSplit | undefined {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph')
    return undefined
  const lead = paragraph.children[0]
  const after = toString({ type: 'paragraph', children: paragraph.children.slice(1) })
  const bold = lead?.type === 'strong' && (SEPARATOR.test(after) || after.trim() === '' || /[：:.。]\s*$/.test(toString(lead)))
  const split = bold ? { term: toString(lead), rest: after } : splitAtTerm(toString(paragraph))
  const term = split?.term.trim().replace(/[：:.。]$/, '')
  if (!term || wrapText(term, CARD_TERM.width, CARD_TERM.size, Infinity).length > CARD_TERM.lines)
    return undefined
  const rest = split!.rest.replace(SEPARATOR, '').trim()
  return { term, rest: rest.replace(FOOTNOTE_MARK, '').trim() ? rest : '', bold: Boolean(bold) }
}

/** An item without bold that still opens with a short term: `限制输出。 如果您想要…`. */
function splitAtTerm(text: string): { term: string, rest: string } | undefined {
  const found = /^([^。.：:，,]{1,16})[。.：:，,](.+)$/s.exec(text.trim())
  return found ? { term: found[1]!, rest: found[2]!.trim() } : undefined
}

/**
 * The description a card shows: the first sentence of the rest when it fits the card, else
 * its first clause when a semicolon ends it and it fits; never part of a clause. When the
 * first sentence names nothing of the term and a later one that fits and reads on its own
 * does ({@link namesTerm}: "**Calling External Tools**. Chatbots are great at answering
 * questions. By using function calling, the chatbots can complete tasks…"), that one: the
 * first only set the use up.
 */
function wholeDescription(rest: string, term: string, lang: Lang): string | undefined {
  const sentences = splitSentences(rest, lang).map(sentence => sentence.text)
  const sentence = sentences[0] ?? rest
  const candidates = [sentence, splitClauses(sentence, lang)[0]?.text ?? ''].filter(text => text === sentence || CLAUSE_END.test(text))
  const first = candidates.map(text => text.replace(CLOSING_MARK, '').trim()).find(text => hasWords(text) && !ELLIPSIS.test(text) && fitsCard(text))
  if (first !== undefined && namesTerm(first, term, lang))
    return first
  const naming = sentences.slice(1).map(text => text.replace(CLOSING_MARK, '').trim()).find(text => namesTerm(text, term, lang) && !ELLIPSIS.test(text) && fitsCard(text) && pointFaults(text, lang).length === 0)
  return naming ?? first
}

/** Shortest word of a term (letters, or characters of a Chinese word) that a description naming it must share: "of", "the" say nothing of a term. */
const MIN_TERM_WORD = { latin: 4, wide: 2 }

/** Whether a text names something of a term: a word of it, as {@link MIN_TERM_WORD} long (lowercased, a plural's "s" aside). */
function namesTerm(text: string, term: string, lang: Lang): boolean {
  const stem = (word: string) => word.replace(/s$/, '')
  const long = (word: string) => /\p{Script=Han}/u.test(word) ? word.length >= MIN_TERM_WORD.wide : word.length >= MIN_TERM_WORD.latin
  const wanted = new Set(wordsOf(term, lang).filter(long).map(stem))
  return wordsOf(text, lang).some(word => wanted.has(stem(word)))
}

function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(FOOTNOTE_MARK, ''))
}

function fitsCard(text: string): boolean {
  return wrapText(text, CARD_TEXT.width, CARD_TEXT.size, Infinity).length <= CARD_TEXT.lines
}
