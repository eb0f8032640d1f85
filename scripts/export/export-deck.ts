import type { Page } from 'playwright-chromium'
import type { SlideMeasure } from '../check/slide-measure'
import type { Deck } from '../model/deck'
import type { BuiltSite } from './build-or-reuse'
import type { SiteBuilder } from './build-site'
import type { DeckPages } from './deck-pages'
import type { ExportFormat, FormatInput, FormatOptionTexts, RunFindings } from './formats/format'
import type { Format } from './formats/registry'
import type { LazyBrowser } from './launch-browser'
import type { ViewOf } from './seen-view'
import type { SiteServer } from './serve-site'
import type { TakenPngs } from './take-pngs'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CACHE_DIR } from '../lib/owned-files'
import { buildOrReuse } from './build-or-reuse'
import { deckPages } from './deck-pages'
import { needsOf, optionValue } from './formats/format'
import { ALL_FORMATS, FORMATS } from './formats/registry'
import { site } from './formats/site'
import { keptMeasures, measureSlides } from './measure-slides'
import { outputKey, recordOutputs, reuseOutput } from './output-reuse'
import { replaceOutputs } from './replace-outputs'
import { keepSeenView, readSeenView } from './seen-view'
import { serveSite } from './serve-site'
import { slideFingerprints } from './slide-fingerprints'
import { removeStaleStaging, stagingDir } from './staging'
import { keptPngs } from './take-pngs'
import { BROWSER_STAGE_TIMEOUT_MS } from './with-timeout'

/** What {@link openExport} needs to know about the deck it exports. */
export interface ExportDeckOptions {
  /** The generated `slides.md`. */
  slidesPath: string
  /** The deck planned for it: titles, sections and notes. */
  deck: Deck
  /** Folder receiving the outputs. */
  exportsDir: string
  /** The browser, started when a page is first needed (as the site's build starts, or not at all). */
  browser: LazyBrowser
  /** Outputs to write (default: all). */
  formats?: readonly Format[]
  dark?: boolean
  /** The text given for formats' own options (`--handout 2`, `--pptx pictures`), by format name; a format not named takes its default. */
  formatOptions?: FormatOptionTexts
  /** Called when a stage starts, for progress lines. */
  onStage?: (stage: string) => void
  /** Build the site even when the previous one was built from the same sources. */
  rebuild?: boolean
  /** The run's build process (see `startSiteBuilder`): it builds the site, or is closed when the site is reused. Without it, a build starts a process of its own. */
  siteBuilder?: SiteBuilder
  /** Fewest PNGs to take for them to be taken from a second page while the formats are written (default {@link PARALLEL_PNGS_MIN}). */
  parallelPngs?: number
}

/** What the browser saw of the deck's print view: every slide's measurements and what the page did. */
export interface DeckCapture {
  measures: SlideMeasure[]
  consoleErrors: string[]
  /** Requests that tried to leave the machine and were refused. */
  blockedRequests: string[]
}

/** The files an export wrote into the exports folder. */
export interface ExportReport {
  formats: Format[]
  /** Path of each output written, by format. */
  files: Partial<Record<Format, string>>
}

/** A deck being exported: built, served, open in the browser's print view and measured; nothing written yet. */
export interface DeckExport {
  capture: DeckCapture
  /**
   * Writes the chosen formats (from the open print view first, then the rest) into the
   * staging folder and moves them into place once all are complete. Once only.
   */
  write: (findings: RunFindings) => Promise<ExportReport>
  /** Closes the print view and the server and removes the staging folder: after `write`, or instead of it. */
  close: () => Promise<void>
}

/** Folder of the PNGs in the staging folder, for the formats that need them. */
const PNG_DIR = '.png'

/** Its folder of slide PNGs. */
const PNG_CACHE = 'png'
/** The file (in the deck's cache) of the last measures of its slides, by fingerprint (`measureSlides`). */
const MEASURE_CACHE = 'measures.json'

/** In which order chosen formats are written (see `FormatNeed`). */
export interface WriteOrder<F extends ExportFormat = ExportFormat> {
  /** Whether PNGs are taken from the print view first. */
  pngs: boolean
  /** Written one after another while the print view is open, in the registry's order. */
  inPage: F[]
  /** Written all at once after the print view is closed. */
  after: F[]
}

/** How the chosen formats are written: PNGs when any needs them (with its option's value), those that need the print view while it is open, then the rest. */
export function writeOrder<F extends ExportFormat>(chosen: readonly F[], optionOf: (format: F) => unknown = () => undefined): WriteOrder<F> {
  const needs = (format: F) => needsOf(format, optionOf(format))
  return {
    pngs: chosen.some(format => needs(format).includes('pngs')),
    inPage: chosen.filter(format => needs(format).includes('printView')),
    after: chosen.filter(format => !needs(format).includes('printView')),
  }
}

