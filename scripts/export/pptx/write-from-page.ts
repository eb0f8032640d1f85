import type { Page } from 'playwright-chromium'
import type { Deck } from '../../model/deck'
import type { CaptureCache } from './read-print-view'
import { normalizeDeck } from './normalize'
import { readPrintView } from './read-print-view'
import { writeNativePptx } from './write-native'

/** What {@link writePptxFromPage} needs. */
export interface PptxFromPageOptions {
  /** The deck's print view, open and rendered. */
  page: Page
  deck: Deck
  path: string
  /** Longest wait on the browser for any one step, in ms. */
  timeout: number
  /** Pictures of earlier runs, used again for slides drawn the same way. */
  cache?: CaptureCache
}

/**
 * Writes the native PowerPoint file from the open print view: reads the page (`ir`),
 * judges it into slides of shapes (`normalize`) and writes them (`write-native`).
 */
export async function writePptxFromPage({ page, deck, path, timeout, cache }: PptxFromPageOptions): Promise<void> {
  const capture = await readPrintView(page, timeout, cache)
  await writeNativePptx(normalizeDeck({ ...capture, deck }), path)
}
