import type { Browser } from 'playwright-chromium'
import type { PrintView } from '../../scripts/export/print-view'
import type { SiteServer } from '../../scripts/export/serve-site'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openPrintView } from '../../scripts/export/print-view'
import { serveSite } from '../../scripts/export/serve-site'
import { openBrowser } from './browser'
import { runCommand } from './run-cli'

/** A deck made with `npm run deck` (PNGs and site), its site served and open in the print view. */
export interface PrintViewDeck {
  result: Awaited<ReturnType<typeof runCommand>>
  server: SiteServer
  browser: Browser
  view: PrintView
  /** Closes the print view, the browser and the server. */
  close: () => Promise<void>
}

/**
 * Decks `article` into `work` (emptied first) with PNGs and the site, serves the site on
 * 127.0.0.1 and opens its print view with every slide. Throws with the command's stderr
 * when the deck fails.
 */
export async function openDeckInPrintView(article: string, work: string, env: Record<string, string> = {}): Promise<PrintViewDeck> {
  rmSync(work, { recursive: true, force: true })
  const result = await runCommand('deck', [article, '--out', work, '--formats', 'png,site'], env)
  if (result.code !== 0)
    throw new Error(`npm run deck failed (${result.code}):\n${result.stderr}`)
  const server = await serveSite(join(work, 'exports/site'))
  const browser = await openBrowser()
  const view = await openPrintView({ browser, siteUrl: server.url, slideCount: readdirSync(join(work, 'exports/png')).length })
  await view.page.evaluate('window.__name = window.__name || (f => f)')
  return {
    result,
    server,
    browser,
    view,
    close: async () => {
      await view.close()
      await browser.close()
      await server.close()
    },
  }
}
