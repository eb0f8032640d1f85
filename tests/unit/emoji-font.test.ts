import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bundleEmojiFont, deckEmojiFont, EMOJI_FONT_DIR, EMOJI_FONT_FILE, EMOJI_STYLESHEET, emojiIn, readWoff, unicodeRange } from '../../scripts/pipeline/emoji-font'
import { EMOJI_STYLESHEET as THEME_EMOJI_STYLESHEET } from '../../setup/vite-plugins'

const hex = (points: number[]) => points.map(point => point.toString(16))

describe('emojiIn', () => {
  it('takes every code point of keycaps, flags, ZWJ sequences and skin tones, with U+FE0F, ZWJ and the keycap mark', () => {
    expect(hex(emojiIn('Step 1️⃣, ❤️ 👩‍💻 🇫🇷 👍🏽 ✅'))).toEqual(['31', '200d', '20e3', '2705', '2764', 'fe0f', '1f1eb', '1f1f7', '1f3fd', '1f44d', '1f469', '1f4bb'])
  })

  it('finds none in text without emoji (digits, © and ® stay with the text fonts)', () => {
    expect(emojiIn('Plain text, 2024 © ACME® 中文')).toEqual([])
  })
})

describe('unicodeRange', () => {
  it('merges runs of consecutive code points', () => {
    expect(unicodeRange([0x31, 0x30, 0x32, 0x2705, 0x1F680])).toBe('U+30-32,U+2705,U+1f680')
  })
})

describe('the deck\'s emoji font', () => {
  it('keeps the colour outlines Chromium draws (COLR, CPAL, glyf) and leaves out the OpenType-SVG ones it does not', async () => {
    const tags = readWoff(await deckEmojiFont()).tables.map(table => table.tag)
    expect(tags).toEqual(expect.arrayContaining(['COLR', 'CPAL', 'glyf', 'cmap', 'GSUB']))
    expect(tags).not.toContain('SVG ')
    expect(tags).toEqual([...tags].sort())
  })

  it('is a well-formed WOFF: every table inside the file, on a 4-byte boundary', async () => {
    const font = await deckEmojiFont()
    expect(font.readUInt32BE(8)).toBe(font.length)
    for (const table of readWoff(font).tables) {
      const offset = table.stored.byteOffset - font.byteOffset
      expect(offset % 4).toBe(0)
      expect(offset + table.stored.length).toBeLessThanOrEqual(font.length)
    }
  })
})

describe('bundleEmojiFont', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-emoji-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the font and the stylesheet the theme imports, and returns the same rule for the first slide', async () => {
    const style = await bundleEmojiFont('# 🚀 Launch\n\n✅ done', dir)
    expect(style).toContain(`url('./${EMOJI_FONT_DIR}/${EMOJI_FONT_FILE}') format('woff')`)
    expect(style).toContain('unicode-range: U+200d,U+20e3,U+2705,U+fe0f,U+1f680;')
    expect(existsSync(join(dir, EMOJI_FONT_DIR, EMOJI_FONT_FILE))).toBe(true)
    expect(readFileSync(join(dir, EMOJI_STYLESHEET), 'utf8')).toContain(`url('./${EMOJI_FONT_FILE}')`)
  })

  it('removes the stylesheet when the deck no longer has emoji, so its site carries no emoji font', async () => {
    expect(await bundleEmojiFont('# Launch', dir)).toBe('')
    expect(existsSync(join(dir, EMOJI_STYLESHEET))).toBe(false)
  })

  it('names the stylesheet where the theme looks for it', () => {
    expect(EMOJI_STYLESHEET).toBe(THEME_EMOJI_STYLESHEET)
  })
})
