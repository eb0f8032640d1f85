import type { Browser, Page } from 'playwright-chromium'
import type { SlideMeasure } from '../check/measure-in-page'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { measureInPage } from '../check/measure-in-page'
import { ExportError } from '../lib/errors'

/** Slide canvas in CSS pixels; PNGs are taken at twice this (1920x1080). */
export const CANVAS = { width: 960, height: 540, scale: 2 }

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
  /** Measure every slide (overflow, font sizes, images) for the check. */
  measure?: boolean
  /** Decides from the measurements whether to write the PDF and PNGs (default: yes). */
  accept?: (measures: SlideMeasure[], problems: { consoleErrors: string[], blockedRequests: string[] }) => boolean
  meta: { title: string, author?: string, subject?: string, lang?: string }
  dark?: boolean
  timeout?: number
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
 * Opens the deck's print view (every slide on one page, all clicks shown) once, and
 * writes the PDF (one page per slide, selectable text, title and author) and the PNGs
 * from it. Any request off the machine is blocked and reported.
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
      await writePdf(page, options.pdfPath, options.meta)
    const pngs = options.pngDir ? await writePngs(page, options.pngDir, slideCount) : []
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
async function openDeckPage(options: Pick<CaptureOptions, 'browser' | 'siteUrl' | 'dark'>) {
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
    if (url.startsWith(siteUrl) || url.startsWith('data:') || url.startsWith('blob:'))
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
  await page.evaluate('window.__name = window.__name || (f => f)')
  return page.evaluate(measureInPage, CANVAS.height)
}

async function openPrintView(page: Page, siteUrl: string, slideCount: number, timeout: number): Promise<void> {
  await page.goto(`${siteUrl}?print=true#/print`, { waitUntil: 'networkidle', timeout })
  await page.emulateMedia({ media: 'screen' })
  const containers = page.locator('.print-slide-container')
  try {
    await page.waitForFunction(count => document.querySelectorAll('.print-slide-container').length >= count, slideCount, { timeout })
    await page.locator('.slidev-slide-loading').first().waitFor({ state: 'detached', timeout }).catch(() => {})
    await page.evaluate(async () => {
      await document.fonts.ready
      await Promise.all([...document.images].map(image => image.complete ? undefined : new Promise(resolve => image.addEventListener('loadend', resolve, { once: true }))))
    })
    await page.waitForLoadState('networkidle', { timeout })
  }
  catch (error) {
    const found = await containers.count()
    throw new ExportError(`the deck did not render: ${found} of ${slideCount} slides appeared (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  }
  const found = await containers.count()
  if (found !== slideCount)
    throw new ExportError(`the deck rendered ${found} slides, but ${slideCount} were planned`)
}

async function writePdf(page: Page, path: string, meta: CaptureOptions['meta']): Promise<void> {
  const raw = await page.pdf({
    width: `${CANVAS.width}px`,
    height: `${CANVAS.height}px`,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  })
  const pdf = await PDFDocument.load(raw)
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author)
    pdf.setAuthor(meta.author)
  if (meta.subject)
    pdf.setSubject(meta.subject)
  if (meta.lang)
    pdf.setLanguage(meta.lang)
  pdf.setCreator('article-to-talk')
  await writeFile(path, await pdf.save())
}

async function writePngs(page: Page, dir: string, slideCount: number): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const containers = page.locator('.print-slide-container')
  const digits = Math.max(2, String(slideCount).length)
  const files: string[] = []
  for (let index = 0; index < slideCount; index++) {
    const file = join(dir, `${String(index + 1).padStart(digits, '0')}.png`)
    await containers.nth(index).screenshot({ path: file, animations: 'disabled' })
    files.push(file)
  }
  return files
}
