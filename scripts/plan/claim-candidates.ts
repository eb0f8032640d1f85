import type { Lang } from '../model/deck'
import type { Clause, SentenceClauses } from './claim-clauses'
import type { ClaimCandidate, Piece } from './claim-pieces'
import type { RunFacts, ShownFacts } from './claim-rules'
import { ASIDE_COST, asidesIn, isReaderAside } from './asides'
import { isDeletable, isExampleMarker, mayOpen } from './claim-clauses'
import { answerCandidates, isTurn, pairCandidates } from './claim-pairs'
import { joinPieces } from './claim-pieces'
import { brokenRule, endsThought, narrates, RUN_RULES, SHOWN_RULES } from './claim-rules'
import { tailCuts } from './clause-tails'
import { echoesBefore } from './definite-echo'
import { measureText } from './measure-text'
import { namesHeading, namesTitle } from './named-referent'
import { bracketCount, isBalanced } from './point-faults'
import { POINT_MARKERS } from './point-markers'

/** What {@link claimCandidates} is told about the text besides its words. */
export interface ClaimOptions {
  /**
   * The text is a list item or the lead of a block, not a paragraph's claim: a question may
   * be its point, and so may a step it tells ("First, make the call…").
   */
  item?: boolean
  /**
   * The text opens a section, right under its heading: its first sentence may open by
   * naming, with a demonstrative and its noun, what the heading names ("这种提示风格非常简单…"
   * under "零样本提示"; `named-referent.ts`), as the heading is the slide's title.
   */
  opensSection?: boolean
  /**
   * The title of the slides the text is shown on, its topic's heading: any sentence may open
   * by naming it with a near demonstrative ("这些设备…" under "设备", "These devices…"
   * under "Devices"), as the title says what it names.
   */
  title?: string
}

/** How much each trait of a candidate counts; higher scores are better claims. */
const WEIGHT = {
  lead: 2,
  laterLead: 0.5,
  conclusion: 2.5,
  definition: 1.5,
  fullness: 1.2,
  wholeSentence: 2,
  deletedClause: 0.3,
  midSentence: 1.5,
  namedMidSentence: 0.5,
  pronounAfterCut: 1,
  short: 2,
  /** A sentence that turns on the one before it (`但是…`, `However, …`): a paragraph's turn carries its point, not its setup (`claim-pairs.ts`). */
  turn: 2,
  /** A point that only spells out a name ("RLHF就是…的简称", "RLHF stands for…"): the paragraph's other sentences say what it does. */
  gloss: 2,
  /** A question shown with the short answer after it (`claim-pairs.ts`): what the answer says, asked and answered. */
  answer: 1,
}
/** Points shorter than this are weak. */
const SHORT_LENGTH = 8
/** The marks and spaces a point ends with (from the start of their run: a long run is read once). */
const TRAILING = /(?<![\s，；：、,;:。.—])[\s，；：、,;:。.—]+$/u
/** A clause that opens with a figure or a Latin name has a subject of its own, even inside a sentence. */
const NAMED_START = /^(?:\d|[A-Z][\w.-]*[A-Z\d])/u
/** What leaving out a droppable tail of a clause costs a candidate. */
const TAIL_COST = 0.8
/** A head cut before a droppable tail must keep this many words. */
const MIN_HEAD_WORDS = 3

/**
 * The points a paragraph could show: for each run of clauses of a sentence, the run
 * without its examples, fillers and asides and without leading connectives, shaped to
 * fit `budget`, unless a rule of `claim-rules.ts` rejects it (one ordered table: a run
 * that is an example, a lone condition, an item without its enumeration; a shown text
 * that has no predicate, leans on the sentence before, drops its scene, stops
 * mid-thought, asks a question or narrates a step when it is no `item` (a list item may), …).
 * Deterministic.
 */
