import type { Deck } from '../model/deck'
import type { OutlineEntry } from '../plan/deck-outline'
import { addPdfOutline } from './pdf-outline'

/** Document information written into every PDF. */
export interface PdfMeta {
  title: string
  author?: string
  subject?: string
  lang?: string
}

/** A deck's document information: its title, author, subtitle and language. */
export function pdfMeta(deck: Deck): PdfMeta {
  return { title: deck.meta.title, author: deck.meta.author, subject: deck.meta.subtitle, lang: deck.meta.lang }
}

/** Sets a PDF's title, author, subject and language, and adds bookmarks. */
export async function finishPdf(raw: Uint8Array, meta: PdfMeta, outline: readonly OutlineEntry[] = []): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib')
  const pdf = await PDFDocument.load(raw)
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author)
    pdf.setAuthor(meta.author)
  if (meta.subject)
    pdf.setSubject(meta.subject)
  if (meta.lang)
    pdf.setLanguage(meta.lang)
  pdf.setCreator('article-to-talk')
  await addPdfOutline(pdf, outline)
  return pdf.save()
}
