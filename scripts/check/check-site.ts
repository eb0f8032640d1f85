import type { CheckReport } from './check-report'
import { existsSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { parse } from '@slidev/parser'
import { captureDeck } from '../export/capture-deck'
import { launchBrowser } from '../export/launch-browser'
import { serveSite } from '../export/serve-site'
import { InputError } from '../lib/errors'
import { buildReport } from './check-report'

/** Where a deck folder keeps its slides and its built site. */
export function deckPaths(dir: string) {
  return { slides: join(dir, 'slides.md'), site: join(dir, 'exports', 'site'), report: join(dir, 'exports', 'check.json') }
}

/** Slide titles of a deck's `slides.md`, for the report. */
export async function readTitles(slidesPath: string): Promise<(string | undefined)[]> {
  return (await parse(await readFile(slidesPath, 'utf8'), slidesPath)).slides.map(slide => slide.title)
}

/**
 * Opens a built deck (`DIR/exports/site`) in Chromium, measures every slide and judges
 * it against the limits; writes `DIR/exports/check.json`.
 */
export async function checkSite(dir: string, browserPath: string): Promise<CheckReport> {
  const paths = deckPaths(dir)
  if (!existsSync(join(paths.site, 'index.html')))
    throw new InputError(paths.site, 'no built deck here; run npm run deck first')
  const titles = await readTitles(paths.slides)
  const server = await serveSite(paths.site)
  const browser = await launchBrowser(browserPath)
  try {
    const capture = await captureDeck({ browser, siteUrl: server.url, slideCount: titles.length, measure: true, meta: { title: '' } })
    const report = buildReport(capture.measures ?? [], titles, capture.consoleErrors, capture.blockedRequests)
    await writeReport(paths.report, report)
    return report
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/** Writes a report as JSON, replacing the file in one rename. */
export async function writeReport(path: string, report: CheckReport): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`)
  await rename(temporary, path)
}
