import type { Page } from 'playwright-chromium'
import type { CollectOptions } from './collect'
import type { IrCapture, IrDeck } from './ir'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { INVISIBLE_CHARS } from '../../check/visible-text'
import { writeFile } from '../../lib/files'
import { PRINT_VIEW } from '../../model/slidev-contract'
import { pruneCache, putInCache } from '../cache-files'
import { CANVAS } from '../canvas'
import { runInPage } from '../page-bundle'
import { slideBoxes } from '../slide-boxes'
import { withTimeout } from '../with-timeout'

/** A file's bytes as a data URL's parts. */
export interface Embedded {
  mime: string
  base64: string
}

/** The IR of the whole deck with the bytes it refers to: the page's images and the captured PNGs. */
export interface PageCapture {
  ir: IrDeck
  /** Bytes of each image the slides show, by its URL in the page. */
  images: ReadonlyMap<string, Embedded>
  /** PNG of each capture, by its id. */
  pngs: ReadonlyMap<string, string>
}

/** Class of our diagrams' figures (`components/*.vue`, `styles/diagrams.css`). */
export const DIAGRAM_CLASS = 'deck-diagram'

/** The theme's custom properties (`styles/theme.css`) the PowerPoint theme is made of. */
export const THEME_PROPERTIES = ['--deck-ink', '--deck-muted', '--deck-paper', '--deck-primary', '--deck-primary-soft', '--deck-accent', '--deck-accent-soft', '--deck-band', '--deck-font', '--deck-mono']

/** Attribute that marks an element whose background alone is captured. */
const BACKGROUND_ATTRIBUTE = 'data-pptx-background'

/** Scale of the captured PNGs: that of the slide PNGs (1920x1080). */
const CAPTURE_SCALE = CANVAS.scale

/** What the page is given to read the slides with. */
export const COLLECT_OPTIONS: CollectOptions = {
  slide: PRINT_VIEW.slide,
  layout: PRINT_VIEW.layout,
  diagramClass: DIAGRAM_CLASS,
  hidden: '.sr-only, .katex-mathml, title, style, script, .slidev-code-copy',
  canvasWidth: CANVAS.width,
  canvasHeight: CANVAS.height,
  invisible: INVISIBLE_CHARS.source,
  backgroundAttribute: BACKGROUND_ATTRIBUTE,
  themeProperties: THEME_PROPERTIES,
}

/**
 * Reads the open print view for the native PowerPoint file: the IR of every slide
 * (`collectInPage`), the bytes of the images it shows (fetched in the page, from the
 * site) and a PNG of each part that becomes a picture (formulas, SVGs, gradient
 * backgrounds), each step within `timeout` ms.
 */
export async function readPrintView(page: Page, timeout: number, cache?: CaptureCache): Promise<PageCapture> {
  const ir = await withTimeout(runInPage<IrDeck>(page, 'collect', 'collectInPage', COLLECT_OPTIONS), timeout, 'the slides were not read for PowerPoint')
  const sources = [...new Set(ir.slides.flatMap(slide => slide.items.flatMap(item => (item.kind === 'image' ? [item.src] : []))))]
  const fetched = await withTimeout(page.evaluate(fetchImages, sources), timeout, 'the slides\' images were not read for PowerPoint')
  const images = new Map(sources.flatMap((src, index) => (fetched[index] ? [[src, fetched[index]] as const] : [])))
  const keys = cache ? await captureKeys(page, ir.captures, cache.fingerprints, timeout) : new Map<string, string>()
  const pngs = new Map<string, string>()
  const missing: IrCapture[] = []
  await Promise.all(ir.captures.map(async (capture) => {
    const key = keys.get(capture.id)
    const kept = key ? await readFile(join(cache!.dir, `${key}.png`), 'base64').catch(() => undefined) : undefined
    if (kept)
      pngs.set(capture.id, kept)
    else
      missing.push(capture)
  }))
  missing.sort((a, b) => ir.captures.indexOf(a) - ir.captures.indexOf(b))
  const taken = await capturePngs(page, missing, timeout)
  for (const [id, data] of taken)
    pngs.set(id, data)
  if (cache)
    await keepCaptures(cache.dir, taken, keys)
  return { ir, images, pngs }
}

/**
 * Where the pictures of earlier runs are kept, by what decides their pixels: the
 * fingerprint of the slide they are on (see `slideFingerprints`) and where on it they are.
 */
