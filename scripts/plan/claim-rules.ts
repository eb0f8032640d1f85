import type { Lang } from '../model/deck'
import type { Clause, ClauseRole } from './claim-clauses'
import { SHORT_ANSWER } from './budget'
import { isDeletable, LIST_ITEM_WORDS } from './claim-clauses'
import { LANGUAGE_PACKS } from './language'
import { namedReferent } from './named-referent'
import { bracketCount, isBalanced, isBalancedCount } from './point-faults'
import { isMarkerAlone, POINT_MARKERS } from './point-markers'
import { hasPredicate, opensWithParticiple } from './word-kinds'

/** Shortest point (measureText units) that says anything; shorter candidates are not kept. */
export const MIN_LENGTH = 4
/** Longest run (measureText units) taken for a phrase without a predicate when it opens with a preposition, or (in Chinese) when jieba finds no verb or adjective in it (`那就是 **计算资源**` shows only its noun). */
const MAX_PHRASE = 16
/** What opens a clause that only names a topic (`关于RLHF的详细介绍`, `As for the cost`): alone it says nothing. */
const TOPIC_OPENING = /^(?:关于|对于|至于|regarding\b|as for\b)/iu
/**
 * A numbered item's mark at a clause's start (`（2）`, `(b)`, `2)`, `②`): the enumeration
 * before it goes on, and a run opening on it mid-sentence has lost what it enumerates.
 */
const ENUMERATION = /^\s*(?:[（(]\s*(?:\d{1,2}|[a-z一二三四五六七八九十]|[ivx]{1,4})\s*[)）]|\d{1,2}[)）]|[\u2460-\u2473\u2776-\u277F])/iu
/** What closes a clause that ends a thought of its own inside a sentence. */
const SEMICOLON_END = /[;；]\s*$/
/** What closes a clause before one that may open a point inside an English sentence. */
const STRONG_MARK_END = /[;；:：]\s*$/
/** Roles of a clause that opens a thought of its own, so the clauses before it may end a point. */
const NEW_THOUGHT_ROLES: readonly ClauseRole[] = ['subordinate', 'example', 'aside', 'pronoun', 'conclusion']

/** A run of a sentence's clauses that could make a point, before it is shaped to fit. */
export interface RunFacts {
  /** The paragraph's text (marks inside code and math hidden). */
  text: string
  lang: Lang
  /** The sentence's clauses. */
  clauses: readonly Clause[]
  /** The clauses the run keeps, in order (deleted ones left out). */
  kept: readonly Clause[]
  /** The sentence is an example as a whole (its first clause only an example marker). */
  exampleSentence: boolean
}

/** The run shaped to fit: what a slide would show, and where it stands in its sentence. */
export interface ShownFacts extends RunFacts {
  shown: string
  /** Its length in measureText units. */
  length: number
  budget: number
  /** The text is a list item or a block's lead: a question or a step it tells may be its point. */
  item: boolean
  /** The run is judged as the sentence a turn after it leans on, not as a point of its own: it may tell a step. */
  setup: boolean
  /** The run opens a section's first sentence by naming what the section's heading names ("这种提示风格…"): its demonstrative is the slide's title, no pronoun. */
  namesHeading: boolean
  /** The brackets and quotes the sentence opened before the run's first clause ({@link bracketCount}). */
  bracketsBefore: readonly number[]
  /** The run opens its sentence (or what comes before it was deleted as only a marker, a frame or a closed thought). */
  sentenceStart: boolean
  /** The frame the run leaves out before it, if any (`Under the strict mode,`). */
  droppedFrame?: Clause
  /** The run reaches the last clause of its sentence that says something. */
  endsSentence: boolean
  /** The sentence answers the question just before it. */
  answers: boolean
  /** The sentence opens with a definite article and a noun the sentence before it named ("The setting accepts…"). */
  echoes: boolean
}

/** A reason a run is no point. */
export interface ClaimRule<Facts> {
  name: string
  rejects: (facts: Facts) => boolean
}

/** An English pronoun standing for a thing named before it, inside a clause ("…use it", "…of them"). */
const OBJECT_PRONOUN = /\b(?:it|them)\b/i

/**
 * Why a run of clauses is no point, judged before it is shaped, in order: the first that
 * holds rejects it.
 */
