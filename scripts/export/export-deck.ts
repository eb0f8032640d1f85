import type { Browser } from 'playwright-chromium'
import type { SlideMeasure } from '../check/slide-measure'
import type { Deck } from '../model/deck'
import type { SiteBuilder } from './build-site'
import type { ExportFormat, FormatInput, FormatOptionTexts, RunFindings } from './formats/format'
import type { Format } from './formats/registry'
import type { DeckPage, PrintView } from './print-view'
import type { SiteServer } from './serve-site'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CACHE_DIR } from '../lib/owned-files'
import { buildOrReuse } from './build-or-reuse'
import { optionValue } from './formats/format'
import { ALL_FORMATS, FORMATS } from './formats/registry'
import { site } from './formats/site'
import { measureSlides } from './measure-slides'
import { outputKey, recordOutputs, reuseOutput } from './output-reuse'
import { closeDeckPage, openPrintView, prepareDeckPage } from './print-view'
import { replaceOutputs } from './replace-outputs'
import { serveSite } from './serve-site'
import { slideFingerprints } from './slide-fingerprints'
import { removeStaleStaging, stagingDir } from './staging'
import { takePngs } from './take-pngs'

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

/** How the chosen formats are written: PNGs first when any needs them, then those that need the print view, then the rest. */
export function writeOrder<F extends ExportFormat>(chosen: readonly F[]): WriteOrder<F> {
  return {
    pngs: chosen.some(format => format.needs.includes('pngs')),
    inPage: chosen.filter(format => format.needs.includes('printView')),
    after: chosen.filter(format => !format.needs.includes('printView')),
  }
}

/**
 * Builds the deck once (or reuses the last build of the same sources), serves it on
 * 127.0.0.1, opens its print view in the browser and measures every slide. The caller
 * looks at the measurements and then writes the chosen formats from that same page
 * (`write`), or not; either way it calls `close`. Everything is staged first and moved
 * into place only when all of it is complete, so a failed or interrupted run leaves the
 * previous exports whole.
 */
export async function openExport(options: ExportDeckOptions): Promise<DeckExport> {
  const { exportsDir, deck, onStage = () => {} } = options
  const chosen = FORMATS.filter(format => (options.formats ?? ALL_FORMATS).includes(format.name))
  await removeStaleStaging(exportsDir)
  const staging = stagingDir(exportsDir)
  const builtSite = join(staging, site.output)
  let server: SiteServer | undefined
  let prepared: Promise<DeckPage> | undefined
  let view: PrintView | undefined
  const closeView = async () => {
    if (view)
      await view.close()
    else if (prepared)
      await closeDeckPage(prepared)
    view = undefined
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
  try {
    await mkdir(staging, { recursive: true })
    // The server and the browser's page get ready while the site is built (or reused).
    const siteServer = server = await serveSite(builtSite)
    prepared = Promise.resolve(options.browser).then(browser => prepareDeckPage({ browser, siteUrl: siteServer.url, dark: options.dark }))
    prepared.catch(() => {})
    await buildOrReuse(options.slidesPath, builtSite, join(exportsDir, site.output), { rebuild: options.rebuild, builder: options.siteBuilder, onStage })
    onStage('slides')
    view = await openPrintView({ browser: await options.browser, siteUrl: server.url, slideCount: deck.slides.length, dark: options.dark, prepared })
    // One fingerprint of each slide, for the measures and the PNGs kept from earlier runs.
    fingerprints = await slideFingerprints(view.page, view.timeout)
    const measures = await measureSlides(view.page, view.timeout, { file: join(cacheDir, MEASURE_CACHE), fingerprints })
    capture = { measures, consoleErrors: [...view.consoleErrors], blockedRequests: [...view.blockedRequests] }
  }
  catch (error) {
    await close()
    throw error
  }

  const write = async (findings: RunFindings): Promise<ExportReport> => {
    const { page, timeout } = view!
    const outputs = new Map(chosen.map(format => [format.name, join(staging, format.output)]))
    const order = writeOrder(chosen)
    if (order.pngs)
      onStage('pngs')
    const taken = order.pngs ? await takePngs(page, join(staging, PNG_DIR), deck.slides.length, timeout, { cacheDir: join(cacheDir, PNG_CACHE), fingerprints }) : undefined
    const pngs = taken?.files ?? []
    const input = (format: ExportFormat<Format>): FormatInput => ({ path: outputs.get(format.name)!, outputs, page, pngs, fingerprints: taken?.fingerprints ?? [], cacheDir, deck, site: builtSite, option: optionValue(format, options.formatOptions ?? {}, deck), timeout, findings })
    const keys = new Map<string, string | undefined>()
    for (const format of order.inPage) {
      onStage(format.name)
      const key = format.reuseKey ? outputKey({ format: format.name, fingerprints: taken?.fingerprints ?? [], deck, options: format.reuseKey(input(format)) }) : undefined
      keys.set(format.name, key)
      if (!await reuseOutput({ cacheDir, format: format.name, key, previous: join(exportsDir, format.output), staged: outputs.get(format.name)! }))
        await format.write(input(format))
    }
    await closeView()
    onStage('files')
    await Promise.all(order.after.map(format => format.write(input(format))))
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
