/**
 * The article's key terms: the words it uses often that are not the words every paragraph
 * uses. What a speaker shows is found in these (the authors of the SciDuet-ACL papers showed
 * the candidate points richest in their papers' key terms); counting every word instead
 * rewards a text for its function words (`the`, `of`, `的`), which every slide of prose
 * shares with every other. Language-neutral: a word is common by how it spreads over the
 * article's paragraphs, not by a word list.
 */

/** Words of a text: Latin and other spaced words lower-cased, each Han or kana character a word of its own. */
export function talkTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []
}

/** A word found in at least this share of the article's paragraphs (most of them) is a function word, not a key term. */
const COMMON_SHARE = 0.5
/** ... and in at least this many of them (an article of five paragraphs has no word common by share alone). */
const MIN_COMMON_PARAGRAPHS = 3

/** How the article's words spread: how often each occurs, and which are too common to be key terms. */
export interface ArticleTerms {
  /** How often each word occurs in the whole article. */
  counts: ReadonlyMap<string, number>
  /** Words of the whole article. */
  total: number
  /** Words found in most paragraphs: the language's function words and the article's filler. */
  common: ReadonlySet<string>
}

/** The article's words, counted, and its common words (found in {@link COMMON_SHARE} of its paragraphs or more). */
export function articleTerms(articleText: string): ArticleTerms {
  const counts = new Map<string, number>()
  const spread = new Map<string, number>()
  const paragraphs = articleText.split(/\n\s*\n/).filter(paragraph => paragraph.trim() !== '')
  let total = 0
  for (const paragraph of paragraphs) {
    const words = talkTokens(paragraph)
    total += words.length
    for (const word of words)
      counts.set(word, (counts.get(word) ?? 0) + 1)
    for (const word of new Set(words))
      spread.set(word, (spread.get(word) ?? 0) + 1)
  }
  const least = Math.max(MIN_COMMON_PARAGRAPHS, paragraphs.length * COMMON_SHARE)
  const common = new Set([...spread].filter(([, found]) => found >= least).map(([word]) => word))
  return { counts, total: Math.max(1, total), common }
}

/**
 * How much a text speaks in the article's key terms, from 0 to 1: over all its words, the
 * mean of each key term's log frequency in the article (function words count 0), relative
 * to the article's length. A point that names what the article keeps talking about scores
 * high; an anecdote, a set-up in passing words, or a line of numbers low.
 */
export function keyTermWeight(words: readonly string[], terms: ArticleTerms): number {
  if (words.length === 0)
    return 0
  const sum = words.reduce((total, word) => total + (terms.common.has(word) ? 0 : Math.log1p(terms.counts.get(word) ?? 0)), 0)
  return Math.min(1, sum / words.length / Math.log1p(terms.total))
}
