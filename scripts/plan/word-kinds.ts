import type { Lang } from '../model/deck'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { LANGUAGE_PACKS } from './language'

/**
 * What the first word of a clause is, as far as whether the clause has a subject of its
 * own: a verb, an auxiliary or an adverb opens a predicate whose subject is elsewhere (an
 * English verb may also be an instruction); a conjunction or a preposition ties the clause
 * to another one.
 */
export type WordKind = 'verb' | 'auxiliary' | 'adverb' | 'conjunction' | 'preposition' | 'particle' | 'other'

let tagger: Jieba | undefined

/** Characters of a clause's start the tagger reads for its first two words. */
const FIRST_WORDS_WINDOW = 24
/** Characters of a clause's start the tagger reads for an idiom opening it (a four-character idiom and room to segment it). */
const IDIOM_WINDOW = 8

/** The jieba tagger, made on first use (its dictionary takes a moment to load). */
function jieba(): Jieba {
  tagger ??= Jieba.withDict(dict)
  return tagger
}

/** A Chinese text's words with their tags, less spaces and what jieba does not know (`x`: marks, code). */
function zhWords(text: string): { word: string, tag: string }[] {
  return jieba().tag(text, true).filter(word => word.word.trim() !== '' && word.tag !== 'x')
}

/**
 * Part-of-speech tags of jieba (ICTCLAS) by the kind they stand for; `vn` (a verb used
 * as a noun) and `a` (adjectives) can open a subject, so they are `other`.
 */
