import type { Browser } from 'playwright-chromium'
import type { DeckPage, PrintView } from './print-view'
import { closeDeckPage, openPrintView, prepareDeckPage } from './print-view'

/** Which deck the pages show, and how. */
export interface DeckPagesOptions {
  /** The browser, or its launch. */
  browser: Browser | Promise<Browser>
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
  /** Closes every page opened, and the prepared page when it was never used. */
  close: () => Promise<void>
}

/**
 * The pages of an export: one is prepared at once (while the site is built), and the print
 * view is opened in it only when something needs it (a rerun of an unchanged site may
 * need none); more pages can be opened beside it.
 */
export function deckPages(options: DeckPagesOptions): DeckPages {
  const { siteUrl, slideCount, dark, timeout } = options
  let prepared: Promise<DeckPage> | undefined = Promise.resolve(options.browser).then(browser => prepareDeckPage({ browser, siteUrl, dark }))
  prepared.catch(() => {})
  let opened: Promise<PrintView> | undefined
  const others: Promise<PrintView>[] = []
  const open = (page?: Promise<DeckPage>) => Promise.resolve(options.browser).then(browser => openPrintView({ browser, siteUrl, slideCount, dark, timeout, prepared: page }))
  return {
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
