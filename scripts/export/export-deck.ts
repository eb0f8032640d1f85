import type { Diagnostic } from '../lib/diagnostics'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import process from 'node:process'
import { buildSite } from './build-site'
import { captureDeck } from './capture-deck'
import { launchBrowser } from './launch-browser'
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
  browserPath: string
  dark?: boolean
  /** Called when a stage starts, for progress lines. */
  onStage?: (stage: string) => void
}

/** The files an export wrote, and what it noticed on the way. */
export interface ExportReport {
  pdf: string
  pngs: string[]
  site: string
  diagnostics: Diagnostic[]
}

/** Names of the outputs in the exports folder. */
export const OUTPUTS = { pdf: 'slides.pdf', png: 'png', site: 'site' } as const

/**
 * Builds the deck once, serves it on 127.0.0.1 and drives one browser over it to write
 * `slides.pdf`, `png/` and `site/` into the exports folder. Outputs are staged and moved
 * into place only when all of them are complete.
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
    const browser = await launchBrowser(options.browserPath)
    let report
    try {
      report = await captureDeck({
        browser,
        siteUrl: server.url,
        slideCount: options.slideCount,
        pdfPath: join(staging, OUTPUTS.pdf),
        pngDir: join(staging, OUTPUTS.png),
        meta: options.meta,
        dark: options.dark,
      })
    }
    finally {
      await browser.close()
      await server.close()
    }
    await copyFile(join(staging, OUTPUTS.pdf), join(staging, OUTPUTS.site, OUTPUTS.pdf))
    await replaceOutputs(staging, exportsDir, [OUTPUTS.pdf, OUTPUTS.png, OUTPUTS.site])
    const diagnostics: Diagnostic[] = [
      ...report.blockedRequests.map(url => ({ severity: 'warning' as const, message: `the deck tried to load ${url}; the request was blocked (decks load nothing from outside the machine)` })),
      ...report.consoleErrors.map(text => ({ severity: 'warning' as const, message: `browser console error: ${text}` })),
    ]
    return {
      pdf: join(exportsDir, OUTPUTS.pdf),
      pngs: report.pngs.map(file => join(exportsDir, OUTPUTS.png, basename(file))),
      site: join(exportsDir, OUTPUTS.site),
      diagnostics,
    }
  }
  finally {
    await rm(staging, { recursive: true, force: true })
  }
}
