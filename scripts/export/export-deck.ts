import type { Browser } from 'playwright-chromium'
import type { SlideMeasure } from '../check/measure-in-page'
import type { Deck } from '../plan/types'
import type { PdfMeta } from './capture-deck'
import type { Format } from './formats'
import type { HandoutPerPage } from './handout-parts'
import { existsSync } from 'node:fs'
import { copyFile, cp, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import process from 'node:process'
import { writeFile } from '../lib/files'
import { PROJECT_ROOT } from '../pipeline/paths'
import { deckOutline } from '../plan/deck-outline'
import { renderScript } from '../render/render-script'
import { BUILD_KEY_FILE, buildKey } from './build-key'
import { buildSite } from './build-site'
import { captureDeck } from './capture-deck'
import { ALL_FORMATS, OUTPUT_NAMES } from './formats'
import { renderHandoutParts } from './handout-parts'
import { replaceOutputs } from './replace-outputs'
import { serveSite } from './serve-site'
import { writePptx } from './write-pptx'

/** What {@link exportDeck} needs to know about the deck it exports. */
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
  /** Slides on each handout page. */
  handoutPerPage?: HandoutPerPage
  /**
   * Looks at every slide's measurements before anything is written: returning false
   * stops the export (nothing is written), so the deck can be planned again.
   */
  accept?: (measures: SlideMeasure[], problems: { consoleErrors: string[], blockedRequests: string[] }) => boolean
  /** Called when a stage starts, for progress lines. */
  onStage?: (stage: string) => void
  /** Build the site even when the previous one was built from the same sources. */
  rebuild?: boolean
}

/** The files an export wrote (none when the measurements were not accepted), and what it saw. */
export interface ExportReport {
  accepted: boolean
  formats: Format[]
  /** Path of each output written, by format. */
  files: Partial<Record<Format, string>>
  pngs: string[]
  measures: SlideMeasure[]
  consoleErrors: string[]
  blockedRequests: string[]
}

const STAGING_PREFIX = '.staging-'

/**
 * Builds the deck once, serves it on 127.0.0.1 and drives one browser over it: it
 * measures every slide and, unless the measurements are refused, writes the chosen
 * formats (slides PDF with bookmarks, PNGs, handout, PPTX, site, talk script). Everything
 * is staged first and moved into place only when all of it is complete, so a failed or
 * interrupted run leaves the previous exports whole.
 */
export async function exportDeck(options: ExportDeckOptions): Promise<ExportReport> {
  const { exportsDir, deck, browser, formats = ALL_FORMATS, onStage = () => {} } = options
  await removeStaleStaging(exportsDir)
  const staging = join(exportsDir, `${STAGING_PREFIX}${process.pid}-${Date.now()}`)
  const paths = Object.fromEntries(ALL_FORMATS.map(format => [format, join(staging, OUTPUT_NAMES[format])])) as Record<Format, string>
  const wants = (format: Format) => formats.includes(format)
  const needPngs = wants('png') || wants('pptx')
  const meta: PdfMeta = { title: deck.meta.title, author: deck.meta.author, subject: deck.meta.subtitle, lang: deck.meta.lang }
  await mkdir(staging, { recursive: true })
  try {
    await buildOrReuse(options.slidesPath, paths.site, join(exportsDir, OUTPUT_NAMES.site), { rebuild: options.rebuild, onStage })
    onStage('slides')
    const server = await serveSite(paths.site)
    let capture
    try {
      capture = await captureDeck({
        browser: await browser,
        siteUrl: server.url,
        slideCount: deck.slides.length,
        measure: true,
        accept: options.accept,
        pdfPath: wants('pdf') ? paths.pdf : undefined,
        pngDir: needPngs ? paths.png : undefined,
        handout: wants('handout') ? { path: paths.handout, parts: renderHandoutParts(deck, options.handoutPerPage) } : undefined,
        meta,
        outline: deckOutline(deck),
        dark: options.dark,
      })
    }
    finally {
      await server.close()
    }
    if (capture.accepted) {
      onStage('pptx')
      await Promise.all([
        wants('pptx') && writePptx({ deck, pngs: capture.pngs, path: paths.pptx }),
        wants('notes') && writeFile(paths.notes, renderScript(deck)),
      ])
    }
    const written = formats.filter(format => existsSync(paths[format]))
    const report: ExportReport = {
      accepted: capture.accepted,
      formats: written,
      files: Object.fromEntries(written.map(format => [format, join(exportsDir, OUTPUT_NAMES[format])])),
      pngs: wants('png') ? capture.pngs.map(file => join(exportsDir, OUTPUT_NAMES.png, basename(file))) : [],
      measures: capture.measures ?? [],
      consoleErrors: capture.consoleErrors,
      blockedRequests: capture.blockedRequests,
    }
    if (!capture.accepted)
      return report
    if (wants('pdf') && wants('site'))
      await copyFile(paths.pdf, join(paths.site, OUTPUT_NAMES.pdf))
    onStage('finish')
    await replaceOutputs(staging, exportsDir, written.map(format => OUTPUT_NAMES[format]))
    return report
  }
  finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/**
 * Builds the site into `outDir`, unless the previous export's site was built from
 * exactly the same sources (see {@link buildKey}): then it is copied instead. The key is
 * written into the site either way.
 */
async function buildOrReuse(entry: string, outDir: string, previousSite: string, { rebuild = false, onStage }: { rebuild?: boolean, onStage: (stage: string) => void }): Promise<void> {
  const key = await buildKey(entry, PROJECT_ROOT)
  const previousKey = join(previousSite, BUILD_KEY_FILE)
  if (!rebuild && existsSync(previousKey) && (await readFile(previousKey, 'utf8')).trim() === key) {
    onStage('reuse')
    await cp(previousSite, outDir, { recursive: true })
    return
  }
  onStage('build')
  await buildSite({ entry, outDir })
  await writeFile(join(outDir, BUILD_KEY_FILE), `${key}\n`)
}

/** Removes staging folders left by runs that were killed (their process is gone). */
async function removeStaleStaging(exportsDir: string): Promise<void> {
  if (!existsSync(exportsDir))
    return
  for (const name of await readdir(exportsDir)) {
    if (!name.startsWith(STAGING_PREFIX))
      continue
    const path = join(exportsDir, name)
    const pid = Number(name.slice(STAGING_PREFIX.length).split('-')[0])
    if (pid !== process.pid && !isRunning(pid))
      await rm(path, { recursive: true, force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}
