import type { Lang } from '../model/deck'
import type { Clause, SentenceClauses } from './claim-clauses'
import { isDeletable, mayOpen } from './claim-clauses'
import { isWideChar, measureText } from './measure-text'
import { ASIDE_COST, asidesIn, phraseCuts } from './phrase-cuts'
import { bracketCount, isBalanced, isBalancedCount } from './point-faults'
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
/** The marks and spaces a point ends with (from the start of their run: a long run is read once). */
const TRAILING = /(?<![\s，；：、,;:。.])[\s，；：、,;:。.]+$/u
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
    const sentence = sentenceFacts(text, clauses)
    for (let first = 0; first < clauses.length; first++) {
      const head = clauses[first]!
      if (!mayOpen(head) || head.roles.has('pronoun'))
        continue
      let run = 0
      const kept: Clause[] = []
      for (let last = first; last < clauses.length; last = sentence.nextKept[last + 1]!) {
        const clause = clauses[last]!
        const afterCut = kept.length > 0 && last > 0 && isDeletable(clauses[last - 1]!) && clause.roles.has('pronoun')
        kept.push(clause)
        const candidate = build(text, sentence, kept, countDeletable(sentence, first + 1, last), { lang, budget, questions }, afterCut)
        if (candidate)
          out.push(candidate)
        run += sentence.measures[last]!.startToEnd
        if (run > budget * 2)
          break
      }
    }
  }
  return out
}

/**
 * What {@link build} asks of a sentence's clauses, read once per sentence so that a
 * candidate costs the length of its own clauses, not of its sentence.
 */
interface SentenceFacts {
  clauses: readonly Clause[]
  /** For each clause, the brackets and quotes the sentence opens before it ({@link bracketCount}). */
  bracketsBefore: number[][]
  /** For each index, the first clause at or after it that is not deletable (`clauses.length` when none is). */
  nextKept: number[]
  /** For each index, how many clauses before it are deletable. */
  deletableBefore: number[]
  /** The first clause that is not deletable (`clauses.length` when none), the last one (-1 when none), and the first frame (`clauses.length` when none). */
  firstKept: number
  lastKept: number
  firstFrame: number
  /** Each clause's length in {@link measureText} units, from its start or its core to its end or its body's end: the pieces a candidate is made of. */
  measures: ClauseMeasures[]
  /** Each clause's asides ({@link asidesIn}), found when first asked for. */
  asides: Map<number, Piece[]>
}

/** A clause's length from where a candidate's piece of it may start (`start`, `core`) to where it may end (`end`, `body`). */
interface ClauseMeasures {
  startToEnd: number
  startToBody: number
  coreToEnd: number
  coreToBody: number
}

function sentenceFacts(text: string, clauses: readonly Clause[]): SentenceFacts {
  const count = clauses.length
  const bracketsBefore = [bracketCount('')]
  const deletableBefore = [0]
  const measures: ClauseMeasures[] = []
  clauses.forEach((clause, index) => {
    bracketsBefore.push(bracketCount(text.slice(clause.start, clauses[index + 1]?.start ?? clause.end), [...bracketsBefore[index]!]))
    deletableBefore.push(deletableBefore[index]! + (isDeletable(clause) ? 1 : 0))
    const measure = (start: number, end: number) => measureText(text.slice(start, end))
    measures.push({ startToEnd: measure(clause.start, clause.end), startToBody: measure(clause.start, clause.body), coreToEnd: measure(clause.core, clause.end), coreToBody: measure(clause.core, clause.body) })
  })
  const nextKept = Array.from<number>({ length: count + 1 }).fill(count)
  for (let index = count - 1; index >= 0; index--)
    nextKept[index] = isDeletable(clauses[index]!) ? nextKept[index + 1]! : index
  const firstFrame = clauses.findIndex(clause => clause.roles.has('frame'))
  return { clauses, bracketsBefore, nextKept, deletableBefore, firstKept: nextKept[0]!, lastKept: clauses.findLastIndex(clause => !isDeletable(clause)), firstFrame: firstFrame === -1 ? count : firstFrame, measures, asides: new Map() }
}

