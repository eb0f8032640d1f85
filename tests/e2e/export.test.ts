import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, inject, it } from 'vitest'
import { pdfFonts, pdfPageCount, pdfPageTexts, pngSize } from '../helpers/pdf'

const deckDir = inject('deckDir')
const exports = join(deckDir, 'exports')

async function slideCount(): Promise<number> {
  const path = join(deckDir, 'slides.md')
  return (await parse(readFileSync(path, 'utf8'), path)).slides.length
}

describe('npm run deck on a small bilingual article', () => {
  it('writes one PDF page per slide', async () => {
    const slides = await slideCount()
    expect(slides).toBeGreaterThan(5)
    expect(await pdfPageCount(join(exports, 'slides.pdf'))).toBe(slides)
  })

  it('writes one 1920x1080 PNG per slide, numbered with zero padding', async () => {
    const files = readdirSync(join(exports, 'png')).sort()
    expect(files).toHaveLength(await slideCount())
    expect(files[0]).toBe('01.png')
    for (const file of files)
      expect(await pngSize(join(exports, 'png', file))).toEqual({ width: 1920, height: 1080 })
  })

  it('keeps the text selectable: titles, Chinese and English, on the right pages', async () => {
    const pages = await pdfPageTexts(join(exports, 'slides.pdf'))
    const all = pages.join('\n')
    expect(pages[0]).toContain('端到端测试：为什么要写测试')
    expect(pages[0]).toContain('测试作者')
    for (const heading of ['第一部分：测试的价值', 'Part Two: How We Test', '单元测试', '1920x1080'])
      expect(all).toContain(heading)
  })

  it('embeds the deck\'s own fonts and draws with no system font (none with Chinese was available)', async () => {
    const fonts = await pdfFonts(join(exports, 'slides.pdf'))
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every(font => font.embedded)).toBe(true)
    expect(fonts.some(font => /NotoSansSC/.test(font.name))).toBe(true)
    expect(fonts.filter(font => !/NotoSansSC|JetBrainsMono|KaTeX/.test(font.name))).toEqual([])
  })

  it('builds a static site with the deck and the PDF, loading nothing from outside the machine', () => {
    const site = join(exports, 'site')
    expect(readdirSync(site)).toEqual(expect.arrayContaining(['index.html', 'assets', 'slides.pdf']))
    const html = readFileSync(join(site, 'index.html'), 'utf8')
    expect(html).toContain('lang="zh-CN"')
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
    expect(inject('deckLog')).not.toMatch(/request was blocked/)
  })
})