export interface CaptureCache {
  dir: string
  /** Fingerprint of each slide of the print view, taken before anything changed the page (null: none). */
  fingerprints: readonly (string | null)[]
}

/** Bump when the way PowerPoint's pictures are taken changes, so none taken the old way is used again. */
const CAPTURE_RECIPE = 'pptx-captures/1'

/** The cache key of each capture on a slide with a fingerprint: the slide's fingerprint and the capture's place on it. */
async function captureKeys(page: Page, captures: readonly IrCapture[], fingerprints: readonly (string | null)[], timeout: number): Promise<Map<string, string>> {
  const boxes = await slideBoxes(page, timeout, 'the slides were not laid out for PowerPoint\'s pictures')
  const keys = new Map<string, string>()
  const place = (value: number) => value.toFixed(3)
  for (const capture of captures) {
    const index = boxes.findIndex(box => capture.page.y >= box.y && capture.page.y < box.y + box.height)
    const fingerprint = fingerprints[index]
    if (index < 0 || !fingerprint)
      continue
    const { x, y, w, h } = capture.page
    const where = [x - boxes[index]!.x, y - boxes[index]!.y, w, h].map(place).join(',')
    keys.set(capture.id, createHash('sha256').update(`${CAPTURE_RECIPE}\0${fingerprint}\0${where}\0${capture.backgroundOnly}`).digest('hex'))
  }
  return keys
}

/** Adds the pictures taken to the cache, and leaves in it only this run's. */
async function keepCaptures(dir: string, taken: ReadonlyMap<string, string>, keys: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true })
  await Promise.all([...taken].map(([id, data]) => {
    const key = keys.get(id)
    return key ? putInCache(join(dir, `${key}.png`), temporary => writeFile(temporary, Buffer.from(data, 'base64'))) : undefined
  }))
  await pruneCache(dir, new Set([...keys.values()].map(key => `${key}.png`)))
}

/** Reads each image's bytes in the page (the site serves them); undefined for one that cannot be read. Runs in the page. */
async function fetchImages(sources: string[]): Promise<(Embedded | undefined)[]> {
  return Promise.all(sources.map(async (src) => {
    try {
      const response = await fetch(src)
      if (!response.ok)
        return undefined
      const bytes = new Uint8Array(await response.arrayBuffer())
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return { mime: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(), base64: btoa(binary) }
    }
    catch {
      return undefined
    }
  }))
}

/** Hides (or shows again) the content of the element whose background is captured. Runs in the page. */
function hideContent({ attribute, id, hide }: { attribute: string, id: string, hide: boolean }): void {
  const styleId = `${attribute}-style`
  document.getElementById(styleId)?.remove()
  if (!hide)
    return
  const style = document.createElement('style')
  style.id = styleId
  style.textContent = `[${attribute}="${id}"] { color: transparent !important } [${attribute}="${id}"] * { visibility: hidden !important }`
  document.head.append(style)
}

/** Takes a PNG of each capture, at the slide PNGs' scale; their base64 by id. */
async function capturePngs(page: Page, captures: readonly IrCapture[], timeout: number): Promise<Map<string, string>> {
  const pngs = new Map<string, string>()
  if (captures.length === 0)
    return pngs
  const session = await withTimeout(page.context().newCDPSession(page), timeout, 'the browser did not open a session for PowerPoint\'s pictures')
  try {
    for (const capture of captures) {
      const what = `the picture ${capture.id} for PowerPoint was not taken`
      const { x, y, w, h } = capture.page
      if (capture.backgroundOnly)
        await withTimeout(page.evaluate(hideContent, { attribute: BACKGROUND_ATTRIBUTE, id: capture.id, hide: true }), timeout, what)
      await withTimeout(page.evaluate(top => window.scrollTo(0, top), y), timeout, what)
      const { data } = await withTimeout(session.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width: Math.max(1, w), height: Math.max(1, h), scale: CAPTURE_SCALE } }), timeout, what)
      pngs.set(capture.id, data)
      if (capture.backgroundOnly)
        await withTimeout(page.evaluate(hideContent, { attribute: BACKGROUND_ATTRIBUTE, id: capture.id, hide: false }), timeout, what)
    }
  }
  finally {
    await withTimeout(session.detach(), timeout, 'the browser did not close the session for PowerPoint\'s pictures').catch(() => {})
  }
  return pngs
}
