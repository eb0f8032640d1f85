import type { Browser, Page } from 'playwright-chromium'
import type { MeasureOptions, SlideMeasure } from '../check/measure-in-page'
import type { OutlineEntry } from '../plan/deck-outline'
import type { HandoutParts } from './handout-parts'
import { Buffer } from 'node:buffer'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { BODY_TEXT, SMALL_TEXT } from '../check/limits'
import { measureInPage } from '../check/measure-in-page'
import { INVISIBLE_CHARS } from '../check/visible-text'
import { ExportError } from '../lib/errors'
import { writeFile } from '../lib/files'
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
  /** Longest wait on the browser for any one stage, in ms (default {@link BROWSER_STAGE_TIMEOUT_MS}). */
  timeout?: number
}

/** Longest any one stage (rendering, measuring, printing, one screenshot) may wait on the browser before the export fails. */
export const BROWSER_STAGE_TIMEOUT_MS = 60_000

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
  const { siteUrl, slideCount, timeout = BROWSER_STAGE_TIMEOUT_MS } = options
  const { context, page, blockedRequests, consoleErrors } = await withTimeout(openDeckPage(options), timeout, 'the browser did not open a page')
  try {
    await openPrintView(page, siteUrl, slideCount, timeout)
    const measures = options.measure ? await withTimeout(measureSlides(page), timeout, 'the slides were not measured') : undefined
    if (measures && options.accept && !options.accept(measures, { consoleErrors, blockedRequests }))
      return { accepted: false, pngs: [], measures, blockedRequests, consoleErrors }
    if (options.pdfPath)
      await writePdf(page, options.pdfPath, options.meta, options.outline, timeout)
    const pngs = options.pngDir ? await writePngs(page, options.pngDir, slideCount, timeout) : []
    if (options.handout)
      await writeHandout(page, { ...options.handout, meta: options.meta, timeout })
    return { accepted: true, pngs, measures, blockedRequests, consoleErrors }
  }
  finally {
    await withTimeout(context.close(), timeout, 'the browser did not close the page').catch(() => {})
  }
}

/** Time kept, within a stage's limit, to ask the page what it is stuck on. */
const DETAIL_MS = 1_000

/** A wait's limit as the error says it: `60 s` (`500 ms` below a second). */
function formatLimit(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`
}

/**
 * Resolves or rejects as `work` does, unless it takes longer than `ms`: then it fails
 * with one line, `<what> within 60 s`, followed by `: <detail>` when `detail` says more
 * (e.g. which slide is stuck; asked only then, and within the same `ms`).
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string, detail?: () => Promise<string | undefined>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(resolve, detail ? Math.max(1, ms - DETAIL_MS) : ms, 'expired')
  })
  try {
    const first = await Promise.race([work.then(value => ({ value })), expired])
    if (first !== 'expired')
      return first.value
  }
  finally {
    clearTimeout(timer)
  }
  work.catch(() => {})
  const more = detail ? await withTimeout(detail(), DETAIL_MS, 'no answer').catch(() => 'the page stopped responding') : undefined
  throw new ExportError(`${what} within ${formatLimit(ms)}${more ? `: ${more}` : ''}`)
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

/** What {@link measureInPage} is given: the slide canvas and the check's rules of what text is and which limit it meets. */
export const MEASURE_OPTIONS: MeasureOptions = { canvasHeight: CANVAS.height, invisible: INVISIBLE_CHARS.source, bodyText: BODY_TEXT, smallText: SMALL_TEXT }

/** Measures every slide of the open print view (see {@link measureInPage}). */
async function measureSlides(page: Page): Promise<SlideMeasure[]> {
  return page.evaluate(measureInPage, MEASURE_OPTIONS)
}

/** How long no resource may start loading before the print view counts as rendered. */
const QUIET_MS = 150

/** Functions passed to the page may call tsx's `__name` helper: this defines it, once a page is open. */
const DEFINE_NAME = 'window.__name = window.__name || (f => f)'

/** What keeps the print view from being rendered: the slides there so far and, when known, the slide (1-based) and what it is loading. */
interface Pending {
  found: number
  slide?: number
  what?: string
}

/**
 * What the print view is still loading: an image that has neither loaded nor failed,
 * a slide still showing Slidev's loading placeholder, or a font. Runs in the page.
 */
function findPending(): Pending {
  const containers = [...document.querySelectorAll('.print-slide-container')]
  const slideOf = (element: Element) => containers.findIndex(container => container.contains(element)) + 1 || undefined
  const image = [...document.images].find(candidate => !candidate.complete)
  if (image)
    return { found: containers.length, slide: slideOf(image), what: `image ${(image.getAttribute('src') ?? '').split(/[/?#]/).filter(Boolean).pop() ?? ''}` }
  const loading = document.querySelector('.slidev-slide-loading')
  if (loading)
    return { found: containers.length, slide: slideOf(loading), what: 'its content' }
  const font = [...document.fonts].find(face => face.status === 'loading')
  if (font || document.fonts.status !== 'loaded')
    return { found: containers.length, what: `font ${font?.family ?? ''}`.trim() }
  return { found: containers.length }
}

/** The pending thing as the error names it: `slide 12 of 40 still loading (image x.png)`. */
function describePending(pending: Pending, slideCount: number): string {
  if (pending.found < slideCount)
    return `${pending.found} of ${slideCount} slides appeared`
  if (pending.slide)
    return `slide ${pending.slide} of ${slideCount} still loading (${pending.what})`
  return pending.what ? `still loading (${pending.what})` : 'resources kept loading'
}

/**
 * Resolves once fonts and images are loaded (an image fires `load` or `error`), no slide
 * shows Slidev's loading placeholder and no resource has started for `quietMs`, or when
 * `limitMs` has passed (the caller's bound fails the stage then). Runs in the page:
 * self-contained. Lazy images are made eager: the print view never scrolls them into sight.
 */
async function waitForQuiet({ quietMs, limitMs }: { quietMs: number, limitMs: number }): Promise<void> {
  const deadline = performance.now() + limitMs
  const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
  const untilDeadline = (work: Promise<unknown>) => Promise.race([work, sleep(Math.max(0, deadline - performance.now()))])
  const settled = (image: HTMLImageElement) => new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true })
    image.addEventListener('error', resolve, { once: true })
  })
  let seen = -1
  while (performance.now() < deadline) {
    for (const image of document.images) {
      if (image.loading === 'lazy')
        image.loading = 'eager'
    }
    await untilDeadline(document.fonts.ready)
    await untilDeadline(Promise.all([...document.images].map(image => image.complete ? undefined : settled(image))))
    const count = performance.getEntriesByType('resource').length
    const busy = [...document.images].some(image => !image.complete) || document.querySelector('.slidev-slide-loading') || document.fonts.status !== 'loaded'
    if (!busy && count === seen)
      return
    seen = count
    await sleep(quietMs)
  }
}

