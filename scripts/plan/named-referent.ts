import type { Lang } from '../model/deck'
import type { WordKind } from './word-kinds'
import { POINT_MARKERS } from './point-markers'
import { firstWordKind } from './word-kinds'

/** What follows a demonstrative standing alone as a subject in English ("this is", "that means"): a verb, not a noun it names. */
const EN_VERB_AFTER = /^(?:is|are|was|were|has|have|had|does|did|can|could|will|would|may|might|must|should|means|makes|shows|[a-z]+[^su\s]s)\b/i
/** What follows a plural demonstrative standing alone ("these are", "those can"): after "these" a word in -s is the plural noun it names ("these weights"). */
const EN_VERB_AFTER_PLURAL = /^(?:are|were|have|had|do|did|can|could|will|would|may|might|must|should|mean|make|show)\b/i
/** Plural demonstratives in English. */
const EN_PLURAL = /^(?:these|those)\b/i
/**
 * Kinds of word that cannot be the noun a Chinese demonstrative names: after "这个" or "这种"
 * an adverb or a particle makes it the subject itself ("这个也…"). A verb can be that noun
 * ("这种提示风格", "这种排序方法"), except a copula ("这个是…").
 */
const NOT_A_NOUN = new Set<WordKind>(['adverb', 'auxiliary', 'particle', 'preposition', 'conjunction'])
/** Words after a demonstrative that make it the subject of "is", "has", "is called". */
const ZH_COPULA = /^[是有为叫称]/

/**
 * The noun a text names right after its demonstrative (one `opening` matches, by default
 * any of the language's), with the rest of the text ("conflict can also be declared…" of
 * "This conflict can also be declared…", "冲突也可以…" of "这种冲突也可以…"), or `undefined`
 * when the text opens with no demonstrative or with one standing alone as the subject
 * ("This is shown below", "这是…").
 */
export function namedReferent(shown: string, lang: Lang, opening = POINT_MARKERS[lang].demonstrative): string | undefined {
  const found = opening?.exec(shown)
  if (!found)
    return undefined
  const rest = shown.slice(found[0].length)
  const verbAfter = EN_PLURAL.test(found[0]) ? EN_VERB_AFTER_PLURAL : EN_VERB_AFTER
  const names = /^\p{L}/u.test(rest) && (lang === 'en' ? !verbAfter.test(rest) : !NOT_A_NOUN.has(firstWordKind(rest, lang)) && !ZH_COPULA.test(rest))
  return names ? rest : undefined
}

/**
 * Whether a text opens with a demonstrative and the noun it names ("This conflict can also
 * be declared…", "The above strategy also works…", "这种冲突也可以…"), see {@link namedReferent}.
 */
export function opensWithNamedReferent(shown: string, lang: Lang, opening = POINT_MARKERS[lang].demonstrative): boolean {
  return namedReferent(shown, lang, opening) !== undefined
}

/**
 * Whether the first sentence of a section opens by naming, with a near demonstrative and
 * its noun, what the section's heading names ("这种提示风格非常简单", "This technique needs
 * one prompt"): under that heading, the slide's title, it reads alone.
 */
export function namesHeading(opening: string, lang: Lang): boolean {
  return opensWithNamedReferent(opening, lang, POINT_MARKERS[lang].headingReferent)
}

/** Marks and spaces a title's words are compared without. */
const NOT_A_WORD = /[\s\p{P}\p{S}]+/gu

/**
 * Whether a text opens by naming, with a near demonstrative, the slide's title itself
 * ("这些设备通过传感器…" under "设备", "These devices collect…" under "Devices"): the
 * title says what the demonstrative points at, wherever in the topic the text stands.
 * English words compare without case and a plural's "s".
 */
export function namesTitle(opening: string, title: string, lang: Lang): boolean {
  const noun = namedReferent(opening, lang, POINT_MARKERS[lang].headingReferent)
  if (noun === undefined)
    return false
  if (lang !== 'en') {
    const wanted = title.replace(NOT_A_WORD, '')
    return wanted !== '' && noun.replace(NOT_A_WORD, '').startsWith(wanted)
  }
  const words = (text: string) => text.toLowerCase().split(NOT_A_WORD).filter(Boolean)
  const wanted = words(title)
  const named = words(noun)
  return wanted.length > 0 && wanted.every((word, index) => sameWord(word, named[index]))
}

/** Whether two lower-case English words are one, in the singular or the plural ("device", "devices"; "process", "processes"). */
function sameWord(a: string, b: string | undefined): boolean {
  return b !== undefined && [a, `${a}s`, `${a}es`].some(form => form === b || `${b}s` === form || `${b}es` === form)
}
