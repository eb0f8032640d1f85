import type { Inline, Lang } from '../model/deck'
import type { Clause, ClauseRole, SentenceClauses } from './claim-clauses'
import type { ClaimCandidate, Piece } from './claim-pieces'
import type { PointFault } from './point-faults'
import { LEAD_SENTENCE_STRETCH, LONG_ITEM, PAIR_LENGTH, POINT_LENGTH } from './budget'
import { isDeletable, isExampleMarker } from './claim-clauses'
import { joinPieces } from './claim-pieces'
import { endsThought } from './claim-rules'
import { inlineText } from './inlines'
import { measureText } from './measure-text'
import { opensWithNamedReferent } from './named-referent'
import { claimsOf, toPoint } from './pick-points'
import { isBalanced, LEAD_IN_END, LEANING_FAULTS, pointFaults } from './point-faults'
import { isMarkerAlone, POINT_MARKERS } from './point-markers'
import { splitSentences } from './sentences'
import { hasPredicate } from './word-kinds'

/** What opens a list item's label: `**term** - text`, `term: text`. */
const LABEL_END = /\s[-–—]\s|[:：]\s*/
/** A label longer than this (measureText units) is a sentence, not a label. */
const MAX_LABEL = 16
/** Faults of a longer point that say a sentence added to it does not finish: it trails off in an ellipsis, leaves a quote or a bracket open, or asks. */
const UNFINISHED = new Set<PointFault>(['clipped', 'unbalanced', 'question'])

