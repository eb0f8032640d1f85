import type { Browser, Page } from 'playwright-chromium'
import type { SlideMeasure } from '../check/slide-measure'
import type { Deck } from '../model/deck'
import type { SiteBuilder } from './build-site'
import type { ExportFormat, FormatInput, FormatOptionTexts, RunFindings } from './formats/format'
import type { Format } from './formats/registry'
import type { DeckPage, PrintView } from './print-view'
import type { ViewOf } from './seen-view'
import type { SiteServer } from './serve-site'
import type { TakenPngs } from './take-pngs'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CACHE_DIR } from '../lib/owned-files'
import { buildOrReuse } from './build-or-reuse'
import { needsOf, optionValue } from './formats/format'
import { ALL_FORMATS, FORMATS } from './formats/registry'
import { site } from './formats/site'
import { keptMeasures, measureSlides } from './measure-slides'
import { outputKey, recordOutputs, reuseOutput } from './output-reuse'
import { closeDeckPage, openPrintView, prepareDeckPage } from './print-view'
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
  /** The browser, or its launch, awaited once the site is built. */
  browser: Browser | Promise<Browser>
  /** Outputs to write (default: all). */
  formats?: readonly Format[]
  dark?: boolean
  /** The text given for formats' own options (`--handout 2`, `--pptx pictures`), by format name; a format not named takes its default. */
  formatOptions?: FormatOptionTexts
  /** Called when a stage starts, for progress lines. */
  onStage?: (stage: string) => void
  /** Build the site even when the previous one was built from the same sources. */
  rebuild?: boolean
  /** A build process started ahead (see `startSiteBuilder`): used if the site is built, else cancelled. */
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
  const chosen = FORMATS.filter(format => (options.formats ?? ALL_FORMATS).includes(format.name))
  await removeStaleStaging(exportsDir)
  const staging = stagingDir(exportsDir)
  const builtSite = join(staging, site.output)
  const slideCount = deck.slides.length
  const timeout = BROWSER_STAGE_TIMEOUT_MS
  let server: SiteServer | undefined
  let prepared: Promise<DeckPage> | undefined
  let opened: Promise<PrintView> | undefined
  const others: Promise<PrintView>[] = []
  /** The deck's print view, opened on first need, in the page prepared while the site was built. */
  const printView = () => opened ??= Promise.resolve(options.browser).then(browser => openPrintView({ browser, siteUrl: server!.url, slideCount, dark: options.dark, timeout, prepared }))
  /** The print view again, in a page of its own. */
  const anotherView = () => {
    const view = Promise.resolve(options.browser).then(browser => openPrintView({ browser, siteUrl: server!.url, slideCount, dark: options.dark, timeout }))
    others.push(view)
    return view
  }
  const closeView = async () => {
    const views = [opened, ...others.splice(0)]
    opened = undefined
    await Promise.all(views.map(view => view?.then(open => open.close(), () => {})))
    if (prepared)
      await closeDeckPage(prepared)
    prepared = undefined
    await server?.close()
    server = undefined
  }
  const close = async () => {
    await closeView()
    await rm(staging, { recursive: true, force: true })
  }
  let capture: DeckCapture
  let fingerprints: (string | null)[] = []
  const cacheDir = join(dirname(options.slidesPath), CACHE_DIR)
  const measureCache = (of: (string | null)[]) => ({ file: join(cacheDir, MEASURE_CACHE), fingerprints: of })
  try {
    await mkdir(staging, { recursive: true })
    // The server and the browser's page get ready while the site is built (or reused).
    const siteServer = server = await serveSite(builtSite)
    prepared = Promise.resolve(options.browser).then(browser => prepareDeckPage({ browser, siteUrl: siteServer.url, dark: options.dark }))
    prepared.catch(() => {})
    const built = await buildOrReuse(options.slidesPath, builtSite, join(exportsDir, site.output), { rebuild: options.rebuild, builder: options.siteBuilder, onStage })
    const viewOf: ViewOf = { buildKey: built.key, browser: (await options.browser).version(), dark: options.dark === true }
    const seen = built.reused ? await readSeenView(cacheDir, viewOf) : undefined
    const kept = seen && await keptMeasures(measureCache(seen.fingerprints))
    // Stage `seen`: the print view is not opened, what it showed being known; `slides`: it is opened and measured.
    onStage(seen && kept ? 'seen' : 'slides')
    if (seen && kept) {
      fingerprints = seen.fingerprints
      capture = { measures: kept, consoleErrors: [...seen.consoleErrors], blockedRequests: [...seen.blockedRequests] }
    }
    else {
      const view = await printView()
      // One fingerprint of each slide, for the measures, the PNGs and the outputs kept from earlier runs.
      fingerprints = await slideFingerprints(view.page, timeout)
      const measures = await measureSlides(view.page, timeout, measureCache(fingerprints))
      capture = { measures, consoleErrors: [...view.consoleErrors], blockedRequests: [...view.blockedRequests] }
      await keepSeenView(cacheDir, viewOf, { fingerprints, consoleErrors: capture.consoleErrors, blockedRequests: capture.blockedRequests })
    }
  }
  catch (error) {
    await close()
    throw error
  }

  const write = async (findings: RunFindings): Promise<ExportReport> => {
    const outputs = new Map(chosen.map(format => [format.name, join(staging, format.output)]))
    const optionOf = (format: ExportFormat<Format>) => optionValue(format, options.formatOptions ?? {}, deck)
    const order = writeOrder(chosen, optionOf)
    const input = (format: ExportFormat<Format>, page: Page | undefined, pngs: readonly string[]): FormatInput => ({ path: outputs.get(format.name)!, outputs, page: page!, pngs, fingerprints, cacheDir, deck, site: builtSite, option: optionOf(format), timeout, findings })
    const keys = new Map(order.inPage.map(format => [format.name, format.reuseKey ? outputKey({ format: format.name, fingerprints, deck, options: format.reuseKey(optionOf(format)) }) : undefined]))
    const toWrite: ExportFormat<Format>[] = []
    for (const format of order.inPage) {
      if (!await reuseOutput({ cacheDir, format: format.name, key: keys.get(format.name), previous: join(exportsDir, format.output), staged: outputs.get(format.name)! }))
        toWrite.push(format)
    }
    const pngsToTake = order.pngs ? await keptPngs(join(staging, PNG_DIR), slideCount, { cacheDir: join(cacheDir, PNG_CACHE), fingerprints }) : undefined
    const missing = pngsToTake?.missing.length ?? 0
    // Many PNGs to take while formats are written from the print view: they are taken from a second page meanwhile.
    const aside = missing >= (options.parallelPngs ?? PARALLEL_PNGS_MIN) && toWrite.length > 0
    const taking = pngsToTake && (aside ? anotherView().then(view => pngsToTake.take(view.page, timeout)) : undefined)
    taking?.catch(() => {})
    let taken: TakenPngs | undefined
    if (pngsToTake && !taking) {
      onStage('pngs')
      taken = await pngsToTake.take(missing > 0 ? (await printView()).page : undefined, timeout)
    }
    for (const format of toWrite) {
      const pngs = needsOf(format, optionOf(format)).includes('pngs') ? (await (taking ?? taken))!.files : []
      onStage(format.name)
      await format.write(input(format, (await printView()).page, pngs))
    }
    if (taking) {
      onStage('pngs')
      taken = await taking
    }
    const pngs = taken?.files ?? []
    await closeView()
    onStage('files')
    await Promise.all(order.after.map(format => format.write(input(format, undefined, pngs))))
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
  return { capture, write, close }
}
