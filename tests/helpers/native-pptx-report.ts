import type { Heading } from 'mdast'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import JSZip from 'jszip'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { proseBlocks, proseText } from '../../scripts/verify/article-text'
import { writeDeckFontConfig } from './deck-fonts'
import { renderWithLibreOffice } from './libreoffice'
import { similarity } from './png-thumb'
import { readPptx } from './pptx'

/** What LibreOffice made of a native PowerPoint file, against the deck it was made from. */
export interface NativeReport {
  slides: number
  pages: number
  /** Share of the characters of the slides' titles and prose (points, paragraphs, cells) found as text on their pages. */
  textShare: number
  /** Titles and prose not found on their page: `slide: text`. */
  missing: string[]
  /** Slides whose title is in a title placeholder, with the title's text. */
  titlesInPlaceholders: number
  /** Slides that have no title placeholder holding their title: `slide: what it holds`. */
  titleProblems: string[]
  /** Slides with notes in the deck, and how many of them have them in their notes page. */
  slidesWithNotes: number
  notesPages: number
  /** Each page's similarity to the slide's PNG. */
  similarity: { absolute: number, content: number }[]
}

/** What a slide of `slides.md` shows as text: its title (its first top-level heading) and its prose (headings, points, paragraphs, table cells). */
export interface SlideText {
  title?: string
  texts: string[]
  /** Whether the slide has speaker notes. */
  notes: boolean
}

/** The slides of a `slides.md`, read back with Slidev's parser and ours: what each must show as text. */
export async function readSlideTexts(slidesPath: string): Promise<SlideText[]> {
  const slides = (await parse(readFileSync(slidesPath, 'utf8'), slidesPath)).slides
  return slides.map((slide) => {
    const tree = parseMarkdown(slide.content)
    const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1)
    return { title: heading ? proseText(heading) : undefined, texts: proseBlocks(tree).map(block => block.text), notes: Boolean(slide.note?.trim()) }
  })
}

/**
 * Text compared without whitespace and hyphens (pdftotext joins a word hyphenated at a
 * line's end, `v-` + `html` giving `vhtml`), with compatibility forms folded (ligatures,
 * full-width) and typographic quotes as plain ones.
 */
function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/[‘’‚‛′]/g, '\'').replace(/[“”„‟″]/g, '"').replace(/[\s-]+/g, '')
}

/** The text of each title placeholder of each slide of a PowerPoint file. */
async function placeholderTitles(path: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1])
  const files = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort((a, b) => number(a) - number(b))
  return Promise.all(files.map(async (file) => {
    const xml = await zip.file(file)!.async('string')
    return [...xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph[^>]*type="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/g)]
      .map(match => [...match[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(text => text[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join(''))
  }))
}

/**
 * Opens a native PowerPoint file with LibreOffice (into `workDir`, with the deck's own
 * fonts installed for it unless `systemFonts`) and measures it against the `slides.md` it
 * was made from and the slides' PNGs (`pngDir`): pages, text found, titles in title
 * placeholders, notes, and how alike each page looks.
 */
export async function nativeReport(pptx: string, slidesPath: string, pngDir: string, workDir: string, { systemFonts = false } = {}): Promise<NativeReport> {
  const slides = await readSlideTexts(slidesPath)
  const rendered = renderWithLibreOffice(pptx, workDir, systemFonts ? undefined : writeDeckFontConfig(join(workDir, 'fonts')))
  const missing: string[] = []
  let total = 0
  let found = 0
  slides.forEach((slide, index) => {
    const page = squeeze(rendered.texts[index] ?? '')
    for (const text of slide.texts.map(squeeze).filter(Boolean)) {
      total += text.length
      if (page.includes(text))
        found += text.length
      else
        missing.push(`${index + 1}: ${text}`)
    }
  })
  const titles = await placeholderTitles(pptx)
  const titleProblems: string[] = []
  slides.forEach((slide, index) => {
    const held = titles[index] ?? []
    const wanted = slide.title === undefined ? undefined : squeeze(slide.title)
    const ok = wanted === undefined ? held.some(text => squeeze(text)) : held.some(text => squeeze(text) === wanted)
    if (!ok)
      titleProblems.push(`${index + 1}: ${held.join(' | ') || '(no title placeholder)'}`)
  })
  const notes = (await readPptx(pptx)).notes
  const withNotes = slides.map((slide, index) => ({ index, notes: slide.notes })).filter(entry => entry.notes)
  const pngs = readdirSync(pngDir).filter(name => name.endsWith('.png')).sort().map(name => join(pngDir, name))
  return {
    slides: slides.length,
    pages: rendered.pngs.length,
    textShare: total ? found / total : 1,
    missing,
    titlesInPlaceholders: slides.length - titleProblems.length,
    titleProblems,
    slidesWithNotes: withNotes.length,
    notesPages: withNotes.filter(entry => (notes[entry.index] ?? '').trim()).length,
    similarity: rendered.pngs.map((page, index) => similarity(pngs[index]!, page)),
  }
}
