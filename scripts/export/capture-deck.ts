import type { Browser, Page } from 'playwright-chromium'
import type { SlideMeasure } from '../check/measure-in-page'
import type { OutlineEntry } from '../plan/deck-outline'
import type { HandoutParts } from './handout-parts'
import { Buffer } from 'node:buffer'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { measureInPage } from '../check/measure-in-page'
import { ExportError } from '../lib/errors'
import { CANVAS } from './canvas'
import { addPdfOutline } from './pdf-outline'
import { writeHandout } from './write-handout'

/** What a capture writes and how. */
export interface CaptureOptions {
  browser: Browser
  /** URL of the served site, ending with a slash. */
  siteUrl: string
  slideCount: number
  /** Write the slides PDF here. */
  pdfPath?: string
  /** Write one PNG per slide into this folder. */
  pngDir?: string
  /** Write the handout PDF here, from the print view with these parts added (last: it changes the page). */
  handout?: { path: string, parts: HandoutParts }
  /** Measure every slide (overflow, font sizes, images) for the check. */
  measure?: boolean
  /** Decides from the measurements whether to write the PDF and PNGs (default: yes). */
  accept?: (measures: SlideMeasure[], problems: { consoleErrors: string[], blockedRequests: string[] }) => boolean
  meta: PdfMeta
  /** Bookmarks of the slides PDF. */
  outline?: readonly OutlineEntry[]
  dark?: boolean
  timeout?: number
}

/** Document information written into every PDF. */
export interface PdfMeta {
  title: string
  author?: string
  subject?: string
  lang?: string
}

/** What a capture produced and saw. */
export interface CaptureReport {
  /** False when `accept` refused the measurements: nothing was written. */
  accepted: boolean
  pngs: string[]
  /** Per-slide measurements, when asked for. */
  measures?: SlideMeasure[]
  /** Requests that tried to leave the machine and were refused. */
  blockedRequests: string[]
  consoleErrors: string[]
}

/**
 * Opens the deck's print view (every slide on one page, all clicks shown) once and
 * measures it; unless the measurements are refused, writes from it the PDF (one page per
 * slide, selectable text, bookmarks, title and author), the PNGs and, last, the handout.
 * Any request off the machine is blocked and reported.
 */
export async function captureDeck(options: CaptureOptions): Promise<CaptureReport> {
  const { siteUrl, slideCount, timeout = 60_000 } = options
  const { context, page, blockedRequests, consoleErrors } = await openDeckPage(options)
  try {
    await openPrintView(page, siteUrl, slideCount, timeout)
    const measures = options.measure ? await measureSlides(page) : undefined
    if (measures && options.accept && !options.accept(measures, { consoleErrors, blockedRequests }))
      return { accepted: false, pngs: [], measures, blockedRequests, consoleErrors }
    if (options.pdfPath)
      await writePdf(page, options.pdfPath, options.meta, options.outline)
    const pngs = options.pngDir ? await writePngs(page, options.pngDir, slideCount) : []
    if (options.handout)
      await writeHandout(page, { ...options.handout, meta: options.meta })
    return { accepted: true, pngs, measures, blockedRequests, consoleErrors }
  }
  finally {
    await context.close()
  }
}

/**
 * A page for the deck at the slide canvas size (PNGs at twice that), which refuses and
 * records any request off the machine and records console errors.
 */
export async function openDeckPage(options: Pick<CaptureOptions, 'browser' | 'siteUrl' | 'dark'>) {
  const { browser, siteUrl } = options
  const context = await browser.newContext({
    viewport: { width: CANVAS.width, height: CANVAS.height },
    deviceScaleFactor: CANVAS.scale,
    colorScheme: options.dark ? 'dark' : 'light',
  })
  const blockedRequests: string[] = []
  const consoleErrors: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(new URL(siteUrl).origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    blockedRequests.push(url)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(message.text())
  })
  page.on('pageerror', error => consoleErrors.push(error.message))
  return { context, page, blockedRequests, consoleErrors }
}

/** Measures every slide of the open print view (see {@link measureInPage}). */
async function measureSlides(page: Page): Promise<SlideMeasure[]> {
  return page.evaluate(measureInPage, CANVAS.height)
}

/** How long no resource may start loading before the print view counts as rendered. */
const QUIET_MS = 150

/** Resolves once fonts and images are loaded and no resource has started for `quietMs` (runs in the page). */
async function waitForQuiet(quietMs: number): Promise<void> {
  const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
  let seen = -1
  for (;;) {
    await document.fonts.ready
    await Promise.all([...document.images].map(image => image.complete ? undefined : new Promise(resolve => image.addEventListener('loadend', resolve, { once: true }))))
    const count = performance.getEntriesByType('resource').length
    if (count === seen && document.fonts.status === 'loaded')
      return
    seen = count
    await sleep(quietMs)
  }
}

async function openPrintView(page: Page, siteUrl: string, slideCount: number, timeout: number): Promise<void> {
  await page.goto(`${siteUrl}?print=true#/print`, { waitUntil: 'load', timeout })
  // Functions passed to the page may call tsx's `__name` helper: define it once here.
  await page.evaluate('window.__name = window.__name || (f => f)')
  await page.emulateMedia({ media: 'screen' })
  const containers = page.locator('.print-slide-container')
  try {
    await page.waitForFunction(count => document.querySelectorAll('.print-slide-container').length >= count, slideCount, { timeout })
    await page.locator('.slidev-slide-loading').first().waitFor({ state: 'detached', timeout }).catch(() => {})
    await page.evaluate(waitForQuiet, QUIET_MS)
  }
  catch (error) {
    const found = await containers.count()
    throw new ExportError(`the deck did not render: ${found} of ${slideCount} slides appeared (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  }
  const found = await containers.count()
  if (found !== slideCount)
    throw new ExportError(`the deck rendered ${found} slides, but ${slideCount} were planned`)
}

async function writePdf(page: Page, path: string, meta: PdfMeta, outline: readonly OutlineEntry[] = []): Promise<void> {
  const raw = await page.pdf({
    width: `${CANVAS.width}px`,
    height: `${CANVAS.height}px`,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  })
  await writeFile(path, await finishPdf(raw, meta, outline))
}

/** Sets a PDF's title, author, subject and language, and adds bookmarks. */
export async function finishPdf(raw: Uint8Array, meta: PdfMeta, outline: readonly OutlineEntry[] = []): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(raw)
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author)
    pdf.setAuthor(meta.author)
  if (meta.subject)
    pdf.setSubject(meta.subject)
  if (meta.lang)
    pdf.setLanguage(meta.lang)
  pdf.setCreator('article-to-talk')
  addPdfOutline(pdf, outline)
  return pdf.save()
}

async function writePngs(page: Page, dir: string, slideCount: number): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const boxes = await page.evaluate(() => [...document.querySelectorAll('.print-slide-container')].map((element) => {
    const box = element.getBoundingClientRect()
    return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height }
  }))
  const session = await page.context().newCDPSession(page)
  const digits = Math.max(2, String(slideCount).length)
  const files: string[] = []
  const writes: Promise<void>[] = []
  try {
    for (let index = 0; index < slideCount; index++) {
      const box = boxes[index]!
      await page.evaluate(y => window.scrollTo(0, y), box.y)
      const { data } = await session.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: CANVAS.scale }, optimizeForSpeed: true })
      const file = join(dir, `${String(index + 1).padStart(digits, '0')}.png`)
      writes.push(writeFile(file, Buffer.from(data, 'base64')))
      files.push(file)
    }
    await Promise.all(writes)
  }
  finally {
    await session.detach()
  }
  return files
}