export const RUN_RULES: readonly ClaimRule<RunFacts>[] = [
  // "For example, to keep the archive small: …": every clause belongs to the example.
  { name: 'example-sentence', rejects: ({ exampleSentence }) => exampleSentence },
  // "where k is the curve's steepness, …" after a formula: the sentence began before it.
  { name: 'continued-sentence', rejects: ({ kept, text, lang }) => kept[0]!.sentence === 0 && POINT_MARKERS[lang].continuation?.test(text) === true },
  // "If the file exists," alone, "Seen from afar, suppose we…": a condition or a supposition with nothing it conditions.
  { name: 'lone-subordinate', rejects: ({ kept, text, lang }) => kept.some(clause => clause.roles.has('subordinate')) && kept.every(clause => setsUpClause(clause, text, lang)) },
  // "X有一些使用注意点。", "There are several ways to do this.": a lead-in to things said after it.
  { name: 'announces-set', rejects: ({ kept, clauses, text, lang }) => kept.at(-1)!.index === clauses.length - 1 && POINT_MARKERS[lang].announcement?.test(text.slice(kept.at(-1)!.core, kept.at(-1)!.body)) === true },
  // "关于RLHF的详细介绍", "As for the cost": names a topic, says nothing of it.
  { name: 'topic-only', rejects: ({ kept, text }) => kept.length === 1 && TOPIC_OPENING.test(text.slice(kept[0]!.core, kept[0]!.body)) },
  // "（2）一种…" inside "两个东西：（1）…；（2）…": an item without what it enumerates.
  { name: 'enumeration-item', rejects: ({ kept, text }) => kept[0]!.index > 0 && ENUMERATION.test(text.slice(kept[0]!.start, kept[0]!.body)) },
  // "…，如果还没贴上" of "…，如果还没贴上，请贴上": the main clause after it was left out.
  { name: 'condition-without-main-clause', rejects: ({ kept, clauses, lang }) => {
    const last = kept.at(-1)!
    return kept.length > 1 && last.roles.has('subordinate') && last.index < clauses.length - 1 && !LANGUAGE_PACKS[lang].subordinateLast
  } },
]

/**
 * Why a shaped run is no point, in order: the first that holds rejects it. Each rule has a
 * test of its own in `tests/unit/point-rules.test.ts` or `pick-points.test.ts`.
 */