/** A short label and a quotation mark opening what it labels (`Prompt: "Write a poem…"`, `提示：“以…”`). */
const QUOTE_AFTER_LABEL = /^[^:：\n]{1,24}[:：]\s*["“「『]/u
/** The marks a sentence ends with, left off a point. */
const SENTENCE_MARKS = /[\s。.!！?？]+$/u
/** Quotation marks that open a quote. */
const OPENING_QUOTE = /["“「『'‘]/u

/**
 * The opening of a text as a point (a list item, a step): its first sentence with leading
 * connectives and fillers deleted, and the next sentences while they fit; when the first
 * sentence is too long, its claim compressed the way a paragraph's is (examples, asides
 * and subordinate parts deleted); else its label (`term: …`). A question stays (an item
 * may ask one). Never clipped with `…`;
 * `undefined` when no part of it makes a point within the budget, or when the best is a
 * later sentence's but the first reads whole within {@link LEAD_SENTENCE_STRETCH} times it
 * (the caller shows that sentence).
 */
export function leadClaim(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH): Inline[] | undefined {
  const { text, sentences, candidates } = claimsOf(inlines, lang, budget, { item: true })
  // "Prompt: "…"": a label over a quoted text shows the label and the quote's first sentence, when that finishes.
  const labelled = QUOTE_AFTER_LABEL.test(text) ? leadLabel(inlines, lang, budget) : undefined
  if (labelled && !pointFaults(inlineText(labelled), lang).some(fault => UNFINISHED.has(fault) || fault === 'trailing-mark'))
    return labelled
  const chosen = leadCandidate(candidates, sentences)
  if (chosen && chosen.candidate.from.sentence > 0 && readsWhole(text, sentences[0]!, lang, budget * LEAD_SENTENCE_STRETCH))
    return undefined
  if (chosen) {
    const pieces = chosen.whole ? extend(text, chosen.candidate.pieces, sentences, lang, budget) : chosen.candidate.pieces
    return toPoint(inlines, text, pieces, lang)
  }
  return leadLabel(inlines, lang)
}

/**
 * The label a text opens with (`term: …`, `**term** - …`) as a point, with the first
 * sentence of what follows it when that fits {@link LONG_ITEM} times the budget
 * (`Prompt: 以莎士比亚的风格写一首诗` of a long quoted prompt, its opening quotation mark
 * left out when the sentence does not close it): a label alone says nothing. `undefined`
 * when the text has no label.
 */
export function leadLabel(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH): Inline[] | undefined {
  const text = inlineText(inlines)
  const label = LABEL_END.exec(text)
  if (!label || label.index === 0 || measureText(text.slice(0, label.index)) > MAX_LABEL || POINT_MARKERS[lang].danglingEnd.test(text.slice(0, label.index).trim()))
    return undefined
  const head: Piece = [0, label.index + label[0].trimEnd().length]
  const restStart = label.index + label[0].length
  const sentence = splitSentences(text.slice(restStart), lang)[0]
  if (sentence) {
    let from = restStart + sentence.start
    const to = restStart + sentence.start + sentence.text.replace(SENTENCE_MARKS, '').length
    if (OPENING_QUOTE.test(text[from] ?? '') && !isBalanced(text.slice(from, to)))
      from += 1
    // The space after the label stays when the quotation mark after it is left out ("Prompt: 以…").
    const spaced: Piece = from > restStart ? [0, label.index + label[0].length] : head
    if (to > from && isBalanced(text.slice(from, to)) && measureText(text.slice(0, to)) <= budget * LONG_ITEM)
      return toPoint(inlines, text, [spaced, [from, to]], lang)
  }
  return toPoint(inlines, text, [[0, label.index]], lang)
}

/**
 * The candidate that best opens the text: the whole first sentence (from its first clause
 * that is not an example or a filler) when it fits, else the best one that starts there,
 * else the best of the first sentence, else the best of all.
 */
function leadCandidate(candidates: readonly ClaimCandidate[], sentences: readonly SentenceClauses[]): { candidate: ClaimCandidate, whole: boolean } | undefined {
  const first = sentences[0] ?? []
  const opening = first.find(clause => !isDeletable(clause))
  const closing = first.findLast(clause => !isDeletable(clause))
  const best = (list: ClaimCandidate[]) => [...list].sort((a, b) => b.score - a.score || a.pieces[0]![0] - b.pieces[0]![0])[0]
  const starting = candidates.filter(candidate => candidate.from === opening)
  const whole = starting.find(candidate => candidate.to === closing && isUncut(candidate, first))
  if (whole)
    return { candidate: whole, whole: true }
  const chosen = best(starting) ?? best(candidates.filter(candidate => candidate.from.sentence === 0)) ?? best([...candidates])
  return chosen ? { candidate: chosen, whole: false } : undefined
}

/** Whether a sentence, whole from its first clause's core, is a point within `budget`: no fault a reader would see. */
function readsWhole(text: string, clauses: SentenceClauses, lang: Lang, budget: number): boolean {
  const shown = text.slice(clauses[0]!.core, clauses.at(-1)!.body)
  return measureText(shown) <= budget && pointFaults(shown, lang).length === 0
}

/** Whether a candidate keeps every clause between its first and last, with nothing cut off. */
function isUncut(candidate: ClaimCandidate, clauses: SentenceClauses): boolean {
  const kept = clauses.slice(candidate.from.index, candidate.to.index + 1).filter(clause => !isDeletable(clause))
  return candidate.pieces.length === kept.length && candidate.pieces.at(-1)![1] >= candidate.to.body
}

/** Adds the sentences after the first, whole, while they fit the budget and finish. */
function extend(text: string, pieces: readonly Piece[], sentences: readonly SentenceClauses[], lang: Lang, budget: number): Piece[] {
  let out: Piece[] = [...pieces]
  for (const clauses of sentences.slice(1)) {
    const previous = out.at(-1)!
    const closing = sentences[clauses[0]!.sentence - 1]!.at(-1)!
    const next: Piece[] = [...out.slice(0, -1), [previous[0], closing.end], [clauses[0]!.start, clauses.at(-1)!.body]]
    const shown = joinPieces(text, next)
    if (measureText(shown) > budget || POINT_MARKERS[lang].danglingEnd.test(shown) || clauses.some(clause => isDeletable(clause) || clause.roles.has('question')) || pointFaults(shown, lang).some(fault => UNFINISHED.has(fault)))
      break
    out = next
  }
  return out
}

/**
 * Roles of the clauses before the one pointing ahead that the point keeps ("In Swift 5.1, …"):
 * a frame, nothing that leans on the sentence before. An example's scene is kept too
 * ("比如，监听事件的时候，不能写成下面这样": the code is that example), less a marker alone.
 */
const FRAMING = new Set<ClauseRole>(['frame', 'definition', 'conclusion', 'example'])
/** Fewest measureText units the clause pointing ahead keeps of its own before the sentence around it is shown instead ("as follows" alone says nothing). */
const MIN_AHEAD_CLAUSE = 6

/**
 * What a paragraph that points ahead to the block after it shows beside that block when
 * it says the block is wrong ("所以下面的代码是无效的", "e.g., the root cannot define:"): the
 * clause of its last sentence that points ahead (by its words, or as the last before a
 * colon) and denies in one (with the framing clauses before it), to the sentence's
 * end, less its leading connectives ("下面的代码是无效的"); the whole last sentence when that clause is too short to say
 * anything. A slide never shows code the article calls wrong without saying so. With
 * where it lies in the text; `undefined` when the last sentence does not, or it does not
 * fit the budget or read whole.
 */
export function aheadPoint(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH): { inlines: Inline[], piece: Piece } | undefined {
  const { text, last } = lastSentence(inlines, lang, budget)
  if (!last)
    return undefined
  const markers = POINT_MARKERS[lang]
  const end = last.at(-1)!.body
  const pointsAhead = (clause: Clause) => markers.forwardReference.test(text.slice(clause.start, clause.body)) || (clause === last.at(-1) && LEAD_IN_END.test(text))
  const index = last.findLastIndex(clause => pointsAhead(clause) && markers.negation.test(text.slice(clause.start, clause.body)))
  if (index < 0)
    return undefined
  const own = measureText(text.slice(last[index]!.core, end)) >= MIN_AHEAD_CLAUSE
  const framed = own ? last.findIndex((clause, at) => at === index || last.slice(at, index).every(before => [...before.roles].every(role => FRAMING.has(role)))) : 0
  const first = framed < index && isExampleMarker(text, last[framed]!, lang) ? framed + 1 : framed
  const reason = framed === index && index > 0 && last.slice(0, index).every(clause => !isDeletable(clause)) ? withReason(inlines, lang, budget, index) : undefined
  if (reason)
    return reason
  const from = last[first]!.core
  const shown = text.slice(from, end)
  // Beside the code it points at, its pronoun is that code.
  if (measureText(shown) > budget || pointFaults(shown, lang).some(fault => !LEANING_FAULTS.has(fault)))
    return undefined
  return { inlines: toPoint(inlines, text, [[from, end]], lang, true), piece: [from, end] }
}

/**
 * The denial of {@link aheadPoint} with the reason its sentence gives before it in clauses
 * of its own (none a frame, an example or a filler), whole
 * ("这样会导致无法取消绑定，所以下面的代码是无效的"), and, when that reason leans on the
 * sentence before ("这样…"), that sentence too, less its opening clause when it only names
 * the code before ("上面代码中，"): the code the article calls wrong is shown with why.
 * `undefined` when the sentence before does not read whole or the two do not fit
 * {@link PAIR_LENGTH} times the budget.
 */
function withReason(inlines: readonly Inline[], lang: Lang, budget: number, index: number): { inlines: Inline[], piece: Piece } | undefined {
  const { text, sentences } = claimsOf(inlines, lang, budget, { item: true })
  const last = sentences.at(-1)!
  const before = last[0]!.roles.has('pronoun') ? sentences.at(-2) : undefined
  if (last[0]!.roles.has('pronoun') && !before)
    return undefined
  const opening = before?.[0]
  const skip = opening && before!.length > 1 && isMarkerAlone(POINT_MARKERS[lang].codeReference, text.slice(opening.core, opening.body)) ? 1 : 0
  const from = before ? before[skip]!.core : last[0]!.core
  const end = last.at(-1)!.body
  const shown = text.slice(from, end)
  const reason = text.slice(from, last[index]!.start)
  if (measureText(shown) > budget * PAIR_LENGTH || pointFaults(reason, lang).some(fault => !LEANING_FAULTS.has(fault) && fault !== 'trailing-mark'))
    return undefined
  return { inlines: toPoint(inlines, text, [[from, end]], lang, true), piece: [from, end] }
}

/** Faults a lead-in may have and still caption the code under it: a back-reference to what the slide before showed ("Conflicts can also be declared…"); never a pronoun as its subject. */
const CAPTION_FAULTS = new Set<PointFault>(['back-reference', 'trailing-mark'])
/** Faults a lead-in may have when it opens by naming, with a demonstrative, what the code under it shows ("This conflict can also be declared…"): that code is its referent. */
const NAMING_CAPTION_FAULTS = new Set<PointFault>([...CAPTION_FAULTS, 'pronoun'])

/** Marks a sentence's words may still open with once its connectives are deleted ("Similarly, …"). */
const LEADING_MARKS = /^[\s,，:：;；、]+/
/** Fewest measureText units a lead-in needs to caption its code, besides its words pointing ahead: "如下", "下面是一个例子" say nothing. */
const MIN_CAPTION = 10

/**
 * The last sentence of a paragraph that introduces a code block, whole (less its leading
 * connectives), as that code's caption when the paragraph has no claim of its own to show
 * ("Conflicts can also be declared per package:", "同样可以用分组来声明冲突："): a listing on a
 * slide says what it shows. `undefined` when that sentence is a bare pointer ("请看下面的代码"),
 * an instruction or a filler, or does not fit the budget. When the block after it completes
 * the sentence (`completed`: a formula, "…可以理解为：", "…can be written as:"), it may end on
 * a word that promises more, and keeps its colon.
 */
export function leadInCaption(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH, { completed = false }: { completed?: boolean } = {}): { inlines: Inline[], piece: Piece } | undefined {
  const { text, last } = lastSentence(inlines, lang, budget)
  if (!last)
    return undefined
  const body = last.at(-1)!.body
  const from = last[0]!.core + (LEADING_MARKS.exec(text.slice(last[0]!.core, body))?.[0].length ?? 0)
  const shown = text.slice(from, body)
  const length = measureText(shown)
  const said = measureText(shown.replace(POINT_MARKERS[lang].forwardReference, ''))
  const allowed = opensWithNamedReferent(shown, lang) ? NAMING_CAPTION_FAULTS : CAPTION_FAULTS
  const faults = pointFaults(shown, lang)
  if (said < MIN_CAPTION || length > budget || !hasPredicate(shown, lang) || faults.some(fault => !allowed.has(fault) && !(completed && fault === 'dangling-end')))
    return undefined
  // A sentence the formula after it completes ("突破可以理解为：", "can be written as:") keeps its colon.
  const end = completed && faults.includes('dangling-end') ? last.at(-1)!.end : body
  return { inlines: toPoint(inlines, text, [[from, end]], lang, true), piece: [from, end] }
}

/** Each language's words pointing ahead, every one of them in a text ({@link onlyPointsAhead} takes them all out). */
const EVERY_FORWARD_REFERENCE = Object.fromEntries(Object.entries(POINT_MARKERS).map(([lang, markers]) => [lang, new RegExp(markers.forwardReference.source, `${markers.forwardReference.flags.replace('g', '')}g`)])) as Record<Lang, RegExp>

/**
 * Whether a text only points at the block after it ("Add the following code:", "运行下面的命令："):
 * it holds words pointing ahead, and fewer than {@link MIN_CAPTION} measureText units
 * besides them. Beside that block it says nothing the block does not.
 */
export function onlyPointsAhead(inlines: readonly Inline[], lang: Lang): boolean {
  const text = inlineText(inlines).trim()
  return POINT_MARKERS[lang].forwardReference.test(text) && measureText(text.replace(EVERY_FORWARD_REFERENCE[lang], '')) < MIN_CAPTION
}

/** The text of inline content and the clauses of its last sentence (none when it has no clause). */
function lastSentence(inlines: readonly Inline[], lang: Lang, budget: number): { text: string, last?: SentenceClauses } {
  const { text, sentences } = claimsOf(inlines, lang, budget, { item: true })
  const last = sentences.at(-1)
  return { text, last: last && last.length > 0 ? last : undefined }
}

/**
 * What a paragraph that explains the listing just before it shows beside that listing
 * when no claim of it reads alone (each leans on the code): its first sentence from where
 * it names the code ("上面代码包含两层this，结果运行后，第一层指向对象o，第二层指向全局对象",
 * "The code above opens the file twice"), with as many of its clauses as fit the budget and
 * end a thought, less its opening clause when that only names the code ("上面代码中，" of
 * "上面代码中，点击按钮以后，控制台会显示false": beside the code it goes without saying).
 * `undefined` when the sentence does not open by naming the code, or no run of it reads
 * whole.
 */
export function explainingPoint(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH): Inline[] | undefined {
  const { text, sentences } = claimsOf(inlines, lang, budget, { item: true })
  const first = sentences[0]
  if (!first || first.length === 0 || !POINT_MARKERS[lang].codeReference.test(text.slice(first[0]!.start)))
    return undefined
  const named = POINT_MARKERS[lang].codeReference.exec(text.slice(first[0]!.core, first[0]!.body))
  const onlyNames = named !== null && named[0].length === first[0]!.body - first[0]!.core && first.length > 1
  const from = onlyNames ? first[1]!.start : first[0]!.start
  for (let last = first.length - 1; last >= (onlyNames ? 1 : 0); last--) {
    const shown = text.slice(from, first[last]!.body)
    const whole = last === first.length - 1 || endsThought(text, first, last, lang)
    // Its opening names the listing beside it ("上面代码…", "The code above…").
    if (whole && measureText(shown) <= budget && measureText(shown) >= MIN_CAPTION && !first[last]!.roles.has('subordinate') && pointFaults(shown, lang).every(fault => LEANING_FAULTS.has(fault))) {
      const said = last === first.length - 1 ? whatFollows(text, first, sentences[1], lang, budget) : undefined
      return toPoint(inlines, text, said ? [[from, first[last]!.end], said] : [[from, first[last]!.body]], lang, true)
    }
  }
  return undefined
}

/** Faults the sentence after a code explanation may have when shown with it: it leans on that sentence, which is shown before it. */
const LEANS_ON_SHOWN = new Set<PointFault>(['connective', 'pronoun', 'back-reference'])

/**
 * The sentence after a code explanation's first, when it says what follows from what that
 * one described ("…函数体里面使用了变量`x`。该变量由运行环境提供。", "…the method is assigned
 * to `func`. This loses its `this`, so…") and leans on it only by its opening: shown with
 * it when both fit {@link PAIR_LENGTH} times the budget. A question, an example or a lone
 * condition is not.
 */
function whatFollows(text: string, first: SentenceClauses, next: SentenceClauses | undefined, lang: Lang, budget: number): Piece | undefined {
  const last = next?.findLast(clause => !isDeletable(clause))
  if (!next || !last || next.some(clause => clause.roles.has('question') || clause.roles.has('example')) || last.roles.has('subordinate'))
    return undefined
  const said = text.slice(next[0]!.start, last.body)
  if (measureText(text.slice(first[0]!.start, first.at(-1)!.end) + said) > budget * PAIR_LENGTH || !pointFaults(said, lang).every(fault => LEANS_ON_SHOWN.has(fault)))
    return undefined
  return [next[0]!.start, last.body]
}

/**
 * Where the last sentence of a text that turns against what it said before starts
 * ("…因此this指向obj。但是，上面三种情况…", "… However, …"), or `undefined` when none does. A
 * paragraph that leads into a listing after such a turn is about the turn: what it says
 * before it is the other case, and shown beside that listing it would misstate it.
 */
export function turnStart(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH): number | undefined {
  const { text, sentences } = claimsOf(inlines, lang, budget, { item: true })
  const turn = sentences.findLast((clauses, index) => index > 0 && clauses.length > 0 && POINT_MARKERS[lang].contrast.test(text.slice(clauses[0]!.start, clauses[0]!.body)))
  return turn?.[0]?.start
}
