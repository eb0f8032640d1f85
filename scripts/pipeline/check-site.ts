import type { CheckReport } from '../check/check-report'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { buildReport, withBrowserTraffic } from '../check/check-report'
import { launchBrowser } from '../export/launch-browser'
import { measureSlides } from '../export/measure-slides'
import { netLogPath, readBrowserTraffic } from '../export/net-log-file'
import { openPrintView } from '../export/print-view'
import { serveSite } from '../export/serve-site'
import { writeReport } from '../export/write-report'
import { InputError } from '../lib/errors'
import { deckPaths } from '../lib/paths'

/** Slide titles and layouts of a deck's `slides.md`, for the report. */
async function readSlides(slidesPath: string): Promise<{ titles: (string | undefined)[], layouts: (string | undefined)[] }> {
  const { slides } = await parse(await readFile(slidesPath, 'utf8'), slidesPath)
  return { titles: slides.map(slide => slide.title), layouts: slides.map(slide => typeof slide.frontmatter.layout === 'string' ? slide.frontmatter.layout : undefined) }
}

/**
 * Opens a built deck (`DIR/exports/site`) in Chromium, measures every slide and judges
 * it against the limits; writes `DIR/exports/check.json`.
 */
export async function checkSite(dir: string, browserPath: string): Promise<CheckReport> {
  const paths = deckPaths(dir)
  if (!existsSync(join(paths.site, 'index.html')))
    throw new InputError(paths.site, 'no built deck here; run npm run deck first')
  const { titles, layouts } = await readSlides(paths.slides)
  const server = await serveSite(paths.site)
  const netLog = netLogPath()
  const browser = await launchBrowser(browserPath, { netLogPath: netLog })
  let report: CheckReport
  try {
    const view = await openPrintView({ browser, siteUrl: server.url, slideCount: titles.length })
    try {
      report = buildReport(await measureSlides(view.page, view.timeout), titles, view.consoleErrors, view.blockedRequests, undefined, layouts)
    }
    finally {
      await view.close()
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  report = withBrowserTraffic(report, await readBrowserTraffic(netLog))
  await writeReport(paths.report, report)
  return report
}
