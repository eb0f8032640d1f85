const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const WIDE_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const LATIN_WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu

/**
 * The length of a text in "CJK character units": one per Han/Kana/Hangul character,
 * and 2.5 per Latin word (16 English words ≈ 40 CJK characters, the point budget).
 */
export function measureText(text: string): number {
  const wide = text.match(WIDE_ALL)?.length ?? 0
  const latin = text.replace(WIDE_ALL, ' ').match(LATIN_WORD)?.length ?? 0
  return wide + latin * 2.5
}

/** Whether a character is a CJK ideograph or kana (set without spaces between words). */
export function isWideChar(char: string): boolean {
  return WIDE.test(char)
}
