import { describe, expect, it } from 'vitest'
import { deckFontFamilies, woff2Only } from '../../setup/vite-plugins'

describe('the deck\'s fonts', () => {
  it('are those of the deck\'s language, and every language\'s when it is none we know', () => {
    expect(deckFontFamilies('zh-CN')).toEqual(['Noto Sans SC', 'Noto Sans', 'JetBrains Mono'])
    expect(deckFontFamilies('en-US')).toEqual(['Noto Sans', 'Noto Sans SC', 'JetBrains Mono'])
    expect(deckFontFamilies('ja')).toContain('Noto Sans JP')
    expect(deckFontFamilies('zh-CN')).not.toContain('Noto Sans JP')
    expect(deckFontFamilies(undefined)).toEqual(expect.arrayContaining(['Noto Sans SC', 'Noto Sans JP', 'Noto Sans', 'JetBrains Mono']))
    expect(deckFontFamilies('fr')).toEqual(deckFontFamilies(undefined))
  })

  it('are loaded from their WOFF2 files only, where a rule offers one', () => {
    const fontsource = `@font-face {\n  font-family: 'Noto Sans SC';\n  src: url(./files/a-400.woff2) format('woff2'), url(./files/a-400.woff) format('woff');\n  unicode-range: U+4e00;\n}`
    expect(woff2Only(fontsource)).toContain(`src: url(./files/a-400.woff2) format('woff2');`)
    expect(woff2Only(fontsource)).not.toContain('.woff)')
    const katex = '@font-face{font-family:KaTeX_AMS;src:url(fonts/K.woff2) format("woff2"),url(fonts/K.woff) format("woff"),url(fonts/K.ttf) format("truetype")}'
    expect(woff2Only(katex)).toBe('@font-face{font-family:KaTeX_AMS;src: url(fonts/K.woff2) format("woff2")}')
    const ttfOnly = '@font-face{src:url(x.ttf) format("truetype")}'
    expect(woff2Only(ttfOnly)).toBe(ttfOnly)
  })
})
