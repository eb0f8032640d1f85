import type { Deck } from '../model/deck'
import { readFile } from 'node:fs/promises'
import { writeFile } from '../lib/files'
import { slideLabel } from '../plan/deck-outline'
import { notesText } from '../render/notes-text'
import { newPresentation } from './pptx/new-presentation'

/** The theme font of a PowerPoint file of pictures: only its notes and any text added later use it. */
const PICTURES_FONT = 'Noto Sans SC'

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
  const pptx = await newPresentation({ title: deck.meta.title, author: deck.meta.author, subject: deck.meta.subtitle, fonts: { heading: PICTURES_FONT, body: PICTURES_FONT } })
  const images = await Promise.all(pngs.map(file => readFile(file)))
  deck.slides.forEach((slide, index) => {
    const page = pptx.addSlide()
    page.addImage({ data: `image/png;base64,${images[index]!.toString('base64')}`, x: 0, y: 0, w: '100%', h: '100%', altText: slideLabel(slide, 200) })
    page.addNotes(notesText(slide.notes))
  })
  const buffer = await pptx.write({ outputType: 'nodebuffer', compression: true }) as Uint8Array
  await writeFile(path, buffer)
}
