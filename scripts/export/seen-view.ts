import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../lib/files'

/** Bump when what a record holds, or what its key is made of, changes. */
const SEEN_VIEW_RECIPE = 'seen-view/1'

/** The file (in the deck's cache) of what the last print view opened showed. */
const SEEN_VIEW_FILE = 'view.json'

/** What a deck's print view showed once it was rendered: enough to export the same build again without opening it. */
export interface SeenView {
  /** Each slide's fingerprint (see `slideFingerprints`). */
  fingerprints: (string | null)[]
  consoleErrors: string[]
  blockedRequests: string[]
}

/** What decides what a print view shows: the site (its build key), the browser drawing it and the colour scheme. */
export interface ViewOf {
  buildKey: string
  /** The browser's executable, as `LazyBrowser.identity` keys it. */
  browser: string
  dark: boolean
}

/** The key a {@link SeenView} is kept under. */
function viewKey({ buildKey, browser, dark }: ViewOf): string {
  return createHash('sha256').update(`${SEEN_VIEW_RECIPE}\0${buildKey}\0${browser}\0${dark ? 'dark' : 'light'}`).digest('hex')
}

/**
 * What the print view of this site, in this browser, showed when it was last opened:
 * undefined when it was not opened for it (or the record cannot be read).
 */
export async function readSeenView(cacheDir: string, of: ViewOf): Promise<SeenView | undefined> {
  try {
    const record = JSON.parse(await readFile(join(cacheDir, SEEN_VIEW_FILE), 'utf8')) as { key: string, view: SeenView }
    return record.key === viewKey(of) ? record.view : undefined
  }
  catch {
    return undefined
  }
}

/** Keeps what the print view of this site showed, in place of the last record. */
export async function keepSeenView(cacheDir: string, of: ViewOf, view: SeenView): Promise<void> {
  await writeFileAtomic(join(cacheDir, SEEN_VIEW_FILE), `${JSON.stringify({ key: viewKey(of), view })}\n`)
}
