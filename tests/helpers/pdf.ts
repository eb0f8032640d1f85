import { readFile } from 'node:fs/promises'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'

/** Number of pages of a PDF file. */
export async function pdfPageCount(path: string): Promise<number> {
  return (await PDFDocument.load(await readFile(path))).getPageCount()
}

/** Fonts a PDF declares, by name, and whether the font program is embedded. */
export async function pdfFonts(path: string): Promise<{ name: string, embedded: boolean }[]> {
  const pdf = await PDFDocument.load(await readFile(path))
  const fonts: { name: string, embedded: boolean }[] = []
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor'))
      continue
    const name = object.get(PDFName.of('FontName'))?.toString().replace(/^\//, '') ?? ''
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(key => object.has(PDFName.of(key)))
    fonts.push({ name, embedded })
  }
  return fonts
}

/** The text of each page of a PDF, as a reader would select and copy it. */
export async function pdfPageTexts(path: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: false, verbosity: 0 }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(''))
  }
  await document.destroy()
  return pages
}

/** Width and height of a PNG file, from its header. */
export async function pngSize(path: string): Promise<{ width: number, height: number }> {
  const header = (await readFile(path)).subarray(0, 24)
  if (header.toString('latin1', 1, 4) !== 'PNG')
    throw new Error(`${path} is not a PNG`)
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) }
}

/** A PDF's bookmarks (titles and the 0-based page each opens), its page size and its document information. */
export async function pdfOutline(path: string): Promise<{ outline: { title: string, page: number, children: string[] }[], info: Record<string, unknown>, pageSize: { width: number, height: number } }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise
  const items = (await document.getOutline()) ?? []
  const outline = await Promise.all(items.map(async item => ({
    title: item.title,
    page: Array.isArray(item.dest) ? await document.getPageIndex(item.dest[0] as { num: number, gen: number }) : -1,
    children: item.items.map(child => child.title),
  })))
  const info = (await document.getMetadata()).info as unknown as Record<string, unknown>
  const [, , width, height] = (await document.getPage(1)).view
  await document.destroy()
  return { outline, info, pageSize: { width: width!, height: height! } }
}