export function claimCandidates(text: string, sentences: readonly SentenceClauses[], lang: Lang, budget: number, { item = false, opensSection = false, title }: ClaimOptions = {}): ClaimCandidate[] {
  const out: ClaimCandidate[] = []
  const wholes = new Map<number, ClaimCandidate>()
  sentences.forEach((read, index) => {
    const opening = read.length > 0 && read[0]!.roles.has('pronoun') ? text.slice(read[0]!.core, read[0]!.body) : undefined
    const heading = opening !== undefined && ((opensSection && index === 0 && namesHeading(opening, lang)) || (title !== undefined && namesTitle(opening, title, lang)))
    const clauses = heading ? [{ ...read[0]!, roles: new Set([...read[0]!.roles].filter(role => role !== 'pronoun')) }, ...read.slice(1)] : read
    const sentence = sentenceFacts(text, clauses, lang, sentences[index - 1]?.at(-1)?.roles.has('question') === true, echoesBefore(text, clauses, sentences[index - 1], lang))
    const turn = isTurn(text, clauses, lang)
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
        const whole = first <= sentence.firstKept && last >= sentence.lastKept
        const options = { lang, budget, item, namesHeading: heading && first === 0 }
        const candidate = build(text, sentence, kept, countDeletable(sentence, first + 1, last), options, afterCut)
        // A step told as a whole sentence is no point alone, but may set up the turn after it ("我们先把日志都写进一个文件。但是，这个文件…").
        const setup = candidate ?? (whole && !item && narrates(kept, text, lang) ? build(text, sentence, kept, countDeletable(sentence, first + 1, last), { ...options, setup: true }, afterCut) : undefined)
        if (setup && whole && setup.pieces.length === kept.length && setup.pieces.at(-1)![1] >= clause.body)
          wholes.set(index, setup)
        if (candidate) {
          if (turn && last >= sentence.lastKept && !kept.some(clause => clause.roles.has('conclusion')))
            candidate.score += WEIGHT.turn
          out.push(candidate)
        }
        run += sentence.measures[last]!.startToEnd
        if (run > budget * 2)
          break
      }
    }
  })
  const scoreOf = (sentence: number) => Math.max(0, ...out.filter(candidate => candidate.from.sentence === sentence).map(candidate => candidate.score))
  return [...out, ...pairCandidates(text, sentences, wholes, { lang, budget, turnWeight: WEIGHT.turn }), ...answerCandidates(text, sentences, scoreOf, { lang, budget, answerWeight: WEIGHT.answer })]
}

/**
 * Whether a sentence is an example as a whole: its first clause is nothing but an example
 * marker ("For example, to keep the lockfile small: …", "比如，我们要…"); every clause after
 * it belongs to the example, so no run of it is a claim.
 */
function opensWithExample(text: string, clauses: readonly Clause[], lang: Lang): boolean {
  const first = clauses[0]
  return first !== undefined && first.roles.has('example') && isExampleMarker(text, first, lang)
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
  /**
   * The first clause that is not deletable (`clauses.length` when none), the last one that
   * says something (-1 when none: a filler with more than a few words of its own counts, so
   * a run does not end the sentence before "…, we will take a look at Logistic
   * Regression"), and the first frame (`clauses.length` when none).
   */
  firstKept: number
  lastKept: number
  firstFrame: number
  /** Each clause's length in {@link measureText} units, from its start or its core to its end or its body's end: the pieces a candidate is made of. */
  measures: ClauseMeasures[]
  /** Each clause's asides ({@link asidesIn}), found when first asked for. */
  asides: Map<number, Piece[]>
  /** The sentence is an example as a whole ({@link opensWithExample}). */
  exampleSentence: boolean
  /** The sentence answers the question just before it. */
  answers: boolean
  /** The sentence opens with a definite article and a noun the sentence before it named ({@link echoesBefore}). */
  echoes: boolean
}

/** A clause's length from where a candidate's piece of it may start (`start`, `core`) to where it may end (`end`, `body`). */
interface ClauseMeasures {
  startToEnd: number
  startToBody: number
  coreToEnd: number
  coreToBody: number
}