/**
 * Fewest slide PNGs to take for the export to open the print view a second time, in a
 * page of its own, and take them there while the formats are written from the first:
 * opening it costs about what taking this many PNGs does, and the two share the cores.
 */
export const PARALLEL_PNGS_MIN = 24

/**
 * Builds the deck once (or reuses the last build of the same sources), serves it on
 * 127.0.0.1, opens its print view in the browser and measures every slide. The caller
 * looks at the measurements and then writes the chosen formats from that same page
 * (`write`), or not; either way it calls `close`. Everything is staged first and moved
 * into place only when all of it is complete, so a failed or interrupted run leaves the
 * previous exports whole.
 *
 * A site reused unchanged, in the same browser, is not opened again when what its print
 * view showed was kept (see `seen-view.ts`) with every slide's measure: the page is
 * opened only if a PNG or an output kept from the last export is missing.
 */
export async function openExport(options: ExportDeckOptions): Promise<DeckExport> {
  const { exportsDir, deck, onStage = () => {} } = options
  await removeStaleStaging(exportsDir)
  const staging = stagingDir(exportsDir)
  const builtSite = join(staging, site.output)
  const cacheDir = join(dirname(options.slidesPath), CACHE_DIR)
  let server: SiteServer | undefined
  let pages: DeckPages | undefined
  const closeView = async () => {
    await pages?.close()
    await server?.close()
    pages = undefined
    server = undefined
  }
  const close = async () => {
    await closeView()
    await rm(staging, { recursive: true, force: true })
  }
  let seen: SeenDeck
  try {
    await mkdir(staging, { recursive: true })
    // The server and the browser's page get ready while the site is built (or reused).
    server = await serveSite(builtSite)
    pages = deckPages({ browser: options.browser.get, siteUrl: server.url, slideCount: deck.slides.length, dark: options.dark, timeout: BROWSER_STAGE_TIMEOUT_MS })
    // A page gets ready while the site is built; a reused site may need none.
    const built = await buildOrReuse(options.slidesPath, builtSite, join(exportsDir, site.output), { rebuild: options.rebuild, builder: options.siteBuilder, onStage, onBuild: pages.prepare })
    seen = await seeDeck(pages, { built, cacheDir, browser: options.browser.identity, dark: options.dark === true, onStage })
  }
  catch (error) {
    await close()
    throw error
  }
  const context: WriteContext = { options, staging, builtSite, cacheDir, fingerprints: seen.fingerprints, pages: pages!, closeView }
  return { capture: seen.capture, write: findings => writeFormats(context, findings), close }
}

/** What the export knows of the deck's print view: its measures and what the page did, and each slide's fingerprint. */
interface SeenDeck {
  capture: DeckCapture
  fingerprints: (string | null)[]
}

/**
 * The deck's print view as it was seen last time, when the site is the same one, in the
 * same browser, and every measure is kept (stage `seen`); otherwise the print view opened
 * and measured (stage `slides`), and what it showed kept for the next run.
 */
async function seeDeck(pages: DeckPages, { built, cacheDir, browser, dark, onStage }: { built: BuiltSite, cacheDir: string, browser: string, dark: boolean, onStage: (stage: string) => void }): Promise<SeenDeck> {
  const viewOf: ViewOf = { buildKey: built.key, browser, dark }
  const measureCache = (fingerprints: (string | null)[]) => ({ file: join(cacheDir, MEASURE_CACHE), fingerprints })
  const last = built.reused ? await readSeenView(cacheDir, viewOf) : undefined
  const kept = last && await keptMeasures(measureCache(last.fingerprints))
  if (last && kept) {
    onStage('seen')
    return { fingerprints: last.fingerprints, capture: { measures: kept, consoleErrors: [...last.consoleErrors], blockedRequests: [...last.blockedRequests] } }
  }
  onStage('slides')
  const view = await pages.printView()
  // One fingerprint of each slide, for the measures, the PNGs and the outputs kept from earlier runs.
  const fingerprints = await slideFingerprints(view.page, BROWSER_STAGE_TIMEOUT_MS)
  const measures = await measureSlides(view.page, BROWSER_STAGE_TIMEOUT_MS, measureCache(fingerprints))
  const capture = { measures, consoleErrors: [...view.consoleErrors], blockedRequests: [...view.blockedRequests] }
  await keepSeenView(cacheDir, viewOf, { fingerprints, consoleErrors: capture.consoleErrors, blockedRequests: capture.blockedRequests })
  return { fingerprints, capture }
}

