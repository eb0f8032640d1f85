import type { Lang } from '../model/deck'
import type { Span } from './sentences'
import { measureText } from './measure-text'
import { POINT_MARKERS } from './point-markers'
import { wordBoundaries } from './sentences'

/** Marks that end a clause. Japanese sets clauses off with `、`, which Chinese keeps for lists of words. */
const CLAUSE_MARK = {
  'zh-CN': /[，；：,;:]/,
  'en': /[，；：,;:]/,
  'ja': /[、，；：,;:]/,
} satisfies Record<Lang, RegExp>
/** A dash that sets off the rest of a sentence (`——` in Chinese and Japanese, ` — ` in English). */
const DASH = /^(?:——|\s—\s)/
const OPENERS = '（(「『“‘《〈[【'
const CLOSERS = '）)」』”’》〉]】'
const TIGHT = /[\w.\-/+%@#'’]/
const NUMBER_UNIT = /[万亿千百十%‰]/

/**
 * Splits a sentence into clauses at commas, semicolons and colons (the language's own,
 * {@link CLAUSE_MARK}) that are not inside brackets or quotes, and at a dash that opens a
 * thought of its own ("…的安全性——如果你的云服务…": a subordinating word or one that
 * breaks a clause follows it); a dash before a gloss or a list stays inside its clause.
 * Each clause keeps its closing mark; offsets are into `text`.
 */
export function splitClauses(text: string, lang: Lang = 'zh-CN'): Span[] {
  const spans: Span[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (OPENERS.includes(char)) {
      depth++
    }
    else if (CLOSERS.includes(char)) {
      depth = Math.max(0, depth - 1)
    }
    else if (depth === 0 && CLAUSE_MARK[lang].test(char) && !isNumberSeparator(text, i)) {
      pushSpan(spans, text, start, i + 1)
      start = i + 1
    }
    else if (depth === 0) {
      const dash = thoughtDash(text, i, lang)
      if (dash > 0) {
        pushSpan(spans, text, start, i + dash)
        start = i + dash
        i += dash - 1
      }
    }
  }
  pushSpan(spans, text, start, text.length)
  return spans
}

/** The length of a dash at `index` that opens a thought of its own ({@link splitClauses}), or 0. */
function thoughtDash(text: string, index: number, lang: Lang): number {
  const dash = DASH.exec(text.slice(index, index + 3))
  if (!dash)
    return 0
  const markers = POINT_MARKERS[lang]
  const after = text.slice(index + dash[0].length).trimStart()
  return markers.subordinator.test(after) || markers.clauseBreak.test(after) ? dash[0].length : 0
}

function isNumberSeparator(text: string, index: number): boolean {
  return /[,:]/.test(text[index]!) && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '')
}

function pushSpan(spans: Span[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end)
  const lead = raw.length - raw.trimStart().length
  const trimmed = raw.trim()
  if (trimmed)
    spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
}

/**
 * Offsets where text may be cut: word boundaries from `Intl.Segmenter` that do not fall
 * inside a Latin word, a number, a name like `GPT-3` or between a number and its unit.
 */
export function safeBoundaries(text: string, lang: Lang): number[] {
  return wordBoundaries(text, lang).filter((offset) => {
    if (offset <= 0 || offset >= text.length)
      return true
    const before = text[offset - 1]!
    const after = text[offset]!
    if (TIGHT.test(before) && TIGHT.test(after))
      return false
    return !(/\d/.test(before) && NUMBER_UNIT.test(after))
  })
}

/**
 * Where to cut `text` so that it fits `budget` (in {@link measureText} units): after
 * the last clause that fits, else at the last safe word boundary that fits. Never
 * inside a word or a number; returns `text.length` when the text already fits.
 */
export function clipOffset(text: string, budget: number, lang: Lang): number {
  if (measureText(text) <= budget)
    return text.length
  let clause = 0
  for (const span of splitClauses(text, lang)) {
    if (measureText(text.slice(0, span.end)) > budget)
      break
    clause = span.end
  }
  if (clause > 0 && measureText(text.slice(0, clause)) >= budget / 2)
    return clause
  let word = 0
  for (const boundary of safeBoundaries(text, lang)) {
    if (boundary > 0 && measureText(text.slice(0, boundary)) > budget)
      break
    word = boundary
  }
  let end = Math.max(word, clause) || safeBoundaries(text, lang).find(boundary => boundary > 0) || text.length
  while (end > 1 && /\s/.test(text[end - 1]!))
    end--
  return end
}
