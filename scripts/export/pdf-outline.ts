import type { PDFDocument, PDFRef } from 'pdf-lib'
import type { OutlineEntry } from '../plan/deck-outline'

/** pdf-lib, loaded when a PDF gets its outline (it takes a quarter of a second to load). */
type PdfLib = typeof import('pdf-lib')

/**
 * Adds bookmarks to a PDF whose pages are the deck's slides, and asks viewers to
 * open with the bookmarks shown. Sections are top-level entries, closed, holding
 * their slides.
 */
export async function addPdfOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): Promise<void> {
  if (entries.length === 0)
    return
  const lib = await import('pdf-lib')
  const { PDFName } = lib
  const root = pdf.context.nextRef()
  const count = addEntries(lib, pdf, root, entries)
  pdf.context.assign(root, pdf.context.obj({ Type: 'Outlines', First: count.first, Last: count.last, Count: entries.length }))
  pdf.catalog.set(PDFName.of('Outlines'), root)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** The outline entries under `parent`, linked to each other: the first and the last. */
function addEntries(lib: PdfLib, pdf: PDFDocument, parent: PDFRef, entries: readonly OutlineEntry[]): { first: PDFRef, last: PDFRef } {
  const { PDFHexString, PDFName, PDFNumber } = lib
  const { context } = pdf
  const pages = pdf.getPages()
  const refs = entries.map(() => context.nextRef())
  entries.forEach((entry, index) => {
    const page = pages[Math.min(entry.slide, pages.length - 1)]!
    const dict = context.obj({})
    dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title))
    dict.set(PDFName.of('Parent'), parent)
    dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]))
    if (index > 0)
      dict.set(PDFName.of('Prev'), refs[index - 1]!)
    if (index < entries.length - 1)
      dict.set(PDFName.of('Next'), refs[index + 1]!)
    if (entry.children.length > 0) {
      const children = addEntries(lib, pdf, refs[index]!, entry.children)
      dict.set(PDFName.of('First'), children.first)
      dict.set(PDFName.of('Last'), children.last)
      dict.set(PDFName.of('Count'), PDFNumber.of(-entry.children.length))
    }
    context.assign(refs[index]!, dict)
  })
  return { first: refs[0]!, last: refs.at(-1)! }
}
