/**
 * Characters that draw nothing, so they are not text for the fit check: whitespace,
 * format characters (`\p{Cf}`: U+200B-U+200D zero-width space and joiners, U+2060 word
 * joiner, U+FEFF, U+00AD soft hyphen, bidi marks ...), variation selectors and the
 * Hangul fillers. KaTeX leaves a zero-width space in a 2 px box beside every stacked formula.
 * `measureInPage` gets this pattern's source as an argument, so the page and the tests
 * use the same one.
 */
export const INVISIBLE_CHARS = /[\s\p{Cf}\p{Variation_Selector}\u115F\u3164\uFFA0]/gu

/** Text as the fit check sees it: without the characters that draw nothing. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE_CHARS, '')
}

/** Whether text draws anything at all (a text node of only invisible characters is skipped). */
export function hasVisibleText(text: string): boolean {
  return visibleText(text).length > 0
}