function sentenceFacts(text: string, clauses: readonly Clause[], lang: Lang, answers: boolean, echoes: boolean): SentenceFacts {
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
  const says = (clause: Clause) => !isDeletable(clause) || (clause.roles.has('filler') && measures[clause.index]!.coreToBody >= SHORT_LENGTH)
  return { clauses, bracketsBefore, nextKept, deletableBefore, firstKept: nextKept[0]!, lastKept: clauses.findLastIndex(says), firstFrame: firstFrame === -1 ? count : firstFrame, measures, asides: new Map(), exampleSentence: opensWithExample(text, clauses, lang), answers, echoes }
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

/**
 * The candidate a run of clauses makes, or none when a rule of {@link RUN_RULES} or
 * {@link SHOWN_RULES} rejects it: the run without what may go (asides for the reader
 * always; other asides, then a droppable tail, when it is over the budget), scored.
 */
function build(text: string, sentence: SentenceFacts, kept: readonly Clause[], deleted: number, { lang, budget, item, namesHeading, setup = false }: { lang: Lang, budget: number, item: boolean, namesHeading: boolean, setup?: boolean }, pronounRisk: boolean): ClaimCandidate | undefined {
  const { clauses } = sentence
  const first = kept[0]!
  const last = kept.at(-1)!
  const run: RunFacts = { text, lang, clauses, kept, exampleSentence: sentence.exampleSentence }
  if (brokenRule(RUN_RULES, run))
    return undefined
  let pieces: Piece[] = kept.map((clause, index) => [index === 0 ? clause.core : clause.start, index === kept.length - 1 ? clause.body : clause.end])
  let cost = deleted * WEIGHT.deletedClause
  let measured = keptMeasure(sentence, kept)
  const forTheReader = kept.flatMap(clause => asidesOf(text, sentence, clause)).filter(aside => isReaderAside(text, aside, lang))
  if (forTheReader.length > 0) {
    pieces = subtract(pieces, forTheReader)
    measured = measurePieces(text, pieces)
  }
  if (measured > budget) {
    const asides = kept.flatMap(clause => asidesOf(text, sentence, clause))
    if (asides.length > 0) {
      pieces = subtract(pieces, asides)
      cost += ASIDE_COST * asides.length
      measured = measurePieces(text, pieces)
    }
  }
  let cut = false
  if (measured > budget) {
    const fitted = cutTail(text, pieces, last, lang, budget)
    if (!fitted)
      return undefined
    pieces = fitted
    cost += TAIL_COST
    cut = true
  }
  pieces = trimEnd(text, pieces)
  if (!isBalanced(joinPieces(text, pieces)))
    pieces = dropOpenQuote(text, pieces)
  const shown = joinPieces(text, pieces)
  const length = measureText(shown)
  const sentenceStart = first.index <= sentence.firstKept && (first.index === 0 || opensAfter(text, clauses[first.index - 1]!, lang))
  const framed = sentence.firstFrame < first.index
  const endsSentence = sentence.lastKept <= last.index
  const facts: ShownFacts = { ...run, shown, length, budget, item, setup, namesHeading, bracketsBefore: sentence.bracketsBefore[first.index]!, sentenceStart, droppedFrame: framed ? clauses[sentence.firstFrame] : undefined, endsSentence, answers: sentence.answers, echoes: sentence.echoes }
  if (brokenRule(SHOWN_RULES, facts))
    return undefined
  let score = kept.reduce((sum, clause) => sum + clause.value, 0) - cost - (framed ? WEIGHT.deletedClause : 0)
  score += WEIGHT.fullness * Math.min(1, length / budget)
  if (sentenceStart)
    score += first.sentence === 0 ? WEIGHT.lead : WEIGHT.laterLead
  else if (!first.roles.has('conclusion'))
    score -= NAMED_START.test(text.slice(first.core, first.body)) ? WEIGHT.namedMidSentence : WEIGHT.midSentence
  // A conclusion counts where its thought ends: at the sentence's end, or before a clause that opens a thought of its own ("…的安全性——如果…").
  if (!cut && kept.some(clause => clause.roles.has('conclusion')) && (endsSentence || endsThought(text, clauses, last.index, lang)))
    score += WEIGHT.conclusion
  const gloss = POINT_MARKERS[lang].gloss?.test(shown) === true
  if (gloss)
    score -= WEIGHT.gloss
  else if (first.roles.has('definition'))
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
 * Ends the last piece before a droppable tail of its clause ({@link tailCuts}: a reason,
 * a purpose, examples), at the longest head that fits the budget, keeps
 * {@link MIN_HEAD_WORDS} words and ends on no word that promises more. The heads run from
 * the longest to the shortest, and a shorter one never measures more, so those too long
 * are skipped by halving.
 */
function cutTail(text: string, pieces: Piece[], last: Clause, lang: Lang, budget: number): Piece[] | undefined {
  const lastPiece = pieces.at(-1)!
  const from = Math.max(lastPiece[0], last.core)
  const cuts = tailCuts(text, from, lastPiece[1], lang)
  const headAt = (offset: number) => {
    const candidate: Piece[] = [...pieces.slice(0, -1), [lastPiece[0], offset]]
    return { candidate, shown: joinPieces(text, trimEnd(text, candidate)) }
  }
  let firstFitting = 0
  for (let end = cuts.length; firstFitting < end;) {
    const middle = Math.floor((firstFitting + end) / 2)
    if (measureText(headAt(cuts[middle]!).shown) > budget)
      firstFitting = middle + 1
    else
      end = middle
  }
  for (const cut of cuts.slice(firstFitting)) {
    const { candidate, shown } = headAt(cut)
    if (text.slice(from, cut).trim().split(/\s+/).length >= MIN_HEAD_WORDS && !POINT_MARKERS[lang].danglingEnd.test(shown))
      return candidate
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
export function subtract(pieces: readonly Piece[], spans: readonly Piece[]): Piece[] {
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