export const SHOWN_RULES: readonly ClaimRule<ShownFacts>[] = [
  // "By observing data side-by-side", "Looking from a different angle": a phrase opened by a preposition or a participle, no predicate.
  { name: 'only-a-phrase', rejects: ({ kept, text, shown, length, lang }) => kept.every(clause => isLeadingPhrase(clause, text, lang)) && isOnlyAPhrase(shown, length, lang) },
  // "那就是 **计算资源**" shows only "计算资源": no verb or adjective.
  { name: 'no-predicate', rejects: ({ shown, length, lang }) => lang === 'zh-CN' && length <= MAX_PHRASE && !hasPredicate(shown, lang) },
  { name: 'too-short', rejects: ({ length }) => length < MIN_LENGTH },
  { name: 'too-long', rejects: ({ length, budget }) => length > budget },
  // "…the graph of", "…的": a word that promises more.
  { name: 'dangling-end', rejects: ({ shown, lang }) => POINT_MARKERS[lang].danglingEnd.test(shown) },
  // "as you can see", "我们知道".
  { name: 'filler', rejects: ({ shown, lang }) => POINT_MARKERS[lang].filler.test(shown) },
  // "It …", "这…": leans on the sentence before.
  { name: 'pronoun', rejects: ({ shown, lang, namesHeading }) => !namesHeading && POINT_MARKERS[lang].pronoun.test(shown) },
  // "…the `required-environments` setting. The setting accepts…": leans on the sentence that named it.
  { name: 'definite-echo', rejects: ({ echoes, sentenceStart }) => echoes && sentenceStart },
  // "There were mistakes that this strategy could not find", "NVIDIA也做了调整".
  { name: 'back-reference', rejects: ({ text, kept, lang, namesHeading }) => !namesHeading && POINT_MARKERS[lang].backReference.test(text.slice(kept[0]!.core, kept[0]!.body)) },
  // "…, so we will not use it" without "There is also a striped category": an English pronoun whose noun is in the clause left out before the run.
  { name: 'object-left-out', rejects: ({ kept, clauses, shown, lang }) => lang === 'en' && OBJECT_PRONOUN.test(shown) && clauses.slice(0, kept[0]!.index).some(clause => !isDeletable(clause)) },
  // "即使…，这些估计值也不会…", "Even when…, these estimates…": the main clause names what a sentence before it named.
  { name: 'main-clause-reference', rejects: ({ text, kept, lang }) => namesOutside(text, kept, lang) },
  { name: 'unbalanced', rejects: ({ shown }) => !isBalanced(shown) },
  { name: 'line-break', rejects: ({ shown }) => shown.includes('\n') },
  // Opens inside a bracket or a quote the sentence opened before it.
  { name: 'inside-bracket', rejects: ({ text, kept, bracketsBefore }) => !isBalancedCount(bracketCount(text.slice(kept[0]!.start, kept[0]!.core), [...bracketsBefore])) },
  // "Under the strict mode, pre-releases are …" shown without its scene: the claim would say more than the article.
  // A frame that only points back may go: a purpose ("为了实现这一点，", "To do this,"), the claim says how; the example before ("In this example,", "上例中，"), the claim is said of it.
  { name: 'dropped-frame', rejects: ({ droppedFrame, text, lang }) => droppedFrame !== undefined && !droppedFrame.roles.has('filler') && !pointsBackOnly(text.slice(droppedFrame.core, droppedFrame.body), lang) },
  { name: 'does-not-open', rejects: facts => !opensPoint(facts.kept[0]!, facts.sentenceStart, facts.lang, clause => STRONG_MARK_END.test(facts.text.slice(facts.clauses[clause.index - 1]?.start ?? 0, clause.start))) },
  // "…包含28万个CPU内核，1万个GPU，是当时…", "它拥有一个CPU，512MB的RAM，…": a noun phrase that goes on the list of the clause before it, not a subject of its own.
  { name: 'mid-enumeration', rejects: ({ text, kept, clauses, sentenceStart, lang }) => lang === 'zh-CN' && !sentenceStart && continuesList(text, clauses, kept[0]!, lang) },
  // "Resolution requires recursively searching for compatible": stops where its predicate goes on.
  { name: 'mid-thought', rejects: ({ text, kept, clauses, shown, lang, endsSentence }) => !(endsSentence || (endsThought(text, clauses, kept.at(-1)!.index, lang) && hasPredicate(shown, lang))) },
  // "…的对象，下面是一个更清晰的例子": its last clause only points at the block after it.
  { name: 'ends-pointing-ahead', rejects: ({ text, kept, lang }) => kept.length > 1 && POINT_MARKERS[lang].forwardReference.test(text.slice(kept.at(-1)!.start, kept.at(-1)!.body)) },
  // "Let's define the model.", "现在我们可以对工作负载进行基准测试", "Using X again, plot the…": a step of a walk-through, which the code or the sentences around it show (a list of steps may tell them).
  { name: 'narration', rejects: ({ kept, text, lang, item, setup }) => !item && !setup && narrates(kept, text, lang) },
  { name: 'question', rejects: ({ kept, item }) => !item && kept.some(clause => clause.roles.has('question')) },
  // "…怎么办？肯定不希望从头开始。": an answer that leans on its question.
  { name: 'short-answer', rejects: ({ answers, length }) => answers && length <= SHORT_ANSWER },
]

/** An English demonstrative standing alone as its clause's subject ("this improves…"; "this step" names its noun). */
const BARE_DEMONSTRATIVE = /^(?:this|that|these|those)\b/i
/** Characters (Chinese) or words (English) of the noun after a demonstrative that must appear before it in the run for the demonstrative to point inside it. */
const NOUN_HEAD = { wide: 2, words: 1 }

/**
 * Whether a frame only points back at what was said: a purpose ("为了实现这一点", "To
 * achieve this") or the example or code before ("In this example", "上例中").
 */
function pointsBackOnly(frame: string, lang: Lang): boolean {
  const markers = POINT_MARKERS[lang]
  const purpose = markers.purpose?.exec(frame)
  if (purpose && markers.backReference.test(frame.slice(purpose[0].length)))
    return true
  return isMarkerAlone(markers.codeReference, frame)
}

/**
 * Whether a run that opens with a subordinate clause ("即使我们的函数是线性的，", "Even
 * when the data is clean,") goes on with a main clause that names, with a demonstrative
 * and its noun, something the run did not name ("这些估计值也不会…", "these estimates…"):
 * that noun is in a sentence before it. A noun the subordinate clause named ("如果模型过大，
 * 这个模型…") points inside the run. So does, in English, a demonstrative standing alone
 * as the main clause's subject ("Since requests are finer, this improves…"): it stands for
 * what the sentence before said, as a Chinese "这" after "由于…，" stands for the reason.
 */
