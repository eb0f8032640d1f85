import type { Inline, Lang } from '../model/deck'
import type { Span } from './sentences'
import { POINT_LENGTH } from './budget'
import { clipOffset, splitClauses } from './clip-text'
import { inlineText, sliceInlines } from './inlines'
import { isWideChar, measureText } from './measure-text'
import { clauseValue, scoreCandidate } from './score-text'
import { splitSentences } from './sentences'

/** Options for {@link pickPoints}. */
export interface PickOptions {
  lang: Lang
  /** Most points to take from this text. */
  max?: number
  /** Longest point, in {@link measureText} units. */
  budget?: number
  /** Least score a point after the first needs to be taken. */
  threshold?: number
}

interface Window {
  start: number
  end: number
  clipped: boolean
  score: number
  value: number
}

const LEADING_CONNECTIVE = {
  'zh-CN': /^(?:所以说|所以|但是|因此|那么|而且|并且|其中|实际上|首先|其次|最后|另外|此外|同时|总之|当然|不过|然而|可见|于是|还有)[，,]\s*/,
  'en': /^(?:so|however|but|also|in fact|therefore|then|now|instead|finally|first|second|lastly|thus|still),\s+/i,
  'ja': /^(?:そして|しかし|また|ただし|つまり|なお|さらに|そのため|したがって|一方で?|まず|次に|最後に|実際に?|ところが|とはいえ)[、，,]\s*/,
} satisfies Record<Lang, RegExp>
/** What a point after the first must carry (a number, or two names) to be shown too. */
const MIN_SECOND_VALUE = 0.8
const TRAILING_MARK = /[\s，；：、,;:。.]+$/

/**
 * Picks the key points of a paragraph extractively: candidates are whole sentences or
 * runs of clauses that fit the budget, scored by the article's emphasis, position,
 * numbers and names; the best are returned in reading order, each keeping its bold,
 * code and links. A clause longer than the budget is cut at a safe word boundary and
 * marked with `…`. Deterministic.
 */
export function pickPoints(inlines: readonly Inline[], options: PickOptions): Inline[][] {
  return scorePoints(inlines, options).map(point => point.inlines)
}

/** A picked point with its score, so callers can drop points that carry nothing. */
export interface ScoredPoint {
  inlines: Inline[]
  score: number
}

/** Like {@link pickPoints}, with each point's score. */
export function scorePoints(inlines: readonly Inline[], { lang, max = 1, budget = POINT_LENGTH, threshold = 2 }: PickOptions): ScoredPoint[] {
  const text = inlineText(inlines)
  const emphasis = emphasisMask(inlines, text.length)
  const windows = splitSentences(text, lang).flatMap((sentence, index) => candidateWindows(text, sentence, index, emphasis, lang, budget))
  const picked: Window[] = []
  for (const window of [...windows].sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (picked.length >= max)
      break
    if (picked.length > 0 && (window.score < threshold || window.value < MIN_SECOND_VALUE))
      break
    if (picked.some(other => window.start < other.end && other.start < window.end))
      continue
    picked.push(window)
  }
  return picked.sort((a, b) => a.start - b.start).map(window => ({ inlines: toPoint(inlines, text, window, lang), score: window.score }))
}

function candidateWindows(text: string, sentence: Span, index: number, emphasis: Uint8Array, lang: Lang, budget: number): Window[] {
  const clauses = splitClauses(sentence.text, lang).map((clause) => {
    const start = sentence.start + clause.start
    const end = sentence.start + clause.end
    return { start, end, value: clauseValue(text.slice(start, end), countMask(emphasis, start, end)) }
  })
  const windows: Window[] = []
  for (let first = 0; first < clauses.length; first++) {
    let value = 0
    for (let last = first; last < clauses.length; last++) {
      const start = clauses[first]!.start
      let end = clauses[last]!.end
      let clipped = false
      if (measureText(text.slice(start, end)) > budget) {
        if (last > first)
          break
        end = start + clipOffset(text.slice(start, end), budget, lang)
        clipped = true
      }
      value += clauses[last]!.value
      const candidate = { text: text.slice(start, end), value, sentence: index, leadClause: first === 0, endsSentence: last === clauses.length - 1 && !clipped }
      windows.push({ start, end, clipped, value, score: scoreCandidate(candidate, lang, budget) })
    }
  }
  return windows
}

function toPoint(inlines: readonly Inline[], text: string, window: Window, lang: Lang): Inline[] {
  let { start, end } = window
  const connective = LEADING_CONNECTIVE[lang].exec(text.slice(start, end))
  if (connective && connective[0].length < end - start)
    start += connective[0].length
  const trailing = TRAILING_MARK.exec(text.slice(start, end))
  if (trailing && trailing.index > 0)
    end = start + trailing.index
  const point = dropSpacesBetweenWide(sliceInlines(inlines, start, end))
  if (lang === 'en' && connective)
    capitalize(point)
  return window.clipped ? [...point, { type: 'text', value: '…' }] : point
}

function capitalize(inlines: Inline[]): void {
  const first = inlines[0]
  if (first?.type === 'text')
    first.value = first.value.charAt(0).toUpperCase() + first.value.slice(1)
}

function emphasisMask(inlines: readonly Inline[], length: number): Uint8Array {
  const mask = new Uint8Array(length)
  let offset = 0
  const walk = (nodes: readonly Inline[], strong: boolean) => {
    for (const node of nodes) {
      if ('children' in node) {
        walk(node.children, strong || node.type === 'strong')
        continue
      }
      const size = node.type === 'break' ? 1 : node.value.length
      if (strong)
        mask.fill(1, offset, offset + size)
      offset += size
    }
  }
  walk(inlines, false)
  return mask
}

function countMask(mask: Uint8Array, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++)
    count += mask[i]!
  return count
}

/** Removes spaces the author put between two CJK characters (often around bold text). */
export function dropSpacesBetweenWide(inlines: Inline[]): Inline[] {
  const text = inlineText(inlines)
  const cuts: number[] = []
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === ' ' && isWideOrPunct(text[i - 1]!) && isWideOrPunct(text[i + 1]!))
      cuts.push(i)
  }
  if (cuts.length === 0)
    return inlines
  const pieces: Inline[] = []
  let from = 0
  for (const cut of cuts) {
    pieces.push(...sliceInlines(inlines, from, cut))
    from = cut + 1
  }
  pieces.push(...sliceInlines(inlines, from, text.length))
  return pieces
}

function isWideOrPunct(char: string): boolean {
  return isWideChar(char) || /[\u3000-\u303F\uFF00-\uFFEF]/.test(char)
}
