import type { Lang } from '../model/deck'
import type { Clause, SentenceClauses } from './claim-clauses'
import type { ClaimCandidate, Piece } from './claim-pieces'
import { PAIR_LENGTH, SHORT_ANSWER } from './budget'
import { isDeletable } from './claim-clauses'
import { joinPieces } from './claim-pieces'
import { measureText } from './measure-text'
import { LEAD_IN_END, pointFaults } from './point-faults'
import { POINT_MARKERS } from './point-markers'
import { opensWithPredicate } from './word-kinds'

/** Faults the turning sentence may have inside a pair: its opening leans on the sentence the pair shows before it. */
const LEANING = new Set(['connective', 'pronoun', 'back-reference'])

/**
 * Whether a sentence opens by turning on the one before it: a contrast or a conclusion
 * ("但是，…", "So …", "しかし、…"), and does not end leading into what follows it ("However,
 * you cannot install both at once:" is about the block after it).
 */
export function isTurn(text: string, clauses: SentenceClauses, lang: Lang): boolean {
  const first = clauses[0]
  const last = clauses.at(-1)
  return first !== undefined && last !== undefined && POINT_MARKERS[lang].turn.test(text.slice(first.start, first.body)) && !LEAD_IN_END.test(text.slice(last.start, last.end))
}

/**
 * Whether a sentence goes on to the next step of the one before it with no subject of its
 * own: it opens with a sequel ("然后…", `LanguagePack.sequels`) and its first clause, past
 * it, opens with a predicate or a preposition ("然后在loop函数中编写处理代码"), so its
 * subject is the sentence before's.
 */
function continuesStep(text: string, clauses: SentenceClauses, lang: Lang): boolean {
  const first = clauses[0]
  const sequel = POINT_MARKERS[lang].sequel
  if (first === undefined || sequel === undefined || !sequel.test(text.slice(first.start, first.body)))
    return false
  const words = text.slice(first.core, first.body)
  return first.opener === 'preposition' || opensWithPredicate(first.opener, words, lang)
}

/** Whether a sentence leans on the one before it past its opening connective: a pronoun or a back-reference in a clause it keeps ("…，这些估计值也不会…"). */
function leansBack(text: string, clauses: readonly Clause[], lang: Lang): boolean {
  return clauses.some(clause => !isDeletable(clause) && (clause.roles.has('pronoun') || POINT_MARKERS[lang].backReference.test(text.slice(clause.core, clause.body))))
}

/**
 * Points of two sentences: a sentence that turns on the one before it (a contrast or a
 * conclusion) and leans on it ("在训练若干次后，我们记录下参数的估计值。但是，即使…，这些估计值也不会…"
 * , "We tried caching. However, it made the build slower.") is the paragraph's point, and
 * shown alone it would need what it leans on: shown with that sentence, whole, when both
 * fit {@link PAIR_LENGTH} times the budget. The sentence before must make a whole
 * candidate of its own (`wholes`, by sentence), so every rule that judges a point has
 * passed it; the turning sentence must carry no fault but its leaning opening. Scored as
 * the sentence before, plus `turnWeight`.
 */
export function pairCandidates(text: string, sentences: readonly SentenceClauses[], wholes: ReadonlyMap<number, ClaimCandidate>, { lang, budget, turnWeight }: { lang: Lang, budget: number, turnWeight: number }): ClaimCandidate[] {
  const out: ClaimCandidate[] = []
  sentences.forEach((clauses, index) => {
    const before = wholes.get(index - 1)
    if (!before || !((isTurn(text, clauses, lang) && leansBack(text, clauses, lang)) || continuesStep(text, clauses, lang)))
      return
    const last = clauses.findLast(clause => !isDeletable(clause))
    if (!last || clauses.some(clause => clause.roles.has('question') || (clause.roles.has('example') && clause.index < last.index)))
      return
    const turn: Piece = [clauses[0]!.start, last.body]
    const closing = sentences[index - 1]!.at(-1)!
    // The sentence before is shown whole; an example or an aside after its claim is left out, and its closing mark kept.
    const tail = sentences[index - 1]!.filter(clause => clause.start >= before.pieces.at(-1)![1])
    const ending: Piece[] = tail.length > 0 && tail.every(isDeletable) ? [...before.pieces, [closing.body, closing.end]] : [...before.pieces.slice(0, -1), [before.pieces.at(-1)![0], closing.end]]
    const pieces: Piece[] = [...ending, turn]
    const shown = joinPieces(text, pieces)
    if (measureText(shown) > budget * PAIR_LENGTH || pointFaults(text.slice(...turn), lang).some(fault => !LEANING.has(fault)))
      return
    out.push({ pieces, text: shown, score: before.score + turnWeight, value: before.value + clauses.reduce((sum, clause) => sum + clause.value, 0), from: before.from, to: last })
  })
  return out
}

/** Faults the question of a question-and-answer pair may have: being a question. */
const ASKING = new Set(['question'])
/** Faults the answer of a pair may have: it opens leaning on its question ("Only because…", "不一定"). */
const ANSWERING = new Set(['connective', 'pronoun', 'back-reference', 'subordinate'])

/**
 * Points of a question and the answer right after it whose opening is short ("Why teach
 * classification in a lesson on regression? Only for convenience of naming, as…",
 * "输出不同是问题吗？这要看情况。"): shown alone, the question asks and the answer leans on
 * it; together they are the paragraph's point. The answer is shown whole when both fit
 * {@link PAIR_LENGTH} times the budget, else its opening clause alone. The question must
 * be its sentence from the first clause (no frame left out) and read whole on its own (no
 * fault but asking). Scored as the best candidate of either sentence (`scoreOf`, by
 * sentence; the pair holds it), plus `answerWeight`.
 */
export function answerCandidates(text: string, sentences: readonly SentenceClauses[], scoreOf: (sentence: number) => number, { lang, budget, answerWeight }: { lang: Lang, budget: number, answerWeight: number }): ClaimCandidate[] {
  const out: ClaimCandidate[] = []
  sentences.forEach((clauses, index) => {
    const asked = sentences[index - 1]
    const question = asked?.find(clause => !isDeletable(clause))
    const opening = clauses.find(clause => !isDeletable(clause))
    const closing = clauses.findLast(clause => !isDeletable(clause))
    if (!asked || question?.index !== 0 || !opening || !closing || !asked.at(-1)!.roles.has('question') || clauses.some(clause => clause.roles.has('question') || clause.roles.has('example')))
      return
    const asking: Piece = [question.core, asked.at(-1)!.end]
    if (measureText(text.slice(...asking)) > budget || pointFaults(text.slice(...asking), lang).some(fault => !ASKING.has(fault)) || measureText(text.slice(opening.core, opening.body)) > SHORT_ANSWER)
      return
    const fits = (end: number) => measureText(joinPieces(text, [asking, [opening.core, end]])) <= budget * PAIR_LENGTH
    const end = fits(closing.body) ? closing.body : fits(opening.body) ? opening.body : undefined
    if (end === undefined || pointFaults(text.slice(opening.core, end), lang).some(fault => !ANSWERING.has(fault)))
      return
    const pieces: Piece[] = [asking, [opening.core, end]]
    const last = end === closing.body ? closing : opening
    out.push({ pieces, text: joinPieces(text, pieces), score: Math.max(scoreOf(index - 1), scoreOf(index)) + answerWeight, value: [...asked, ...clauses].reduce((sum, clause) => sum + clause.value, 0), from: question, to: last })
  })
  return out
}