/**
 * Opens the print view and waits, for at most `timeout` ms in all, until every slide is
 * there and nothing is loading any more; otherwise fails in one line naming the slide
 * that is stuck and what it is loading.
 */
async function openPrintView(page: Page, siteUrl: string, slideCount: number, timeout: number): Promise<void> {
  const stuck = async () => {
    await page.evaluate(DEFINE_NAME)
    return describePending(await page.evaluate(findPending), slideCount)
  }
  try {
    await withTimeout(loadPrintView(page, siteUrl, slideCount, timeout), timeout, 'the deck did not render', stuck)
  }
  catch (error) {
    if (error instanceof ExportError)
      throw error
    throw new ExportError(`the deck did not render: ${firstLine(error)}`)
  }
  const found = await withTimeout(page.locator('.print-slide-container').count(), timeout, 'the page did not answer')
  if (found !== slideCount)
    throw new ExportError(`the deck rendered ${found} slides, but ${slideCount} were planned`)
}

/** Loads the print view until every slide is there and the page is quiet (each step bounded by `timeout` too). */
async function loadPrintView(page: Page, siteUrl: string, slideCount: number, timeout: number): Promise<void> {
  await page.goto(`${siteUrl}?print=true#/print`, { waitUntil: 'load', timeout })
  await page.evaluate(DEFINE_NAME)
  await page.emulateMedia({ media: 'screen' })
  await page.waitForFunction(count => document.querySelectorAll('.print-slide-container').length >= count, slideCount, { timeout })
  await page.evaluate(waitForQuiet, { quietMs: QUIET_MS, limitMs: timeout })
}

/** The first line of an error's message. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!
}

async function writePdf(page: Page, path: string, meta: PdfMeta, outline: readonly OutlineEntry[] = [], timeout = BROWSER_STAGE_TIMEOUT_MS): Promise<void> {
  const raw = await withTimeout(page.pdf({
    width: `${CANVAS.width}px`,
    height: `${CANVAS.height}px`,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  }), timeout, 'the slides PDF was not printed')
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

async function writePngs(page: Page, dir: string, slideCount: number, timeout = BROWSER_STAGE_TIMEOUT_MS): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const boxes = await withTimeout(page.evaluate(() => [...document.querySelectorAll('.print-slide-container')].map((element) => {
    const box = element.getBoundingClientRect()
    return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height }
  })), timeout, 'the slides were not laid out for PNGs')
  const session = await withTimeout(page.context().newCDPSession(page), timeout, 'the browser did not open a session for PNGs')
  const digits = Math.max(2, String(slideCount).length)
  const files: string[] = []
  const writes: Promise<void>[] = []
  try {
    for (let index = 0; index < slideCount; index++) {
      const box = boxes[index]!
      const what = `the PNG of slide ${index + 1} of ${slideCount} was not taken`
      await withTimeout(page.evaluate(y => window.scrollTo(0, y), box.y), timeout, what)
      const { data } = await withTimeout(session.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: CANVAS.scale }, optimizeForSpeed: true }), timeout, what)
      const file = join(dir, `${String(index + 1).padStart(digits, '0')}.png`)
      writes.push(writeFile(file, Buffer.from(data, 'base64')))
      files.push(file)
    }
    await Promise.all(writes)
  }
  finally {
    await withTimeout(session.detach(), timeout, 'the browser did not close the PNG session').catch(() => {})
  }
  return files
}
