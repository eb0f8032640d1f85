import { namesIn } from '../score-text'
import { alternation, qualifiersOfAll } from './diagram-words'
import { isPartOfName } from './digit-names'

/** Qualifiers written before numbers, in every language: never part of a label (`大约`, `less than`). */
const QUALIFIERS = qualifiersOfAll('qualifiersBefore').map(([word]) => word)
const HAN_QUALIFIERS = alternation(QUALIFIERS.filter(word => /\p{Script=Han}/u.test(word)))
const LATIN_QUALIFIERS = alternation(QUALIFIERS.filter(word => /^[a-z]/i.test(word)))
/** Words between a label and the number after it that belong to neither (`是`, `达到`, `用时`, `has`). */
const TAIL_FILLERS = '[的了是为达有共要能就都也还]|达到|高达|累计|用时|花了|需要|具有|拥有'
const EN_TAIL_FILLERS = 'has|have|had|is|are|was|were|of|with|on|at|to|for|by|than'
/** Words between a number and the label after it (`的`, `个`). */
const LEAD_WORDS = new RegExp(`^(?:[的个人元了是为达有共]|高达|累计|${HAN_QUALIFIERS})+`, 'u')
const TAIL_WORDS = new RegExp(`(?:${TAIL_FILLERS}|${HAN_QUALIFIERS}|\\s+(?:${EN_TAIL_FILLERS}|${LATIN_QUALIFIERS}))+\\s*$`, 'iu')
const CLAUSE_EDGE = /[，。；：！？,.;:!?（）()“”"]/

/** The clause around a span of text: from the last clause mark before it to the next one after. */
export function clauseAround(text: string, start: number, end: number): { before: string, after: string } {
  let from = start
  while (from > 0 && !CLAUSE_EDGE.test(text[from - 1]!))
    from--
  let to = end
  while (to < text.length && !CLAUSE_EDGE.test(text[to]!))
    to++
  return { before: text.slice(from, start), after: text.slice(end, to) }
}

const WEAK_LABEL = /说$|^(?:甚至|[也还就而但])|^[=＝≈]|[[\]^{}<>|]|^[\p{P}\p{S}]/u
/** A label that is only a unit or a formula's variable (`GB`, `民币左右`, `N`): not a name for a number. */
const UNIT_LABEL = /^(?:[A-Z个条次元%％]|[KMGTP]i?B|bytes?|人?民币.*|美元|美金|左右|以上|以下)$/i

/**
 * A short label for a number from the words around it: the noun right after it
 * (`1750亿的参数规模` → 参数规模), else the words before it (`一次训练费用近460万美元` →
 * 一次训练费用). At most `max` characters, keeping the end, where Chinese puts the noun.
 */
export function labelFor(text: string, start: number, end: number, max = 20): string | undefined {
  let { before, after } = clauseAround(text, start, end)
  const bracket = openBracketBefore(text, start)
  if (bracket >= 0 && !after.trim() && /^[\s约近大]*$/.test(before))
    before = clauseAround(text, bracket, bracket).before
  const tail = after.replace(LEAD_WORDS, '').trim()
  const head = before.replace(TAIL_WORDS, '').replace(/^(?:除此之外|另外还有|另外|还有|包含|包括|其中|以及|和|与|而且)/, '').replace(/[（(][^）)]*$/, '').trim()
  const label = shorten(tail.length >= 2 ? tail : head, max)
  if (!label || label.length < 2 || /(?<![A-Z\d])\d+(?![A-Z\d])/i.test(label) || WEAK_LABEL.test(label) || UNIT_LABEL.test(label) || /[=≈]/.test(label))
    return undefined
  return label
}

/** Index of the bracket a position sits inside (`（约7.7万人）`), or -1. */
function openBracketBefore(text: string, position: number): number {
  for (let i = position - 1; i >= 0; i--) {
    if (/[（(]/.test(text[i]!))
      return i
    if (/[）)，。；,;]/.test(text[i]!))
      return -1
  }
  return -1
}

/** A label cut to `max` characters: the words after its last 的/了 (the noun), else its last whole words. */
function shorten(label: string, max: number): string {
  if (label.length <= 8)
    return label
  const noun = label.split(/[的了是在]/).at(-1)?.trim() ?? ''
  if (noun.length >= 2 && noun.length <= max)
    return noun
  if (label.length <= max)
    return label
  const words = label.split(/\s+/)
  let kept = ''
  for (const word of words.reverse()) {
    const next = kept ? `${word} ${kept}` : word
    if (next.length > max)
      break
    kept = next
  }
  return kept || label.slice(label.length - max)
}

/**
 * The name (`GPT-3`, `ChatGPT`) a number belongs to: the one name written between the
 * start of its sentence (or the quantity before it, `from`) and the number. None, or two
 * (`GPT-3 比 GPT-2 大 100 倍`: which one?), give no name: a chart must not attach a figure
 * to the wrong thing.
 */
export function nameBefore(text: string, position: number, from = 0): string | undefined {
  const start = sentenceStartAfter(text, position, from)
  const span = text.slice(start, position)
  const names = namesIn(span).filter(name => !UNIT_LABEL.test(name))
  return names.length === 1 ? withModelNumber(text, start + span.lastIndexOf(names[0]!), names[0]!) : undefined
}

/** Marks that end a sentence (`.`, `!`, `?` only before a space). */
const SENTENCE_END = /[。！？\n]|[.!?](?=\s)/

/** Where the sentence a position stands in starts, looking back no further than `from`. */
function sentenceStartAfter(text: string, position: number, from: number): number {
  for (let i = position - 1; i >= from; i--) {
    if (SENTENCE_END.test(text.slice(i, i + 2)))
      return i + 1
  }
  return from
}

/** A model's number after a space is part of its name: `RTX 4090`, `iPhone 15`, not `RTX` alone. */
const MODEL_NUMBER = /^[ \u00A0]\d+(?:\.\d+)*(?![\d.,%％万亿])/

function withModelNumber(text: string, at: number, name: string): string {
  const end = at + name.length
  const number = MODEL_NUMBER.exec(text.slice(end))?.[0]
  return number && isPartOfName(text, end + 1, end + number.length) ? name + number : name
}
