import type { Lang } from '../model/deck'
import type { Span } from './sentences'
import type { WordKind } from './word-kinds'
import { splitClauses } from './clip-text'
import { measureText } from './measure-text'
import { bracketCount, isBalancedCount, isForTheReader } from './point-faults'
import { isMarkerAlone, POINT_MARKERS } from './point-markers'
import { clauseValue } from './score-text'
import { splitSentences, wordBoundaries } from './sentences'
import { actsAfterPlace, firstWordKind, hasPredicate, opensWithPredicate } from './word-kinds'

/** What a clause does in its paragraph. */
export type ClauseRole
  = | 'filler'
    | 'example'
    | 'conclusion'
    | 'definition'
    | 'pronoun'
    | 'subordinate'
    | 'question'
    | 'aside'
    | 'frame'

/** A clause of a paragraph, with what its leading connectives and fillers leave of it. */
export interface Clause {
  /** Offset in the paragraph's text where the clause starts. */
  start: number
  /** Where its words start once leading connectives and fillers are deleted. */
  core: number
  /** Where its words end, before its closing mark. */
  body: number
  /** Where it ends, its closing mark included. */
  end: number
  /** Index of its sentence in the paragraph. */
  sentence: number
  /** Index in its sentence. */
  index: number
  roles: ReadonlySet<ClauseRole>
  /** The kind of its first word once markers are deleted: a verb or adverb there means its subject is elsewhere. */
  opener: WordKind
  /** What the clause carries: numbers, names, the article's own emphasis. */
  value: number
}

/** A sentence's clauses. */
export type SentenceClauses = Clause[]

/** The marks and spaces a clause ends with (from the start of their run: a long run is read once). */
const CLOSING_MARK = /(?<![\s，；：、,;:。.])[\s，；：、,;:。.]+$/
const QUESTION = /[？?][\s"”’」』）)]*$/
const WHOLE_ASIDE = /^[（(][^）)]*[）)]$/
/** Deleting markers stops after this many: a clause is never eaten whole by a loop. */
const MAX_STRIPS = 4
/** What a clause is left with when a filler before it asked to see it ("您可以看到如何…", "you can see how …"): no claim. */
const INTERROGATIVE = /^(?:如何|怎么|怎样|为什么|为何|什么|哪|是否|how|why|what|whether|which|where|when)(?![a-z])/i

/** Longest opening clause (measureText units) read as a frame: a longer one says something of its own ("If your model predicts … we call it a true negative,"). */
const MAX_FRAME = 24
/** Words (in measureText units) a clause must keep to be more than its markers. */
const MIN_CORE = 2
/** What an ordinal numbering the article's points ("其一", "第二点") adds to its clause's value: more than a figure, so a numbered point is shown beside the claim its paragraph leads with, as its siblings are. */
const ORDINAL_VALUE = 1.5
/** Most words of an item in an English list of short ones: a clause this short after an example opens is still part of its list ("APIs", "and databases"), and a point never stops before one that goes on to the list's last item ("…, built distributions (wheels), or both"). */
export const LIST_ITEM_WORDS = 4

/** A check mark opening a clause (`✅ `): a course's sign for its reader's checkpoint, no word of the claim, so outside the clause. */
const CHECK_MARK = /^\s*[\u2705\u2611\u2714]\uFE0F?\s*/u

/**
 * Analyses a paragraph into sentences of clauses, each with its role: an example or an
 * anecdote (and the clauses that carry it on, up to the sentence's conclusion), a filler
 * (an instruction to the page's reader and a credit line count as fillers), a conclusion, a
 * definition, a clause that opens with a pronoun or a subordinating word, a question, an
 * aside in brackets. Leading connectives and fillers are marked for deletion (`core`);
 * nothing is reworded. `emphasis` counts bold characters per offset.
 */
