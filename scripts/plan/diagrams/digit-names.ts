import { alternation, wordsOfAll } from './diagram-words'

/** A Latin word right before a number, at most one space between (`RTX 5090`, `iPhone 15`, `Python 3.8`). */
const WORD_BEFORE = /([a-z][\w+]*)[ \u00A0]?$/i
/** A word with a capital after its first letter, or a digit, is a name wherever it stands (`iPhone`, `RTX`, `GPT`). */
const INNER_CAPITAL = /^.[\w+]*[A-Z\d]/
const CAPITALISED = /^[A-Z]/
/** What ends the sentence before a word, so a capital there is the sentence's, not a name's. */
const SENTENCE_START = /(?:^|[.!?。！？：:\n]\s*|["“(（]\s*)$/
const ORDINAL_BEFORE = new RegExp(`(?:${alternation(wordsOfAll('ordinalBefore'))})\\s*$`, 'i')
const NAME_AFTER = new RegExp(`^\\s*(?:${alternation(wordsOfAll('nameAfter'))})`, 'i')
const WORDS_WINDOW = 24

/**
 * Whether a bare number (no unit, no multiplier) between `start` and `end` is part of a
 * name, not a quantity: after a product's or a language's name (`RTX 5090`, `iPhone 15`,
 * `Python 3.8`, `Windows 11`; a capitalised word only when it does not open its sentence),
 * an ordinal's word (`第3代`, `No. 5`), or before a version's word (`3.8版`, `5 series`).
 */
export function isPartOfName(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - WORDS_WINDOW), start)
  if (ORDINAL_BEFORE.test(head) || NAME_AFTER.test(text.slice(end)))
    return true
  const word = WORD_BEFORE.exec(head)
  if (!word)
    return false
  if (INNER_CAPITAL.test(word[1]!))
    return true
  return CAPITALISED.test(word[1]!) && !SENTENCE_START.test(head.slice(0, word.index))
}
