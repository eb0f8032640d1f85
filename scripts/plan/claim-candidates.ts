import type { Lang } from '../model/deck'
import type { Clause, SentenceClauses } from './claim-clauses'
import { isDeletable, mayOpen } from './claim-clauses'
import { isWideChar, measureText } from './measure-text'
import { ASIDE_COST, asidesIn, phraseCuts } from './phrase-cuts'
import { isBalanced } from './point-faults'
import { POINT_MARKERS } from './point-markers'

/** A span of the paragraph's text that a point keeps. */
export type Piece = readonly [start: number, end: number]

/** A point a paragraph could show: pieces of one sentence, in order, and how good a claim they make. */
export interface ClaimCandidate {
  pieces: Piece[]
  text: string
  score: number
  /** What its clauses carry (numbers, names, emphasis). */
  value: number
  /** First and last clause it draws on, for overlap. */
  from: Clause
  to: Clause
}

/** How much each trait of a candidate counts; higher scores are better claims. */
const WEIGHT = {
  lead: 2,
  laterLead: 0.5,
  conclusion: 2.5,
  definition: 1.5,
  fullness: 1.2,
  wholeSentence: 0.5,
  deletedClause: 0.3,
  midSentence: 1.5,
  namedMidSentence: 0.5,
  pronounAfterCut: 1,
  short: 2,
}
/** Shortest point (measureText units) that says anything; shorter candidates are not kept. */
const MIN_LENGTH = 4
/** Points shorter than this are weak. */
const SHORT_LENGTH = 8
const TRAILING = /[\s，；：、,;:。.]+$/u
const SPACE_BEFORE = /^[\w`"'“‘(（[]/u
/** A clause that opens with a figure or a Latin name has a subject of its own, even inside a sentence. */
const NAMED_START = /^(?:\d|[A-Z][\w.-]*[A-Z\d])/u
/** What opens a clause that only names a topic (`关于RLHF的详细介绍`, `As for the cost`): alone it says nothing. */
const TOPIC_OPENING = /^(?:关于|对于|至于|regarding\b|as for\b)/iu
/** An English head must keep this many words. */
const MIN_HEAD_WORDS = 3

/**
 * The points a paragraph could show: for each run of clauses of a sentence, the run
 * without its examples, fillers and asides and without leading connectives, that fits
 * `budget`, cut (in English) before a subordinate part when only its head fits. A run
 * that opens with a pronoun, an example or a lone subordinate clause, or that ends on a
 * word promising more or still carries a filler, or that starts inside a quotation or runs
 * over a line break, is no candidate; nor is a question, unless
 * `questions` (a list item may be one). Deterministic.
 */
export function claimCandidates(text: string, sentences: readonly SentenceClauses[], lang: Lang, budget: number, questions = false): ClaimCandidate[] {
  const out: ClaimCandidate[] = []
  for (const clauses of sentences) {
    for (let first = 0; first < clauses.length; first++) {
      const head = clauses[first]!
      if (!mayOpen(head) || head.roles.has('pronoun'))
        continue
      let deleted = 0
      let run = 0
      const kept: Clause[] = []
      for (let last = first; last < clauses.length; last++) {
        const clause = clauses[last]!
        if (isDeletable(clause) && clause !== head) {
          if (kept.length > 0)
            deleted++
          continue
        }
        const afterCut = kept.length > 0 && last > 0 && isDeletable(clauses[last - 1]!) && clause.roles.has('pronoun')
        kept.push(clause)
        const candidate = build(text, clauses, kept, deleted, { lang, budget, questions }, afterCut)
        if (candidate)
          out.push(candidate)
        run += measureText(text.slice(clause.start, clause.end))
        if (run > budget * 2)
          break
      }
    }
  }
  return out
}

function build(text: string, clauses: readonly Clause[], kept: readonly Clause[], deleted: number, { lang, budget, questions }: { lang: Lang, budget: number, questions: boolean }, pronounRisk: boolean): ClaimCandidate | undefined {
  const first = kept[0]!
  const last = kept.at(-1)!
  if (kept.length === 1 && (first.roles.has('subordinate') || TOPIC_OPENING.test(text.slice(first.core, first.body))))
    return undefined
  let pieces: Piece[] = kept.map((clause, index) => [index === 0 ? clause.core : clause.start, index === kept.length - 1 ? clause.body : clause.end])
  let cost = deleted * WEIGHT.deletedClause
  let cut = false
  if (measurePieces(text, pieces) > budget) {
    const asides = kept.flatMap(clause => asidesIn(text, clause.core, clause.body))
    if (asides.length > 0) {
      pieces = subtract(pieces, asides)
      cost += ASIDE_COST * asides.length
    }
  }
  if (measurePieces(text, pieces) > budget) {
    const fitted = cutHead(text, pieces, last, lang, budget)
    if (!fitted)
      return undefined
    pieces = fitted.pieces
    cost += fitted.cost
    cut = true
  }
  pieces = trimEnd(text, pieces)
  if (!isBalanced(joinPieces(text, pieces)))
    pieces = dropOpenQuote(text, pieces)
  const shown = joinPieces(text, pieces)
  const length = measureText(shown)
  const markers = POINT_MARKERS[lang]
  if (length < MIN_LENGTH || length > budget || markers.danglingEnd.test(shown) || markers.filler.test(shown) || markers.pronoun.test(shown) || !isBalanced(shown) || shown.includes('\n'))
    return undefined
  if (!isBalanced(text.slice(clauses[0]!.start, first.core)))
    return undefined
  const before = clauses.slice(0, first.index)
  const sentenceStart = before.every(isDeletable) && (before.length === 0 || opensAfter(text, before.at(-1)!, lang))
  const framed = clauses.slice(0, first.index).some(clause => clause.roles.has('frame'))
  const afterStrongMark = (clause: Clause) => /[;；:：]\s*$/.test(text.slice(clauses[clause.index - 1]?.start ?? 0, clause.start))
  const endsSentence = clauses.slice(last.index + 1).every(isDeletable)
  if (!opensPoint(first, sentenceStart, lang, afterStrongMark) || (!endsSentence && leansForward(last)) || (!questions && kept.some(clause => clause.roles.has('question'))))
    return undefined
  let score = kept.reduce((sum, clause) => sum + clause.value, 0) - cost - (framed ? WEIGHT.deletedClause : 0)
  score += WEIGHT.fullness * Math.min(1, length / budget)
  if (sentenceStart)
    score += first.sentence === 0 ? WEIGHT.lead : WEIGHT.laterLead
  else if (!first.roles.has('conclusion'))
    score -= NAMED_START.test(text.slice(first.core, first.body)) ? WEIGHT.namedMidSentence : WEIGHT.midSentence
  if (endsSentence && !cut && kept.some(clause => clause.roles.has('conclusion')))
    score += WEIGHT.conclusion
  if (first.roles.has('definition'))
    score += WEIGHT.definition
  if (endsSentence && !cut)
    score += WEIGHT.wholeSentence
  if (pronounRisk)
    score -= WEIGHT.pronounAfterCut
  if (length < SHORT_LENGTH)
    score -= WEIGHT.short
  return { pieces, text: shown, score, value: kept.reduce((sum, clause) => sum + clause.value, 0), from: first, to: last }
}

/**
 * Whether a clause after a deleted one starts a thought of its own: the deleted one was
 * only a marker ("However,", "我们知道，"), a frame, or ended with a semicolon or a colon;
 * in Chinese and Japanese also after an example. After a deleted filler that ends with a
 * comma the next clauses carry on its thought ("… where we set api_type, api_base, …",
 * "前往第六章，我们将…").
 */
function opensAfter(text: string, deleted: Clause, lang: Lang): boolean {
  if (deleted.core >= deleted.body || deleted.roles.has('frame') || /[;；:：]\s*$/.test(text.slice(deleted.start, deleted.end)))
    return true
  return lang !== 'en' && deleted.roles.has('example') && !deleted.roles.has('filler')
}

/**
 * Whether a point can open with this clause: not with a pronoun; at a sentence's start not
 * with an adverb, an auxiliary or a particle (its subject is in the sentence before), nor,
 * in Chinese, with a verb once a connective before it is deleted (`还涉及了…`); inside a
 * sentence only with a word that can open a subject (and in English, where commas also
 * part the items of a list, only after a semicolon or a colon, or as a conclusion).
 */
export function opensPoint(clause: Clause, sentenceStart: boolean, lang: Lang, afterStrongMark: (clause: Clause) => boolean): boolean {
  if (clause.roles.has('pronoun'))
    return false
  if (!sentenceStart)
    return clause.opener === 'other' && (lang !== 'en' || clause.roles.has('conclusion') || afterStrongMark(clause))
  if (clause.opener === 'verb' && clause.core > clause.start && lang === 'zh-CN')
    return false
  return clause.opener !== 'adverb' && clause.opener !== 'particle' && clause.opener !== 'auxiliary'
}

/** Whether a clause only sets up the next one: a condition, a cause, a phrase opened by a preposition. */
function leansForward(clause: Clause): boolean {
  return clause.roles.has('subordinate') || clause.opener === 'preposition'
}

/**
 * Ends the last piece before a subordinate part of its clause (English), at the longest
 * head that fits the budget and keeps {@link MIN_HEAD_WORDS} words and no dangling end.
 */
function cutHead(text: string, pieces: Piece[], last: Clause, lang: Lang, budget: number): { pieces: Piece[], cost: number } | undefined {
  const lastPiece = pieces.at(-1)!
  const from = Math.max(lastPiece[0], last.core)
  for (const cut of phraseCuts(text, from, lastPiece[1], lang)) {
    const candidate: Piece[] = [...pieces.slice(0, -1), [lastPiece[0], cut.offset]]
    const shown = joinPieces(text, trimEnd(text, candidate))
    if (measureText(shown) > budget)
      continue
    if (text.slice(from, cut.offset).trim().split(/\s+/).length < MIN_HEAD_WORDS || POINT_MARKERS[lang].danglingEnd.test(shown))
      continue
    return { pieces: candidate, cost: cut.cost }
  }
  return undefined
}

/** The length of pieces joined, in measureText units: pieces end at clause marks or word boundaries, so their lengths add up. */
function measurePieces(text: string, pieces: readonly Piece[]): number {
  return pieces.reduce((sum, [start, end]) => sum + measureText(text.slice(start, end)), 0)
}

/**
 * Deletes the one quotation mark a cut left open (`Answer: "Algebra is …` without its
 * closing mark), so the point keeps the quoted words and no mark that is never closed.
 */