export function analyseClauses(text: string, lang: Lang, emphasis: (start: number, end: number) => number): SentenceClauses[] {
  const markers = POINT_MARKERS[lang]
  const sentences = quotedSentences(text, lang).map((sentence, sentenceIndex) => {
    const clauses = splitClauses(sentence.text, lang).map((span, index): Clause => {
      const start = sentence.start + span.start + (CHECK_MARK.exec(sentence.text.slice(span.start, span.end))?.[0].length ?? 0)
      const end = sentence.start + span.end
      const raw = text.slice(start, end)
      const body = start + raw.replace(CLOSING_MARK, '').length
      const roles = new Set<ClauseRole>()
      const stripped = { filler: false }
      const core = stripLeading(text, start, body, lang, roles, stripped)
      const rest = text.slice(core, body)
      if ((measureText(rest) < MIN_CORE && !carriesPredicate(rest, lang)) || markers.filler.test(rest) || isForTheReader(rest, lang) || (stripped.filler && INTERROGATIVE.test(rest)))
        roles.add('filler')
      if (markers.example.test(rest) || markers.example.test(raw) || markers.exampleOpener.test(rest) || markers.anecdote.test(rest) || markers.exampleName?.test(rest))
        roles.add('example')
      if (markers.pronoun.test(rest))
        roles.add('pronoun')
      if (markers.subordinator.test(rest))
        roles.add('subordinate')
      if (markers.definition.test(rest))
        roles.add('definition')
      if (QUESTION.test(raw))
        roles.add('question')
      if (WHOLE_ASIDE.test(rest))
        roles.add('aside')
      return { start, core, body, end, sentence: sentenceIndex, index, roles, opener: firstWordKind(rest, lang), value: clauseValue(rest, emphasis(core, body)) + (markers.ordinal?.test(rest) ? ORDINAL_VALUE : 0) }
    })
    markFrame(clauses, text, lang)
    carryConclusions(clauses)
    carryExamples(clauses, text, lang)
    carryFillers(clauses, text, lang)
    return clauses
  })
  carryOpeningExample(sentences, text, lang)
  return sentences
}

/**
 * A sentence that opens with an example ("以智能恒温器为例，…", "For example, …", "一个典型的
 * 例子是…") starts a walk through that case: the sentences after it in its paragraph belong
 * to the example too, up to one that concludes from it, turns against it or adds the next
 * item ("所以…", "However, …", "此外，…"), which is a claim again.
 */
function carryOpeningExample(sentences: readonly SentenceClauses[], text: string, lang: Lang): void {
  const markers = POINT_MARKERS[lang]
  let inExample = false
  for (const clauses of sentences) {
    const first = clauses[0]
    if (!first)
      continue
    const opening = text.slice(first.start, first.body)
    if (first.roles.has('conclusion') || markers.turn.test(opening) || markers.additive.test(opening))
      inExample = false
    else if (inExample)
      clauses.forEach(clause => (clause.roles as Set<ClauseRole>).add('example'))
    else
      inExample = markers.exampleOpener.test(text.slice(first.core, first.body))
  }
}

/**
 * The sentences of a text, a quotation kept whole: a sentence that leaves a quote or a
 * bracket open runs on into the next ones until it is closed (`Prompt: "写一首诗。下面…"`).
 */
function quotedSentences(text: string, lang: Lang): Span[] {
  const out: Span[] = []
  let counts: number[] | undefined
  for (const sentence of splitSentences(text, lang)) {
    const last = out.at(-1)
    if (counts && last) {
      bracketCount(text.slice(last.end, sentence.end), counts)
      last.end = sentence.end
    }
    else {
      out.push({ ...sentence })
      counts = bracketCount(sentence.text)
    }
    if (isBalancedCount(counts))
      counts = undefined
  }
  return out.map(span => ({ ...span, text: text.slice(span.start, span.end) }))
}

/**
 * Deletes what opens a clause without saying anything of its claim:
 * fillers ("我们知道", "as you can see") and connectives ("所以", "However,"), one after another. A connective
 * that announces a conclusion marks the clause as one. Returns where the words start;
 * `stripped.filler` says whether a filler was deleted.
 */
function stripLeading(text: string, start: number, body: number, lang: Lang, roles: Set<ClauseRole>, stripped: { filler: boolean }): number {
  const markers = POINT_MARKERS[lang]
  let core = start
  for (let round = 0; round < MAX_STRIPS; round++) {
    const rest = text.slice(core, body)
    const filler = markers.leadingFiller.exec(rest)
    if (filler && filler[0].length > 0 && endsWord(rest, filler[0], lang)) {
      core += filler[0].length
      stripped.filler = true
      continue
    }
    const connective = markers.connective.exec(rest)
    if (connective && connective[0].length > 0 && endsWord(rest, connective[0], lang)) {
      if (markers.conclusion.test(rest))
        roles.add('conclusion')
      core += connective[0].length
      continue
    }
    break
  }
  while (core < body && /\s/.test(text[core]!))
    core++
  return core
}

/**
 * Whether a marker matched at the start of `text` ends where a word does: always for
 * English (the pattern ends at a word's end) and for markers of two or more characters;
 * a one-character marker (`并`, `更`) only when the segmenter ends a word after it.
 */
