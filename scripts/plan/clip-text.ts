import type { Lang } from './types'
import { measureText } from './measure-text'
import { wordBoundaries } from './sentences'

const CLAUSE_END = /[，、；：,;:—)）」』”]/

/**
 * Where to cut `text` so that it fits `budget` (in {@link measureText} units):
 * after the last clause mark that fits, else at the last word boundary that fits,
 * never inside a word or a number. Returns `text.length` when it already fits.
 */
export function clipOffset(text: string, budget: number, lang: Lang): number {
  if (measureText(text) <= budget)
    return text.length
  let clause = 0
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END.test(text[i]!)) {
      if (measureText(text.slice(0, i)) > budget)
        break
      clause = i
    }
  }
  if (clause > 0 && measureText(text.slice(0, clause)) >= budget / 2)
    return clause
  let word = 0
  for (const boundary of wordBoundaries(text, lang)) {
    if (boundary > 0 && measureText(text.slice(0, boundary)) > budget)
      break
    word = boundary
  }
  return Math.max(word, clause) || wordBoundaries(text, lang).find(boundary => boundary > 0) || text.length
}
