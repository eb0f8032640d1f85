/** Text as the coverage check compares it: NFC, without whitespace or zero-width characters. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u200B-\u200D\u2060]+/g, '')
}