function namesOutside(text: string, kept: readonly Clause[], lang: Lang): boolean {
  const main = kept.findIndex(clause => !clause.roles.has('subordinate'))
  if (main <= 0)
    return false
  const words = text.slice(kept[main]!.core, kept[main]!.body)
  const rest = namedReferent(words, lang)
  if (rest === undefined)
    return lang === 'en' && BARE_DEMONSTRATIVE.test(words)
  const head = lang === 'en' ? rest.split(/\s+/, NOUN_HEAD.words).join(' ') : rest.slice(0, NOUN_HEAD.wide)
  const before = kept.slice(0, main).map(clause => text.slice(clause.core, clause.body)).join(' ')
  return head !== '' && !before.toLowerCase().includes(head.toLowerCase())
}

/** The first rule of `rules` that rejects `facts`, if any. */
export function brokenRule<Facts>(rules: readonly ClaimRule<Facts>[], facts: Facts): string | undefined {
  return rules.find(rule => rule.rejects(facts))?.name
}

/**
 * Whether a run that opens with a preposition and nothing else is only a phrase, with no
 * predicate ("By observing data side-by-side", "In future lessons on classification"): in
 * Chinese by jieba's tags, in other languages when it is as short as such a phrase
 * ({@link MAX_PHRASE}); a longer run carries its predicate ("在调用 LLMs 时还需要考虑…").
 */
function isOnlyAPhrase(shown: string, length: number, lang: Lang): boolean {
  return lang === 'zh-CN' ? !hasPredicate(shown, lang) : length <= MAX_PHRASE
}

/** A clause that opens by counting what it names ("2个HDMI端口", "一个SD卡插槽"): after another such clause of its sentence, a further item of a list. */
const COUNTED_ITEM = /^(?:以及|和|及|还有)?[\d一二两三四五六七八九十几多]+(?:[个只台块张条件种项名位根套核]|GB|MB)/

/**
 * Whether a clause without a predicate of its own (a noun phrase: "1万个GPU，") comes after
 * a clause of its sentence that has one: it is a further item of that clause's list
 * ("包含28万个CPU内核，1万个GPU", "拥有一个CPU，512MB的RAM，WiFi，…"), not the subject of a
 * thought of its own. So is a clause that counts what it names next to another that does
 * ("2个HDMI端口，一个音频输出端口，…"), whatever words it holds.
 */
