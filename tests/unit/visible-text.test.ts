import { describe, expect, it } from 'vitest'
import { hasVisibleText, INVISIBLE_CHARS, visibleText } from '../../scripts/check/visible-text'

describe('visibleText: what the fit check counts as text', () => {
  it.each([
    ['zero-width space (KaTeX\'s 2 px strut)', '\u200B'],
    ['zero-width non-joiner and joiner', '\u200C\u200D'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['bidi marks and isolates', '\u200E\u200F\u2066\u2069'],
    ['other format characters', '\u180E\u061C'],
    ['variation selector', '\uFE0F'],
    ['Hangul filler', '\u3164'],
    ['whitespace of every kind', ' \t\n\u00A0\u3000\u2009'],
  ])('skips a node of only %s', (_, text) => {
    expect(hasVisibleText(text)).toBe(false)
    expect(visibleText(text)).toBe('')
  })

  it('keeps every character that draws something', () => {
    expect(visibleText('H\u200B2O\u00AD x\uFEFF²')).toBe('H2Ox²')
    expect(hasVisibleText('中')).toBe(true)
    expect(hasVisibleText('·')).toBe(true)
    expect(hasVisibleText('😀\uFE0F')).toBe(true)
  })

  it('has a pattern the page can rebuild from its source (passed to measureInPage)', () => {
    const rebuilt = new RegExp(INVISIBLE_CHARS.source, 'gu')
    expect('a\u200Bb\u2060c'.replace(rebuilt, '')).toBe('abc')
  })
})
