import type PptxGenJS from 'pptxgenjs'
import type { Deck } from '../model/deck'
import { readFile } from 'node:fs/promises'
import { writeFile } from '../lib/files'
import { slideLabel } from '../plan/deck-outline'
import { notesText } from '../render/notes-text'

/** What {@link writePptx} writes. */
export interface WritePptxOptions {
  deck: Deck
  /** PNG of each slide, in order. */
  pngs: readonly string[]
  path: string
}

/**
 * Writes a PowerPoint file (16:9) with one slide per deck slide: the slide's image,
 * full bleed, named by its title, and the slide's notes as PowerPoint speaker notes.
 */
export async function writePptx({ deck, pngs, path }: WritePptxOptions): Promise<void> {
  const { default: PptxGen } = await import('pptxgenjs')
  const pptx: PptxGenJS = new PptxGen()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = deck.meta.title
  if (deck.meta.author)
    pptx.author = deck.meta.author
  if (deck.meta.subtitle)
    pptx.subject = deck.meta.subtitle
  pptx.theme = { headFontFace: 'Noto Sans SC', bodyFontFace: 'Noto Sans SC' }
  const images = await Promise.all(pngs.map(file => readFile(file)))
  deck.slides.forEach((slide, index) => {
    const page = pptx.addSlide()
    page.addImage({ data: `image/png;base64,${images[index]!.toString('base64')}`, x: 0, y: 0, w: '100%', h: '100%', altText: slideLabel(slide, 200) })
    page.addNotes(notesText(slide.notes))
  })
  const buffer = await pptx.write({ outputType: 'nodebuffer', compression: true }) as Uint8Array
  await writeFile(path, buffer)
}