function dropOpenQuote(text: string, pieces: readonly Piece[]): Piece[] {
  const marks = pieces.flatMap(([start, end]) => [...text.slice(start, end).matchAll(/["“「『]/g)].map(match => start + match.index))
  if (marks.length !== 1 && !(marks.length % 2 === 1 && marks.every(offset => text[offset] === '"')))
    return [...pieces]
  const at = marks.at(-1)!
  return subtract(pieces, [[at, at + 1]])
}

/** Removes spans from pieces, splitting a piece around a span inside it. */
function subtract(pieces: readonly Piece[], spans: readonly Piece[]): Piece[] {
  let out: Piece[] = [...pieces]
  for (const [from, to] of spans) {
    out = out.flatMap(([start, end]): Piece[] => {
      if (to <= start || from >= end)
        return [[start, end]]
      const parts: Piece[] = [[start, Math.max(start, from)], [Math.min(end, to), end]]
      return parts.filter(([a, b]) => b > a)
    })
  }
  return out
}

/** Drops the closing marks of the last piece (a point ends without a comma or a full stop). */
function trimEnd(text: string, pieces: readonly Piece[]): Piece[] {
  const out = [...pieces]
  while (out.length > 0) {
    const [start, end] = out.at(-1)!
    const trimmed = start + text.slice(start, end).replace(TRAILING, '').length
    if (trimmed > start) {
      out[out.length - 1] = [start, trimmed]
      break
    }
    out.pop()
  }
  return out
}

/** The text of pieces, with a space where two Latin words would otherwise touch. */
export function joinPieces(text: string, pieces: readonly Piece[]): string {
  let out = ''
  for (const [start, end] of pieces) {
    const piece = text.slice(start, end)
    if (needsSpace(out, piece))
      out += ' '
    out += piece
  }
  return out.trim()
}

/** Whether two pieces joined need a space between them: neither side is CJK nor already a space. */
export function needsSpace(before: string, after: string): boolean {
  if (!before || !after)
    return false
  const left = before.at(-1)!
  const right = after[0]!
  return !/\s/.test(left) && !/\s/.test(right) && !isWideChar(left) && !isWideChar(right) && !/[，。；：、（）]/.test(left + right) && SPACE_BEFORE.test(right)
}