function endsWord(text: string, match: string, lang: Lang): boolean {
  const word = match.replace(/[\s，,、：:]+$/, '')
  if (lang === 'en' || word.length > 1)
    return true
  return wordBoundaries(text, lang).includes(word.length)
}

/** Whether a short clause still says something: in Chinese a verb or an adjective of its own (`慢，` in `端到端测试：慢，真实`). */
function carriesPredicate(rest: string, lang: Lang): boolean {
  return lang === 'zh-CN' && rest.trim() !== '' && hasPredicate(rest, lang)
}

/**
 * The opening clause of a sentence that only sets the scene for the main clause after it
 * (a condition, a time, a place: "After completing this lesson,", "在ChatGPT之前，") is a
 * frame, when it is short ({@link MAX_FRAME}): a point may keep it or leave it out. A
 * Chinese clause that goes on past the place with a verb ("在浏览器中运行代码，") is no frame.
 */
function markFrame(clauses: Clause[], text: string, lang: Lang): void {
  const first = clauses[0]
  if (first && clauses.length > 1 && (first.roles.has('subordinate') || (first.opener === 'preposition' && !(lang === 'zh-CN' && actsAfterPlace(text.slice(first.core, first.body))))) && !first.roles.has('question') && measureText(text.slice(first.start, first.body)) <= MAX_FRAME)
    (first.roles as Set<ClauseRole>).add('frame')
}

/** A conclusion marker alone in its clause ("所以说，") announces the clause after it. */
function carryConclusions(clauses: Clause[]): void {
  clauses.forEach((clause, index) => {
    const next = clauses[index + 1]
    if (next && clause.roles.has('conclusion') && clause.roles.has('filler'))
      (next.roles as Set<ClauseRole>).add('conclusion')
  })
}

/**
 * An example runs on after the clause that opens it: in Chinese and Japanese to the
 * sentence's conclusion (a clause opening with "所以"); in English over the short items of
 * its list ("such as X, Y, and Z").
 */
function carryExamples(clauses: Clause[], text: string, lang: Lang): void {
  let inExample = false
  for (const clause of clauses) {
    const roles = clause.roles as Set<ClauseRole>
    if (roles.has('example')) {
      inExample = true
      continue
    }
    if (!inExample)
      continue
    if (roles.has('conclusion') || roles.has('filler')) {
      inExample = false
      continue
    }
    if (lang === 'en') {
      const words = text.slice(clause.core, clause.body).split(/\s+/).length
      if (words > LIST_ITEM_WORDS && !/^(?:and|or)\b/i.test(text.slice(clause.start, clause.body))) {
        inExample = false
        continue
      }
    }
    roles.add('example')
  }
}

/** Marks and spaces: what is left of a clause that held only a filler marker. */
const MARKS = /[\s\p{P}]+/gu

/**
 * In Chinese and Japanese, a clause with no subject of its own (opened by a verb or an
 * adverb) after a whole clause that is a filler ("课程分为两段视频讲授——…，深入探讨课程内容"
 * goes on about the course) carries that clause on: a filler too. A clause after a filler
 * marker standing alone ("值得一提的是，支持…") is the claim it introduces.
 */
function carryFillers(clauses: Clause[], text: string, lang: Lang): void {
  if (lang === 'en')
    return
  const filler = POINT_MARKERS[lang].filler
  clauses.forEach((clause, index) => {
    const before = clauses[index - 1]
    if (before?.roles.has('filler') && text.slice(before.core, before.body).replace(filler, '').replace(MARKS, '') !== '' && opensWithPredicate(clause.opener, text.slice(clause.core, clause.body), lang))
      (clause.roles as Set<ClauseRole>).add('filler')
  })
}

/** Whether a clause is an example marker and nothing else ("比如，", "For example,"). */
export function isExampleMarker(text: string, clause: Clause, lang: Lang): boolean {
  return isMarkerAlone(POINT_MARKERS[lang].example, text.slice(clause.core, clause.body))
}

/** Whether a clause can be left out of a point: an example, a filler, an aside or a frame says nothing of the claim. */
export function isDeletable(clause: Clause): boolean {
  return clause.roles.has('example') || clause.roles.has('filler') || clause.roles.has('aside') || clause.roles.has('frame')
}

/** Whether a deletable clause may still open a point: a frame may (the point keeps its scene). */
export function mayOpen(clause: Clause): boolean {
  return !isDeletable(clause) || (clause.roles.has('frame') && !clause.roles.has('example') && !clause.roles.has('filler'))
}
