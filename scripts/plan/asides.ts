import type { Lang } from '../model/deck'

/** A place where the head of a clause may end, and what leaving out the rest costs. */
export interface PhraseCut {
  offset: number
  cost: number
}

/**
 * English words that open a part of a clause the clause's claim can do without: a
 * relative or subordinate clause, the means or a list of examples. Each costs what it
 * usually takes from the claim.
 */
const EN_CUTS: readonly [RegExp, number][] = [
  [/\s(?=(?:which|who|whom|whose)\s)/gi, 0.6],
  [/\s(?=(?:in|on|at|for|with|by|from|to|of|through) which\s)/gi, 0.6],
  [/\s(?=(?:because|since|so that|while|whereas|although|though|unless|until|whether|once|in order to)\s)/gi, 0.8],
  [/\s(?=(?:such as|including|like|e\.g\.|i\.e\.|for example|for instance)\s)/gi, 0.5],
  [/\s(?=(?:by|via|using|through|without|based on|instead of|rather than)\s)/gi, 1],
  [/\s(?=(?:when|where|if|after|before|as soon as)\s)/gi, 1],
  [/\s(?=(?:with|for)\s)/gi, 1.2],
  [/\s(?=(?:and then|and|but|so|or)\s)/gi, 1.4],
]
/** A clause written in English inside an article of another language (a prompt quoted in a Chinese article). */
const LATIN_ONLY = /^[\x20-\x7E“”‘’]*$/
/** Brackets inside a clause: an aside the claim does without, with the spaces before it (taken from the start of their run, so a long run of spaces is read once). */
const ASIDE = /(?:(?<!\s)\s+)?(?:\([^()]*\)|（[^（）]*）)/g
/** What leaving out an aside in brackets costs. */
export const ASIDE_COST = 0.3

/**
 * Where the head of a clause (`start`..`end` of `text`) may end in English: before a
 * relative or subordinate clause, a means ("by", "using"), a list of examples, or a
 * second coordinated clause. Chinese and Japanese clauses are cut at their marks only
 * (an English clause quoted in them is cut as English).
 */
export function phraseCuts(text: string, start: number, end: number, lang: Lang): PhraseCut[] {
  const clause = text.slice(start, end)
  if (lang !== 'en' && !LATIN_ONLY.test(clause))
    return []
  const cuts = new Map<number, number>()
  for (const [pattern, cost] of EN_CUTS) {
    for (const match of clause.matchAll(pattern)) {
      const offset = start + match.index
      cuts.set(offset, Math.min(cost, cuts.get(offset) ?? Infinity))
    }
  }
  return [...cuts].map(([offset, cost]) => ({ offset, cost })).sort((a, b) => b.offset - a.offset)
}

/** Asides in brackets inside `start`..`end` of `text`, as offsets to delete (their leading space included). */
export function asidesIn(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = []
  for (const match of text.slice(start, end).matchAll(ASIDE)) {
    const from = start + match.index
    if (from > start)
      spans.push([from, from + match[0].length])
  }
  return spans
}
