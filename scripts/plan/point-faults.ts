import type { Lang } from '../model/deck'
import { POINT_MARKERS } from './point-markers'
import { wordBoundaries } from './sentences'

/** Why a point would not read on its own as a claim. */
export type PointFault
  = | 'connective'
    | 'pronoun'
    | 'subordinate'
    | 'example'
    | 'filler'
    | 'clipped'
    | 'trailing-mark'
    | 'dangling-end'
    | 'question'
    | 'unbalanced'

/** Marks a point may not end with: it would promise more than it says. */
const TRAILING_MARK = /[:：,，;；、]$/
const CLIPPED = /(?:…|\.\.\.)$/
const QUESTION = /[？?]$/
/** A clause mark after the opening subordinate clause: a main clause follows it. */
const CLAUSE_MARK = /[，,、；;：:]/

/**
 * What is wrong with a point as a slide's line, by the language's {@link POINT_MARKERS}:
 * it opens with a connective or a pronoun that needs the clause before, with a
 * subordinate clause and nothing after it, or with an example; it carries a filler
 * ("我们知道", "as you can see"); it is clipped (`…`), ends with a colon or comma, or on
 * a word that promises more ("because", "of"); it leaves a bracket or a quote open. Empty
 * when the point reads on its own.
 */
export function pointFaults(point: string, lang: Lang): PointFault[] {
  const text = point.trim()
  const markers = POINT_MARKERS[lang]
  const faults: PointFault[] = []
  if (startsWith(text, markers.connective, lang))
    faults.push('connective')
  if (markers.pronoun.test(text))
    faults.push('pronoun')
  if (startsWith(text, markers.subordinator, lang) && !CLAUSE_MARK.test(text))
    faults.push('subordinate')
  if (markers.example.test(text))
    faults.push('example')
  if (markers.filler.test(text))
    faults.push('filler')
  if (CLIPPED.test(text))
    faults.push('clipped')
  if (TRAILING_MARK.test(text))
    faults.push('trailing-mark')
  if (markers.danglingEnd.test(text.replace(/[。.!！]$/, '')))
    faults.push('dangling-end')
  if (QUESTION.test(text))
    faults.push('question')
  if (!isBalanced(text))
    faults.push('unbalanced')
  return faults
}

const PAIRS: readonly [string, string][] = [['(', ')'], ['（', '）'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['[', ']'], ['【', '】']]
/** For each bracket or quote, the pair it belongs to and +1 for the opening one, -1 for the closing one; the straight `"` counts as a pair of its own. */
const BRACKETS = new Map<string, [pair: number, step: number]>([...PAIRS.flatMap(([open, close], pair): [string, [number, number]][] => [[open, [pair, 1]], [close, [pair, -1]]]), ['"', [PAIRS.length, 1]]])

/** Whether every bracket and quote a point opens, it closes (a straight `"` counts in pairs). */
export function isBalanced(text: string): boolean {
  return isBalancedCount(bracketCount(text))
}

/**
 * How many of each pair of brackets or quotes a text opens and does not close (counts
 * only, not their order), the straight quotes last. Counts of two texts add up to
 * those of the two joined, so a long text is counted once, in one pass.
 */
export function bracketCount(text: string, counts: number[] = Array.from<number>({ length: PAIRS.length + 1 }).fill(0)): number[] {
  for (const char of text) {
    const found = BRACKETS.get(char)
    if (found)
      counts[found[0]]! += found[1]
  }
  return counts
}

/** Whether {@link bracketCount}s close every pair (and the straight quotes come in pairs). */
export function isBalancedCount(counts: readonly number[]): boolean {
  return counts.every((count, pair) => pair === PAIRS.length ? count % 2 === 0 : count === 0)
}

/**
 * Whether `text` opens with a marker of `pattern` that is a word of its own: a marker of
 * one CJK character counts only when the word segmenter ends a word after it, so `并行`
 * does not open with `并` nor `更新` with `更`.
 */
export function startsWith(text: string, pattern: RegExp, lang: Lang): boolean {
  const match = pattern.exec(text)
  if (!match)
    return false
  const word = match[0].replace(/[\s，,、：:]+$/, '')
  if (lang === 'en' || word.length > 1)
    return true
  return wordBoundaries(text, lang).includes(word.length)
}
