import type { Lang } from '../model/deck'
import type { SentenceClauses } from './claim-clauses'
import { LANGUAGE_PACKS } from './language'

/** Shortest word that counts as the noun a definite article names: shorter ones are function words. */
const MIN_NOUN = 4
/** Words after the article read for its noun: an adjective may stand before it ("the resulting file"). */
const NOUN_WORDS = 2
/** A word of letters (a common noun is lowercase: "the Go team" names something of its own). */
const LOWER_WORD = /^[a-z][a-z-]*$/

/**
 * Whether a sentence opens with a definite article and a common noun the sentence before it
 * named ("…use the `required-environments` setting. The setting accepts…", "…a cutoff date.
 * The date is compared…"): it leans on that sentence as a pronoun would. Never in languages
 * without articles; never for a proper name ("The Go team").
 */
export function echoesBefore(text: string, clauses: SentenceClauses, before: SentenceClauses | undefined, lang: Lang): boolean {
  const articles = LANGUAGE_PACKS[lang].definiteArticles
  if (articles.length === 0 || !before || before.length === 0 || clauses.length === 0)
    return false
  const words = text.slice(clauses[0]!.core, clauses.at(-1)!.body).split(/\s+/)
  if (!articles.includes(words[0]?.toLowerCase() ?? ''))
    return false
  const said = new Set(text.slice(before[0]!.start, before.at(-1)!.end).toLowerCase().split(/[^a-z-]+/))
  return words.slice(1, 1 + NOUN_WORDS).some(word => LOWER_WORD.test(word) && word.length >= MIN_NOUN && said.has(word))
}