/** The length of the pieces of `kept` clauses (the first from its core, the last to its body's end), as {@link measurePieces} would measure them. */
function keptMeasure(sentence: SentenceFacts, kept: readonly Clause[]): number {
  const first = sentence.measures[kept[0]!.index]!
  if (kept.length === 1)
    return first.coreToBody
  let sum = first.coreToEnd
  for (const clause of kept.slice(1, -1))
    sum += sentence.measures[clause.index]!.startToEnd
  return sum + sentence.measures[kept.at(-1)!.index]!.startToBody
}

/** A clause's asides, found once per sentence. */
function asidesOf(text: string, sentence: SentenceFacts, clause: Clause): Piece[] {
  const found = sentence.asides.get(clause.index) ?? asidesIn(text, clause.core, clause.body)
  sentence.asides.set(clause.index, found)
  return found
}

/** How many clauses from `from` to before `to` are deletable. */
function countDeletable(sentence: SentenceFacts, from: number, to: number): number {
  return to > from ? sentence.deletableBefore[to]! - sentence.deletableBefore[from]! : 0
}

function build(text: string, sentence: SentenceFacts, kept: readonly Clause[], deleted: number, { lang, budget, questions }: { lang: Lang, budget: number, questions: boolean }, pronounRisk: boolean): ClaimCandidate | undefined {
  const { clauses } = sentence
  const first = kept[0]!
  const last = kept.at(-1)!
  if (kept.length === 1 && (first.roles.has('subordinate') || TOPIC_OPENING.test(text.slice(first.core, first.body))))
    return undefined
  let pieces: Piece[] = kept.map((clause, index) => [index === 0 ? clause.core : clause.start, index === kept.length - 1 ? clause.body : clause.end])
  let cost = deleted * WEIGHT.deletedClause
  let cut = false
  let measured = keptMeasure(sentence, kept)
  if (measured > budget) {
    const asides = kept.flatMap(clause => asidesOf(text, sentence, clause))
    if (asides.length > 0) {
      pieces = subtract(pieces, asides)
      cost += ASIDE_COST * asides.length
      measured = measurePieces(text, pieces)
    }
  }
  if (measured > budget) {
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
  if (!isBalancedCount(bracketCount(text.slice(first.start, first.core), [...sentence.bracketsBefore[first.index]!])))
    return undefined
  const sentenceStart = first.index <= sentence.firstKept && (first.index === 0 || opensAfter(text, clauses[first.index - 1]!, lang))
  const framed = sentence.firstFrame < first.index
  const afterStrongMark = (clause: Clause) => /[;；:：]\s*$/.test(text.slice(clauses[clause.index - 1]?.start ?? 0, clause.start))
  const endsSentence = sentence.lastKept <= last.index
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
 * The cuts run from the longest head to the shortest, and a shorter head never measures
 * more, so those too long are skipped by halving: a clause of thousands of cuts is not
 * measured thousands of times.
 */
function cutHead(text: string, pieces: Piece[], last: Clause, lang: Lang, budget: number): { pieces: Piece[], cost: number } | undefined {
  const lastPiece = pieces.at(-1)!
  const from = Math.max(lastPiece[0], last.core)
  const cuts = phraseCuts(text, from, lastPiece[1], lang)
  const headAt = (offset: number) => {
    const candidate: Piece[] = [...pieces.slice(0, -1), [lastPiece[0], offset]]
    return { candidate, shown: joinPieces(text, trimEnd(text, candidate)) }
  }
  let firstFitting = 0
  for (let end = cuts.length; firstFitting < end;) {
    const middle = Math.floor((firstFitting + end) / 2)
    if (measureText(headAt(cuts[middle]!.offset).shown) > budget)
      firstFitting = middle + 1
    else
      end = middle
  }
  for (const cut of cuts.slice(firstFitting)) {
    const { candidate, shown } = headAt(cut.offset)
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
