import type { Browser } from 'playwright-chromium'
import type { DeckPage, PrintView } from './print-view'
import { closeDeckPage, openPrintView, prepareDeckPage } from './print-view'

/** Which deck the pages show, and how. */
export interface DeckPagesOptions {
  /** The browser: launched when first asked for. */
  browser: () => Promise<Browser>
  /** URL of the served site, ending with a slash. */
  siteUrl: string
  slideCount: number
  dark?: boolean
  /** Longest wait on the browser for any one stage, in ms. */
  timeout: number
}

/** The pages an export shows the deck's print view in. */
export interface DeckPages {
  /** The print view, opened on first need (once), in the page prepared at the start. */
  printView: () => Promise<PrintView>
  /** The print view again, in a page of its own, for work done beside the first. */
  anotherView: () => Promise<PrintView>
  /** Gets a page ready for the print view (the browser started, the site's fonts loaded) before it is needed, as while the site is built. */
  prepare: () => void
  /** Closes every page opened, and the prepared page when it was never used. */
  close: () => Promise<void>
}

/**
 * The pages of an export: one is prepared when asked (while the site is built), and the
 * print view is opened in it only when something needs it (a rerun of an unchanged site
 * may need none, and then the browser is never started); more pages can be opened beside it.
 */
export function deckPages(options: DeckPagesOptions): DeckPages {
  const { siteUrl, slideCount, dark, timeout } = options
  let prepared: Promise<DeckPage> | undefined
  let opened: Promise<PrintView> | undefined
  const others: Promise<PrintView>[] = []
  const open = (page?: Promise<DeckPage>) => options.browser().then(browser => openPrintView({ browser, siteUrl, slideCount, dark, timeout, prepared: page }))
  return {
    prepare() {
      if (prepared || opened)
        return
      prepared = options.browser().then(browser => prepareDeckPage({ browser, siteUrl, dark }))
      prepared.catch(() => {})
    },
    printView: () => opened ??= open(prepared),
    anotherView() {
      const view = open()
      others.push(view)
      return view
    },
    async close() {
      const views = [opened, ...others.splice(0)]
      const unused = opened ? undefined : prepared
      opened = undefined
      prepared = undefined
      await Promise.all(views.map(view => view?.then(shown => shown.close(), () => {})))
      if (unused)
        await closeDeckPage(unused)
    },
  }
}
