import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findText } from '../../scripts/lib/find-text'

describe('findText', () => {
  it('finds what indexOf finds, from any place, on text of a small alphabet (many near matches)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', '文'), maxLength: 40 })
    fc.assert(fc.property(word, word, fc.integer({ min: -2, max: 45 }), (text, needle, from) => {
      expect(findText(text, needle, from)).toBe(text.indexOf(needle, Math.max(from, 0)))
    }), { numRuns: 2000 })
  })

  it('finds a sentence of one repeated letter in text made of it', () => {
    const line = 'x'.repeat(3000)
    const text = `${'x'.repeat(2999)}\n${line}y`
    expect(findText(text, line)).toBe(3000)
    expect(findText(text, `${line}z`)).toBe(-1)
  })
})