/** What writing the formats of an open export needs. */
interface WriteContext {
  options: ExportDeckOptions
  staging: string
  builtSite: string
  cacheDir: string
  fingerprints: readonly (string | null)[]
  pages: DeckPages
  /** Closes the pages and the server, once everything that needs them is written. */
  closeView: () => Promise<void>
}

/**
 * Writes the chosen formats into the staging folder, then moves them into place: the
 * outputs of the last export that are still right are linked again, the PNGs kept are
 * linked and the others taken (from a second page while the formats are written, when
 * many), the formats that need the print view are written from it in the registry's
 * order, and the rest once it is closed.
 */
async function writeFormats(context: WriteContext, findings: RunFindings): Promise<ExportReport> {
  const { options, staging, cacheDir, fingerprints, pages } = context
  const { deck, exportsDir, onStage = () => {} } = options
  const chosen = FORMATS.filter(format => (options.formats ?? ALL_FORMATS).includes(format.name))
  const outputs = new Map(chosen.map(format => [format.name, join(staging, format.output)]))
  const optionOf = (format: ExportFormat<Format>) => optionValue(format, options.formatOptions ?? {}, deck)
  const order = writeOrder(chosen, optionOf)
  const input = (format: ExportFormat<Format>, page: Page | undefined, pngs: readonly string[]): FormatInput => ({ path: outputs.get(format.name)!, outputs, page: page!, pngs, fingerprints, cacheDir, deck, site: context.builtSite, option: optionOf(format), timeout: BROWSER_STAGE_TIMEOUT_MS, findings })
  const keys = new Map(order.inPage.map(format => [format.name, format.reuseKey ? outputKey({ format: format.name, fingerprints, deck, options: format.reuseKey(optionOf(format)) }) : undefined]))
  const toWrite: ExportFormat<Format>[] = []
  for (const format of order.inPage) {
    if (!await reuseOutput({ cacheDir, format: format.name, key: keys.get(format.name), previous: join(exportsDir, format.output), staged: outputs.get(format.name)! }))
      toWrite.push(format)
  }
  const pngs = order.pngs ? await startPngs(context, toWrite.length > 0) : undefined
  for (const format of toWrite) {
    const files = needsOf(format, optionOf(format)).includes('pngs') ? (await pngs!.taken()).files : []
    onStage(format.name)
    await format.write(input(format, (await pages.printView()).page, files))
  }
  if (pngs?.aside)
    onStage('pngs')
  const taken = await pngs?.taken()
  await context.closeView()
  onStage('files')
  await Promise.all(order.after.map(format => format.write(input(format, undefined, taken?.files ?? []))))
  const written = chosen.filter(format => existsSync(outputs.get(format.name)!))
  onStage('finish')
  await replaceOutputs(staging, exportsDir, written.map(format => format.output))
  await taken?.prune()
  await mkdir(cacheDir, { recursive: true })
  await recordOutputs(cacheDir, order.inPage.map(format => ({ format: format.name, key: keys.get(format.name), file: join(exportsDir, format.output) })))
  return {
    formats: written.map(format => format.name),
    files: Object.fromEntries(written.map(format => [format.name, join(exportsDir, format.output)])),
  }
}

/**
 * Links the PNGs kept from earlier runs and starts taking the others: from a second page,
 * while formats are written from the first, when at least `parallelPngs` are missing and
 * `formatsToWrite`; else from the print view now (stage `pngs`).
 */
async function startPngs(context: WriteContext, formatsToWrite: boolean): Promise<{ aside: boolean, taken: () => Promise<TakenPngs> }> {
  const { options, staging, cacheDir, fingerprints, pages } = context
  const toTake = await keptPngs(join(staging, PNG_DIR), options.deck.slides.length, { cacheDir: join(cacheDir, PNG_CACHE), fingerprints })
  const missing = toTake.missing.length
  if (missing >= (options.parallelPngs ?? PARALLEL_PNGS_MIN) && formatsToWrite) {
    const taking = pages.anotherView().then(view => toTake.take(view.page, BROWSER_STAGE_TIMEOUT_MS))
    taking.catch(() => {})
    return { aside: true, taken: () => taking }
  }
  options.onStage?.('pngs')
  const taken = await toTake.take(missing > 0 ? (await pages.printView()).page : undefined, BROWSER_STAGE_TIMEOUT_MS)
  return { aside: false, taken: async () => taken }
}