const ZH_TAGS: Record<string, WordKind> = {
  v: 'verb',
  vd: 'verb',
  vg: 'verb',
  vi: 'verb',
  d: 'adverb',
  dg: 'adverb',
  c: 'conjunction',
  p: 'preposition',
  u: 'particle',
  uj: 'particle',
  ul: 'particle',
  uz: 'particle',
  ug: 'particle',
  uv: 'particle',
  ud: 'particle',
  y: 'particle',
  f: 'particle',
  q: 'particle',
}
/** Adverbs that open an instruction (`不要…`, `一定要…`): they count as verbs, not as a predicate missing its subject. */
const ZH_IMPERATIVES = new Set(['不要', '别', '不必', '一定', '一定要', '务必', '必须', '尽量', '千万', '千万不要'])
const EN_AUXILIARIES = /^(?:is|are|was|were|be|been|being|has|have|had|does|did|can|could|will|would|shall|should|may|might|must|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|can't|won't|wouldn't|shouldn't)$/i
const EN_PREPOSITIONS = /^(?:of|to|for|from|in|on|at|into|onto|with|without|by|about|as|than|over|under|through|via|per|between|among|across|after|before|during|within|against|toward|towards|upon|using|including|prior|despite|unlike|beyond|throughout|regarding|concerning|amid|beside|besides|around|behind|inside|outside|underneath)$/i
/** English participles: regular ones (`-ing`, `-ed`) and the common irregular past participles. */
const EN_PARTICIPLE = /^(?:[a-z]+(?:ing|ed)|shown|known|given|taken|made|done|seen|written|built|found|held|kept|left|meant|run|set|put|read|said|sent|spent|told|thought|brought|bought|caught|taught|chosen|driven|drawn|grown|thrown|broken|spoken|stolen|frozen|hidden|ridden|eaten|fallen|forgotten|gotten|begun|become|come|gone|won|lost|paid|laid|felt|heard|understood|stood|split|cut|hit|let|shut|spread|bound|wound|sold)$/
const EN_CONJUNCTIONS = /^(?:and|or|nor|but|so|yet|then|plus)$/i
/** Names the tagger misreads, at a Chinese clause's start ({@link LanguagePack.names}). */
const ZH_NAMES = LANGUAGE_PACKS['zh-CN'].names.length > 0 ? new RegExp(`^(?:${LANGUAGE_PACKS['zh-CN'].names.join('|')})`) : undefined
const FIRST_WORD = /^[\s"“‘'(（[]*([A-Z']+)/i

/**
 * Whether an English clause opens with a participle, capitalised or not ("Looking from…",
 * "Seen from…"), and has no auxiliary after it ("Nested files are read…" has a verb of its
 * own): read only where the clause leads into another, as a capitalised "Speed" or
 * "String" opening a sentence is a noun.
 */
export function opensWithParticiple(text: string): boolean {
  const word = FIRST_WORD.exec(text)?.[1]
  return word !== undefined && EN_PARTICIPLE.test(word.toLowerCase()) && !text.split(/\s+/).slice(1).some(next => EN_AUXILIARIES.test(next))
}

/**
 * The kind of a clause's first word: in Chinese by jieba's part-of-speech tags (an
 * adjective before a verb, `成功获得`, is used as an adverb), in
 * English by auxiliaries, prepositions, conjunctions and participles (`-ing`, `-ed`,
 * lowercase). Japanese clauses are `other` (their markers are in the point tables).
 */
export function firstWordKind(text: string, lang: Lang): WordKind {
  if (lang === 'zh-CN') {
    if (ZH_NAMES?.test(text))
      return 'other'
    const [first, second] = zhWords(text.slice(0, FIRST_WORDS_WINDOW))
    if (!first)
      return 'other'
    if ((first.tag === 'a' || first.tag === 'ad') && second?.tag.startsWith('v'))
      return 'adverb'
    if (ZH_IMPERATIVES.has(first.word))
      return 'verb'
    return ZH_TAGS[first.tag] ?? 'other'
  }
  if (lang === 'en') {
    const word = FIRST_WORD.exec(text)?.[1]
    if (!word)
      return 'other'
    if (EN_AUXILIARIES.test(word))
      return 'auxiliary'
    if (EN_PREPOSITIONS.test(word))
      return 'preposition'
    if (EN_CONJUNCTIONS.test(word))
      return 'conjunction'
    if (EN_PARTICIPLE.test(word))
      return 'verb'
  }
  return 'other'
}

/**
 * Whether a clause whose first word is of `kind` ({@link firstWordKind}) opens with its
 * predicate, its subject left out: a verb or an adverb, or in Chinese an idiom (`深入探讨…`,
 * jieba's `i`), which is the verb phrase of its clause.
 */
export function opensWithPredicate(kind: WordKind, text: string, lang: Lang): boolean {
  if (kind === 'verb' || kind === 'adverb')
    return true
  return lang === 'zh-CN' && zhWords(text.slice(0, IDIOM_WINDOW))[0]?.tag === 'i'
}

/** jieba tags of verbs that act (not `vn`, a verb used as a noun). */
const ZH_ACTING_VERB = /^(?:v|vd|vi)$/

/**
 * Whether a Chinese clause goes on, past the place or time it names (`在…中`, `…之前`:
 * jieba's `f`), with a verb of its own ("在浏览器中运行代码"): a predicate whose subject is
 * left out, not a frame that sets the scene ("在浏览器中，").
 */
export function actsAfterPlace(text: string): boolean {
  const words = zhWords(text)
  const place = words.findIndex(word => word.tag === 'f')
  return place >= 0 && words.slice(place + 1).some(word => ZH_ACTING_VERB.test(word.tag))
}

/** jieba tags of words that can carry a predicate: verbs and adjectives. */
const ZH_PREDICATE_TAGS = /^(?:v|vd|vn|vg|vi|a|ad|an|ag)$/

/**
 * Whether a Chinese text has a word that can be its predicate (a verb or an adjective, by
 * jieba's tags): `无监督自回归的训练方式` names a topic and says nothing of it. English and
 * Japanese texts are taken as having one (their clauses are checked by their markers).
 */
export function hasPredicate(text: string, lang: Lang): boolean {
  if (lang !== 'zh-CN')
    return true
  return jieba().tag(text, true).some(word => ZH_PREDICATE_TAGS.test(word.tag))
}
