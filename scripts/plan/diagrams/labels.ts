import { namesIn } from '../score-text'

const LEAD_WORDS = /^(?:[的个人元了是为达有约近共]|超过|高达|大约|大概|将近|接近|累计)+/
const TAIL_WORDS = /(?:[的了是为达有约近共要能就都也还]|达到|超过|高达|大约|大概|将近|接近|累计|用时|花了|需要|低于|高于|\s+(?:has|have|had|is|are|was|were|of|about|around|over|nearly|almost|with|on|at|to|for|by|than))+\s*$/i
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
  const sentenceStart = Math.max(0, ...['。', '！', '？', '. ', '! ', '? ', '\n'].map(mark => text.lastIndexOf(mark, position - 1)).filter(index => index >= 0).map(index => index + 1))
  const names = namesIn(text.slice(Math.max(sentenceStart, from), position))
  return names.length === 1 ? names[0] : undefined
}
