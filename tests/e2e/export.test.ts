import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, inject, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { proseBlocks } from '../../scripts/verify/article-text'
import { articleSentences, sentenceShare } from '../helpers/article-sentences'
import { pdfFonts, pdfOutline, pdfPageCount, pdfPageTexts, pngSize } from '../helpers/pdf'
import { readPptx } from '../helpers/pptx'
import { ROOT } from '../helpers/run-cli'
import { useSharedDeck, waitForSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')

useSharedDeck()

const exports = join(deckDir, 'exports')
const article = join(ROOT, 'tests/fixtures/e2e/article.md')

/** The article's sentences that the deck's notes hold (all but what only a slide shows, such as a table's cells). */
async function spokenSentences(): Promise<string[]> {
  const notes = (await slideNotes()).map(note => proseBlocks(parseMarkdown(note)).map(block => block.text).join('\n')).join('\n')
  const sentences = await articleSentences(article)
  const spoken = sentences.filter(sentence => sentenceShare([sentence], notes).found === 1)
  expect(spoken.length / sentences.length).toBeGreaterThan(0.7)
  return spoken
}

async function slideNotes(): Promise<string[]> {
  const path = join(deckDir, 'slides.md')
  return (await parse(readFileSync(path, 'utf8'), path)).slides.map(slide => slide.note ?? '')
}

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

  it('builds a static site with the deck and the PDF, loading nothing from outside the machine', async () => {
    const site = join(exports, 'site')
    expect(readdirSync(site)).toEqual(expect.arrayContaining(['index.html', 'assets', 'slides.pdf']))
    const html = readFileSync(join(site, 'index.html'), 'utf8')
    expect(html).toContain('lang="zh-CN"')
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
    expect((await waitForSharedDeck()).deckLog).not.toMatch(/request was blocked/)
  })

  it('writes the slides PDF with a bookmark per section and the deck\'s title and author', async () => {
    const path = join(deckDir, 'slides.md')
    const slides = (await parse(readFileSync(path, 'utf8'), path)).slides
    const { outline, info } = await pdfOutline(join(exports, 'slides.pdf'))
    const sections = slides.map((slide, index) => ({ layout: slide.frontmatter.layout, index })).filter(slide => slide.layout === 'section')
    expect(sections.length).toBeGreaterThanOrEqual(2)
    for (const section of sections)
      expect(outline.map(entry => entry.page)).toContain(section.index)
    expect(outline.map(entry => entry.title)).toEqual(expect.arrayContaining(['第一部分：测试的价值', 'Part Two: How We Test']))
    expect(outline[0]).toMatchObject({ title: '端到端测试：为什么要写测试', page: 0 })
    expect(outline.some(entry => entry.children.length > 0)).toBe(true)
    expect(info).toMatchObject({ Title: '端到端测试：为什么要写测试', Author: '测试作者' })
  })

  it('writes an A4 handout that carries the whole article: slides, notes, page numbers; two slides a page, its notes being short', async () => {
    const handout = join(exports, 'handout.pdf')
    const { pageSize, info, outline } = await pdfOutline(handout)
    const titles = (await parse(readFileSync(join(deckDir, 'slides.md'), 'utf8'), join(deckDir, 'slides.md'))).slides.map(slide => slide.title ?? '')
    expect(outline).toHaveLength(1)
    expect(outline[0]!.title).toBe('端到端测试：为什么要写测试')
    expect(outline[0]!.children).toHaveLength(titles.length)
    expect(outline[0]!.children[1]).toMatch(/^2 /)
    expect(pageSize.width).toBeCloseTo(595, 0)
    expect(pageSize.height).toBeCloseTo(842, 0)
    expect(info).toMatchObject({ Title: '端到端测试：为什么要写测试' })
    const pages = await pdfPageTexts(handout)
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(await slideCount() / 2))
    expect(pages.length).toBeLessThan(await slideCount())
    pages.forEach((text, index) => expect(text).toContain(`${index + 1} / ${pages.length}`))
    const share = sentenceShare(await articleSentences(article), pages.join('\n'))
    expect(share.total).toBeGreaterThan(15)
    expect(share.found / share.total).toBeGreaterThanOrEqual(0.98)
    const fonts = await pdfFonts(handout)
    expect(fonts.every(font => font.embedded)).toBe(true)
    expect(fonts.some(font => /NotoSansSC/.test(font.name))).toBe(true)
  })

  it('writes a PowerPoint file with one native slide per slide (not a picture each) and the notes as speaker notes', async () => {
    const pptx = await readPptx(join(exports, 'slides.pptx'))
    const notes = await slideNotes()
    expect(pptx.slides).toBe(notes.length)
    expect(pptx.pictures.filter(count => count === 1).length).toBeLessThan(notes.length / 2)
    expect(pptx.title).toBe('端到端测试：为什么要写测试')
    const withNotes = notes.map((note, index) => ({ note, index })).filter(({ note }) => note.trim())
    expect(withNotes.length).toBeGreaterThan(notes.length / 2)
    for (const { index } of withNotes)
      expect(pptx.notes[index]!.trim().length).toBeGreaterThan(0)
    const spoken = await spokenSentences()
    expect(spoken.length).toBeGreaterThan(15)
    expect(sentenceShare(spoken, pptx.notes.join('\n')).missing).toEqual([])
  })

  it('writes the talk script, slide by slide, with the whole article', async () => {
    const script = readFileSync(join(exports, 'notes.md'), 'utf8')
    const headings = script.split('\n').filter(line => line.startsWith('## '))
    expect(headings).toHaveLength(await slideCount())
    expect(headings[0]).toMatch(/^## 1\. 端到端测试：为什么要写测试/)
    const share = sentenceShare(await spokenSentences(), proseBlocks(parseMarkdown(script)).map(block => block.text.replace(/\*\*/g, '')).join('\n'))
    expect(share.missing).toEqual([])
  })

  it('leaves no staging folder behind', () => {
    expect(readdirSync(exports).filter(name => name.startsWith('.'))).toEqual([])
  })
})
