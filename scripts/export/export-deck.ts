import type { Browser } from 'playwright-chromium'
import type { SlideMeasure } from '../check/measure-in-page'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import process from 'node:process'
import { buildSite } from './build-site'
import { captureDeck } from './capture-deck'
import { replaceOutputs } from './replace-outputs'
import { serveSite } from './serve-site'

/** What {@link exportDeck} needs to know about the deck it exports. */
export interface ExportDeckOptions {
  /** The generated `slides.md`. */
  slidesPath: string
  /** Folder receiving `slides.pdf`, `png/` and `site/`. */
  exportsDir: string
  slideCount: number
  meta: { title: string, author?: string, subject?: string, lang?: string }
  browser: Browser
  dark?: boolean
  /**
   * Looks at every slide's measurements before anything is written: returning false
   * stops the export (nothing is written), so the deck can be planned again.
   */
  accept?: (measures: SlideMeasure[], problems: { consoleErrors: string[], blockedRequests: string[] }) => boolean
  /** Called when a stage starts, for progress lines. */
  onStage?: (stage: string) => void
}

/** The files an export wrote (none when the measurements were not accepted), and what it saw. */
export interface ExportReport {
  accepted: boolean
  pdf: string
  pngs: string[]
  site: string
  measures: SlideMeasure[]
  consoleErrors: string[]
  blockedRequests: string[]
}

/** Names of the outputs in the exports folder. */
export const OUTPUTS = { pdf: 'slides.pdf', png: 'png', site: 'site' } as const

/**
 * Builds the deck once, serves it on 127.0.0.1 and drives the browser over one page:
 * it measures every slide, and unless the measurements are refused, writes `slides.pdf`,
 * `png/` and `site/` into the exports folder. Outputs are staged and moved into place
 * only when all of them are complete.
 */
export async function exportDeck(options: ExportDeckOptions): Promise<ExportReport> {
  const { exportsDir, onStage = () => {} } = options
  const staging = join(exportsDir, `.staging-${process.pid}-${Date.now()}`)
  await mkdir(staging, { recursive: true })
  try {
    onStage('build')
    await buildSite({ entry: options.slidesPath, outDir: join(staging, OUTPUTS.site) })
    onStage('export')
    const server = await serveSite(join(staging, OUTPUTS.site))
    let capture
    try {
      capture = await captureDeck({
        browser: options.browser,
        siteUrl: server.url,
        slideCount: options.slideCount,
        measure: true,
        accept: options.accept,
        pdfPath: join(staging, OUTPUTS.pdf),
        pngDir: join(staging, OUTPUTS.png),
        meta: options.meta,
        dark: options.dark,
      })
    }
    finally {
      await server.close()
    }
    const report = {
      accepted: capture.accepted,
      pdf: join(exportsDir, OUTPUTS.pdf),
      pngs: capture.pngs.map(file => join(exportsDir, OUTPUTS.png, basename(file))),
      site: join(exportsDir, OUTPUTS.site),
      measures: capture.measures ?? [],
      consoleErrors: capture.consoleErrors,
      blockedRequests: capture.blockedRequests,
    }
    if (!capture.accepted)
      return report
    await copyFile(join(staging, OUTPUTS.pdf), join(staging, OUTPUTS.site, OUTPUTS.pdf))
    await replaceOutputs(staging, exportsDir, [OUTPUTS.pdf, OUTPUTS.png, OUTPUTS.site])
    return report
  }
  finally {
    await rm(staging, { recursive: true, force: true })
  }
}
