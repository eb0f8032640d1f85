import type { CheckReport } from './check-report'
import type { BrowserTraffic } from './read-net-log'
import { existsSync } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parse } from '@slidev/parser'
import { captureDeck } from '../export/capture-deck'
import { launchBrowser } from '../export/launch-browser'
import { serveSite } from '../export/serve-site'
import { InputError } from '../lib/errors'
import { writeFile } from '../lib/files'
import { buildReport, withBrowserTraffic } from './check-report'
import { readNetLog } from './read-net-log'

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
  const netLog = netLogPath()
  const browser = await launchBrowser(browserPath, { netLogPath: netLog })
  let report: CheckReport
  try {
    const capture = await captureDeck({ browser, siteUrl: server.url, slideCount: titles.length, measure: true, meta: { title: '' } })
    report = buildReport(capture.measures ?? [], titles, capture.consoleErrors, capture.blockedRequests)
  }
  finally {
    await browser.close()
    await server.close()
  }
  report = withBrowserTraffic(report, await readBrowserTraffic(netLog))
  await writeReport(paths.report, report)
  return report
}

/** A fresh path for a browser's NetLog, outside the deck. */
export function netLogPath(): string {
  return join(tmpdir(), `deck-netlog-${process.pid}-${Date.now()}.json`)
}

/** What the browser process did on the network by itself, from its NetLog (read once it has closed, then removed). */
export async function readBrowserTraffic(path: string): Promise<BrowserTraffic> {
  const text = await readFile(path, 'utf8').catch(() => '')
  await rm(path, { force: true })
  return readNetLog(text)
}

/** Writes a report as JSON, replacing the file in one rename. */
export async function writeReport(path: string, report: CheckReport): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`)
  await rename(temporary, path)
}