function continuesList(text: string, clauses: readonly Clause[], clause: Clause, lang: Lang): boolean {
  const words = (part: Clause) => text.slice(part.core, part.body)
  const before = clauses.slice(0, clause.index)
  const counted = (part: Clause | undefined) => part !== undefined && COUNTED_ITEM.test(words(part))
  if (counted(clause) && (before.some(counted) || counted(clauses[clause.index + 1])))
    return true
  return !hasPredicate(words(clause), lang) && before.some(earlier => hasPredicate(words(earlier), lang))
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

/** What opens the last item of an English list. */
const LAST_ITEM = /^(?:and|or)\s+/i

/** Whether words open a thought rather than name an item ("so", "then", "if…" after "and"). */
function startsThought(words: string, lang: Lang): boolean {
  const markers = POINT_MARKERS[lang]
  return markers.connective.test(words) || markers.subordinator.test(words)
}

/**
 * Whether the clause at `index` is an item of an English list of short items that runs on
 * to its last one ("…, built distributions (wheels), or both"): it is short, and so are
 * the clauses after it up to one opened by "and" or "or" (it may be that one).
 */
function goesOnListing(text: string, clauses: readonly Clause[], index: number, lang: Lang): boolean {
  if (lang !== 'en')
    return false
  const words = (clause: Clause) => text.slice(clause.start, clause.body).trim().split(/\s+/).length
  for (let at = index; at < clauses.length; at++) {
    const clause = clauses[at]!
    if (words(clause) > LIST_ITEM_WORDS + (at === index ? 0 : 1))
      return false
    const item = LAST_ITEM.exec(text.slice(clause.start, clause.body))
    if (item)
      return !startsThought(text.slice(clause.start + item[0].length, clause.body), lang)
  }
  return false
}

/**
 * Whether the run ending at clause `index` stops inside an English list of actions that
 * runs on to its last item ("…, pass `--flag`, set `X=false`, or set `y = false` in a
 * config file"): a clause after it opens with "and" or "or", and then with the word that
 * clause `index` or a clause between opens with, or they all open with a verb.
 */
function endsParallelList(text: string, clauses: readonly Clause[], index: number, lang: Lang): boolean {
  if (lang !== 'en')
    return false
  const firstWord = (words: string) => words.trim().split(/\s+/, 1)[0]!.toLowerCase()
  for (let at = index + 1; at < clauses.length; at++) {
    const clause = clauses[at]!
    const opening = text.slice(clause.start, clause.body)
    const item = LAST_ITEM.exec(opening)
    if (!item)
      continue
    const word = firstWord(opening.slice(item[0].length))
    return clauses.slice(index, at).some(before => firstWord(text.slice(before.core, before.body)) === word || (before.opener === 'verb' && clause.opener === 'verb'))
  }
  return false
}

/**
 * Whether a run of clauses that stops before its sentence's end still ends a thought:
 * its last clause does not only set up the next one (a condition, a cause, a phrase
 * opened by a preposition), and it closes with a semicolon, or the clause after it opens
 * a thought of its own (a clause-breaking connective or a subordinating word, an example
 * or an aside, a pronoun as its subject, in English a participle: "…, ensuring
 * that …", "…，虽然…"). A run that stops where its predicate goes on stops mid-thought
 * ("Resolution requires recursively searching for compatible", "允许我们将组件"), and so
 * does one that stops before the next item of an enumeration ("…两个东西：（1）…；（2）…")
 * or before the next item of a list of short ones ("…as source distributions, built
 * distributions (wheels), or both") or the last of a list of actions ({@link endsParallelList}), or before a clause that points back at it to deny
 * it ("…就想到了大模型本身，其实这是片面的"), or before one that turns against it ("Constraint files are like requirements files,
 * but listing a package there does not install it": the turn is what the sentence says).
 */
export function endsThought(text: string, clauses: readonly Clause[], index: number, lang: Lang): boolean {
  const last = clauses[index]!
  const next = clauses[index + 1]
  if (last.roles.has('subordinate') || last.opener === 'preposition')
    return false
  if (next && (ENUMERATION.test(text.slice(next.start, next.body)) || goesOnListing(text, clauses, index + 1, lang) || endsParallelList(text, clauses, index, lang)))
    return false
  if (next?.roles.has('pronoun') && POINT_MARKERS[lang].negation.test(text.slice(next.core, next.body)))
    return false
  if (next && POINT_MARKERS[lang].contrast.test(text.slice(next.start, next.body)))
    return false
  if (SEMICOLON_END.test(text.slice(last.start, last.end)))
    return true
  if (!next)
    return false
  const opening = text.slice(next.start, next.body)
  return NEW_THOUGHT_ROLES.some(role => next.roles.has(role)) || POINT_MARKERS[lang].clauseBreak.test(opening) || (lang === 'en' && next.opener === 'verb')
}

/**
 * Whether a run narrates a step of a walk-through ({@link LanguagePack.narration}): its first
 * clause does, its connectives included, or, after a phrase that only leads into it
 * ("Using Seaborn again,"), the clause after.
 */
export function narrates(kept: readonly Clause[], text: string, lang: Lang): boolean {
  const first = kept[0]!
  const step = kept.find(clause => !isLeadingPhrase(clause, text, lang)) ?? first
  return POINT_MARKERS[lang].narration?.test(text.slice(step === first ? first.start : step.core, step.body)) === true
}

/** A clause that only sets up a main clause: a condition or a supposition, or a leading phrase ({@link isLeadingPhrase}). */
export function setsUpClause(clause: Clause, text: string, lang: Lang): boolean {
  return clause.roles.has('subordinate') || isLeadingPhrase(clause, text, lang)
}

/**
 * A clause that only leads into another: a frame, a phrase opened by a preposition, or in
 * English one opened by a participle ("Looking from a different angle,", "Seen from afar,"), none of which is
 * a main clause (a Chinese clause opened by a verb is one, its subject left out).
 */
export function isLeadingPhrase(clause: Clause, text: string, lang: Lang): boolean {
  return clause.roles.has('frame') || clause.opener === 'preposition' || (lang === 'en' && opensWithParticiple(text.slice(clause.core, clause.body)))
}
