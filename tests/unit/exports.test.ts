import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { parseFormats } from '../../scripts/export/formats/registry'
import { renderHandoutParts } from '../../scripts/export/handout-parts'
import { addPdfOutline } from '../../scripts/export/pdf-outline'
import { deckOutline } from '../../scripts/plan/deck-outline'
import { renderScript } from '../../scripts/render'
import { articleSentences, sentenceShare } from '../helpers/article-sentences'
import { planFile } from '../helpers/plan-file'
import { ROOT } from '../helpers/run-cli'

const ARTICLE = join(ROOT, 'articles/why-chatgpt.md')

describe('deckOutline', () => {
  it('has the cover, the agenda, one entry per section holding its slides, and the closing slide', async () => {
    const deck = await planFile(ARTICLE, ROOT)
    const outline = deckOutline(deck)
    const sections = deck.slides.filter(slide => slide.kind === 'section')
    expect(outline[0]).toMatchObject({ title: deck.meta.title, slide: 0 })
    expect(outline.filter(entry => deck.slides[entry.slide]!.kind === 'section').map(entry => entry.title)).toEqual(sections.map(slide => slide.title))
    expect(deck.slides[outline.at(-1)!.slide]!.kind).toBe('closing')
    for (const entry of outline) {
      for (const child of entry.children) {
        expect(child.slide).toBeGreaterThan(entry.slide)
        const slide = deck.slides[child.slide]!
        expect(slide.kind === 'content' && slide.part && slide.part.index > 1).toBeFalsy()
      }
    }
    const listed = outline.flatMap(entry => [entry.slide, ...entry.children.map(child => child.slide)])
    expect(listed).toEqual([...listed].sort((a, b) => a - b))
  })
})

describe('addPdfOutline', () => {
  it('writes bookmarks a PDF reader lists, with Chinese titles and nested slides', async () => {
    const pdf = await PDFDocument.create()
    for (let i = 0; i < 4; i++)
      pdf.addPage([960, 540])
    await addPdfOutline(pdf, [
      { title: '封面', slide: 0, children: [] },
      { title: '第一部分：数据', slide: 1, children: [{ title: 'Data "quoted"', slide: 2, children: [] }] },
      { title: '谢谢', slide: 3, children: [] },
    ])
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const document = await getDocument({ data: await pdf.save(), verbosity: 0 }).promise
    const outline = await document.getOutline()
    expect(outline.map(item => item.title)).toEqual(['封面', '第一部分：数据', '谢谢'])
    expect(outline[1]!.items.map(item => item.title)).toEqual(['Data "quoted"'])
    const target = await document.getPageIndex((outline[1]!.dest as [{ num: number, gen: number }])[0])
    expect(target).toBe(1)
    await document.destroy()
  })
})

describe('parseFormats', () => {
  it('reads a list, keeps the canonical order, and refuses unknown names', () => {
    expect(parseFormats('png,pdf')).toEqual(['pdf', 'png'])
    expect(parseFormats('all')).toHaveLength(7)
    expect(parseFormats(' PPTX , notes ')).toEqual(['pptx', 'notes'])
    expect(() => parseFormats('pdf,docx')).toThrow(/unknown format docx: choose from pdf, png, pptx, handout, site, notes, review/)
  })
})

describe('renderScript (notes.md)', () => {
  it('has a heading per slide, in order, and every sentence of the article', async () => {
    const deck = await planFile(ARTICLE, ROOT)
    const script = renderScript(deck)
    const headings = script.split('\n').filter(line => line.startsWith('## '))
    expect(headings).toHaveLength(deck.slides.length)
    headings.forEach((heading, index) => expect(heading).toMatch(new RegExp(`^## ${index + 1}\\. \\S`)))
    const share = sentenceShare(await articleSentences(ARTICLE), script.replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
    expect(share.missing).toEqual([])
  })

  it('shows a time budget beside each heading when given one', async () => {
    const deck = await planFile(ARTICLE, ROOT)
    const script = renderScript(deck, { budgets: deck.slides.map((_, index) => 60 + index) })
    expect(script).toContain('## 1. ChatGPT为什么会火？ (1:00)')
    expect(script).toMatch(/## 3\. .+ \(1:02\)/)
  })
})

describe('renderHandoutParts', () => {
  it('gives each slide its notes, escaped, and its number and title', async () => {
    const deck = await planFile(ARTICLE, ROOT)
    const parts = renderHandoutParts(deck, 2)
    expect(parts.notes).toHaveLength(deck.slides.length)
    expect(parts.notes[2]).toMatch(/^<h2><span class="number">3<\/span> \S/)
    expect(parts.perPage).toBe(2)
    expect(parts.css).toContain('size: A4 portrait')
    expect(parts.css).toContain('counter(page) " / " counter(pages)')
    expect(parts.header).toContain(deck.meta.title)
  })

  it('never lets the article\'s text become markup', () => {
    const deck = {
      meta: { title: 'T "</style><script>', lang: 'en' as const, source: 'x.md' },
      diagnostics: [],
      slides: [{ kind: 'content' as const, title: '<img src=x onerror=alert(1)>', blocks: [], notes: [{ type: 'paragraph' as const, inlines: [{ type: 'text' as const, value: '<script>window.bad = 1</script> & {{ 1 + 1 }}' }] }] }],
    }
    const parts = renderHandoutParts(deck)
    expect(parts.notes[0]).not.toMatch(/<script|<img/)
    expect(parts.notes[0]).toContain('&lt;script&gt;window.bad = 1&lt;/script&gt; &amp; {{ 1 + 1 }}')
    expect(parts.css).toContain('@top-left { content: "T \\"</style><script>"')
  })
})
