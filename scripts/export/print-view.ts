import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { ExportError } from '../lib/errors'
import { PRINT_VIEW, ROUTES } from '../model/slidev-contract'
import { CANVAS } from './canvas'
import { BROWSER_STAGE_TIMEOUT_MS, withTimeout } from './with-timeout'

/** Which deck to open, and how. */
export interface PrintViewOptions {
  browser: Browser
  /** URL of the served site, ending with a slash. */
  siteUrl: string
  slideCount: number
  dark?: boolean
  /** Longest wait on the browser for any one stage, in ms (default {@link BROWSER_STAGE_TIMEOUT_MS}). */
  timeout?: number
}

/** The deck's print view, open and rendered in a page of its own: every slide, all clicks shown. */
export interface PrintView {
  page: Page
  /** Requests that tried to leave the machine and were refused (so far). */
  blockedRequests: string[]
  /** Errors the page logged (so far). */
  consoleErrors: string[]
  /** Longest wait on the browser for any one stage, in ms. */
  timeout: number
  /** Closes the page (bounded by `timeout`; a page that does not close is left to the browser). */
  close: () => Promise<void>
}

/** A page for the deck, not loaded yet (see {@link prepareDeckPage}). */
export interface DeckPage {
  context: BrowserContext
  page: Page
  blockedRequests: string[]
  consoleErrors: string[]
}

/**
 * Opens the page the deck's print view will load in (see {@link openPrintView}), within
 * `timeout` ms: ahead of time, while the site is built, so that it is ready when the site is.
 */
export function prepareDeckPage(options: Pick<PrintViewOptions, 'browser' | 'siteUrl' | 'dark' | 'timeout'>): Promise<DeckPage> {
  return withTimeout(openDeckPage(options), options.timeout ?? BROWSER_STAGE_TIMEOUT_MS, 'the browser did not open a page')
}

/** Closes a page prepared by {@link prepareDeckPage} and not used (if it opened at all). */
export async function closeDeckPage(prepared: Promise<DeckPage>, timeout = BROWSER_STAGE_TIMEOUT_MS): Promise<void> {
  const deckPage = await prepared.catch(() => undefined)
  if (deckPage)
    await withTimeout(deckPage.context.close(), timeout, 'the browser did not close the page').catch(() => {})
}

/**
 * Opens the deck's print view in a page of its own at the slide canvas size (the one
 * given as `prepared`, or a new one) and waits, for at most `timeout` ms in all, until
 * every slide is there and nothing is loading any more; otherwise fails in one line
 * naming the slide that is stuck and what it is loading. Any request off the machine is
 * blocked and recorded, as are console errors.
 */
export async function openPrintView(options: PrintViewOptions & { prepared?: Promise<DeckPage> }): Promise<PrintView> {
  const { siteUrl, slideCount, timeout = BROWSER_STAGE_TIMEOUT_MS } = options
  const { context, page, blockedRequests, consoleErrors } = await (options.prepared ?? prepareDeckPage(options))
  const close = () => withTimeout(context.close(), timeout, 'the browser did not close the page').catch(() => {})
  try {
    await renderPrintView(page, siteUrl, slideCount, timeout)
  }
  catch (error) {
    await close()
    throw error
  }
  return { page, blockedRequests, consoleErrors, timeout, close }
}

/**
 * A page for the deck at the slide canvas size (PNGs at twice that), which refuses and
 * records any request off the machine and records console errors.
 */
async function openDeckPage(options: Pick<PrintViewOptions, 'browser' | 'siteUrl' | 'dark'>): Promise<DeckPage> {
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

/** How long no resource may start loading before the print view counts as rendered. */
const QUIET_MS = 150

/** Functions passed to the page may call tsx's `__name` helper: this defines it, once a page is open. */
const DEFINE_NAME = 'window.__name = window.__name || (f => f)'

/** The print view's selectors that the functions run in the page are given. */
interface Selectors {
  slide: string
  loading: string
}

const SELECTORS: Selectors = { slide: PRINT_VIEW.slide, loading: PRINT_VIEW.loading }

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
function findPending({ slide, loading }: Selectors): Pending {
  const containers = [...document.querySelectorAll(slide)]
  const slideOf = (element: Element) => containers.findIndex(container => container.contains(element)) + 1 || undefined
  const image = [...document.images].find(candidate => !candidate.complete)
  if (image)
    return { found: containers.length, slide: slideOf(image), what: `image ${(image.getAttribute('src') ?? '').split(/[/?#]/).filter(Boolean).pop() ?? ''}` }
  const placeholder = document.querySelector(loading)
  if (placeholder)
    return { found: containers.length, slide: slideOf(placeholder), what: 'its content' }
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
async function waitForQuiet({ quietMs, limitMs, loading }: { quietMs: number, limitMs: number, loading: string }): Promise<void> {
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
    const busy = [...document.images].some(image => !image.complete) || document.querySelector(loading) || document.fonts.status !== 'loaded'
    if (!busy && count === seen)
      return
    seen = count
    await sleep(quietMs)
  }
}

/**
 * Loads the print view and waits, for at most `timeout` ms in all, until every slide is
 * there and nothing is loading any more; checks that every planned slide is there.
 */
async function renderPrintView(page: Page, siteUrl: string, slideCount: number, timeout: number): Promise<void> {
  const stuck = async () => {
    await page.evaluate(DEFINE_NAME)
    return describePending(await page.evaluate(findPending, SELECTORS), slideCount)
  }
  try {
    await withTimeout(loadPrintView(page, siteUrl, slideCount, timeout), timeout, 'the deck did not render', stuck)
  }
  catch (error) {
    if (error instanceof ExportError)
      throw error
    throw new ExportError(`the deck did not render: ${firstLine(error)}`)
  }
  const found = await withTimeout(page.locator(PRINT_VIEW.slide).count(), timeout, 'the page did not answer')
  if (found !== slideCount)
    throw new ExportError(`the deck rendered ${found} slides, but ${slideCount} were planned`)
}

/** Loads the print view until every slide is there and the page is quiet (each step bounded by `timeout` too). */
async function loadPrintView(page: Page, siteUrl: string, slideCount: number, timeout: number): Promise<void> {
  await page.goto(`${siteUrl}${ROUTES.print}`, { waitUntil: 'load', timeout })
  await page.evaluate(DEFINE_NAME)
  await page.emulateMedia({ media: 'screen' })
  await page.waitForFunction(({ slide, count }) => document.querySelectorAll(slide).length >= count, { slide: PRINT_VIEW.slide, count: slideCount }, { timeout })
  await page.evaluate(waitForQuiet, { quietMs: QUIET_MS, limitMs: timeout, loading: PRINT_VIEW.loading })
}

/** The first line of an error's message. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!
}
